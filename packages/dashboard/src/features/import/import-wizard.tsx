import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useClient } from 'urql';
import { useCalendar } from '../../lib/calendar';
import { formatCount } from '../../lib/format';
import type { FragmentOf } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { FilePicker } from './file-picker';
import { FilePreview } from './file-preview';
import { type DomainErrorLike, type ImportInputs, type ImportOutcome, type PreviewOutcome, previewFile } from './import-run';
import { ImportLinks, ImportSummary } from './import-summary';
import { KindPicker, type KindPicker_ImportKindInfoFragment } from './kind-picker';
import { HOUSEHOLD_SOURCES, type HouseholdSource, type ImportKind, kindInfo, kindOfSlug } from './kinds';
import { assignColumn, inputsKey, mappingInput, missingRequired, type Overrides, shownMapping } from './mapping';
import { errorKey, requestFailureKey } from './messages';
import type { RunStage } from './progress';
import { RowErrors } from './row-errors';
import { RunProgress } from './run-progress';
import { useImportRun } from './use-import-run';

/** `?jenis=rumah-tangga`: the kind chosen, so a link (or a reload) opens on it. */
export const KIND_PARAM = 'jenis';

type Checked = Extract<ImportOutcome, { type: 'summary' | 'rejected' }>;
type Failure = { outcome: Extract<ImportOutcome, { type: 'domain' | 'request' }>; dryRun: boolean };

interface ImportWizardProps {
  kinds: readonly (FragmentOf<typeof KindPicker_ImportKindInfoFragment> & { kind: ImportKind })[];
  /** Kabupaten/kota names by code, for the links after an import. */
  regionNames: ReadonlyMap<string, string>;
}

/**
 * Impor data, step by step: what the file holds, the file, its columns, then a check that writes
 * nothing and, only after a clean check of these very inputs, the import.
 */
