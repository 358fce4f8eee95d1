import { describe, expect, it } from 'vitest';
import { all, chat, sqliteOf } from './harness';

/** A yes to the danger question stays with the complaint filed after it, for staff to see. */
describe('the danger question on a filed complaint', () => {
  it.each([
    { answer: 'yes', kept: true },
    { answer: 'no', kept: undefined },
  ])('answer $answer: details.dangerConfirmed is $kept', async ({ answer, kept }) => {
    const c = chat();
    expect(all(await c.say('I want to make a complaint, water is dripping next to the kitchen light and nobody has come despite three calls'))).toMatch(/is anyone in danger/);
    expect(all(await c.say(answer))).toMatch(/Where is the problem/);
    expect(all(await c.say('Flat 3, 12 Park Road'))).toMatch(/When did it happen/);
    for (const next of ['3 weeks ago', 'yes', 'I phoned twice in November', 'We are worried every time we switch the light on', 'no', '1', 'none', "I'm the resident", 'Sam Jones', '07700 900123', 'English', 'after 5pm']) {
      const reply = all(await c.say(next));
      if (/check|correct|summary/i.test(reply) && /send|file|right/i.test(reply)) break;
    }
    await c.say('yes');
    const rows = sqliteOf(c).db.prepare("SELECT details FROM cases WHERE kind = 'complaint'").all() as Array<{ details: string }>;
    expect(rows).toHaveLength(1);
    expect((JSON.parse(rows[0].details) as { dangerConfirmed?: boolean }).dangerConfirmed).toBe(kept);
  }, 60_000);
});
