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
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isUnionType,
  Kind,
  Lexer,
  type OperationDefinitionNode,
  parse,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  Source,
  TokenKind,
  TypeMetaFieldDef,
  valueFromASTUntyped,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { DataVersions } from './context.js';
import type { Database } from './db.js';
import { LIST_SIZE_MAX, type ListSizeCache, type ListSizes, listSizeCache, PAGE_SIZE_MAX, UNLISTED_LIST_SIZE } from './list-bounds.js';

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

/**
 * Introspection is measured like data, with the schema's own sizes. Under `__schema.types` a
 * type's lists count their average over all types (the types' fields together number the sum of
 * their fields, so the estimate stays an upper bound); a type reached any other way (`__type`, a
 * field's `type`, `ofType`, `interfaces`) counts the largest of its kind.
 */
interface IntrospectionSizes {
  types: number;
  directives: number;
  directiveArgs: number;
  max: Record<'fields' | 'args' | 'inputFields' | 'enumValues' | 'interfaces' | 'possibleTypes', number>;
  total: Record<'fields' | 'args' | 'inputFields' | 'enumValues' | 'interfaces' | 'possibleTypes', number>;
}

const introspectionSizesBySchema = new WeakMap<GraphQLSchema, IntrospectionSizes>();

function introspectionSizes(schema: GraphQLSchema): IntrospectionSizes {
  const known = introspectionSizesBySchema.get(schema);
  if (known) return known;
  const zero = () => ({ fields: 0, args: 0, inputFields: 0, enumValues: 0, interfaces: 0, possibleTypes: 0 });
  const sizes: IntrospectionSizes = { types: 0, directives: 0, directiveArgs: 0, max: zero(), total: zero() };
  const count = (kind: keyof IntrospectionSizes['max'], n: number) => {
    sizes.total[kind] += n;
    sizes.max[kind] = Math.max(sizes.max[kind], n);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    sizes.types++;
    if (isObjectType(type) || isInterfaceType(type)) {
      const fields = Object.values(type.getFields());
      count('fields', fields.length);
      for (const field of fields) count('args', field.args.length);
      count('interfaces', type.getInterfaces().length);
    }
    if (isInterfaceType(type) || isUnionType(type)) count('possibleTypes', schema.getPossibleTypes(type).length);
    if (isInputObjectType(type)) count('inputFields', Object.keys(type.getFields()).length);
    if (isEnumType(type)) count('enumValues', type.getValues().length);
  }
  for (const directive of schema.getDirectives()) {
    sizes.directives++;
    sizes.directiveArgs = Math.max(sizes.directiveArgs, directive.args.length);
  }
  introspectionSizesBySchema.set(schema, sizes);
  return sizes;
}

/** How a list under introspection is sized: averaged under `__schema.types`, else at the largest. */
type IntrospectionMode = 'all' | 'one';

