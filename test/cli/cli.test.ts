import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { complaints } from './landlord-profile';

// Each test spawns the CLI (dist/, or tsx when dist/ is stale: test/support/compiled.ts); on a shared two-core machine under load that alone can take tens of seconds.
// The tests are independent (each its own processes and files), so a describe's tests run together,
// their processes a few at a time (./landlord-profile.ts).
vi.setConfig({ testTimeout: 600_000 });

describe.concurrent('complaints deadlines', () => {
  it('answers each JSON line in order, with explanations in both languages', async () => {
    const input = [
      { id: 'a', policy: 'housing-ombudsman-code', stage: 1, received: '2026-11-23T10:00:00Z' },
      { id: 'b', policy: 'housing-ombudsman-code', stage: 2, received: '2026-03-30', acknowledged: '2026-04-01', responded: '2026-04-20' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const r = await complaints(['deadlines'], input);
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(r.lines[0]).toMatchObject({ acknowledgeBy: '2026-11-30', respondBy: '2026-12-14', respondByWithExtension: '2026-12-30', escalateBy: null });
    expect(r.lines[0].explain[0]).toMatchObject({ field: 'acknowledgeBy', clause: 'Code 6.2', rule: { n: 5, unit: 'working_days' } });
    expect(r.lines[0].explain[0].text.cy).toMatch(/^Cydnabod erbyn dydd Llun 30 Tachwedd 2026: pum diwrnod gwaith ar ôl derbyn y gŵyn/);
    expect(r.lines[0].explain[0].text.en).toMatch(/^Acknowledge by Monday 30 November 2026: five working days after the complaint was received/);
    expect(r.lines[1]).toMatchObject({ acknowledgeBy: '2026-04-08', respondBy: '2026-05-01', escalateBy: '2027-04-20' });
  });

  it('reports bad lines with their line number and carries on, exiting 1', async () => {
    const input = ['{"id":"ok","policy":"housing-ombudsman-code","stage":1,"received":"2026-11-23"}', '{nope', '{"id":"x","policy":"nope","stage":1,"received":"2026-11-23"}', '{"id":"y","policy":"housing-ombudsman-code","stage":3,"received":"2026-11-23"}', '{"id":"z","policy":"housing-ombudsman-code","stage":1,"received":"soon"}'].join('\n');
    const r = await complaints(['deadlines'], input);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(5);
    expect(r.lines[0].acknowledgeBy).toBe('2026-11-30');
    expect(r.lines[1]).toEqual({ error: 'line 2: not valid JSON' });
    expect(r.lines[2]).toMatchObject({ id: 'x', error: expect.stringMatching(/^line 3: unknown policy "nope"/) });
    expect(r.lines[3]).toMatchObject({ id: 'y', error: expect.stringMatching(/^line 4: stage/) });
    expect(r.lines[4]).toMatchObject({ id: 'z', error: expect.stringMatching(/^line 5: received/) });
  });

  it('uses a newer bank-holiday file given with --holidays', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hol-'));
    const file = join(dir, 'bank-holidays.json');
    // A made-up extra holiday on Wednesday 25 November 2026 pushes the date back a day.
    writeFileSync(file, JSON.stringify({ 'england-and-wales': { division: 'england-and-wales', events: [{ title: 'Test day', date: '2026-11-25' }] } }));
    const r = await complaints(['deadlines', '--holidays', file], '{"id":"a","policy":"housing-ombudsman-code","stage":1,"received":"2026-11-23"}');
    expect(r.lines[0].acknowledgeBy).toBe('2026-12-01');
  });
});

describe.concurrent('complaints usage', () => {
  it('prints usage and exits 2 for unknown commands and flags', async () => {
    const all = [['frobnicate'], ['deadlines', '--nope'], [], ['policy', 'dance']];
    for (const [i, r] of (await Promise.all(all.map((args) => complaints(args)))).entries()) {
      expect(r.code, all[i].join(' ')).toBe(2);
      expect(r.err).toMatch(/Usage: npm run --silent complaints/);
    }
  });
});

describe.concurrent('complaints policy', () => {
  it('lists the seven profiles', async () => {
    const r = await complaints(['policy', 'list']);
    expect(r.code).toBe(0);
    for (const id of ['housing-ombudsman-code', 'psow-model', 'bron-afon', 'bromford', 'brighter-places', 'association-2022', 'berneslai-homes']) {
      expect(r.out).toContain(id);
    }
  });

  it('shows a profile and validates a landlord file, naming the bad field', async () => {
    const show = await complaints(['policy', 'show', 'bron-afon']);
    expect(JSON.parse(show.out).id).toBe('bron-afon');
    const dir = mkdtempSync(join(tmpdir(), 'pol-'));
    const file = join(dir, 'mine.json');
    const profile = JSON.parse(show.out);
    profile.stages[0].acknowledge.within.unit = 'fortnights';
    writeFileSync(file, JSON.stringify(profile));
    const bad = await complaints(['policy', 'validate', file]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/stages\.0\.acknowledge\.within\.unit/);
  });
});

describe.concurrent('complaints classify', () => {
  it('answers each JSON line in order with kind, flags, language and the signals that decided it', async () => {
    const input = [
      { id: 'a', text: 'Mae arogl nwy yn y gegin' },
      'not json',
      { id: 'c', text: 'the boiler is broken', answers: { reportedBefore: true } },
      { id: 'd', text: 'mould in the bathroom', answers: { happenedOn: '2024-06-01' } },
      { id: 'e', text: 'hello', answers: { reportedBefore: 'yes' } },
    ]
      .map((l) => (typeof l === 'string' ? l : JSON.stringify(l)))
      .join('\n');
    const r = await complaints(['classify', '--today', '2026-11-23'], input);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(5);
    expect(r.lines[0]).toMatchObject({ id: 'a', kind: 'service_request', urgent: true, safeguarding: false, language: 'cy' });
    expect(r.lines[0].signals).toContainEqual({ cue: 'urgent_gas', text: 'arogl nwy', source: 'text' });
    expect(r.lines[1]).toEqual({ error: 'line 2: not valid JSON' });
    expect(r.lines[2]).toMatchObject({ id: 'c', kind: 'complaint' });
    expect(r.lines[3]).toMatchObject({ id: 'd', kind: 'excluded', reason: 'time_limit', clause: 'Code 2.2-2.3' });
    expect(r.lines[4]).toMatchObject({ id: 'e', error: expect.stringMatching(/^line 5: .*reportedBefore/) });
  });

  it('says what the bot would ask first: the danger question where a hazard is named without a flag', async () => {
    const input = [{ id: 'h', text: "Dydy'r drws ffrynt ddim yn cloi" }, { id: 'g', text: 'Mae arogl nwy yn y gegin' }].map((l) => JSON.stringify(l)).join('\n');
    const r = await complaints(['classify', '--today', '2026-11-23'], input);
    expect(r.lines[0]).toMatchObject({ id: 'h', urgent: false, confirmDanger: 'home' });
    expect(r.lines[1]).toMatchObject({ id: 'g', urgent: true });
    expect(r.lines[1]).not.toHaveProperty('confirmDanger');
  });

  it('takes the policy from --policy and refuses an unknown one', async () => {
    const line = JSON.stringify({ id: 'x', text: 'My neighbour plays loud music every night' });
    expect((await complaints(['classify', '--policy', 'bron-afon'], line)).lines[0]).toMatchObject({ kind: 'excluded', reason: 'other_process' });
    const bad = await complaints(['classify', '--policy', 'nope'], line);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown policy "nope"/);
  });
});
