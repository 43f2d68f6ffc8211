// What a fuzzed answer must never be: a 5xx, the masked "Unexpected error.", slower than 2 s, or
// carrying a stack trace, a file path, SQL, driver or Prisma text. Input the request sent may come
// back quoted in a message ("got \"%\""); it is taken out before looking for leaks.

export const SLOW_MS = 2_000;

/** Text that only the server's internals write, never Pantau's own messages. */
const LEAKS: [string, RegExp][] = [
  ['stack trace', /(?:\n|\\n)\s+at \S|\bat (?:async )?[\w$.<>]+ \([^)]*:\d+:\d+\)/],
  ['file path', /(?:\/work\/|\/home\/|\/usr\/|\/tmp\/|node_modules|[\w-]+\.(?:ts|js|mjs|cjs):\d+|file:\/\/)/],
  ['Prisma text', /prisma|driver adapter/i],
  ['SQL', /\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM)\b[\s\S]{0,200}\b(?:FROM|SET|WHERE|VALUES)\b/],
  [
    'database text',
    /invalid input syntax for|out of range for type|violates [\w ]*constraint|syntax error at or near|duplicate key value|relation "[^"]+" does not exist|column "[^"]+" (?:does not exist|of relation|is of type)|null value in column|invalid byte sequence for encoding|canceling statement|deadlock detected|could not serialize access|SQLSTATE|ECONNREFUSED|ETIMEDOUT/i,
  ],
  ['JavaScript error', /\b(?:TypeError|RangeError|ReferenceError|SyntaxError|URIError|Maximum call stack)\b/],
];

export interface Answer {
  status: number;
  /** The body as text (empty for HEAD). */
  text: string;
  ms: number;
  contentType: string;
}

/** Strings the request carried, longest first, to take out of an answer before looking for leaks. */
export function sentStrings(value: unknown, out: Set<string> = new Set(), depth = 0): Set<string> {
  if (depth > 20) return out;
  if (typeof value === 'string') {
    if (value.length >= 3) out.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) sentStrings(item, out, depth + 1);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.length >= 3) out.add(key);
      sentStrings(item, out, depth + 1);
    }
  }
  return out;
}

/** The answer with every echo of what was sent (raw, JSON-escaped, or cut to 40 characters) removed. */
export function withoutEchoes(text: string, sent: Iterable<string>): string {
  let out = text;
  const pieces = [...sent].sort((a, b) => b.length - a.length);
  for (const piece of pieces) {
    const json = JSON.stringify(piece);
    for (const form of [
      json,
      json.slice(1, -1),
      JSON.stringify(json).slice(1, -1),
      piece,
      json.slice(0, 40),
      JSON.stringify(json.slice(0, 40)).slice(1, -1),
    ]) {
      if (form.length >= 3 && out.includes(form)) out = out.split(form).join('«sent»');
    }
  }
  return out;
}

/** Problems with one answer; empty when it is fine. */
export function answerProblems(answer: Answer, sent: Iterable<string> = []): string[] {
  const problems: string[] = [];
  if (answer.status >= 500 || answer.status === 0) problems.push(`HTTP ${answer.status}`);
  if (answer.text.includes('Unexpected error.') || answer.text.includes('INTERNAL_SERVER_ERROR')) problems.push('masked internal error');
  if (answer.ms > SLOW_MS) problems.push(`answered in ${Math.round(answer.ms)} ms (limit ${SLOW_MS} ms)`);
  const text = withoutEchoes(answer.text, sent);
  for (const [what, pattern] of LEAKS) {
    const match = pattern.exec(text);
    if (match) problems.push(`${what} in the answer: ${JSON.stringify(match[0].slice(0, 80))}`);
  }
  return problems;
}

/** A JSON answer's body, or null when it is not JSON. */
export function parseBody(
  answer: Answer,
): { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] } | null {
  try {
    return JSON.parse(answer.text);
  } catch {
    return null;
  }
}
