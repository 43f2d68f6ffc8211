import { formatCount, formatRupiah } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';

export const HouseholdTable_HouseholdFragment = graphql(`
  fragment HouseholdTable_HouseholdFragment on Household {
    id householdNumber rw rt desil povertyStatus memberCount perCapitaExpenditure
    verificationState personalDataMasked headName nik
    kelurahan { name }
  }
`);

interface HouseholdTableProps {
  households: readonly FragmentOf<typeof HouseholdTable_HouseholdFragment>[];
  onOpen: (id: number) => void;
}

/** One row per household; personal fields as the API sends them (masked for roles that may not see them). */
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
              {t('households.col.expenditure')}
            </th>
            <th scope="col">{t('households.col.verification')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((h) => (
            <tr key={h.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(h.id)}>
                  {h.householdNumber}
                </button>
              </th>
              <td>{h.headName ?? '–'}</td>
              <td className="mono">{h.nik ?? '–'}</td>
              <td>
                {h.kelurahan.name}
                {h.rw && h.rt ? ` · RT ${h.rt}/RW ${h.rw}` : ''}
              </td>
              <td>
                <span className={`status-pill status-pill--${h.povertyStatus.toLowerCase()}`}>
                  {t(`households.status.${h.povertyStatus}`)}
                </span>
              </td>
              <td className="num">{h.desil ?? '–'}</td>
              <td className="num">{formatCount(h.memberCount)}</td>
              <td className="num">{h.perCapitaExpenditure === null ? '–' : formatRupiah(h.perCapitaExpenditure)}</td>
              <td>{t(`households.verification.${h.verificationState}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
