import { useTranslation } from '../lib/i18n';
import { type Provenance as ProvenanceInfo, provenanceLabel } from '../lib/provenance';

interface ProvenanceProps {
  provenance: ProvenanceInfo;
  /** A caveat about the figure: a series break, a period that differs from the chosen year. */
  note?: string;
}

/**
 * The footnote under a figure: source, vintage, and a badge when the data is synthetic, or when
 * the count is official but the rows behind it were generated (both said). `data-provenance`
 * carries the label, so a test can walk every footnote on a page and check it against the API.
 */
export function Provenance({ provenance, note }: ProvenanceProps) {
  const { t } = useTranslation();
  const sources = provenance.sources.map((s) => (s.title ? `${s.publisher}, ${s.title}` : s.publisher));
  return (
    <p className="provenance" data-provenance={provenanceLabel(provenance)}>
      {provenance.generatedRows ? (
        <span className="badge badge--synthetic" title={t('provenance.generatedRowsHint')}>
          {t('provenance.generatedRows')}
        </span>
      ) : (
        provenance.synthetic && (
          <span className="badge badge--synthetic" title={t('provenance.syntheticHint')}>
            {t('provenance.synthetic')}
          </span>
        )
      )}
      <span>
        {t(provenance.generatedRows ? 'provenance.officialSource' : 'provenance.source')}: {sources.join('; ')}
        {provenance.vintage && (
          <>
            {' · '}
            {t('provenance.vintage')}: {provenance.vintage}
          </>
        )}
        {note && (
          <>
            {' · '}
            {note}
          </>
        )}
      </span>
    </p>
  );
}
