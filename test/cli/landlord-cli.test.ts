import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { complaints, tempDir, writeProfile } from './landlord-profile';

// Each test spawns the CLI (dist/, or tsx when dist/ is stale); on a shared two-core machine under load that alone can take tens of seconds.
// A test starts the CLI up to 19 times (its independent runs together, a few at a time:
// ./landlord-profile.ts): at 15 s a start (load 20 on two cores) that can be minutes, so the
// limit is only a guard against a hang.
vi.setConfig({ testTimeout: 600_000 });

const request = (policy: string) => JSON.stringify({ id: 'a', policy, stage: 1, received: '2026-11-23T10:00:00Z' });

/**
 * A landlord whose stage 1 acknowledgement is late (so its reply, counted from acknowledgement, is
 * late too) and whose time limit is short, but whose stage 2 reply is sooner than the code's.
 */
function strictLandlord(dir: string, name = 'strict.json', id = 'my-landlord'): string {
  return writeProfile(dir, name, (p) => {
    p.id = id;
    p.stages[0].acknowledge = { within: { n: 7, unit: 'working_days' }, from: 'receipt', clause: '4.2 (we acknowledge within seven working days)' };
    p.stages[1].respond = { within: { n: 15, unit: 'working_days' }, from: 'acknowledgement', clause: '5.3 (a full reply within 15 working days)' };
    p.timeLimit.within = { n: 6, unit: 'months' };
    p.timeLimit.clause = '3.1 (within six months)';
    delete p.timeLimit.cite;
  });
}

/** A landlord better than the code everywhere it differs. */
function kindLandlord(dir: string): string {
  return writeProfile(dir, 'kind.json', (p) => {
    p.id = 'kind-landlord';
    p.stages[0].acknowledge = { within: { n: 2, unit: 'working_days' }, from: 'receipt', clause: '4.2 (two working days)' };
    p.timeLimit.within = { n: 24, unit: 'months' };
    p.timeLimit.clause = '3.1 (within two years)';
    delete p.timeLimit.cite;
  });
}

