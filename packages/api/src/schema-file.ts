// The printed SDL, shared by `pnpm schema:print` and the test that fails when it is stale.
import { resolve } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { repoRoot } from './db.js';
import { schema } from './schema.js';

export const schemaFilePath = resolve(repoRoot, 'packages/schema/schema.graphql');

export function printSchemaFile(): string {
  return `# Printed from packages/api by \`pnpm schema:print\`; do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