/** Introspection's root fields: measured like any field, and `__schema` asked once per operation. */
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
  /** The length of each unpaged list: the row counts of list-bounds.ts, or the static bounds. */
  listSizes: ListSizes = LIST_SIZE_MAX,
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

  /** The page size a field asks for (`first`, `last` or `limit`), if any; else its largest page, if it pages. */
  const sizeArgument = (field: FieldNode, coordinate: string): number | undefined => {
    for (const arg of field.arguments ?? []) {
      if (!['first', 'last', 'limit'].includes(arg.name.value)) continue;
      const value = arg.value.kind === Kind.VARIABLE ? variables.get(arg.value.name.value) : valueFromASTUntyped(arg.value);
      if (typeof value === 'number' && value > 0) return value;
    }
    return PAGE_SIZE_MAX[coordinate];
  };

  /** A list's bound: its own, or a tighter one for the arguments given (`Query.reports@opdId+year`). */
  const given = (field: FieldNode, name: string) => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    if (!arg || arg.value.kind === Kind.NULL) return false;
    return arg.value.kind !== Kind.VARIABLE || variables.get(arg.value.name.value) != null;
  };
  const listSizeOf = (coordinate: string, field: FieldNode): number | undefined => {
    let size = listSizes[coordinate];
    for (const [key, bound] of Object.entries(listSizes)) {
      if (!key.startsWith(`${coordinate}@`)) continue;
      if (
        key
          .slice(coordinate.length + 1)
          .split('+')
          .every((name) => given(field, name))
      )
        size = Math.min(size ?? bound, bound);
    }
    return size;
  };

  const intro = introspectionSizes(schema);
  /** The length of an introspection list field of `typeName`, in `mode`; undefined for data. */
  const introspectionListSize = (typeName: string, fieldName: string, mode: IntrospectionMode): number | undefined => {
    if (typeName === '__Schema') return fieldName === 'types' ? intro.types : fieldName === 'directives' ? intro.directives : undefined;
    if (typeName === '__Directive') return fieldName === 'args' ? intro.directiveArgs : 1;
    if (typeName === '__Type' && fieldName in intro.max) {
      const kind = fieldName as keyof IntrospectionSizes['max'];
      return mode === 'all' ? intro.total[kind] / intro.types : intro.max[kind];
    }
    if (typeName === '__Field' && fieldName === 'args')
      return mode === 'all' ? intro.total.args / Math.max(intro.total.fields, 1) : intro.max.args;
    return undefined;
  };

  const fragmentParts = new Map<string, Part>();
  const measureSet = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLOutputType,
    // A connection's `first` sizes the list below it (`edges`), not the connection itself.
    pendingSize: number | undefined,
    inFragments: ReadonlySet<string>,
    mode: IntrospectionMode = 'one',
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
        if (type && isCompositeType(type)) add(measureSet(selection.selectionSet, type, pendingSize, inFragments, mode));
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        // A cycle is reported by graphql's own NoFragmentCycles rule; here it only stops the walk.
        if (inFragments.has(name)) continue;
        const key = `${name}\u0000${pendingSize ?? ''}\u0000${mode}`;
        let part = fragmentParts.get(key);
        if (!part) {
          const fragment = fragments.get(name);
          const type = fragment && schema.getType(fragment.typeCondition.name.value);
          part =
            fragment && type && isCompositeType(type)
              ? measureSet(fragment.selectionSet, type, pendingSize, new Set([...inFragments, name]), mode)
              : EMPTY;
          fragmentParts.set(key, part);
        }
        add(part);
        continue;
      }
      const name = selection.name.value;
      let child = EMPTY;
      let listSize = 1;
      // __schema and __type are not fields of Query's type, but of every query root.
      const definition =
        selection.selectionSet && 'getFields' in named
          ? (named.getFields()[name] ?? (name === '__schema' ? SchemaMetaFieldDef : name === '__type' ? TypeMetaFieldDef : undefined))
          : undefined;
      // Unknown fields are FieldsOnCorrectType's to report.
      if (selection.selectionSet && definition) {
        const coordinate = `${named.name}.${name}`;
        const size = sizeArgument(selection, coordinate) ?? pendingSize;
        if (isListType(getNullableType(definition.type))) {
          const introspected = named.name.startsWith('__') ? introspectionListSize(named.name, name, mode) : undefined;
          listSize = introspected ?? size ?? listSizeOf(coordinate, selection) ?? UNLISTED_LIST_SIZE;
          // The types of the schema are all of them: their lists average out. A type's fields keep
          // that for their args; a type's interfaces and possible types are single types again.
          const childMode: IntrospectionMode =
            (named.name === '__Schema' && name === 'types') || (mode === 'all' && named.name === '__Type' && name === 'fields')
              ? 'all'
              : 'one';
          child = measureSet(selection.selectionSet, definition.type, undefined, inFragments, childMode);
        } else {
          child = measureSet(selection.selectionSet, definition.type, size, inFragments, 'one');
        }
      }
      add({
        // Introspection is cost, not depth: a type reference nests `ofType` a dozen levels (the
        // usual introspection query is 15 deep) at one field each.
        depth: child.depth + (INTROSPECTION.has(name) || named.name.startsWith('__') ? 0 : 1),
        path: [selection.alias?.value ?? name, ...child.path],
        cost: 1 + Math.ceil(listSize * child.cost),
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

/**
 * Mutations that may run once per operation. Signing in hashes a password on purpose slowly
 * (scrypt, ~50 ms): thirty aliased logins take 1.5 s of CPU and try thirty passwords in one
 * request. An import reads and checks a whole file.
 */
export const ONCE_PER_OPERATION: ReadonlySet<string> = new Set([
  // The whole schema: once is all a tool needs (forty aliases of it were 1.7 MB of answer).
  '__schema',
  'login',
  'setUpFirstAdmin',
  'previewImport',
  'importRegions',
  'importHouseholds',
  'importBenefits',
  'importIndicators',
  'importPrograms',
  'importBudget',
]);

/** How often each root field is asked in an operation, through aliases and fragments. */
export function rootFieldCounts(document: DocumentNode, operation: OperationDefinitionNode): Map<string, number> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        // Each fragment once: a root fragment spread twice repeats its fields, graphql merges them.
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return counts;
}

/** Root fields of ONCE_PER_OPERATION asked more than once (aliases, fragments), with how often. */
export function repeatedRootFields(document: DocumentNode, operation: OperationDefinitionNode): Map<string, number> {
  const counts = rootFieldCounts(document, operation);
  for (const [name, n] of counts) if (n < 2 || !ONCE_PER_OPERATION.has(name)) counts.delete(name);
  return counts;
}

/** Code of an introspection query from a caller who is not signed in. */
export const INTROSPECTION_NEEDS_SIGN_IN = 'INTROSPECTION_NEEDS_SIGN_IN';

/** Refuses an operation over the limits with HTTP 400 and one error per limit, code QUERY_TOO_LARGE. */
export function useQueryLimits(limits: QueryLimits = DEFAULT_QUERY_LIMITS, listSizes: ListSizeCache = listSizeCache): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      // Anonymous callers get no introspection: the schema is published with Pantau
      // (packages/schema/schema.graphql), and nothing before sign-in needs it.
      const viewer = (args.contextValue as { viewer?: unknown } | undefined)?.viewer;
      const counts = rootFieldCounts(args.document, operation);
      if (!viewer && [...INTROSPECTION].some((name) => counts.has(name))) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              'Introspeksi skema hanya untuk pengguna yang masuk; skemanya diterbitkan di packages/schema/schema.graphql. (Introspection needs a session; the schema is published in packages/schema/schema.graphql.)',
              { nodes: [operation], extensions: { code: INTROSPECTION_NEEDS_SIGN_IN, http: { status: 401 } } },
            ),
          ],
        });
        return;
      }
      // Lists sized by the rows there are (list-bounds.ts), counted once per data version.
      const context = args.contextValue as { db?: Database; dataVersions?: DataVersions | null } | undefined;
      const sizes = context?.db ? await listSizes.sizesFor(context.db, context.dataVersions ?? null) : LIST_SIZE_MAX;
      const measure = measureOperation(args.schema, args.document, operation, args.variableValues ?? {}, sizes);
      const problems = limitViolations(measure, limits, operation.name?.value);
      for (const [name, n] of repeatedRootFields(args.document, operation)) {
        problems.push(`${name} may be asked once per operation; this one asks it ${n} times.`);
      }
      if (problems.length === 0) return;
      setResultAndStopExecution({
        errors: problems.map(
          (message) => new GraphQLError(message, { nodes: [operation], extensions: { code: 'QUERY_TOO_LARGE', http: { status: 400 } } }),
        ),
      });
    },
  };
}

