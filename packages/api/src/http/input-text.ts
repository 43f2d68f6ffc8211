// Text a request carries, checked once for every field: a NUL cannot be stored in PostgreSQL text
// (the write fails in the database, after the resolver ran), and the other control characters
// only garble a page, a CSV or a slide. Tabs and line breaks stay (text.ts). Every string of the
// variables and every string literal of the document is read here, before any resolver runs, so
// no argument of any field, now or later, needs its own check.
//
// The variables' nesting is bounded here too: JSON.parse reads any depth, but JSON.stringify (the
// answer cache's key) and graphql-js' coercion recurse, and would overflow their stack.
import { type ASTNode, type DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { INPUT_CONTROL_CHARACTER } from '../errors.js';
import { firstControlCharacter } from '../text.js';
import { BAD_REQUEST } from './request-parser.js';

/** Levels of lists and objects inside one variable; Pantau's deepest input is 2 (a list of objects). */
export const MAX_VARIABLE_DEPTH = 16;

export interface InputProblem {
  code: string;
  message: string;
  /** The string literal at fault, for the error's location. */
  node?: ASTNode;
}

const controlCharacter = (where: string, char: string): InputProblem => ({
  code: INPUT_CONTROL_CHARACTER,
  message: `${where} holds a control character (${char}); text may hold tabs and line breaks but no other control characters.`,
});

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/** The first problem in the variables: a control character in a string, or nesting too deep. */
export function variablesProblem(variables: Readonly<Record<string, unknown>>): InputProblem | null {
  // Iterative, so a value nested thousands deep is measured without recursion.
  const stack = Object.entries(variables).map(([name, value]) => ({ value, path: `$${name}`, depth: 0 }));
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const char = firstControlCharacter(value);
      if (char) return controlCharacter(`Variable ${path}`, char);
      continue;
    }
    // Uploaded files (multipart) and other values that are not JSON hold no text to check.
    const list = Array.isArray(value);
    if (!list && !isPlainObject(value)) continue;
    if (depth >= MAX_VARIABLE_DEPTH) {
      return { code: BAD_REQUEST, message: `Variable ${path} nests lists or objects more than ${MAX_VARIABLE_DEPTH} levels deep.` };
    }
    const entries: [string, unknown][] = list
      ? (value as unknown[]).map((item, i) => [`[${i}]`, item])
      : Object.entries(value).map(([k, v]) => [`.${k}`, v]);
    for (const [key, item] of entries) stack.push({ value: item, path: `${path}${key}`, depth: depth + 1 });
  }
  return null;
}

/** The first string literal of the document that holds a control character. */
export function documentProblem(document: DocumentNode): InputProblem | null {
  let found: InputProblem | null = null;
  // The document's nesting is bounded before it is parsed (limits.ts), so this walk is shallow.
  visit(document, {
    [Kind.STRING]: (node) => {
      const char = found ? null : firstControlCharacter(node.value);
      if (char) found = { ...controlCharacter('A string in the document', char), node };
    },
  });
  return found;
}

/** Refuses control characters in any string, and variables nested too deep: HTTP 400 before any resolver runs. */
export function useInputText(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const problem = variablesProblem(args.variableValues ?? {}) ?? documentProblem(args.document);
      if (!problem) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(problem.message, {
            ...(problem.node ? { nodes: [problem.node] } : {}),
            extensions: { code: problem.code, http: { status: 400 } },
          }),
        ],
      });
    },
  };
}
