// Hostile values for each input type of the contract: mostly values a real client sends (so the
// request reaches the resolvers and the SQL behind them), and the rest what a hostile or broken
// client sends — NUL and other control characters, LIKE wildcards, SQL and format strings,
// 100 KB text, numbers at and past every boundary, impossible dates, forged cursors, nulls for
// required values and values of the wrong type.
import fc from 'fast-check';
import { type GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';

const INT_MAX = 2_147_483_647;
const INT_MIN = -2_147_483_648;

/** Region codes of the demo and well-shaped codes that do not exist. */
export const REAL_REGION_CODES = ['16.71', '16', '16.71.06', '16.71.06.1005', '64.74', '64.74.01.1003', '13.74', '16.06', '64', '13'];
const UNKNOWN_REGION_CODES = ['99', '00', '99.99', '16.99', '16.71.99', '16.71.06.9999', '64.74.01.0000'];
/** `%` and `_` were SQL wildcards in three services before the RegionCode scalar. */
const HOSTILE_REGION_CODES = [
  '%',
  '_',
  '16.7%',
  '16._1',
  '16.71%',
  '16.71.__',
  '1_.71',
  '',
  ' ',
  ' 16.71',
  '16.71 ',
  '16.71.',
  '.16',
  '16..71',
  '16/71',
  '16,71',
  '16.71.06.1005.01',
  '167',
  '16.7',
  '１６.７１',
  '16.71\u0000',
  "16.71' OR '1'='1",
];

/** Strings a hostile client sends; each one is a case some code path once got wrong somewhere. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0000'.repeat(64),
  '\u0001\u0002\u0003\u001b[31m',
  '\u007f',
  '\t\r\n',
  '%',
  '_',
  '%%',
  '\\',
  '\\%',
  "'",
  '"',
  '`',
  "' OR '1'='1",
  "'; DROP TABLE app_user; --",
  '1; SELECT pg_sleep(5)',
  '$1',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the text itself is the hostile input
  '${process.env}',
  '{{7*7}}',
  '%s%s%s%n',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  '\ud800',
  '\udfff',
  'a\ud800b',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  '\ufeff',
  '\u200b',
  '😀'.repeat(100),
  'Ž̴̡̛̛̩̝͎̬͖̘̣̻̹̼̺̬͍̀̓̋̽̈́̾̏͂̄͗̔̕͠ā̸̧̛̟̫̗̞̙̰̠̺̗̘͖͇̻͉̓̂̾̅̈́̀́͒̍̌̆̽̚͝͝l̶̗̘̈́͋g̵̢',
  'P0',
  'P1',
  'walikota',
  'admin',
  'pantau-demo',
  'x'.repeat(4_001),
];

/** A string of about `bytes` bytes, cheap to make: the 100 KB text of the issue, and more. */
const longText = (bytes: number, unit: string) => unit.repeat(Math.ceil(bytes / unit.length));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(10_000, 100_000, 400_000), fc.constantFrom('x', 'é', '😀', '\u0000', 'ab%_'))
      .map(([bytes, unit]) => longText(bytes, unit)),
  },
);

const regionCode = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...REAL_REGION_CODES) },
  { weight: 2, arbitrary: fc.constantFrom(...UNKNOWN_REGION_CODES) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_REGION_CODES) },
  { weight: 1, arbitrary: hostileString },
);

const boundaryInts = [0, 1, -1, 2, 12, 13, 100, 500, 501, 1000, INT_MAX, INT_MIN, INT_MAX - 1, INT_MIN + 1];
/** Values past an Int's range or not whole: the scalar must refuse them. */
const badInts: unknown[] = [INT_MAX + 1, INT_MIN - 1, 1.5, -0.5, 1e20, -1e20, Number.MAX_SAFE_INTEGER, '1', '12', true, [], {}];

/** Values of an Int, by the argument's name: years, months, page sizes, ids. */
function intFor(argument: string): fc.Arbitrary<unknown> {
  const name = argument.toLowerCase();
  const plausible = name.includes('year')
    ? fc.constantFrom(2026, 2025, 2024, 2018, 2027, 2000, 1999, 2100, 2101, 0, -2026, 9999)
    : name.includes('month')
      ? fc.integer({ min: -1, max: 13 })
      : name === 'first' || name === 'last' || name === 'limit'
        ? fc.constantFrom(0, 1, 2, 10, 50, 500, 501, -1, 100_000)
        : name === 'cluster' || name.startsWith('desil')
          ? fc.integer({ min: -1, max: 11 })
          : fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constantFrom(0, -1, 999_999));
  return fc.oneof(
    { weight: 6, arbitrary: plausible },
    { weight: 2, arbitrary: fc.constantFrom(...boundaryInts) },
    { weight: 1, arbitrary: fc.integer({ min: INT_MIN, max: INT_MAX }) },
    { weight: 1, arbitrary: fc.constantFrom(...badInts) },
  );
}

