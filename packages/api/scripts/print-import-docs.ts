// pnpm docs:import — rewrites README.md's block of import columns from the importers' own field
// lists (src/modules/import/import.docs.ts); a test fails, naming this command, when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../src/db.js';
import { DOCS_END, DOCS_START, importColumnsMarkdown } from '../src/modules/import/import.docs.js';

const readme = resolve(repoRoot, 'README.md');
const text = readFileSync(readme, 'utf8');
const start = text.indexOf(DOCS_START);
const end = text.indexOf(DOCS_END);
if (start < 0 || end < start) {
  console.error(`pantau: README.md has no block between\n  ${DOCS_START}\n  ${DOCS_END}\nAdd the two lines where the columns belong.`);
  process.exit(1);
}
writeFileSync(readme, `${text.slice(0, start)}${await importColumnsMarkdown()}${text.slice(end + DOCS_END.length)}`);
console.log('Wrote the import columns into README.md');
