// Every import kind, by name: the CLI, the GraphQL mutations and the page read this one list.
import type { ImportKind, ImportKindSpec } from './importer.js';
import { benefitsImport } from './kinds/benefits.js';
import { budgetImport } from './kinds/budget.js';
import { householdsImport } from './kinds/households.js';
import { indicatorsImport } from './kinds/indicators.js';
import { programsImport } from './kinds/programs.js';
import { regionsImport } from './kinds/regions.js';

export const KIND_SPECS: { [K in ImportKind]: ImportKindSpec<never> } = {
  regions: regionsImport as ImportKindSpec<never>,
  households: householdsImport as ImportKindSpec<never>,
  benefits: benefitsImport as ImportKindSpec<never>,
  indicators: indicatorsImport as ImportKindSpec<never>,
  programs: programsImport as ImportKindSpec<never>,
  budget: budgetImport as ImportKindSpec<never>,
};
