// The README's tables of import columns, printed from the kinds themselves (`pnpm docs:import`),
// so the documentation cannot drift from what the importers read; a test compares the two.
import { INDICATORS } from '../../seed/reference.js';
import { IMPORT_KINDS, type ImportKind } from './importer.js';
import { indicatorFields } from './kinds/indicators.js';
import { KIND_SPECS } from './kinds.js';
import type { FieldSpec } from './mapping.js';

export const DOCS_START = '<!-- import-columns:start (pnpm docs:import writes this block) -->';
export const DOCS_END = '<!-- import-columns:end -->';

const TITLES: Record<ImportKind, string> = {
  regions: '`regions`: Kemendagri regions',
  households: '`households`: the household registry (P3KE, DTSEN, DTKS or a local survey)',
  benefits: '`benefits`: who received which program',
  indicators: '`indicators`: BPS tables',
  programs: '`programs`: programs of a fiscal year',
  budget: '`budget`: monthly realisasi (an SIPD export)',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

async function fieldsOf(kind: ImportKind): Promise<readonly FieldSpec[]> {
  if (kind === 'indicators') {
    return indicatorFields(INDICATORS.map(([code, , name, nameEn, unit]) => ({ code, name, name_en: nameEn, unit })));
  }
  return KIND_SPECS[kind].fields(undefined as never);
}

export async function importColumnsMarkdown(): Promise<string> {
  const sections: string[] = [];
  for (const kind of IMPORT_KINDS) {
    const fields = await fieldsOf(kind);
    const rows = fields.map(
      (f) =>
        `| ${cell(f.header)} | ${f.required ? 'yes' : ''} | ${cell(f.aliases.map((a) => `\`${a}\``).join(', '))} | ${cell(f.description)} |`,
    );
    sections.push(
      `#### ${TITLES[kind]}\n\n| column | required | also read as | what it holds |\n| --- | --- | --- | --- |\n${rows.join('\n')}`,
    );
  }
  return `${DOCS_START}\n\n${sections.join('\n\n')}\n\n${DOCS_END}`;
}
