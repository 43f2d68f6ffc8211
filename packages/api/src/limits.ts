// Query depth, cost and alias limits: a request over a limit is refused before any resolver runs,
// with a message that names the limit, the figure found and where. Checked when the operation is
// about to execute, where the variables are known: `first: $n` is sized by the value sent.

import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface QueryLimits {
  /** Nested field levels below the operation (fragments flattened). */
  maxDepth: number;
  /** Fields the response can hold: each field counts 1, times the size of every list above it. */
  maxCost: number;
  /** Aliased fields in one operation: aliases repeat a field's work under another name. */
  maxAliases: number;
}

// The dashboard's largest operations reach depth 5, cost 10,506 (follow-ups: rakor × decisions ×
// follow-ups) and 12 aliases; limits.test.ts checks every one of them against these limits.
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxCost: 50_000, maxAliases: 30 };

/** Assumed size of a list without a `first`/`limit` argument: small reference lists. */
const DEFAULT_LIST_SIZE = 10;
/** Introspection is the schema, not data: its fields are not counted. */
const INTROSPECTION = new Set(['__schema', '__type']);

export interface OperationMeasure {
  depth: number;
  cost: number;
  aliases: number;
  /** The path of the deepest field, e.g. "households.edges.node.members.name". */
  deepestPath: string;
}

/** Depth, cost and aliases of a selection set counted once (its parents' list sizes not applied). */
interface Part {
  depth: number;
  /** Below this selection set, the path to its deepest field. */
  path: string[];
  cost: number;
  aliases: number;
}

const EMPTY: Part = { depth: 0, path: [], cost: 0, aliases: 0 };

/**
 * Depth, cost and aliases of one operation of a validated document, with the request's variables.
 * Each fragment is measured once and its figures reused wherever it is spread: fragments spread
 * into fragments describe responses exponentially larger than the document, and measuring must
 * not expand them.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variableValues: Readonly<Record<string, unknown>> = {},
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = schema.getRootType(operation.operation);
  if (!root) return { depth: 0, cost: 0, aliases: 0, deepestPath: '' };

  // A list sized by a variable takes the value sent, else the variable's default.
  const variables = new Map<string, unknown>();
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (name in variableValues) variables.set(name, variableValues[name]);
    else if (definition.defaultValue) variables.set(name, valueFromASTUntyped(definition.defaultValue));
  }

  /** The page size a field asks for (`first`, `last` or `limit`), if any. */
  const sizeArgument = (field: FieldNode): number | undefined => {
    for (const arg of field.arguments ?? []) {
      if (!['first', 'last', 'limit'].includes(arg.name.value)) continue;
      const value = arg.value.kind === Kind.VARIABLE ? variables.get(arg.value.name.value) : valueFromASTUntyped(arg.value);
      if (typeof value === 'number' && value > 0) return value;
    }
    return undefined;
  };

  const fragmentParts = new Map<string, Part>();
  const measureSet = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLOutputType,
    // A connection's `first` sizes the list below it (`edges`), not the connection itself.
    pendingSize: number | undefined,
    inFragments: ReadonlySet<string>,
  ): Part => {
    const named = getNamedType(parentType);
    const total: Part = { depth: 0, path: [], cost: 0, aliases: 0 };
    const add = (part: Part) => {
      total.cost += part.cost;
      total.aliases += part.aliases;
      if (part.depth > total.depth) {
        total.depth = part.depth;
        total.path = part.path;
      }
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : named;
        if (type && isCompositeType(type)) add(measureSet(selection.selectionSet, type, pendingSize, inFragments));
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        // A cycle is reported by graphql's own NoFragmentCycles rule; here it only stops the walk.
        if (inFragments.has(name)) continue;
        const key = `${name}\u0000${pendingSize ?? ''}`;
        let part = fragmentParts.get(key);
        if (!part) {
          const fragment = fragments.get(name);
          const type = fragment && schema.getType(fragment.typeCondition.name.value);
          part =
            fragment && type && isCompositeType(type)
              ? measureSet(fragment.selectionSet, type, pendingSize, new Set([...inFragments, name]))
              : EMPTY;
          fragmentParts.set(key, part);
        }
        add(part);
        continue;
      }
      const name = selection.name.value;
      if (INTROSPECTION.has(name)) continue;
      let child = EMPTY;
      let listSize = 1;
      const definition = selection.selectionSet && 'getFields' in named ? named.getFields()[name] : undefined;
      // Unknown fields are FieldsOnCorrectType's to report.
      if (selection.selectionSet && definition) {
        const size = sizeArgument(selection) ?? pendingSize;
        if (isListType(getNullableType(definition.type))) {
          listSize = size ?? DEFAULT_LIST_SIZE;
          child = measureSet(selection.selectionSet, definition.type, undefined, inFragments);
        } else {
          child = measureSet(selection.selectionSet, definition.type, size, inFragments);
        }
      }
      add({
        depth: child.depth + 1,
        path: [selection.alias?.value ?? name, ...child.path],
        cost: 1 + listSize * child.cost,
        aliases: child.aliases + (selection.alias ? 1 : 0),
      });
    }
    return total;
  };

  const whole = measureSet(operation.selectionSet, root, undefined, new Set());
  return { depth: whole.depth, cost: whole.cost, aliases: whole.aliases, deepestPath: whole.path.join('.') };
}

/** What is wrong with an operation against the limits; empty when it is within them. */
export function limitViolations(measure: OperationMeasure, limits: QueryLimits, operationName?: string): string[] {
  const name = operationName ? `Operation "${operationName}"` : 'The operation';
  const problems: string[] = [];
  if (measure.depth > limits.maxDepth) {
    problems.push(`${name} is nested ${measure.depth} levels deep (at ${measure.deepestPath}); the limit is ${limits.maxDepth}.`);
  }
  if (measure.cost > limits.maxCost) {
    problems.push(
      `${name} could return ${measure.cost} fields (each field counted once per item of the lists above it); the limit is ${limits.maxCost}. Ask for fewer fields or smaller pages.`,
    );
  }
  if (measure.aliases > limits.maxAliases) {
    problems.push(`${name} uses ${measure.aliases} aliases; the limit is ${limits.maxAliases}.`);
  }
  return problems;
}

/** Refuses an operation over the limits with HTTP 400 and one error per limit, code QUERY_TOO_LARGE. */
export function useQueryLimits(limits: QueryLimits = DEFAULT_QUERY_LIMITS): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const measure = measureOperation(args.schema, args.document, operation, args.variableValues ?? {});
      const problems = limitViolations(measure, limits, operation.name?.value);
      if (problems.length === 0) return;
      setResultAndStopExecution({
        errors: problems.map(
          (message) => new GraphQLError(message, { nodes: [operation], extensions: { code: 'QUERY_TOO_LARGE', http: { status: 400 } } }),
        ),
      });
    },
  };
}
