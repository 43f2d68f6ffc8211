import { useCallback, useEffect, useState } from 'react';
import { useClient } from 'urql';
import type { UploadProgress } from '../../lib/upload';
import { type ImportInputs, type ImportOutcome, ImportProgressQuery, newProgressKey, runImport } from './import-run';
import type { ImportKind } from './kinds';
import { type RunStage, runFraction, serverPhase } from './progress';

/** How often the page asks how far the server is (importProgress). */
export const POLL_INTERVAL_MS = 500;

export interface Running {
  dryRun: boolean;
  stage: RunStage;
}

/**
 * Runs a check or an import and follows it: the upload's bytes from XMLHttpRequest, then the
 * server's phases from importProgress, asked every POLL_INTERVAL_MS while the run lasts. One
 * question at a time: on the embedded database a question waits while the import writes, and
 * they must not pile up behind it.
 */
export function useImportRun() {
  const client = useClient();
  const [running, setRunning] = useState<Running | null>(null);

  const start = useCallback(
    async (kind: ImportKind, inputs: ImportInputs, dryRun: boolean): Promise<ImportOutcome> => {
      const progressKey = newProgressKey();
      let finished = false;
      let furthest = -1;
      const show = (stage: RunStage) => {
        const fraction = runFraction(stage);
        // Answers can cross (a late poll after the upload's end): the bar never goes back.
        if (finished || fraction < furthest) return;
        furthest = fraction;
        setRunning({ dryRun, stage });
      };
      show({ step: 'upload', loaded: 0, total: inputs.file.size });

      const poll = async () => {
        while (!finished) {
          await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
          if (finished) return;
          const result = await client.query(ImportProgressQuery, { key: progressKey }, { requestPolicy: 'network-only' }).toPromise();
          const progress = result.data?.importProgress;
          const phase = progress ? serverPhase(progress.phase) : null;
          if (progress && phase) show({ step: 'server', phase, done: progress.done, total: progress.total });
        }
      };
      void poll();

      const onUploadProgress = ({ loaded, total }: UploadProgress) =>
        show(total > 0 && loaded >= total ? { step: 'uploaded' } : { step: 'upload', loaded, total: total || inputs.file.size });
      try {
        return await runImport(client, kind, inputs, dryRun, { progressKey, onUploadProgress });
      } finally {
        finished = true;
        setRunning(null);
      }
    },
    [client],
  );

  // Closing the tab mid-import stops the upload, or loses the summary once the server has the
  // file: the browser asks first.
  const importing = running !== null && !running.dryRun;
  useEffect(() => {
    if (!importing) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [importing]);

  return { running, start };
}
