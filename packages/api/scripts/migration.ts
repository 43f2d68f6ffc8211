// `pnpm db:migration <name>`: writes the next migration from the difference between
// schema.prisma and prisma/migrations, like `prisma migrate dev --create-only` would.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { displayPath, validateMigrationName, writeMigration } from '../src/migrations/engine.js';

const PREVIEW_LINES = 12;

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const name = args[0];
if (!name || args.length > 1) {
  fail('Usage: pnpm db:migration <name>   (name: 1–60 lowercase letters, digits and underscores)');
}

try {
  validateMigrationName(name);
  const folder = await writeMigration(name);
  const sqlPath = join(folder, 'migration.sql');
  const lines = (await readFile(sqlPath, 'utf8')).trimEnd().split('\n');
  console.log(`Wrote ${displayPath(sqlPath)} (${lines.length} lines):`);
  console.log(
    lines
      .slice(0, PREVIEW_LINES)
      .map((line) => `  ${line}`)
      .join('\n'),
  );
  if (lines.length > PREVIEW_LINES) console.log(`  … ${lines.length - PREVIEW_LINES} more lines`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
