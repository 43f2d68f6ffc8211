import { formatCount, formatRupiah } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { memberCountLabel } from './household-filters';
import './household-table.css';

export const HouseholdTable_HouseholdFragment = graphql(`
  fragment HouseholdTable_HouseholdFragment on Household {
    id householdNumber rw rt desil povertyStatus memberCount memberCountBand perCapitaExpenditure
    verificationState personalDataMasked headName nik
    kelurahan { name }
  }
`);

interface HouseholdTableProps {
  households: readonly FragmentOf<typeof HouseholdTable_HouseholdFragment>[];
  onOpen: (id: number) => void;
}

/**
 * One row per household; personal fields as the API sends them (null, and the size as a band,
 * for roles that may not see them). On a phone each row is a card: the number across the top,
 * each value under its column's name (household-table.css).
 */
export function HouseholdTable({ households, onOpen }: HouseholdTableProps) {
  const { t } = useTranslation();
  const rows = households.map((h) => readFragment(HouseholdTable_HouseholdFragment, h));
  return (
    <div className="table-scroll">
      <table className="data-table households-table">
        <caption className="visually-hidden">{t('households.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('households.col.number')}</th>
            <th scope="col">{t('households.col.head')}</th>
            <th scope="col">{t('households.col.nik')}</th>
            <th scope="col">{t('households.col.place')}</th>
            <th scope="col">{t('households.col.status')}</th>
            <th scope="col" className="num">
              {t('households.col.desil')}
            </th>
            <th scope="col" className="num">
              {t('households.col.members')}
            </th>
            <th scope="col" className="num">
              <BreakAfterSlashes text={t('households.col.expenditure')} />
            </th>
            <th scope="col">{t('households.col.verification')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((h) => (
            <tr key={h.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(h.id)}>
                  <HouseholdNumber value={h.householdNumber} />
                </button>
              </th>
              <td data-label={t('households.col.head')}>{h.headName ?? '–'}</td>
              <td className="mono" data-label={t('households.col.nik')}>
                {h.nik ?? '–'}
              </td>
              <td data-label={t('households.col.place')}>
                {h.kelurahan.name}
                {h.rw && h.rt ? (
                  <>
                    {' '}
                    <span className="households-table__rt-rw">{`RT ${h.rt}/RW ${h.rw}`}</span>
                  </>
                ) : (
                  ''
                )}
              </td>
              <td data-label={t('households.col.status')}>
                <span className={`status-pill status-pill--${h.povertyStatus.toLowerCase()}`}>
                  {t(`households.status.${h.povertyStatus}`)}
                </span>
              </td>
              <td className="num" data-label={t('households.col.desil')}>
                {h.desil ?? '–'}
              </td>
              <td className="num" data-label={t('households.col.members')}>
                {h.memberCount === null ? memberCountLabel(h.memberCountBand) : formatCount(h.memberCount)}
              </td>
              <td className="num" data-label={t('households.col.expenditure')}>
                {h.perCapitaExpenditure === null ? '–' : formatRupiah(h.perCapitaExpenditure)}
              </td>
              <td data-label={t('households.col.verification')}>{t(`households.verification.${h.verificationState}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * KK-16.71.06.1005-0024390 may break after its kelurahan code, and nowhere else: the nine columns
 * then fit a 1366 px laptop without sideways scrolling.
 */
function HouseholdNumber({ value }: { value: string }) {
  const cut = value.lastIndexOf('-');
  if (cut <= 0) return <>{value}</>;
  return (
    <>
      <span className="households-table__nowrap">{value.slice(0, cut + 1)}</span>
      <wbr />
      <span className="households-table__nowrap">{value.slice(cut + 1)}</span>
    </>
  );
}

/** "Pengeluaran/kapita/bulan" may wrap after each slash, so the header is not the column's widest line. */
function BreakAfterSlashes({ text }: { text: string }) {
  const parts = text.split('/');
  return (
    <>
      {parts.map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed label.
        <span key={i}>
          {part}
          {i < parts.length - 1 && (
            <>
              /<wbr />
            </>
          )}
        </span>
      ))}
    </>
  );
}
