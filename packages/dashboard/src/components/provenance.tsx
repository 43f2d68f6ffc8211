import { useTranslation } from '../lib/i18n';
import type { Provenance as ProvenanceInfo } from '../lib/provenance';

interface ProvenanceProps {
  provenance: ProvenanceInfo;
  /** A caveat about the figure: a series break, a period that differs from the chosen year. */
  note?: string;
}

/** The footnote under a figure: source, vintage, and a badge when the data is synthetic. */
export function Provenance({ provenance, note }: ProvenanceProps) {
  const { t } = useTranslation();
  const sources = provenance.sources.map((s) => (s.title ? `${s.publisher}, ${s.title}` : s.publisher));
  return (
    <p className="provenance">
      {provenance.synthetic && (
        <span className="badge badge--synthetic" title={t('provenance.syntheticHint')}>
          {t('provenance.synthetic')}
        </span>
      )}
      <span>
        {t('provenance.source')}: {sources.join('; ')}
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
