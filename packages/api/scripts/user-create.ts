// pnpm user:create <username> --role ADMIN --region <code> --password-stdin
// Creates a user; the password comes on standard input, never on the command line (where the
// shell history and the process list would keep it): `echo "$PASS" | pnpm user:create …`.
import { parseArgs } from 'node:util';
import { DomainError } from '../src/errors.js';
import { createUser, ROLES } from '../src/modules/user/user.service.js';
import { exitWithError, UsageError, withDatabase } from './cli.js';

const USAGE =
  'Usage: pnpm user:create <username> --role <ADMIN|EXECUTIVE|CLUSTER_HEAD|OPD_OPERATOR|REGION_OPERATOR> --region <code> ' +
  '[--display-name "…"] [--opd <short name>] [--cluster <1–4>] --password-stdin';

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      region: { type: 'string' },
      'display-name': { type: 'string' },
      opd: { type: 'string' },
      cluster: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      password: { type: 'string' },
    },
  });
}
try {
  args = parse();
  if (args.values.password !== undefined)
    throw new UsageError('a password on the command line stays in the shell history: use --password-stdin');
  if (args.positionals.length !== 1) throw new UsageError(USAGE);
  if (!args.values.role) throw new UsageError(`--role is required (${ROLES.join(', ')})\n${USAGE}`);
  if (!args.values['password-stdin']) throw new UsageError(`--password-stdin is required: pipe the password in\n${USAGE}`);
} catch (error) {
  exitWithError(error instanceof UsageError ? error : new UsageError(`${(error as Error).message}\n${USAGE}`));
}

const password = await readStdin();
if (password === '') exitWithError(new UsageError('no password on standard input'));
const cluster = args.values.cluster === undefined ? null : Number(args.values.cluster);

await withDatabase(async (db) => {
  try {
    const user = await createUser(db, {
      username: args.positionals[0]!,
      displayName: args.values['display-name'],
      role: args.values.role!,
      regionCode: args.values.region ?? null,
      opd: args.values.opd ?? null,
      cluster: Number.isInteger(cluster) ? cluster : null,
      password,
    });
    console.log(
      `Created ${user.username} (${args.values.role!.toUpperCase()}${args.values.region ? `, ${args.values.region}` : ''}); they can sign in now.`,
    );
  } catch (error) {
    if (error instanceof DomainError) throw new UsageError(`${error.field ? `${error.field}: ` : ''}${error.message}`);
    throw error;
  }
});

/** The first line of standard input, without its line break (so `echo` works). */
async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}
