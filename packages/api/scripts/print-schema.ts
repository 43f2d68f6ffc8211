// pnpm schema:print — writes the SDL the API serves to packages/schema/schema.graphql, the
// contract the dashboard types its documents against.
import { writeFileSync } from 'node:fs';
import { printSchemaFile, schemaFilePath } from '../src/schema-file.js';

writeFileSync(schemaFilePath, printSchemaFile());
console.log(`Wrote ${schemaFilePath}`);