export function ImportWizard({ kinds, regionNames }: ImportWizardProps) {
  const { t } = useTranslation();
  const client = useClient();
  const { today } = useCalendar();
  const [params, setParams] = useSearchParams();
  const kind = kindOfSlug(params.get(KIND_PARAM));
  const [picked, setPicked] = useState<{ file: File; id: number } | null>(null);
  const [overrides, setOverrides] = useState<Overrides>(() => new Map());
  const [source, setSource] = useState<HouseholdSource>('P3KE');
  const [drawnOn, setDrawnOn] = useState('');
  const [preview, setPreview] = useState<{ key: string; outcome: PreviewOutcome } | null>(null);
  const [previewUpload, setPreviewUpload] = useState<RunStage | null>(null);
  const [previewAttempt, setPreviewAttempt] = useState(0);
  const [checked, setChecked] = useState<{ key: string; outcome: Checked } | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [imported, setImported] = useState<Extract<ImportOutcome, { type: 'summary' }> | null>(null);
  const { running, start } = useImportRun();
  const busy = running !== null;
  const resultRef = useRef<HTMLDivElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const dialogTitleId = useId();
  const optionsId = useId();
  const todayIso = today.toISOString().slice(0, 10);

  const households = kind === 'HOUSEHOLDS';
  const previewKey = JSON.stringify([picked?.id ?? 0, kind, [...overrides].sort()]);
  const checkKey = inputsKey({
    fileId: picked?.id ?? 0,
    kind: kind ?? '',
    overrides,
    source: households ? source : undefined,
    drawnOn: households ? drawnOn : undefined,
  });

  // Read the file again whenever what it is read as changes: the kind, or a column correction.
  // biome-ignore lint/correctness/useExhaustiveDependencies: previewAttempt is the retry button's way to ask again.
  useEffect(() => {
    if (!picked || !kind) return;
    let current = true;
    setPreviewUpload({ step: 'upload', loaded: 0, total: picked.file.size });
    void previewFile(client, kind, { file: picked.file, mapping: mappingInput(overrides) }, ({ loaded, total }) => {
      if (current) setPreviewUpload(total > 0 && loaded >= total ? { step: 'uploaded' } : { step: 'upload', loaded, total });
    }).then((outcome) => {
      if (!current) return;
      setPreview({ key: previewKey, outcome });
      setPreviewUpload(null);
    });
    return () => {
      current = false;
    };
  }, [client, kind, picked, overrides, previewKey, previewAttempt]);

  const previewData = preview?.outcome.type === 'preview' ? preview.outcome.preview : null;
  const previewFresh = preview?.key === previewKey;
  const missing = useMemo(
    () => (previewData ? missingRequired(previewData.fields, shownMapping(previewData, overrides)) : []),
    [previewData, overrides],
  );
  const rows = previewData?.rows ?? 0;

  const canCheck = !!picked && !!kind && previewFresh && !!previewData && missing.length === 0 && rows > 0 && !busy;
  const checkHolds = checked?.key === checkKey ? checked.outcome : null;
  const clean = checkHolds?.type === 'summary' && !checkHolds.summary.alreadyImported;
  const canImport = canCheck && clean;

  const resetRun = () => {
    setChecked(null);
    setFailure(null);
    setImported(null);
  };

  const chooseKind = (next: ImportKind) => {
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        p.set(KIND_PARAM, kindInfo(next).slug);
        return p;
      },
      { replace: true },
    );
    // Field keys belong to a kind: corrections made for another kind mean nothing here.
    setOverrides(new Map());
    resetRun();
  };

  const chooseFile = (file: File) => {
    setPicked((prev) => ({ file, id: (prev?.id ?? 0) + 1 }));
    setOverrides(new Map());
    setPreview(null);
    resetRun();
  };

  const inputs = (): ImportInputs => ({
    file: picked!.file,
    mapping: mappingInput(overrides),
    ...(households ? { source, drawnOn: drawnOn || undefined } : {}),
  });

  const showResult = () => requestAnimationFrame(() => resultRef.current?.focus());

  async function onCheck() {
    if (!canCheck || !kind) return;
    const key = checkKey;
    resetRun();
    const outcome = await start(kind, inputs(), true);
    if (outcome.type === 'domain' || outcome.type === 'request') setFailure({ outcome, dryRun: true });
    else setChecked({ key, outcome });
    showResult();
  }

  function openConfirm() {
    if (!canImport) return;
    dialogRef.current?.showModal();
    // The safe choice first: Enter does not start an import by accident.
    cancelRef.current?.focus();
  }

  async function onImport() {
    dialogRef.current?.close();
    if (!canImport || !kind) return;
    const key = checkKey;
    setFailure(null);
    const outcome = await start(kind, inputs(), false);
    if (outcome.type === 'summary') setImported(outcome);
    // The data changed since the check (another import): the errors replace the clean check.
    else if (outcome.type === 'rejected') setChecked({ key, outcome });
    else setFailure({ outcome, dryRun: false });
    showResult();
  }

  function startOver() {
    setPicked(null);
    setPreview(null);
    setOverrides(new Map());
    resetRun();
  }

  if (imported) {
    return (
      <div className="stack import-done" ref={resultRef} tabIndex={-1}>
        <ImportSummary summary={imported.summary} />
        <ImportLinks summary={imported.summary} regionNames={regionNames} />
        <p className="import-actions">
          <button type="button" className="button" onClick={startOver}>
            {t('import.again')}
          </button>
        </p>
      </div>
    );
  }

  const checkHint = !picked
    ? null
    : !previewFresh || !previewData
      ? t('import.actions.waitPreview')
      : missing.length > 0
        ? t('import.actions.needMapping')
        : rows === 0
          ? t('import.preview.noRows')
          : !clean
            ? checkHolds?.type === 'summary'
              ? t('import.actions.alreadyImported')
              : checkHolds?.type === 'rejected'
                ? t('import.actions.fixFirst')
                : t('import.actions.checkFirst')
            : t('import.actions.ready');

  return (
    <div className="stack import-steps">
      <Step number={1} title={t('import.step.kind')}>
        <KindPicker kinds={kinds} value={kind} onChange={chooseKind} disabled={busy} />
      </Step>

      <Step number={2} title={t('import.step.file')} muted={!kind}>
        {!kind ? (
          <p className="import-note">{t('import.file.chooseKindFirst')}</p>
        ) : (
          <>
            <FilePicker file={picked?.file ?? null} onChange={chooseFile} disabled={busy} />
            {households && (
              <fieldset className="import-options" disabled={busy} aria-describedby={`${optionsId}-hint`}>
                <legend>{t('import.households.options')}</legend>
                <div className="import-options__fields">
                  <div className="import-field">
                    <label htmlFor={`${optionsId}-source`}>{t('import.households.source')}</label>
                    <select
                      id={`${optionsId}-source`}
                      className="import-select"
                      value={source}
                      onChange={(e) => {
                        setSource(e.target.value as HouseholdSource);
                        resetRun();
                      }}
                    >
                      {HOUSEHOLD_SOURCES.map((s) => (
                        <option key={s} value={s}>
                          {t(`import.source.${s}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="import-field">
                    <label htmlFor={`${optionsId}-drawn`}>{t('import.households.drawnOn')}</label>
                    <input
                      id={`${optionsId}-drawn`}
                      type="date"
                      className="import-input"
                      value={drawnOn}
                      max={todayIso}
                      onChange={(e) => {
                        setDrawnOn(e.target.value);
                        resetRun();
                      }}
                    />
                  </div>
                </div>
                <p id={`${optionsId}-hint`} className="import-note">
                  {t('import.households.hint')}
                </p>
              </fieldset>
            )}
          </>
        )}
      </Step>

      {kind && picked && (
        <Step number={3} title={t('import.step.columns')}>
          {previewUpload && !previewData && <RunProgress stage={previewUpload} dryRun uploadOnly />}
          {preview?.outcome.type === 'domain' && <DomainErrorNotice error={preview.outcome.error} title={t('import.preview.failed')} />}
          {preview?.outcome.type === 'request' && (
            <div className="notice notice--error" role="alert">
              <p className="notice__title">{t('import.preview.failed')}</p>
              <p>{t(requestFailureKey(preview.outcome.error))}</p>
              <p>
                <button type="button" className="button" onClick={() => setPreviewAttempt((n) => n + 1)}>
                  {t('action.retry')}
                </button>
              </p>
            </div>
          )}
          {previewData && (
            <FilePreview
              preview={previewData}
              overrides={overrides}
              refreshing={!previewFresh}
              disabled={busy}
              onAssign={(field, column, current) => {
                setOverrides((prev) => assignColumn(current, prev, field, column));
                resetRun();
              }}
            />
          )}
        </Step>
      )}

      {kind && picked && (
        <Step number={4} title={t('import.step.run')}>
          <p className="import-note">{t('import.actions.lead')}</p>
          <div className="import-actions">
            <button
              type="button"
              className="button"
              disabled={!canCheck}
              aria-describedby={`${optionsId}-run-hint`}
              onClick={() => void onCheck()}
            >
              {running?.dryRun ? t('import.actions.checking') : t('import.actions.check')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={!canImport}
              aria-describedby={`${optionsId}-run-hint`}
              onClick={openConfirm}
            >
              {running && !running.dryRun ? t('import.actions.importing') : t('import.actions.import')}
            </button>
          </div>
          {checkHint && !busy && (
            <p id={`${optionsId}-run-hint`} className="import-note">
              {checkHint}
            </p>
          )}
          {running && <RunProgress stage={running.stage} dryRun={running.dryRun} />}
          <div ref={resultRef} tabIndex={-1} className="stack import-result" aria-live="polite">
            {failure && <FailureNotice failure={failure} />}
            {checkHolds?.type === 'rejected' && <RowErrors rejected={checkHolds.rejected} dryRun />}
            {checkHolds?.type === 'summary' && <ImportSummary summary={checkHolds.summary} />}
          </div>
        </Step>
      )}

      <dialog ref={dialogRef} className="import-dialog" aria-labelledby={dialogTitleId}>
        <h2 id={dialogTitleId} className="import-dialog__title">
          {t('import.confirm.title', { kind: kind ? t(kindInfo(kind).label) : '' })}
        </h2>
        <p>{t('import.confirm.body', { file: picked?.file.name ?? '', rows: formatCount(rows) })}</p>
        {households && <p>{t('import.confirm.households')}</p>}
        <p>{t('import.confirm.atOnce')}</p>
        <div className="import-actions">
          <button type="button" className="button" onClick={() => void onImport()}>
            {t('import.confirm.yes')}
          </button>
          <button type="button" className="button button--light" ref={cancelRef} onClick={() => dialogRef.current?.close()}>
            {t('import.confirm.cancel')}
          </button>
        </div>
      </dialog>
    </div>
  );
}

function Step({ number, title, muted = false, children }: { number: number; title: string; muted?: boolean; children: ReactNode }) {
  const id = useId();
  return (
    <section className={muted ? 'card import-step import-step--muted' : 'card import-step'} aria-labelledby={id}>
      <h2 id={id} className="import-step__title">
        <span className="import-step__number" aria-hidden="true">
          {number}
        </span>
        {title}
      </h2>
      {children}
    </section>
  );
}

function DomainErrorNotice({ error, title }: { error: DomainErrorLike; title: string }) {
  const { t } = useTranslation();
  const key = errorKey(error.code);
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{title}</p>
      <p>{key ? t(key) : <span lang="en">{error.message}</span>}</p>
    </div>
  );
}

function FailureNotice({ failure }: { failure: Failure }) {
  const { t } = useTranslation();
  const title = t(failure.dryRun ? 'import.failed.check' : 'import.failed.import');
  if (failure.outcome.type === 'domain') return <DomainErrorNotice error={failure.outcome.error} title={title} />;
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{title}</p>
      <p>{t(requestFailureKey(failure.outcome.error))}</p>
      {!failure.dryRun && <p>{t('import.failed.unknownOutcome')}</p>}
    </div>
  );
}