describe('complaints deadlines with a landlord profile', () => {
  it('takes the profile from POLICY_FILE, and from --policy-file', async () => {
    const file = strictLandlord(tempDir());
    const [byEnv, byFlag, without] = await Promise.all([
      complaints(['deadlines'], request('my-landlord'), { POLICY_FILE: file }),
      complaints(['deadlines', '--policy-file', file], request('my-landlord')),
      complaints(['deadlines'], request('my-landlord')),
    ]);
    expect(byEnv.code).toBe(0);
    // 7 working days after Monday 23 November 2026.
    expect(byEnv.lines[0]).toMatchObject({ id: 'a', acknowledgeBy: '2026-12-02' });
    expect(byEnv.lines[0].explain[0]).toMatchObject({ clause: '4.2 (we acknowledge within seven working days)' });
    expect(byEnv.lines[0].explain[0].text.cy).toMatch(/Polisi Cwynion Fy Landlord, paragraff 4\.2/);
    expect(byFlag.lines).toEqual(byEnv.lines);
    expect(without.code).toBe(1);
    expect(without.lines[0].error).toMatch(/unknown policy "my-landlord"/);
  });

  it('checks every file against the schema first, with the messages of policy validate', async () => {
    const dir = tempDir();
    const bad = writeProfile(dir, 'bad.json', (p) => {
      p.stages[0].acknowledge.within.unit = 'fortnights';
    });
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{"id": ');
    const runs = (file: string) =>
      [
        [['deadlines'], { POLICY_FILE: file }],
        [['deadlines', '--policy-file', file], {}],
        [['classify', '--policy-file', file], {}],
        [['policy', 'show', 'bromford'], { POLICY_FILE: file }],
        [['policy', 'check', file], {}],
      ] as Array<[string[], Record<string, string>]>;
    // Every run at once (each its own process); the answers are compared file by file below.
    const checked = await Promise.all(
      [bad, notJson, join(dir, 'missing.json')].map(async (file) => ({
        file,
        validate: await complaints(['policy', 'validate', file]),
        each: await Promise.all(runs(file).map(async ([args, env]) => ({ args, r: await complaints(args, request('my-landlord'), env) }))),
      })),
    );
    for (const { file, validate, each } of checked) {
      expect(validate.code).toBe(1);
      expect(validate.err).toContain(file);
      for (const { args, r } of each) {
        expect(r.code, args.join(' ')).toBe(1);
        expect(r.err, args.join(' ')).toBe(validate.err);
        expect(r.out, args.join(' ')).toBe('');
      }
    }
    expect(checked[0].validate.err).toMatch(/stages\.0\.acknowledge\.within\.unit/);
  });

  it('refuses two files with the same id, since only one could be used', async () => {
    const dir = tempDir();
    const a = strictLandlord(dir, 'a.json');
    const b = strictLandlord(dir, 'b.json');
    const [r, same] = await Promise.all([
      complaints(['deadlines', '--policy-file', b], request('my-landlord'), { POLICY_FILE: a }),
      complaints(['deadlines', '--policy-file', a], request('my-landlord'), { POLICY_FILE: a }),
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/b\.json: its id "my-landlord" is also the id of .*a\.json/);
    // The same file twice (POLICY_FILE and the flag) is one profile.
    expect(same.code).toBe(0);
  });
});

describe('complaints policy check on a landlord profile', () => {
  it('lists departures and better rules with the clause cited on each side, and exits 1 on a breach', async () => {
    const file = strictLandlord(tempDir());
    const [r, kind] = await Promise.all([complaints(['policy', 'check', file]), complaints(['policy', 'check', kindLandlord(tempDir())])]);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^My Landlord Complaints Policy \(my-landlord\) compared with Housing Ombudsman Complaint Handling Code \(England, 2024\)/);
    const departures = r.out.slice(r.out.indexOf('Departures from the code'), r.out.indexOf('Better for residents'));
    expect(departures).toMatch(/Departures from the code \(worse for residents, or no longer allowed\): 4/);
    expect(departures).toContain(
      [
        '  - Stage 1: acknowledgement [breaks the code]',
        '      policy: Acknowledge within seven working days of receipt (My Landlord Complaints Policy, paragraph 4.2). Up to six days later than the code allows.',
        '      code:   Acknowledge within five working days of receipt (Housing Ombudsman Complaint Handling Code, paragraph 6.2).',
      ].join('\n'),
    );
    expect(departures).toMatch(/- Stage 1: full response \[breaks the code\]\n/);
    expect(r.out).toMatch(/Better for residents than the code: 2\n {2}- Stage 2: full response\n {6}policy: Respond within 15 working days of acknowledgement \(My Landlord Complaints Policy, paragraph 5\.3\)\. Never later than the code, often sooner\./);
    expect(departures).toContain(
      [
        '  - Time limit [breaks the code]',
        '      policy: Complaints within six months (My Landlord Complaints Policy, paragraph 3.1). Shorter than the code.',
        '      code:   Complaints within 12 months of the issue, or of the resident becoming aware of it (Housing Ombudsman Complaint Handling Code, paragraphs 2.2–2.3).',
      ].join('\n'),
    );
    expect(r.out).toMatch(/Departures that break the code: 4\n/);

    expect(kind.code).toBe(0);
    expect(kind.out).toMatch(/Departures from the code \(worse for residents, or no longer allowed\): 0/);
    expect(kind.out).toMatch(/Better for residents than the code: 4\n {2}- Stage 1: acknowledgement\n {6}policy: Acknowledge within two working days of receipt \(My Landlord Complaints Policy, paragraph 4\.2\)\. Never later than the code, often sooner\./);
    expect(kind.out).toMatch(/- Time limit\n {6}policy: Complaints within 24 months \(My Landlord Complaints Policy, paragraph 3\.1\)\. Longer than the code\./);
  });

  it('says it all in Welsh with --lang cy, naming the documents in Welsh', async () => {
    const file = strictLandlord(tempDir());
    const [r, fr] = await Promise.all([complaints(['policy', 'check', file, '--lang', 'cy']), complaints(['policy', 'check', file, '--lang', 'fr'])]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^Polisi Cwynion Fy Landlord \(my-landlord\) o'i gymharu â'r cod: Cod Ymdrin â Chwynion yr Ombwdsmon Tai \(Lloegr, 2024\)/);
    expect(r.out).toContain(
      [
        "  - Cam 1: cydnabod [yn torri'r cod]",
        "      polisi: Cydnabod o fewn saith diwrnod gwaith ar ôl derbyn y gŵyn (Polisi Cwynion Fy Landlord, paragraff 4.2). Yn hwyrach nag y mae'r cod yn ei ganiatáu: chwe diwrnod ar y mwyaf.",
        '      cod:    Cydnabod o fewn pum diwrnod gwaith ar ôl derbyn y gŵyn (Cod Ymdrin â Chwynion yr Ombwdsmon Tai, paragraff 6.2).',
      ].join('\n'),
    );
    expect(r.out).toMatch(/Terfyn amser \[yn torri'r cod\]\n {6}polisi: Cwynion o fewn chwe mis \(Polisi Cwynion Fy Landlord, paragraff 3\.1\)\. Yn fyrrach na'r cod\./);
    expect(r.out).toMatch(/Gwyriadau sy'n torri'r cod: 4\n/);
    // No English left: neither the clauses' own words nor the English headings.
    expect(r.out).not.toMatch(/seven|within|Stage|Departures|policy:|code:/);
    expect(fr.code).toBe(2);
  });

  it('checks every landlord profile given when none is named, by id with POLICY_FILE, and lists them', async () => {
    const dir = tempDir();
    const strict = strictLandlord(dir);
    const kind = kindLandlord(dir);
    const [both, byId, none, list, show] = await Promise.all([
      complaints(['policy', 'check', '--policy-file', kind], '', { POLICY_FILE: strict }),
      complaints(['policy', 'check', 'kind-landlord'], '', { POLICY_FILE: kind }),
      complaints(['policy', 'check']),
      complaints(['policy', 'list', '--policy-file', kind]),
      complaints(['policy', 'show', kind]),
    ]);
    expect(both.code).toBe(1);
    expect(both.out.match(/^\S.* compared with /gm)).toEqual([
      'My Landlord Complaints Policy (my-landlord) compared with ',
      'My Landlord Complaints Policy (kind-landlord) compared with ',
    ]);
    expect(byId.code).toBe(0);
    expect(none.code).toBe(2);
    expect(list.out).toMatch(/^kind-landlord +england +My Landlord Complaints Policy \*$/m);
    expect(list.out).toMatch(/^bron-afon /m);
    expect(JSON.parse(show.out)).toMatchObject({ id: 'kind-landlord', timeLimit: { within: { n: 24, unit: 'months' } } });
  });
});

describe('complaints classify with a landlord profile', () => {
  it("uses the one landlord profile given, unless --policy or POLICY names another", async () => {
    const kind = kindLandlord(tempDir());
    // Eighteen months before "today": outside the code's 12 months, inside this landlord's 24.
    const line = JSON.stringify({ id: 'x', text: 'mould in the bathroom', answers: { happenedOn: '2025-05-20' } });
    const args = ['classify', '--today', '2026-11-23'];
    const [code, byFlag, byEnv, flagAndPolicy, envAndPolicy] = await Promise.all([
      complaints(args, line),
      complaints([...args, '--policy-file', kind], line),
      complaints(args, line, { POLICY_FILE: kind }),
      complaints([...args, '--policy-file', kind, '--policy', 'housing-ombudsman-code'], line),
      complaints(args, line, { POLICY_FILE: kind, POLICY: 'housing-ombudsman-code' }),
    ]);
    expect(code.lines[0]).toMatchObject({ kind: 'excluded', reason: 'time_limit' });
    // Not reported before, so a first request for a repair rather than an out-of-time complaint.
    expect(byFlag.lines[0]).toMatchObject({ kind: 'service_request' });
    expect(byEnv.lines[0]).toMatchObject({ kind: 'service_request' });
    expect(flagAndPolicy.lines[0]).toMatchObject({ kind: 'excluded', reason: 'time_limit' });
    expect(envAndPolicy.lines[0]).toMatchObject({ kind: 'excluded', reason: 'time_limit' });
  });
});
