import { useId } from 'react';
import { formatCount, formatRate } from '../../lib/format';
import { useTranslation } from '../../lib/i18n';
import { type RunStage, runFraction, runLabel } from './progress';

interface RunProgressProps {
  stage: RunStage;
  dryRun: boolean;
  /** A preview has no server phases: its bar is the upload alone. */
  uploadOnly?: boolean;
}

/** The bar while a file goes up and the server reads, checks and writes it. */
export function RunProgress({ stage, dryRun, uploadOnly = false }: RunProgressProps) {
  const { t } = useTranslation();
  const id = useId();
  const fraction = uploadOnly ? (stage.step === 'upload' ? (stage.total > 0 ? stage.loaded / stage.total : 0) : 1) : runFraction(stage);
  const percent = Math.round(fraction * 100);
  const label = t(runLabel(stage, dryRun));
  const detail =
    stage.step === 'server' && stage.total > 0 && (stage.phase === 'check' || stage.phase === 'write')
      ? t('import.progress.rows', { total: formatCount(stage.total) })
      : null;
  return (
    <div className="import-progress">
      <p id={id} className="import-progress__label">
        {/* The phase is announced as it changes; the percentage is the bar's to tell when asked. */}
        <span aria-live="polite">{label}</span>
        {detail && <span className="import-progress__detail">{detail}</span>}
        <span className="import-progress__percent">{formatRate(percent / 100)}</span>
      </p>
      <div
        className="import-progress__track"
        role="progressbar"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${label} ${formatRate(percent / 100)}`}
      >
        <div className="import-progress__bar" style={{ width: `${Math.max(percent, 2)}%` }} />
      </div>
    </div>
  );
}
