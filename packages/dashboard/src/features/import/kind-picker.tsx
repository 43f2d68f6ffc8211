import { useId } from 'react';
import { csvBlob, downloadBlob } from '../../lib/download';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { IMPORT_KINDS, type ImportKind, kindInfo, templateFileName } from './kinds';

export const KindPicker_ImportKindInfoFragment = graphql(`
  fragment KindPicker_ImportKindInfoFragment on ImportKindInfo {
    kind
    templateCsv
    fields { key header aliases required example }
  }
`);

interface KindPickerProps {
  kinds: readonly FragmentOf<typeof KindPicker_ImportKindInfoFragment>[];
  value: ImportKind | null;
  onChange: (kind: ImportKind) => void;
  disabled?: boolean;
}

/** Step 1: what the file holds, with Pantau's template and the columns it reads. */
export function KindPicker({ kinds: data, value, onChange, disabled = false }: KindPickerProps) {
  const { t } = useTranslation();
  const name = useId();
  const kinds = readFragment(KindPicker_ImportKindInfoFragment, data);
  const chosen = kinds.find((k) => k.kind === value) ?? null;
  // The API's order is its own; the page lists kinds in the order a new region brings them.
  const offered = IMPORT_KINDS.filter((info) => kinds.some((k) => k.kind === info.kind));

  return (
    <div className="stack import-kind">
      <fieldset className="import-kind__choices" disabled={disabled}>
        <legend className="visually-hidden">{t('import.step.kind')}</legend>
        {offered.map((info) => (
          <label key={info.kind} className="import-kind__choice">
            <input type="radio" name={name} value={info.kind} checked={value === info.kind} onChange={() => onChange(info.kind)} />
            <span className="import-kind__text">
              <span className="import-kind__label">{t(info.label)}</span>
              <span className="import-kind__hint">{t(info.explanation)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {chosen && <KindFields kind={chosen} />}
    </div>
  );
}

function KindFields({ kind }: { kind: ResultOf<typeof KindPicker_ImportKindInfoFragment> }) {
  const { t } = useTranslation();
  const required = kind.fields.filter((f) => f.required);
  const label = t(kindInfo(kind.kind).label);
  return (
    <div className="import-kind__fields">
      <div className="import-kind__template">
        <p>
          {t('import.template.body', {
            required: required.map((f) => f.header).join(', '),
            count: kind.fields.length,
          })}
        </p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadBlob(csvBlob(kind.templateCsv), templateFileName(kind.kind))}
        >
          {t('import.template.download', { kind: label })}
        </button>
      </div>
      <details className="import-details">
        <summary>{t('import.template.columns', { count: kind.fields.length })}</summary>
        <div className="table-scroll">
          <table className="data-table import-columns">
            <caption className="visually-hidden">{t('import.template.columnsCaption', { kind: label })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.col.field')}</th>
                <th scope="col">{t('import.col.required')}</th>
                <th scope="col">{t('import.col.example')}</th>
                <th scope="col">{t('import.col.aliases')}</th>
              </tr>
            </thead>
            <tbody>
              {kind.fields.map((f) => (
                <tr key={f.key}>
                  <th scope="row">{f.header}</th>
                  <td>{f.required ? t('import.required') : t('import.optional')}</td>
                  <td>
                    <code>{f.example || '–'}</code>
                  </td>
                  <td>{f.aliases.length > 0 ? f.aliases.join(', ') : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