const float = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(500_000, 600_000, 1_000_000, 450_000.5, 0, -0, -1, -500_000) },
  { weight: 2, arbitrary: fc.constantFrom(1e308, -1e308, 5e-324, 1e15, 1e-15, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('500000', 'Infinity', 'NaN', true, null, [1], {}) },
);

const date = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('2026-11-20', '2026-01-01', '2026-12-31', '2025-06-30', '2000-01-01', '2100-12-31') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '0000-01-01',
      '0001-01-01',
      '1999-12-31',
      '2101-01-01',
      '9999-12-31',
      '2026-02-30',
      '2026-02-29',
      '2024-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-1-1',
      '2026-11-20T00:00:00Z',
      ' 2026-11-20',
      '20261120',
      '+275760-09-13',
      '-000001-01-01',
      '2026-11-20\u0000',
    ),
  },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(20261120, 0, true, null, []) },
);

const rupiah = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(0, 1, 350_000_000, 332_000_000, 1_000_000_000_000) },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      -1,
      -350_000_000,
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER + 2,
      1e20,
      -1e20,
      1.5,
      '9007199254740991',
      '9007199254740992',
      '9223372036854775807',
      '9223372036854775808',
      '-9223372036854775809',
      '99999999999999999999999999999999',
      '1e3',
      '0x10',
      ' 1',
      '',
      true,
      null,
    ),
  },
  { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String) },
);

/** Cursors for `after` and `before`: forged ones and, through `realCursors`, ones the API issued. */
export function cursorArbitrary(realCursors: readonly string[]): fc.Arbitrary<unknown> {
  const forged = [
    'GPC:N:NaN',
    'GPC:N:1.5',
    'GPC:N:99999999999',
    'GPC:N:-1',
    'GPC:N:0',
    'GPC:S:abc',
    'GPC:S:',
    'GPC:N:1e3',
    'GPC:T:[]',
    'GPC:O:{}',
    'GPC:J:[1]',
    'GPC:D:1',
    'GPC:I:9',
    'GPC:B:AA==',
    'GPC:Z:',
  ];
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...forged).map((c) => Buffer.from(c).toString('base64')) },
    ...(realCursors.length > 0 ? [{ weight: 3, arbitrary: fc.constantFrom(...realCursors) }] : []),
    { weight: 1, arbitrary: fc.constantFrom('', '====', '!!!', 'R1BDOk46MQ', 'R1BDOk46MQ==='.repeat(20)) },
    { weight: 1, arbitrary: hostileString },
  );
}

export interface ValueContext {
  /** Cursors the API issued, for `after`/`before`. */
  realCursors: readonly string[];
  /** Ids of rows that exist, so a plausible request finds what it asks for. */
  ids: { program: number[]; opd: number[]; cluster: number[]; report: number[]; household: number[] };
}

const orOne = (values: readonly number[]) => (values.length > 0 ? values : [1]);

/**
 * A value a real client sends for an argument called `argument`: a request made of these reaches
 * the resolvers and the SQL, and one hostile value among them is checked where it is used.
 */
export function plausibleFor(type: GraphQLInputType, argument: string, context: ValueContext, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return plausibleFor(type.ofType, argument, context, depth);
  if (isListType(type)) return fc.array(plausibleFor(type.ofType, argument, context, depth + 1), { maxLength: 3 });
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) record[field.name] = plausibleFor(field.type, field.name, context, depth + 1);
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
    return fc.record(record, { requiredKeys: required });
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  const name = argument.toLowerCase();
  switch (isScalarType(type) ? type.name : '') {
    case 'RegionCode':
      return fc.constantFrom('16.71', '16.71', '16.71.06', '16.71.06.1005', '16');
    case 'Int':
      if (name.includes('year')) return fc.constantFrom(2026, 2026, 2025);
      if (name.includes('month')) return fc.integer({ min: 1, max: 12 });
      if (name === 'first' || name === 'last' || name === 'limit') return fc.integer({ min: 1, max: 20 });
      if (name.startsWith('desil')) return fc.integer({ min: 1, max: 10 });
      if (name === 'cluster' || name === 'clusterid') return fc.constantFrom(...orOne(context.ids.cluster));
      if (name === 'opdid') return fc.constantFrom(...orOne(context.ids.opd));
      if (name.includes('program')) return fc.constantFrom(...orOne(context.ids.program));
      if (name === 'id') return fc.constantFrom(...orOne([...context.ids.report, ...context.ids.household]));
      return fc.integer({ min: 0, max: 100 });
    case 'Float':
      return fc.integer({ min: 300_000, max: 900_000 });
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return fc.constantFrom('2026-11-20', '2026-06-30', '2025-12-31');
    case 'Rupiah':
      return fc.integer({ min: 0, max: 1_000_000_000 });
    case 'String':
      if (name === 'after' || name === 'before') return cursorArbitrary(context.realCursors);
      if (name === 'code') return fc.constantFrom('P0', 'P1', 'P2');
      if (name === 'username') return fc.constantFrom('walikota', 'admin');
      if (name === 'password') return fc.constant('pantau-demo');
      return fc.string({ minLength: 1, maxLength: 20 });
    default:
      return valueFor(type, argument, context, depth);
  }
}

