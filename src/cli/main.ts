import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { loadHolidays } from '../config/holidays';
import { DeadlineService } from '../deadlines/service';
import { createI18n } from '../i18n';
import { createProfileRegistry, DEFAULT_POLICY } from '../policy/profiles';
import { formatDate, toLondon } from '../deadlines/local-date';
import { defaultClassifier } from '../triage';
import { answerClassifyLine } from './classify-command';
import { answerDeadlineLine } from './deadlines-command';
import { policyCommand } from './policy-command';
import { STAFF_USAGE, staffCommand } from './staff-command';

const USAGE = `Usage: npm run --silent complaints -- <command> [options]

Commands:
  deadlines                 Read deadline requests as JSON Lines on stdin; write one answer per line.
                            {"id","policy","stage":1|2,"received","acknowledged"?,"responded"?}
  classify                  Read messages as JSON Lines on stdin; write one triage answer per line.
                            {"id","text","answers"?:{reportedBefore,courtClaimIssued,letterOfClaim,
                            happenedOn,today,completedBothStages,ombudsmanInvestigating,
                            hasComplaint}}
  policy list               List the policy profiles.
  policy show <id>          Print a profile as JSON.
  policy check <id>         Compare a profile with the statutory code for its nation.
  policy validate <file>    Check a landlord's own profile file against the schema.
${STAFF_USAGE}

Options:
  --policy <id>             Policy profile for classify (default: POLICY, else housing-ombudsman-code).
  --today <YYYY-MM-DD>      Today's date for classify's time limits (default: today in London).
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
  return runLines((line, n) => answerDeadlineLine(line, n, service, i18n));
}

/** JSON Lines in, one answer per line out, in order; exit 1 if any line was an error. */
async function runLines(answer: (line: string, lineNo: number) => object): Promise<number> {
  let lineNo = 0;
  let failed = false;
  let buffer: string[] = [];
  for await (const line of stdinLines()) {
    lineNo++;
    if (line.trim() === '') continue;
    const out = answer(line, lineNo);
    if ('error' in out) failed = true;
    buffer.push(JSON.stringify(out));
    if (buffer.length >= 256) {
      process.stdout.write(buffer.join('\n') + '\n');
      buffer = [];
    }
  }
  if (buffer.length) process.stdout.write(buffer.join('\n') + '\n');
  return failed ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  // Staff commands read the store's settings, not holidays or profiles, and take options of their own.
  if (argv[0] === 'staff') return staff(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { holidays: { type: 'string' }, policy: { type: 'string' }, today: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
    case 'classify': {
      if (rest.length) throw new UsageError(`classify takes no arguments (got "${rest.join(' ')}")`);
      const id = values.policy ?? process.env.POLICY ?? DEFAULT_POLICY;
      if (!service.profiles.has(id)) throw new UsageError(`--policy: unknown policy "${id}"; known policies: ${service.profiles.ids().join(', ')}`);
      if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new UsageError('--today must be YYYY-MM-DD');
      const today = values.today ?? formatDate(toLondon(new Date().toISOString()).date);
      const profile = service.profile(id);
      const calendar = service.calendar(profile);
      return runLines((line, n) => answerClassifyLine(line, n, defaultClassifier(), profile, today, calendar));
    }
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

async function staff(args: string[]): Promise<number> {
  const result = await staffCommand(args);
  if (result === 'usage') throw new UsageError(`staff: expected add <name>, list, disable <name>, enable <name> or reset <name>`);
  if (result.out) process.stdout.write(result.out);
  if (result.err) process.stderr.write(result.err);
  return result.code;
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
