// The import page's writes: the preview, the six import mutations (one per kind, the same
// answer), and the progress query polled while one runs. Each goes as a multipart upload through
// lib/upload.ts, which reports the bytes sent.
import type { Client, CombinedError } from '@urql/core';
import { type FragmentOf, graphql, type ResultOf } from '../../lib/graphql';
import type { UploadProgress } from '../../lib/upload';
import { DATA_TYPENAME } from '../../lib/urql';
import { FilePreview_ImportPreviewFragment } from './file-preview';
import { ImportSummary_ImportSummaryFragment } from './import-summary';
import type { HouseholdSource, ImportKind } from './kinds';
import { RowErrors_ImportRejectedFragment } from './row-errors';

export const PreviewImportMutation = graphql(
  `
  mutation PreviewImport($kind: ImportKind!, $file: File!, $mapping: [ImportColumnMappingInput!]) {
    previewImport(kind: $kind, file: $file, mapping: $mapping) {
      __typename
      ... on MutationPreviewImportSuccess {
        data {
          rows
          fields { key required }
          mapping { field column }
          header
          ...FilePreview_ImportPreviewFragment
        }
      }
      ... on DomainError { code field message }
    }
  }
`,
  [FilePreview_ImportPreviewFragment],
);

export const ImportProgressQuery = graphql(`
  query ImportProgress($key: String!) {
    importProgress(key: $key) { phase done total }
  }
`);

const ImportRegionsMutation = graphql(
  `
  mutation ImportRegions($file: File!, $dryRun: Boolean!, $mapping: [ImportColumnMappingInput!], $progressKey: String) {
    importRegions(file: $file, dryRun: $dryRun, mapping: $mapping, progressKey: $progressKey) {
      __typename
      ... on MutationImportRegionsSuccess { data { alreadyImported ...ImportSummary_ImportSummaryFragment } }
      ... on ImportRejected { ...RowErrors_ImportRejectedFragment }
      ... on DomainError { code field message }
    }
  }
`,
  [ImportSummary_ImportSummaryFragment, RowErrors_ImportRejectedFragment],
);

const ImportHouseholdsMutation = graphql(
  `
  mutation ImportHouseholds(
    $file: File!
    $dryRun: Boolean!
    $mapping: [ImportColumnMappingInput!]
    $progressKey: String
    $source: ImportHouseholdSource
    $drawnOn: Date
  ) {
    importHouseholds(file: $file, dryRun: $dryRun, mapping: $mapping, progressKey: $progressKey, source: $source, drawnOn: $drawnOn) {
      __typename
      ... on MutationImportHouseholdsSuccess { data { alreadyImported ...ImportSummary_ImportSummaryFragment } }
      ... on ImportRejected { ...RowErrors_ImportRejectedFragment }
      ... on DomainError { code field message }
    }
  }
`,
  [ImportSummary_ImportSummaryFragment, RowErrors_ImportRejectedFragment],
);

const ImportBenefitsMutation = graphql(
  `
  mutation ImportBenefits($file: File!, $dryRun: Boolean!, $mapping: [ImportColumnMappingInput!], $progressKey: String) {
    importBenefits(file: $file, dryRun: $dryRun, mapping: $mapping, progressKey: $progressKey) {
      __typename
      ... on MutationImportBenefitsSuccess { data { alreadyImported ...ImportSummary_ImportSummaryFragment } }
      ... on ImportRejected { ...RowErrors_ImportRejectedFragment }
      ... on DomainError { code field message }
    }
  }
`,
  [ImportSummary_ImportSummaryFragment, RowErrors_ImportRejectedFragment],
);

const ImportIndicatorsMutation = graphql(
  `
  mutation ImportIndicators($file: File!, $dryRun: Boolean!, $mapping: [ImportColumnMappingInput!], $progressKey: String) {
    importIndicators(file: $file, dryRun: $dryRun, mapping: $mapping, progressKey: $progressKey) {
      __typename
      ... on MutationImportIndicatorsSuccess { data { alreadyImported ...ImportSummary_ImportSummaryFragment } }
      ... on ImportRejected { ...RowErrors_ImportRejectedFragment }
      ... on DomainError { code field message }
    }
  }
`,
  [ImportSummary_ImportSummaryFragment, RowErrors_ImportRejectedFragment],
);

const ImportProgramsMutation = graphql(
  `
  mutation ImportPrograms($file: File!, $dryRun: Boolean!, $mapping: [ImportColumnMappingInput!], $progressKey: String) {
    importPrograms(file: $file, dryRun: $dryRun, mapping: $mapping, progressKey: $progressKey) {
      __typename
      ... on MutationImportProgramsSuccess { data { alreadyImported ...ImportSummary_ImportSummaryFragment } }
      ... on ImportRejected { ...RowErrors_ImportRejectedFragment }
      ... on DomainError { code field message }
    }
  }
`,
  [ImportSummary_ImportSummaryFragment, RowErrors_ImportRejectedFragment],
);

