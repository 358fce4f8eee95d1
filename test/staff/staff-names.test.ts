import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staffCommand } from '../../src/cli/staff-command';
import { STAFF_COMMANDS, STAFF_EXPECTED, STAFF_USAGE } from '../../src/cli/staff-usage';
import { displayNameProblem, normaliseDisplayName } from '../../src/staff/accounts/names';

describe('the name staff are shown by', () => {
  it.each([
    ['Alys Jones', 'Alys Jones'], ["Siân O'Neill-Jones", "Siân O'Neill-Jones"], ['  Dr.  A.   Smith ', 'Dr. A. Smith'],
    ['Rhiannon ap Gwilym', 'Rhiannon ap Gwilym'], ['Gwenllian O’Brien', "Gwenllian O'Brien"], ['Zoë', 'Zoë'],
  ])('takes %j as %j', (given, kept) => {
    const n = normaliseDisplayName(given);
    expect(n).toBe(kept);
    expect(displayNameProblem(n)).toBeNull();
  });

  it.each([
    ['', /empty/], ['   ', /empty/], ['A'.repeat(101), /longer than 100/], ['<b>Alys</b>', /only letters/], ['*Alys*', /only letters/],
    ['Alys\u0000', /only letters/], ['Alys\nJones', null], ['42', /start with a letter/], ['-Alys', /start with a letter/], ['[link](https://x)', /only letters/],
  ])('refuses %j', (given, problem) => {
    const p = displayNameProblem(normaliseDisplayName(given));
    // A line break is only white space between two names, and becomes a space.
    if (problem === null) expect(p).toBeNull();
    else expect(p).toMatch(problem);
  });
});

describe('`complaints staff add --name`', () => {
  const env = () => ({ DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'complaints-')), 'complaints.db') });
  const run = async (args: string[], e: Record<string, string>) => {
    const r = await staffCommand(args, e);
    if (r === 'usage') throw new Error('usage');
    return r;
  };

  it('keeps the name the console shows, and lists it', async () => {
    const e = env();
    const added = await run(['add', 'alys', '--name', 'Alys  Jones'], e);
    expect(added).toMatchObject({ code: 0, out: expect.stringMatching(/^Created alys \(shown as Alys Jones\)\. One-time password/) });
    expect((await run(['list'], e)).out).toMatch(/^alys\tAlys Jones\tenabled\tone-time password\tnever$/m);
    // --display-name, as before, is the same setting.
    await run(['add', 'rhian', '--display-name', 'Rhian Evans', '--oidc'], e);
    expect((await run(['list'], e)).out).toMatch(/^rhian\tRhian Evans\tenabled\toidc\tnever$/m);
    // Without either, the sign-in name with a capital.
    await run(['add', 'dewi.price@landlord.example', '--oidc'], e);
    expect((await run(['list'], e)).out).toMatch(/^dewi\.price@landlord\.example\tDewi\tenabled\toidc\tnever$/m);
  });

  it('renames: the name shown changes, the sign-in name and password do not', async () => {
    const e = env();
    await run(['add', 'alys', '--name', 'Alys Jones'], e);
    expect(await run(['rename', 'alys', '--name', '  Alys   Pritchard '], e)).toEqual({ code: 0, out: 'alys is now shown as Alys Pritchard.\n' });
    expect((await run(['list'], e)).out).toMatch(/^alys\tAlys Pritchard\tenabled\tone-time password\tnever$/m);
    expect(await run(['rename', 'bryn', '--name', 'Bryn'], e)).toMatchObject({ code: 1, err: expect.stringMatching(/no account named "bryn"/) });
  });

  it.each([
    [['add', 'alys', '--name', '<script>'], /--name must start with a letter/],
    [['add', 'alys', '--name', ''], /--name is empty/],
    [['add', 'alys', '--name', 'A'.repeat(101)], /--name is longer than 100 characters/],
    [['add', 'alys', '--name', 'Alys', '--display-name', 'Other'], /not both/],
    [['disable', 'alys', '--name', 'Alys'], /--name is for `staff add` and `staff rename`/],
    [['rename', 'alys'], /`staff rename` needs --name/],
    [['rename', 'alys', '--name', '<b>Alys</b>'], /--name must start with a letter/],
  ])('refuses %j without touching the store', async (args, message) => {
    const e = env();
    const r = await run(args, e);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect((await run(['list'], e)).out).toMatch(/No staff accounts yet/);
  });
});

describe('`complaints staff` telling an administrator what it takes', () => {
  it('names every subcommand it takes, in the refusal of one it does not and in --help (rename was missing from the refusal)', async () => {
    expect(await staffCommand(['frobnicate', 'alys'], {})).toBe('usage');
    for (const sub of STAFF_COMMANDS) {
      expect(STAFF_EXPECTED).toMatch(new RegExp(`\\b${sub}\\b`));
      expect(STAFF_USAGE).toContain(`staff ${sub}`);
    }
  });

  it('says in --help what `staff list` shows, its last column included', async () => {
    const e = { DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'complaints-')), 'complaints.db') };
    expect(await staffCommand(['add', 'alys'], e)).toMatchObject({ code: 0 });
    const listed = await staffCommand(['list'], e);
    if (listed === 'usage') throw new Error('usage');
    expect((listed.out ?? '').split('\n')[0]).toBe('name\tdisplay name\tstatus\tsign-in\tlast signed in');
    expect(STAFF_USAGE).toMatch(/staff list +List the accounts: name, display name, status, how they sign in, and\s+when each last signed in/);
  });
});