// ───────────────────────────── the document, before it is parsed ─────────────────────────────

export interface DocumentLimits {
  /** Characters of the query text. */
  maxLength: number;
  /** Lexical tokens of the query text (graphql-js stops parsing after this many). */
  maxTokens: number;
  /** Braces, brackets and parentheses open at once: selections, lists and input objects nest this deep. */
  maxNesting: number;
}

// The dashboard's largest operation, fragments included, is 280 tokens, 2,756 characters and 5
// levels of nesting (limits.test.ts checks every one of them against these limits). graphql-js parses by
// recursion: about 2,400 nested input objects, 4,100 lists or 4,400 selections overflow its stack
// in an 8–13 KB document, so tokens and nesting are counted in one pass of the lexer (a loop)
// before the parser runs.
export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = { maxLength: 100_000, maxTokens: 5_000, maxNesting: 32 };

/** Tokens of a document and the deepest nesting of `{`, `[` and `(` among them, counted up to the limits. */
export function documentShape(source: string, limits: DocumentLimits): { tokens: number; nesting: number } {
  // graphql-js' own lexer, so strings, block strings and comments are read exactly as the parser
  // reads them; it is a loop, not a recursion, and stops at the first figure over its limit.
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  let depth = 0;
  let nesting = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++tokens > limits.maxTokens) break;
      if (token.kind === TokenKind.BRACE_L || token.kind === TokenKind.BRACKET_L || token.kind === TokenKind.PAREN_L) {
        depth++;
        nesting = Math.max(nesting, depth);
        if (nesting > limits.maxNesting) break;
      } else if (token.kind === TokenKind.BRACE_R || token.kind === TokenKind.BRACKET_R || token.kind === TokenKind.PAREN_R) {
        depth--;
      }
    }
  } catch {
    // A syntax error: the parser reports it, with its place.
  }
  return { tokens, nesting };
}

/** What makes a document too large to parse; null when it is within the limits. */
export function documentViolation(source: string, limits: DocumentLimits): string | null {
  if (source.length > limits.maxLength) {
    return `The document is ${source.length} characters long; the limit is ${limits.maxLength}.`;
  }
  const { tokens, nesting } = documentShape(source, limits);
  if (nesting > limits.maxNesting) {
    return `The document nests more than ${limits.maxNesting} levels of braces, brackets or parentheses; the limit is ${limits.maxNesting}.`;
  }
  if (tokens > limits.maxTokens) return `The document has more than ${limits.maxTokens} tokens; the limit is ${limits.maxTokens}.`;
  return null;
}

const queryTooLarge = (message: string) => new GraphQLError(message, { extensions: { code: 'QUERY_TOO_LARGE', http: { status: 400 } } });

/**
 * Refuses a document too long, with too many tokens or nested too deep before it is parsed: HTTP
 * 400, code QUERY_TOO_LARGE. (Thrown here, not by the parser, so it is a 400 for every client;
 * yoga answers a parse error with 200 to clients that accept only application/json.)
 */
export function useDocumentLimits(limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS): Plugin {
  return {
    onParse({ params, setParseFn }) {
      if (typeof params.source === 'string') {
        const problem = documentViolation(params.source, limits);
        if (problem) throw queryTooLarge(problem);
      }
      // Backstops: the parser stops at maxTokens, and a stack overflow is a refusal, not a 500.
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, maxTokens: limits.maxTokens });
        } catch (error) {
          if (error instanceof RangeError) throw queryTooLarge('The document nests too deep to be read.');
          throw error;
        }
      });
    },
  };
}