/** Any JSON value, for a variable sent with the wrong type altogether. */
const anyJson = fc.jsonValue({ maxDepth: 3 });

/** A value for a variable of `type`, taken by an argument called `argument`. */
export function valueFor(type: GraphQLInputType, argument: string, context: ValueContext, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    // Mostly a value; sometimes null or nothing where one is required.
    return fc.oneof(
      { weight: 20, arbitrary: valueFor(type.ofType, argument, context, depth) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined) },
    );
  }
  const inner = ((): fc.Arbitrary<unknown> => {
    if (isListType(type)) {
      const item = valueFor(type.ofType, argument, context, depth + 1);
      return fc.oneof(
        { weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) },
        { weight: 1, arbitrary: item }, // a single value where a list is expected: graphql coerces it
        // A long list of one value, up to about 2 MB in all: past the body limit at most twice over,
        // so the time measured is the server's, not the client's copying hundreds of megabytes.
        {
          weight: 1,
          arbitrary: fc
            .tuple(item, fc.integer({ min: 200, max: 2_000 }))
            .map(([value, n]) => Array(Math.max(1, Math.min(n, Math.floor(2_000_000 / (JSON.stringify(value)?.length ?? 1))))).fill(value)),
        },
      );
    }
    if (isInputObjectType(type)) {
      if (depth > 3) return fc.constant({});
      const fields = Object.values(type.getFields());
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const field of fields) record[field.name] = valueFor(field.type, field.name, context, depth + 1);
      const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
      return fc.oneof(
        { weight: 8, arbitrary: fc.record(record, { requiredKeys: required }) },
        { weight: 1, arbitrary: fc.record(record, { requiredKeys: [] }) },
        { weight: 1, arbitrary: fc.record(record).map((value) => ({ ...value, notAField: 'x' })) },
      );
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.name);
      return fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...values) },
        { weight: 1, arbitrary: fc.constantFrom(...values).map((v) => v.toLowerCase()) },
        { weight: 1, arbitrary: hostileString },
      );
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'Int':
          return intFor(argument);
        case 'Float':
          return float;
        case 'Boolean':
          return fc.oneof({ weight: 8, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom<unknown>('true', 0, 1, null) });
        case 'RegionCode':
          return regionCode;
        case 'Date':
          return date;
        case 'DateTime':
          return fc.oneof(date, fc.constantFrom('2026-11-20T10:00:00+07:00', '2026-11-20T25:00:00Z', 'x'.repeat(1000)));
        case 'Rupiah':
          return rupiah;
        case 'File':
          // A JSON request cannot carry a file: the scalar must refuse what it gets instead.
          return fc.constantFrom<unknown>('file.csv', {}, { name: 'x.csv', size: 1 }, [], 0);
        default: {
          const name = argument.toLowerCase();
          if (name === 'after' || name === 'before') return cursorArbitrary(context.realCursors);
          if (name === 'code') return fc.oneof(fc.constantFrom('P0', 'P1', 'P2', 'GK', 'PENDUDUK_MISKIN', 'p0'), hostileString);
          if (name === 'username') return fc.oneof(fc.constantFrom('walikota', 'admin', 'dinsos', 'WALIKOTA ', 'nobody'), hostileString);
          if (name === 'password') return fc.oneof(fc.constantFrom('pantau-demo', 'wrong', ''), hostileString);
          return hostileString;
        }
      }
    }
    return anyJson;
  })();
  // Now and then a value of another type altogether.
  return fc.oneof({ weight: 14, arbitrary: inner }, { weight: 1, arbitrary: anyJson });
}
