// Every query and mutation of the printed contract (packages/schema/schema.graphql), as an
// operation the fuzzer can send: the field with each of its arguments as a variable, and a
// selection of its result two levels deep, nested fields' arguments as variables too. Built from
// the SDL a client sees, not from the server's code, so a field added later is fuzzed without
// anyone listing it here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';

export const SCHEMA_FILE = resolve(import.meta.dirname, '../../../schema/schema.graphql');

export function loadContract(file = SCHEMA_FILE): GraphQLSchema {
  return buildSchema(readFileSync(file, 'utf8'));
}

/** One argument of the operation, sent as a variable. */
export interface OperationVariable {
  name: string;
  /** The argument's name, which says what kind of value it takes (year, month, regionCode, …). */
  argument: string;
  type: GraphQLInputType;
  /** Printed type, as the variable is declared: `RegionCode!`. */
  typeName: string;
}

export interface FuzzOperation {
  kind: 'query' | 'mutation';
  /** Root field name. */
  field: string;
  /** The operation text without its variable declarations' values. */
  document: string;
  variables: OperationVariable[];
}

/** How deep and wide the selection of a result goes: enough to reach nested resolvers, within the query limits. */
const MAX_DEPTH = 2;
const MAX_LEAVES = 12;
const MAX_OBJECTS = 4;

function selection(type: GraphQLNamedType, depth: number, addArgs: (field: GraphQLField<unknown, unknown>) => string): string {
  if (isLeafType(type)) return '';
  if (isUnionType(type)) {
    const parts = type.getTypes().map((member) => `... on ${member.name} ${selection(member, depth, addArgs) || '{ __typename }'}`);
    return `{ __typename ${parts.join(' ')} }`;
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const fields = Object.values(type.getFields());
  const leaves: string[] = [];
  const objects: string[] = [];
  for (const field of fields) {
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      if (leaves.length < MAX_LEAVES) leaves.push(`${field.name}${addArgs(field)}`);
    } else if (depth < MAX_DEPTH && objects.length < MAX_OBJECTS) {
      const inner = selection(named, depth + 1, addArgs);
      if (inner) objects.push(`${field.name}${addArgs(field)} ${inner}`);
    }
  }
  const parts = [...leaves, ...objects];
  return parts.length > 0 ? `{ ${parts.join(' ')} }` : '{ __typename }';
}

/** The operations of every root query and mutation field, with their arguments as variables. */
export function contractOperations(schema: GraphQLSchema = loadContract()): FuzzOperation[] {
  const operations: FuzzOperation[] = [];
  for (const kind of ['query', 'mutation'] as const) {
    const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const variables: OperationVariable[] = [];
      const addArgs = (f: GraphQLField<unknown, unknown>): string => {
        if (f.args.length === 0) return '';
        const args = f.args.map((arg: GraphQLArgument) => {
          const name = `v${variables.length}_${arg.name}`;
          variables.push({ name, argument: arg.name, type: arg.type, typeName: String(arg.type) });
          return `${arg.name}: $${name}`;
        });
        return `(${args.join(', ')})`;
      };
      const args = addArgs(field);
      const body = selection(getNamedType(field.type), 1, addArgs);
      const declarations = variables.map((v) => `$${v.name}: ${v.typeName}`).join(', ');
      const name = `Fuzz_${field.name}`;
      operations.push({
        kind,
        field: field.name,
        document: `${kind} ${name}${declarations ? `(${declarations})` : ''} { ${field.name}${args} ${body} }`,
        variables,
      });
    }
  }
  return operations;
}

/** True when the argument must be given (non-null without a default). */
export const isRequired = (v: OperationVariable) => isNonNullType(v.type);
