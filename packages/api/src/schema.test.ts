import { readFileSync } from 'node:fs';
import {
  type GraphQLField,
  type GraphQLInputField,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from './schema.js';
import { printSchemaFile, schemaFilePath } from './schema-file.js';

describe('the GraphQL contract', () => {
  it('packages/schema/schema.graphql is current (run `pnpm schema:print` when this fails)', () => {
    expect(readFileSync(schemaFilePath, 'utf8'), 'packages/schema/schema.graphql is stale: run `pnpm schema:print`').toBe(
      printSchemaFile(),
    );
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields()) as (GraphQLField<unknown, unknown> | GraphQLInputField)[]) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
        continue;
      }
      if (isScalarType(type) || isUnionType(type)) continue;
    }
    expect(missing).toEqual([]);
  });
});
