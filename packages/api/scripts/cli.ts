// Shared start of every command-line script: open the database named by the environment, and
// turn an expected start-up failure into one clear line instead of a stack trace.
import { type Database, DatabaseUnavailableError, databaseConfigFromEnv, openDatabase } from '../src/db.js';

export async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  let db: Database | undefined;
  try {
    db = await openDatabase(databaseConfigFromEnv());
    const result = await work(db);
    await db.close();
    return result;
  } catch (error) {
    await db?.close().catch(() => {});
    return exitWithError(error);
  }
}

/** Prints what went wrong as one line (a stack only for the unexpected) and exits 1. */
export function exitWithError(error: unknown): never {
  if (error instanceof DatabaseUnavailableError || error instanceof UsageError) {
    console.error(`pantau: ${error.message}`);
  } else {
    // Only the message's first line and the stack: driver errors carry the query's parameters,
    // which may hold personal data, and must not reach a log.
    const e = error instanceof Error ? error : new Error(String(error));
    const message = e.message.split('\n')[0]?.slice(0, 300);
    console.error(`pantau: unexpected error: ${message}\n${(e.stack ?? '').split('\n').slice(1, 8).join('\n')}`);
  }
  process.exit(1);
}

/** A wrong command-line argument. */
export class UsageError extends Error {}
