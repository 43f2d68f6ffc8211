import { type FormEvent, useCallback, useId, useState } from 'react';
import { useQuery } from 'urql';
import { Panel } from '../../components/panel';
import { Provenance } from '../../components/provenance';
import { ErrorState } from '../../components/query-state';
import { formatCount, formatDecimal, formatPercentValue, formatRate } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { type MessageKey, useTranslation } from '../../lib/i18n';
import { indexOnBpsScale, parsePovertyLine, povertyLineText } from './fgt';
import { formatRupiahWhole } from './target-progress';

export const FgtCalculatorQuery = graphql(`
  query FgtCalculator($regionCode: RegionCode!, $povertyLine: Float!) {
    fgt(regionCode: $regionCode, povertyLine: $povertyLine) {
      regionCode
      povertyLine
      p0
      p1
      p2
      persons
      poorPersons
      households
      rounded
      synthetic
      vintage
      sourceId
    }
  }
`);

interface FgtCalculatorProps {
  regionCode: string;
  regionName: string;
  /** BPS's newest poverty line for the region, the starting value; null when there is none. */
  bpsLine: { value: number; year: number } | null;
  /** BPS's P0 of that year, for the caveat. */
  bpsP0: { value: number; year: number } | null;
}

// With no BPS line to start from, a round figure near the kabupaten/kota lines of 2025.
const FALLBACK_LINE = 600_000;

/** P0, P1, P2 from the household registry for a poverty line the user types. */
export function FgtCalculator({ regionCode, regionName, bpsLine, bpsP0 }: FgtCalculatorProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const startLine = bpsLine?.value ?? FALLBACK_LINE;
  const [text, setText] = useState(() => povertyLineText(startLine));
  const [line, setLine] = useState(startLine);
  const [error, setError] = useState<{ key: MessageKey; vars?: Record<string, string> } | null>(null);
  const [{ data, fetching, error: queryError, operation }, reexecute] = useQuery({
    query: FgtCalculatorQuery,
    variables: { regionCode, povertyLine: line },
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parsePovertyLine(text);
    if (!parsed.ok) {
      setError({ key: parsed.error, ...(parsed.vars ? { vars: parsed.vars } : {}) });
      return;
    }
    setError(null);
    setText(povertyLineText(parsed.value));
    setLine(parsed.value);
  };

  const resetToBps = () => {
    setError(null);
    setText(povertyLineText(startLine));
    setLine(startLine);
  };

  // The answer to the line asked: for roles without household access the API snaps the line to
  // Rp10.000 (Fgt.povertyLine says which), so match the question, not the answer's line.
  const result = data?.fgt && operation?.variables.povertyLine === line ? data.fgt : null;
  const busy = fetching && !result;

  return (
    <Panel
      title={t('poverty.fgt.title')}
      className="fgt"
      footer={
        result && (
          <Provenance
            provenance={{
              sources: [{ title: '', publisher: t('provenance.registry') }],
              vintage: result.vintage,
              synthetic: result.synthetic,
            }}
          />
        )
      }
    >
      <p className="fgt__intro">{t('poverty.fgt.intro', { region: regionName })}</p>
      <form className="fgt__form" onSubmit={submit} noValidate>
        <div className="fgt__field">
          <label htmlFor={inputId} className="fgt__label">
            {t('poverty.fgt.label')}
          </label>
          <div className="fgt__input-row">
            <span className="fgt__prefix" aria-hidden="true">
              Rp
            </span>
            <input
              id={inputId}
              className="fgt__input"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            />
            <button type="submit" className="button">
              {t('poverty.fgt.submit')}
            </button>
            {bpsLine && line !== bpsLine.value && (
              <button type="button" className="button button--light" onClick={resetToBps}>
                {t('poverty.fgt.useBps')}
              </button>
            )}
          </div>
          <p id={hintId} className="fgt__hint">
            {bpsLine
              ? t('poverty.fgt.hint', { line: formatRupiahWhole(bpsLine.value), year: bpsLine.year })
              : t('poverty.fgt.hintNoBps', { line: formatRupiahWhole(FALLBACK_LINE) })}
          </p>
          {error && (
            <p id={errorId} className="fgt__error" role="alert">
              {t(error.key, error.vars)}
            </p>
          )}
        </div>
      </form>

      {queryError && !result ? (
        <ErrorState error={queryError} onRetry={retry} compact />
      ) : (
        <div className="fgt__result" aria-live="polite" aria-busy={busy || undefined}>
          {busy || !result ? (
            <div className="fgt__figures" aria-hidden="true">
              {[0, 1, 2].map((i) => (
                <div key={i} className="fgt__figure">
                  <div className="skeleton skeleton--line" />
                  <div className="skeleton skeleton--value" />
                </div>
              ))}
            </div>
          ) : (
            <>
              <p className="fgt__for">{t('poverty.fgt.resultFor', { line: formatRupiahWhole(result.povertyLine), region: regionName })}</p>
              {result.rounded && (
                <p className="fgt__rounded" data-testid="fgt-rounded">
                  {t(result.povertyLine === line ? 'poverty.fgt.roundedSame' : 'poverty.fgt.rounded', {
                    asked: formatRupiahWhole(line),
                    line: formatRupiahWhole(result.povertyLine),
                  })}
                </p>
              )}
              <dl className="fgt__figures">
                <div className="fgt__figure fgt__figure--main">
                  <dt>{t('poverty.fgt.p0')}</dt>
                  <dd className="fgt__value" data-testid="fgt-p0">
                    {formatRate(result.p0)}
                  </dd>
                  <dd className="fgt__meta">
                    {t('poverty.fgt.p0Meta', {
                      poor: formatCount(result.poorPersons),
                      persons: formatCount(result.persons),
                      households: formatCount(result.households),
                    })}
                  </dd>
                </div>
                <div className="fgt__figure">
                  <dt>{t('poverty.fgt.p1')}</dt>
                  <dd className="fgt__value">{formatDecimal(indexOnBpsScale(result.p1), 2)}</dd>
                  <dd className="fgt__meta">{t('poverty.fgt.p1Meta')}</dd>
                </div>
                <div className="fgt__figure">
                  <dt>{t('poverty.fgt.p2')}</dt>
                  <dd className="fgt__value">{formatDecimal(indexOnBpsScale(result.p2), 2)}</dd>
                  <dd className="fgt__meta">{t('poverty.fgt.p2Meta')}</dd>
                </div>
              </dl>
            </>
          )}
        </div>
      )}
      <div className="notice notice--caveat">
        <p className="notice__title">{t('poverty.fgt.caveatTitle')}</p>
        <p>{bpsP0 ? t('poverty.fgt.caveat', { p0: formatPercentValue(bpsP0.value), year: bpsP0.year }) : t('poverty.fgt.caveatNoBps')}</p>
      </div>
    </Panel>
  );
}
