// How far an import has come, for the page's progress bar: the page names a key when it starts
// the upload and asks for it while the upload runs. Kept in this process's memory for a few
// minutes; on PGlite a request waits while an import writes, so the bar moves by phases there.
import type { ImportProgress } from './import.service.js';

const KEEP_MS = 10 * 60_000;
const MAX_KEYS = 1000;

interface Entry {
  userId: number;
  progress: ImportProgress;
  at: number;
}

const entries = new Map<string, Entry>();

export function reportProgress(key: string, userId: number, progress: ImportProgress): void {
  entries.delete(key);
  entries.set(key, { userId, progress, at: performance.now() });
  const now = performance.now();
  for (const [k, e] of entries) {
    if (entries.size <= MAX_KEYS && now - e.at < KEEP_MS) break;
    entries.delete(k);
  }
}

/** The progress of `key`, for the user who started it only. */
export function readProgress(key: string, userId: number): ImportProgress | null {
  const entry = entries.get(key);
  return entry && entry.userId === userId ? entry.progress : null;
}
