// The server secret complementary suppression draws its order from (protect.ts): kept in the
// database so that every instance and every restart draws the same cells, made once.
import { randomBytes } from 'node:crypto';
import type { Database } from '../db.js';
import { allSettings } from '../modules/settings/settings.service.js';

const KEY = 'privacy.secret';

export async function privacySecret(db: Database): Promise<string> {
  const stored = (await allSettings(db)).get(KEY);
  if (typeof stored === 'string' && stored.length >= 32) return stored;
  await db.raw(
    `INSERT INTO setting (key, value, description, updated_at)
     VALUES ($1, to_jsonb($2::text), 'Secret order in which complementary suppression hides cells; never shown.', now())
     ON CONFLICT (key) DO NOTHING`,
    [KEY, randomBytes(32).toString('hex')],
  );
  // Another instance may have won the race: read what is stored.
  const [row] = await db.raw<{ value: string }>("SELECT value #>> '{}' AS value FROM setting WHERE key = $1", [KEY]);
  db.requestCache?.delete('settings');
  return row!.value;
}
