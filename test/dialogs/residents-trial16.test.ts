import { describe, expect, it } from 'vitest';
import { all, chat, type Chat, fileComplaint, sqliteOf } from '../bot/harness';

/** Faults found playing residents end to end over HTTP, in both languages (trial16). */

async function walk(c: Chat, messages: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const m of messages) out.push(all(await c.say(m)));
  return out;
}

describe('a status check with a wrong surname, then the postcode', () => {
  const as = { en: 'Any update on my complaint', cy: "Oes newyddion am fy nghwyn" } as const;
  it.each([
    ['en', 'Jones', 'sa1 1aa', /couldn't match those details[\s\S]*postcode or the surname/, /Your complaint/],
    ['en', 'Jones', 'Owen', /couldn't match those details/, /Your complaint/],
    ['cy', 'Jones', 'SA1 1AA', /ddim yn cyfateb[\s\S]*cod post neu'r cyfenw/, /Mae eich cwyn/],
  ] as const)('%s: %j then %j finds the complaint, not "couldn\'t read that as a reference"', async (lang, wrong, right, miss, found) => {
    const c = chat({}, '2026-11-23T10:00:00Z', 'someone-else');
    const ref = await fileComplaint(c, { user: 'resident-1', name: 'Siân Owen', location: '5 Heol y Castell, SA1 1AA' });
    await c.say(lang === 'en' ? 'English' : 'Cymraeg');
    await c.say('cancel');
    expect(all(await c.say(`${as[lang]} ${ref}?`))).toMatch(lang === 'en' ? /postcode or the surname/ : /cod post neu'r cyfenw/);
    expect(all(await c.say(wrong))).toMatch(miss);
    const reply = all(await c.say(right));
    expect(reply).not.toMatch(/couldn't read that as a reference|allwn i ddim darllen hynny fel cyfeirnod/i);
    expect(reply).toMatch(found);
    expect(reply).toContain(ref);
  });

  it('after a miss, thanks, "skip" or "I don\'t know it" is not a wrong guess; the postcode after them still is read', async () => {
    const c = chat({}, '2026-11-23T10:00:00Z', 'someone-else');
    const ref = await fileComplaint(c, { user: 'resident-1', name: 'Siân Owen', location: '5 Heol y Castell, SA1 1AA' });
    await c.say('English');
    await c.say('cancel');
    await c.say(`Any update on my complaint ${ref}?`);
    expect(all(await c.say('Jones'))).toMatch(/couldn't match those details/);
    for (const said of ['thanks', 'skip']) expect(all(await c.say(said))).not.toMatch(/couldn't match those details|stopped looking up/);
    expect(all(await c.say('SA1 1AA'))).toContain(`Your complaint ${ref}`);
    // One miss recorded (Jones), under the asker: thanks and "skip" were not counted.
    const misses = sqliteOf(c).db.prepare('SELECT * FROM lookup_misses').all();
    expect(misses).toHaveLength(1);
  });

  it("someone else's reference learns nothing: every wrong guess gets the same words, and the fifth locks", async () => {
    const c = chat({}, '2026-11-23T10:00:00Z', 'someone-else');
    const ref = await fileComplaint(c, { user: 'resident-1', name: 'Siân Owen', location: '5 Heol y Castell, SA1 1AA' });
    await c.say('English');
    await c.say('cancel');
    await c.say(`Any update on my complaint ${ref}?`);
    const misses: string[] = [];
    for (const guess of ['Jones', 'CF10 1AA', 'Evans', 'Smith']) misses.push(all(await c.say(guess)));
    expect(new Set(misses).size).toBe(1);
    expect(misses[0]).not.toContain(ref);
    expect(misses[0]).not.toMatch(/Owen|SA1|stage/i);
    expect(all(await c.say('Williams'))).toMatch(/stopped looking up complaints for you/);
    // Even the right answer now: lookups of that reference are stopped.
    expect(all(await c.say(`Any update on my complaint ${ref}?`))).not.toMatch(/Your complaint/);
  });
});

describe('"dw i\'m yn siŵr", with "dw i" typed apart, is not sure', () => {
  it('at "have you reported it before?" it is an answer, not asked again', async () => {
    const c = chat();
    await walk(c, ['Cymraeg', "Mae'r tap yn y gegin yn gollwng ers mis", 'y gegin']);
    const reply = all(await c.say("dw i'm yn siŵr"));
    expect(reply).not.toMatch(/ai ie neu na oedd hynny/);
    expect(reply).toMatch(/Sut mae hyn wedi effeithio/);
  });
});