const ImportBudgetMutation = graphql(
  `
  mutation ImportBudget($file: File!, $dryRun: Boolean!, $mapping: [ImportColumnMappingInput!], $progressKey: String) {
    importBudget(file: $file, dryRun: $dryRun, mapping: $mapping, progressKey: $progressKey) {
      __typename
      ... on MutationImportBudgetSuccess { data { alreadyImported ...ImportSummary_ImportSummaryFragment } }
      ... on ImportRejected { ...RowErrors_ImportRejectedFragment }
      ... on DomainError { code field message }
    }
  }
`,
  [ImportSummary_ImportSummaryFragment, RowErrors_ImportRejectedFragment],
);

export interface DomainErrorLike {
  code: string;
  field?: string | null;
  message: string;
}

/** A preview as the page reads it: what the wizard needs itself, and FilePreview's fragment. */
export type PreviewData = Extract<
  NonNullable<ResultOf<typeof PreviewImportMutation>['previewImport']>,
  { __typename: 'MutationPreviewImportSuccess' }
>['data'];

/** A summary: whether the file was imported before (the wizard's), and ImportSummary's fragment. */
export type SummaryData = { alreadyImported: boolean } & FragmentOf<typeof ImportSummary_ImportSummaryFragment>;

export type PreviewOutcome =
  | { type: 'preview'; preview: PreviewData }
  | { type: 'domain'; error: DomainErrorLike }
  | { type: 'request'; error: CombinedError | undefined };

export type ImportOutcome =
  | { type: 'summary'; summary: SummaryData }
  | { type: 'rejected'; rejected: FragmentOf<typeof RowErrors_ImportRejectedFragment> }
  | { type: 'domain'; error: DomainErrorLike }
  | { type: 'request'; error: CombinedError | undefined };

export interface ImportInputs {
  file: File;
  mapping: { field: string; column: string | null }[] | null;
  /** Households only. */
  source?: HouseholdSource;
  /** Households only: `YYYY-MM-DD`; absent for the server's today. */
  drawnOn?: string;
}

interface RunContext {
  progressKey: string;
  onUploadProgress: (progress: UploadProgress) => void;
}

export async function previewFile(
  client: Client,
  kind: ImportKind,
  inputs: Pick<ImportInputs, 'file' | 'mapping'>,
  onUploadProgress: (progress: UploadProgress) => void,
): Promise<PreviewOutcome> {
  const result = await client
    .mutation(PreviewImportMutation, { kind, file: inputs.file, mapping: inputs.mapping }, { onUploadProgress })
    .toPromise();
  const answer = result.data?.previewImport;
  if (answer?.__typename === 'MutationPreviewImportSuccess') return { type: 'preview', preview: answer.data };
  if (answer?.__typename === 'DomainError') return { type: 'domain', error: answer };
  return { type: 'request', error: result.error };
}

type Answer =
  | { __typename: 'DomainError'; code: string; field: string | null; message: string }
  | ({ __typename: 'ImportRejected' } & FragmentOf<typeof RowErrors_ImportRejectedFragment>)
  | { __typename: `MutationImport${string}Success`; data: SummaryData };

function outcomeOf(answer: Answer | undefined, error: CombinedError | undefined): ImportOutcome {
  if (!answer) return { type: 'request', error };
  if (answer.__typename === 'DomainError') return { type: 'domain', error: answer };
  if (answer.__typename === 'ImportRejected') return { type: 'rejected', rejected: answer };
  return { type: 'summary', summary: answer.data };
}

/**
 * Checks (dryRun) or imports a file of `kind`. A real import names DATA_TYPENAME, so urql's
 * document cache drops every answer it holds: the pages then ask for the new figures.
 */
export async function runImport(
  client: Client,
  kind: ImportKind,
  inputs: ImportInputs,
  dryRun: boolean,
  run: RunContext,
): Promise<ImportOutcome> {
  const variables = { file: inputs.file, dryRun, mapping: inputs.mapping, progressKey: run.progressKey };
  const context = { onUploadProgress: run.onUploadProgress, additionalTypenames: dryRun ? [] : [DATA_TYPENAME] };
  switch (kind) {
    case 'REGIONS': {
      const r = await client.mutation(ImportRegionsMutation, variables, context).toPromise();
      return outcomeOf(r.data?.importRegions, r.error);
    }
    case 'HOUSEHOLDS': {
      const r = await client
        .mutation(ImportHouseholdsMutation, { ...variables, source: inputs.source, drawnOn: inputs.drawnOn || undefined }, context)
        .toPromise();
      return outcomeOf(r.data?.importHouseholds, r.error);
    }
    case 'BENEFITS': {
      const r = await client.mutation(ImportBenefitsMutation, variables, context).toPromise();
      return outcomeOf(r.data?.importBenefits, r.error);
    }
    case 'INDICATORS': {
      const r = await client.mutation(ImportIndicatorsMutation, variables, context).toPromise();
      return outcomeOf(r.data?.importIndicators, r.error);
    }
    case 'PROGRAMS': {
      const r = await client.mutation(ImportProgramsMutation, variables, context).toPromise();
      return outcomeOf(r.data?.importPrograms, r.error);
    }
    case 'BUDGET': {
      const r = await client.mutation(ImportBudgetMutation, variables, context).toPromise();
      return outcomeOf(r.data?.importBudget, r.error);
    }
  }
}

/**
 * A key to follow one run with importProgress. crypto.randomUUID exists only on https and
 * localhost; an office intranet often serves Pantau over plain http, where getRandomValues still works.
 */
export function newProgressKey(crypto: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = globalThis.crypto): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
