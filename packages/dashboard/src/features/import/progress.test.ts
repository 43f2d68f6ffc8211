import { describe, expect, it } from 'vitest';
import { type RunStage, runFraction, runLabel, serverPhase } from './progress';

describe('import progress', () => {
  it('moves forward through the upload and the server phases', () => {
    const stages: RunStage[] = [
      { step: 'upload', loaded: 0, total: 1000 },
      { step: 'upload', loaded: 500, total: 1000 },
      { step: 'upload', loaded: 1000, total: 1000 },
      { step: 'uploaded' },
      { step: 'server', phase: 'read', done: 0, total: 0 },
      { step: 'server', phase: 'check', done: 0, total: 4000 },
      { step: 'server', phase: 'check', done: 4000, total: 4000 },
      { step: 'server', phase: 'write', done: 0, total: 4000 },
      { step: 'server', phase: 'write', done: 4000, total: 4000 },
      { step: 'server', phase: 'refresh', done: 0, total: 1 },
      { step: 'server', phase: 'done', done: 4000, total: 4000 },
    ];
    const fractions = stages.map(runFraction);
    expect(fractions[0]).toBe(0);
    expect(fractions[1]).toBeCloseTo(0.1);
    expect(fractions.at(-1)).toBe(1);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]!, `stage ${i}`).toBeGreaterThanOrEqual(fractions[i - 1]!);
  });

  it('does not run past the phase when a total is unknown or overshot', () => {
    expect(runFraction({ step: 'upload', loaded: 300, total: 0 })).toBe(0);
    expect(runFraction({ step: 'server', phase: 'check', done: 9, total: 4 })).toBe(
      runFraction({ step: 'server', phase: 'write', done: 0, total: 1 }),
    );
  });

  it('says what the server does, and that a check writes nothing', () => {
    expect(runLabel({ step: 'upload', loaded: 1, total: 2 }, false)).toBe('import.progress.upload');
    expect(runLabel({ step: 'uploaded' }, false)).toBe('import.progress.read');
    expect(runLabel({ step: 'server', phase: 'check', done: 0, total: 1 }, true)).toBe('import.progress.check');
    expect(runLabel({ step: 'server', phase: 'write', done: 0, total: 1 }, false)).toBe('import.progress.write');
    expect(runLabel({ step: 'server', phase: 'refresh', done: 0, total: 1 }, false)).toBe('import.progress.refresh');
    expect(runLabel({ step: 'server', phase: 'write', done: 0, total: 1 }, true)).toBe('import.progress.count');
    expect(runLabel({ step: 'server', phase: 'refresh', done: 0, total: 1 }, true)).toBe('import.progress.count');
  });

  it('reads only the phases it knows', () => {
    expect(serverPhase('write')).toBe('write');
    expect(serverPhase('vacuum')).toBeNull();
  });
});
