import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entry } from '../support/compiled';

/** A directory of its own for a test's profile and holiday files. */
export function tempDir(prefix = 'landlord-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The statutory code's profile as a landlord would start from it: plain JSON to edit. */
export function codeProfile(): Record<string, any> {
  return JSON.parse(readFileSync('src/policy/profiles/housing-ombudsman-code.json', 'utf8'));
}

/** Writes a landlord's own profile (the code's, changed by `edit`) and returns its path. */
export function writeProfile(dir: string, name: string, edit: (p: Record<string, any>) => void): string {
  const p = codeProfile();
  p.id = 'my-landlord';
  p.name = { en: 'My Landlord Complaints Policy', cy: 'Polisi Cwynion Fy Landlord' };
  p.landlord = 'My Landlord';
  edit(p);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(p, null, 2));
  return file;
}

/** The shipped bank holidays with `extra` days added, written as a gov.uk file a landlord downloaded. */
export function writeHolidays(dir: string, extra: Array<{ title: string; date: string }>): string {
  const shipped = JSON.parse(readFileSync('src/deadlines/data/bank-holidays-england-and-wales.json', 'utf8'));
  const events = [...shipped['england-and-wales'].events, ...extra.map((e) => ({ ...e, notes: '', bunting: false }))];
  const file = join(dir, 'bank-holidays.json');
  writeFileSync(file, JSON.stringify({ 'england-and-wales': { division: 'england-and-wales', events } }));
  return file;
}

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
  lines: any[];
}

// How many CLI processes a test file runs at once: the invocations of one test are independent
// (each its own process, files and environment), so they need not wait for one another; a few
// at a time rather than all, so a test starting nineteen does not crowd a machine other files share.
const AT_ONCE = Math.max(2, availableParallelism());
let running = 0;
const waiting: Array<() => void> = [];

async function slot<T>(run: () => Promise<T>): Promise<T> {
  if (running >= AT_ONCE) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await run();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function parseLines(stdout: string): any[] {
  try {
    return stdout.trim() ? stdout.trim().split('\n').map((l) => JSON.parse(l)) : [];
  } catch {
    // Not JSON Lines (a report, or a profile printed over many lines).
    return [];
  }
}

/**
 * The command-line tool (as the other CLI tests run it: test/support/compiled.ts), with its own
 * environment, `input` on its stdin. Several calls may run at once (`Promise.all`): at most
 * AT_ONCE processes run together, the rest wait their turn. No time limit of its own: the
 * test's is the guard against a hang.
 */
export function complaints(args: string[], input = '', env: Record<string, string | undefined> = {}): Promise<CliResult> {
  return slot(
    () =>
      new Promise<CliResult>((resolve, reject) => {
        const child = spawn(process.execPath, [...entry('cli'), ...args], {
          env: { ...process.env, POLICY: undefined, POLICY_FILE: undefined, BANK_HOLIDAYS_PATH: undefined, ...env },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        let out = '';
        let err = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
        child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
        child.on('error', reject);
        // 'close', not 'exit': every byte of stdout and stderr has been read by then.
        child.on('close', (code) => resolve({ code, out, err, lines: parseLines(out) }));
        // A command that exits before reading all its input (a usage error) closes the pipe: not a failure.
        child.stdin.on('error', () => undefined);
        child.stdin.end(input);
      }),
  );
}
