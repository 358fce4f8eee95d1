import { spawnSync } from 'node:child_process';
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

/** The command-line tool (as the other CLI tests run it: test/support/compiled.ts), with its own environment. */
export function complaints(args: string[], input = '', env: Record<string, string | undefined> = {}): CliResult {
  const r = spawnSync(process.execPath, [...entry('cli'), ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, POLICY: undefined, POLICY_FILE: undefined, BANK_HOLIDAYS_PATH: undefined, ...env },
  });
  let lines: any[] = [];
  try {
    lines = r.stdout.trim() ? r.stdout.trim().split('\n').map((l) => JSON.parse(l)) : [];
  } catch {
    // Not JSON Lines (a report, or a profile printed over many lines).
  }
  return { code: r.status, out: r.stdout, err: r.stderr, lines };
}
