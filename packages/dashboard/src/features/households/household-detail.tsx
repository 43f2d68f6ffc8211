import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { QueryState } from '../../components/query-state';
import { SavedNotice } from '../../components/write-form';
import { formatCount, formatDate, formatLocalDate, formatRupiah, formatTime } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { memberCountLabel } from './household-filters';
import { HouseholdVerifyForm } from './household-verify-form';

export const HouseholdDetailQuery = graphql(`
  query HouseholdDetail($id: Int!, $year: Int!) {
    household(id: $id) {
      id version viewerCanVerify householdNumber rw rt desil povertyStatus memberCount memberCountBand perCapitaExpenditure
      lacksIncome inadequateHousing foodInsecure noBasicServices
      dataSource dataVintage verificationState verifiedAt lifecycle synthetic
      personalDataMasked headName nik kkNumber address
      members { name nik relationship sex birthDate }
      programsReceived(year: $year)
      kelurahan { name parent { name } }
    }
  }
`);

interface HouseholdDetailProps {
  id: number;
  year: number;
  onClose: () => void;
}

const INDICATORS = ['lacksIncome', 'inadequateHousing', 'foodInsecure', 'noBasicServices'] as const;

/** A modal dialog with one household: the four local indicators, programs received, and members where allowed. */
export function HouseholdDetail({ id, year, onClose }: HouseholdDetailProps) {
  const { t, lang } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: HouseholdDetailQuery, variables: { id, year } });
  const [verifying, setVerifying] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);

  return (
    // The native dialog gives focus trapping and Escape to close.
    <dialog ref={dialog} className="drawer" aria-labelledby="household-detail-title" onClose={onClose}>
      <header className="drawer__header">
        <h2 id="household-detail-title">{data?.household?.householdNumber ?? t('households.detail.title')}</h2>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('households.detail.close')}
        </button>
      </header>
      <QueryState
        fetching={fetching}
        error={error}
        data={data}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        skeleton={
          <div className="drawer__body">
            <div className="skeleton skeleton--title" />
            <div className="skeleton skeleton--line" />
            <div className="skeleton skeleton--line" />
          </div>
        }
      >
        {({ household: h }) =>
          !h ? (
            <p>{t('households.detail.notFound')}</p>
          ) : (
            <div className="drawer__body">
              {h.personalDataMasked && <p className="notice">{t('households.masked')}</p>}
              <SavedNotice message={saved} />
              {h.viewerCanVerify &&
                (verifying ? (
                  <HouseholdVerifyForm
                    household={h}
                    onSaved={(outcome) => {
                      setVerifying(false);
                      setSaved(t('households.verify.saved', { outcome: t(`households.outcome.${outcome}`) }));
                    }}
                    onCancel={() => setVerifying(false)}
                    onReload={() => {
                      setVerifying(false);
                      reexecute({ requestPolicy: 'network-only' });
                    }}
                  />
                ) : (
                  h.lifecycle === 'ACTIVE' && (
                    <p>
                      <button
                        type="button"
                        className="button"
                        onClick={() => {
                          setSaved(null);
                          setVerifying(true);
                        }}
                      >
                        {t('households.verify.open')}
                      </button>
                    </p>
                  )
                ))}
              <dl className="facts">
                <dt>{t('households.col.head')}</dt>
                <dd>{h.headName ?? '–'}</dd>
                <dt>{t('households.col.nik')}</dt>
                <dd className="mono">{h.nik ?? '–'}</dd>
                <dt>{t('households.detail.kk')}</dt>
                <dd className="mono">{h.kkNumber ?? '–'}</dd>
                <dt>{t('households.detail.address')}</dt>
                <dd>{h.address ?? '–'}</dd>
                <dt>{t('households.col.place')}</dt>
                <dd>
                  {h.kelurahan.name}
                  {h.kelurahan.parent ? `, ${h.kelurahan.parent.name}` : ''}
                </dd>
                <dt>{t('households.col.status')}</dt>
                <dd>
                  {t(`households.status.${h.povertyStatus}`)} · {t('households.col.desil')} {h.desil ?? '–'}
                </dd>
                <dt>{t('households.col.expenditure')}</dt>
                <dd>{h.perCapitaExpenditure === null ? '–' : formatRupiah(h.perCapitaExpenditure)}</dd>
                <dt>{t('households.col.verification')}</dt>
                <dd>
                  {t(`households.verification.${h.verificationState}`)}
                  {h.verifiedAt && (
                    // The moment the server recorded the visit, as the audit log shows moments: never the browser's clock.
                    <>
                      {' · '}
                      <time dateTime={h.verifiedAt}>
                        {t('write.at', { date: formatLocalDate(new Date(h.verifiedAt), lang), time: formatTime(new Date(h.verifiedAt)) })}
                      </time>
                    </>
                  )}
                  {h.lifecycle !== 'ACTIVE' ? ` · ${t(`households.lifecycle.${h.lifecycle}`)}` : ''}
                </dd>
                <dt>{t('households.detail.source')}</dt>
                <dd>
                  {h.dataSource} · {formatDate(new Date(h.dataVintage))}
                  {h.synthetic ? ` · ${t('provenance.synthetic')}` : ''}
                </dd>
              </dl>
              <h3>{t('households.detail.indicators')}</h3>
              <ul className="checklist">
                {INDICATORS.map((key) => (
                  <li key={key} data-on={h[key]}>
                    <span aria-hidden="true">{h[key] ? '●' : '○'}</span> {t(`households.indicator.${key}`)}:{' '}
                    <strong>{h[key] ? t('households.yes') : t('households.no')}</strong>
                  </li>
                ))}
              </ul>
              <h3>{t('households.detail.programs', { year })}</h3>
              {h.programsReceived.length === 0 ? (
                <p>{t('households.detail.noPrograms')}</p>
              ) : (
                <ul>
                  {h.programsReceived.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              )}
              <h3>
                {t('households.detail.members', {
                  count: h.memberCount === null ? memberCountLabel(h.memberCountBand) : formatCount(h.memberCount),
                })}
              </h3>
              {h.members.length === 0 ? (
                <p>{h.personalDataMasked ? t('households.detail.membersHidden') : t('households.detail.noMembers')}</p>
              ) : (
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('households.member.name')}</th>
                      <th scope="col">{t('households.col.nik')}</th>
                      <th scope="col">{t('households.member.relationship')}</th>
                      <th scope="col">{t('households.member.birthDate')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {h.members.map((m) => (
                      <tr key={m.nik}>
                        <th scope="row">{m.name}</th>
                        <td className="mono">{m.nik}</td>
                        <td>{m.relationship}</td>
                        <td>{formatDate(new Date(m.birthDate))}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          )
        }
      </QueryState>
    </dialog>
  );
}
