import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../db.js';
import { DOCS_END, DOCS_START, importColumnsMarkdown } from './import.docs.js';

describe('README', () => {
  it('documents every import kind, column and alias as the importers read them (run `pnpm docs:import` when this fails)', async () => {
    const readme = readFileSync(resolve(repoRoot, 'README.md'), 'utf8');
    const block = readme.slice(readme.indexOf(DOCS_START), readme.indexOf(DOCS_END) + DOCS_END.length);
    expect(block).toBe(await importColumnsMarkdown());
  });
});
