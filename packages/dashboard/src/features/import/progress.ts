// One bar for a whole import: the bytes going up (XMLHttpRequest's upload progress), then the
// server's phases as importProgress reports them. The server reports each phase at its start and
// end, so within a phase the bar moves by what it says and no further: it never claims more.
import type { MessageKey } from '../../lib/i18n';

export type ServerPhase = 'read' | 'check' | 'write' | 'refresh' | 'done';

export type RunStage =
  | { step: 'upload'; loaded: number; total: number }
  /** The upload is whole; the server has not said anything yet. */
  | { step: 'uploaded' }
  | { step: 'server'; phase: ServerPhase; done: number; total: number };

// Share of the bar each step takes, in order. Writing and refreshing the rollups take most of a
// large import's time on the server; the upload is quick on an office network.
const SPANS: readonly [RunStage['step'] | ServerPhase, number][] = [
  ['upload', 0.2],
  ['read', 0.05],
  ['check', 0.3],
  ['write', 0.3],
  ['refresh', 0.15],
];

function spanOf(step: string): { start: number; width: number } {
  let start = 0;
  for (const [name, width] of SPANS) {
    if (name === step) return { start, width };
    start += width;
  }
  return { start: 1, width: 0 };
}

const fraction = (done: number, total: number) => (total > 0 ? Math.min(Math.max(done / total, 0), 1) : 0);

/** How far the whole run is, 0–1. */
export function runFraction(stage: RunStage): number {
  if (stage.step === 'upload') return spanOf('upload').width * fraction(stage.loaded, stage.total);
  if (stage.step === 'uploaded') return spanOf('read').start;
  if (stage.phase === 'done') return 1;
  const { start, width } = spanOf(stage.phase);
  return start + width * fraction(stage.done, stage.total);
}

/**
 * What the bar says. A check writes inside a transaction it then rolls back: its "write" is
 * counting what would change, and nothing is refreshed for real.
 */
export function runLabel(stage: RunStage, dryRun: boolean): MessageKey {
  if (stage.step === 'upload') return 'import.progress.upload';
  if (stage.step === 'uploaded') return 'import.progress.read';
  switch (stage.phase) {
    case 'read':
      return 'import.progress.read';
    case 'check':
      return 'import.progress.check';
    case 'write':
    case 'refresh':
      return dryRun ? 'import.progress.count' : stage.phase === 'write' ? 'import.progress.write' : 'import.progress.refresh';
    case 'done':
      return 'import.progress.done';
  }
}

/** The phase the server names, or null for a word this page does not know (a newer API). */
export function serverPhase(phase: string): ServerPhase | null {
  return (['read', 'check', 'write', 'refresh', 'done'] as const).find((p) => p === phase) ?? null;
}
