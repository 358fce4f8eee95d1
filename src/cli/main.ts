import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { loadHolidays } from '../config/holidays';
import { DeadlineService } from '../deadlines/service';
import { createI18n } from '../i18n';
import { createProfileRegistry } from '../policy/profiles';
import { answerDeadlineLine } from './deadlines-command';
import { policyCommand } from './policy-command';

const USAGE = `Usage: npm run --silent complaints -- <command> [options]

Commands:
  deadlines                 Read deadline requests as JSON Lines on stdin; write one answer per line.
                            {"id","policy","stage":1|2,"received","acknowledged"?,"responded"?}
  policy list               List the policy profiles.
  policy show <id>          Print a profile as JSON.
  policy check <id>         Compare a profile with the statutory code for its nation.
  policy validate <file>    Check a landlord's own profile file against the schema.

Options:
  --holidays <file>         England-and-Wales bank holidays in the gov.uk JSON format
                            (default: BANK_HOLIDAYS_PATH, else the shipped 2018-2030 table).
  -h, --help                Show this help.

Exit codes: 0 ok; 1 some input lines or checks failed; 2 usage error.`;

class UsageError extends Error {}

async function* stdinLines(): AsyncGenerator<string> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) yield line;
}

async function runDeadlines(service: DeadlineService): Promise<number> {
  const i18n = createI18n();
  let lineNo = 0;
  let failed = false;
  let buffer: string[] = [];
  for await (const line of stdinLines()) {
    lineNo++;
    if (line.trim() === '') continue;
    const answer = answerDeadlineLine(line, lineNo, service, i18n);
    if ('error' in answer) failed = true;
    buffer.push(JSON.stringify(answer));
    if (buffer.length >= 256) {
      process.stdout.write(buffer.join('\n') + '\n');
      buffer = [];
    }
  }
  if (buffer.length) process.stdout.write(buffer.join('\n') + '\n');
  return failed ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { holidays: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const [command, ...rest] = positionals;
  const holidays = loadHolidays(values.holidays ?? process.env.BANK_HOLIDAYS_PATH);
  const service = new DeadlineService(createProfileRegistry(), holidays);
  switch (command) {
    case 'deadlines':
      if (rest.length) throw new UsageError(`deadlines takes no arguments (got "${rest.join(' ')}")`);
      return runDeadlines(service);
    case 'policy': {
      const result = policyCommand(rest, service);
      if (result === 'usage') throw new UsageError(`unknown policy command "${rest.join(' ')}"`);
      if (result.out) process.stdout.write(result.out);
      if (result.err) process.stderr.write(result.err);
      return result.code;
    }
    case undefined:
      throw new UsageError('no command given');
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof UsageError) {
        process.stderr.write(`complaints: ${e.message}\n\n${USAGE}\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`complaints: ${(e as Error).message}\n`);
        process.exitCode = 1;
      }
    },
  );
}
