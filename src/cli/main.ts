import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import type { DeadlineService } from '../deadlines/service';
import type { Lang } from '../i18n';
import { STAFF_EXPECTED, STAFF_USAGE } from './staff-usage';

// Each command loads what it uses when it runs (`await import` below): zod, the triage weights,
// date-fns's locales, i18next and the store together took most of a second at every start, for
// `--help` and a usage error too. The type-only imports above cost nothing at run time.

const USAGE = `Usage: npm run --silent complaints -- <command> [options]

Commands:
  deadlines                 Read deadline requests as JSON Lines on stdin; write one answer per line.
                            {"id","policy","stage":1|2,"received","acknowledged"?,"responded"?}
  classify                  Read messages as JSON Lines on stdin; write one triage answer per line.
                            {"id","text","answers"?:{reportedBefore,courtClaimIssued,letterOfClaim,
                            happenedOn,today,completedBothStages,ombudsmanInvestigating,
                            hasComplaint}}
  policy list               List the policy profiles (a landlord's own marked *).
  policy show <id|file>     Print a profile as JSON.
  policy check [<id|file>...]
                            Compare profiles with the statutory code for their nation (without an
                            argument: every landlord profile given). Exits 1 if any breaks the code.
  policy validate <file>    Check a landlord's own profile file against the schema.
${STAFF_USAGE}

Options:
  --policy-file <file>      A landlord's own profile (JSON), checked against the schema first;
                            repeatable. POLICY_FILE in the environment adds one too.
  --policy <id>             Policy profile for classify (default: POLICY, else the one landlord
                            profile given, else housing-ombudsman-code).
  --lang <cy|en>            Language of policy check and policy list (default: en).
  --today <YYYY-MM-DD>      Today's date for classify's time limits (default: today in London).
  --holidays <file>         England-and-Wales bank holidays in the gov.uk JSON format
                            (default: BANK_HOLIDAYS_PATH, else the shipped 2018-2030 table).
  -h, --help                Show this help.

Exit codes: 0 ok; 1 some input lines or checks failed; 2 usage error.`;

class UsageError extends Error {}

/** Which policy classify runs under: --policy, POLICY, the one landlord profile given, or the code. */
export function classifyPolicy(flag: string | undefined, env: string | undefined, landlord: string[], defaultPolicy: string): string {
  return flag ?? env ?? (landlord.length === 1 ? landlord[0] : defaultPolicy);
}

async function* stdinLines(): AsyncGenerator<string> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) yield line;
}

async function runDeadlines(service: DeadlineService): Promise<number> {
  const [{ createI18n }, { answerDeadlineLine }] = await Promise.all([import('../i18n'), import('./deadlines-command')]);
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
      options: {
        holidays: { type: 'string' },
        policy: { type: 'string' },
        'policy-file': { type: 'string', multiple: true },
        lang: { type: 'string' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
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
  if (values.lang !== undefined && values.lang !== 'cy' && values.lang !== 'en') throw new UsageError('--lang must be cy or en');
  const lang: Lang = values.lang ?? 'en';
  const [{ loadHolidays }, { loadLandlordProfiles }, { DeadlineService }] = await Promise.all([
    import('../config/holidays'),
    import('../config/policy-files'),
    import('../deadlines/service'),
  ]);
  const holidays = loadHolidays(values.holidays ?? process.env.BANK_HOLIDAYS_PATH);
  // As the bot reads them: POLICY_FILE first; then --policy-file; then files named to policy show/check.
  const named = command === 'policy' && (rest[0] === 'check' || rest[0] === 'show') ? rest.slice(1).filter((await import('./policy-command')).looksLikePath) : [];
  const files = [process.env.POLICY_FILE || [], values['policy-file'] ?? [], named].flat();
  const landlord = loadLandlordProfiles(files);
  const service = new DeadlineService(landlord.registry, holidays);
  switch (command) {
    case 'deadlines':
      if (rest.length) throw new UsageError(`deadlines takes no arguments (got "${rest.join(' ')}")`);
      return runDeadlines(service);
    case 'classify': {
      if (rest.length) throw new UsageError(`classify takes no arguments (got "${rest.join(' ')}")`);
      const [{ DEFAULT_POLICY }, { formatDate, toLondon }, { defaultClassifier }, { answerClassifyLine }] = await Promise.all([
        import('../policy/profiles'),
        import('../deadlines/local-date'),
        import('../triage'),
        import('./classify-command'),
      ]);
      const id = classifyPolicy(values.policy, process.env.POLICY || undefined, landlord.ids, DEFAULT_POLICY);
      if (!service.profiles.has(id)) throw new UsageError(`--policy: unknown policy "${id}"; known policies: ${service.profiles.ids().join(', ')}`);
      if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new UsageError('--today must be YYYY-MM-DD');
      const today = values.today ?? formatDate(toLondon(new Date().toISOString()).date);
      const profile = service.profile(id);
      const calendar = service.calendar(profile);
      return runLines((line, n) => answerClassifyLine(line, n, defaultClassifier(), profile, today, calendar));
    }
    case 'policy': {
      const [{ createProfileRegistry }, { createI18n }, { policyCommand }] = await Promise.all([import('../policy/profiles'), import('../i18n'), import('./policy-command')]);
      const codes = new DeadlineService(createProfileRegistry(), holidays);
      const result = policyCommand(rest, { service, codes, landlord: landlord.ids, i18n: createI18n(), lang });
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
  const { staffCommand } = await import('./staff-command');
  const result = await staffCommand(args);
  if (result === 'usage') throw new UsageError(STAFF_EXPECTED);
  if (result.out) process.stdout.write(result.out);
  if (result.err) process.stderr.write(result.err);
  return result.code;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    async (e: unknown) => {
      // Loaded already if a profile was read, so a ProfileError could have been thrown.
      const { ProfileError } = await import('../policy/parse');
      if (e instanceof ProfileError) {
        // The message `policy validate` gives for the same file.
        process.stderr.write(`${e.message}\n`);
        process.exitCode = 1;
      } else if (e instanceof UsageError) {
        process.stderr.write(`complaints: ${e.message}\n\n${USAGE}\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`complaints: ${(e as Error).message}\n`);
        process.exitCode = 1;
      }
    },
  );
}
