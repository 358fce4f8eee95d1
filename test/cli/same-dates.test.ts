import { describe, expect, it, vi } from 'vitest';
import { longDate } from '../../src/i18n/format';
import { all, chat } from '../bot/harness';
import { complaints, tempDir, writeHolidays, writeProfile } from './landlord-profile';

// Spawns the CLI once (dist/, or tsx when dist/ is stale); on a shared two-core machine under load that alone can take tens of seconds.
vi.setConfig({ testTimeout: 240_000 });

/** A resident files a complaint at `at` (the server's clock) and reads the dates the bot gives. */
async function fileAt(settings: Record<string, string>, at: string) {
  const c = chat(settings, at);
  await c.say('hello');
  await c.say('English');
  for (const answer of ['The boiler keeps breaking and nobody has come to fix it', 'Flat 3, 12 Park Road', '3 weeks ago', 'yes', 'I phoned twice', 'No hot water', 'no', '1', 'no', "I'm the resident", 'Sam Jones', '07700 900123', 'English', 'any time']) {
    await c.say(answer);
  }
  const filed = all(await c.say('yes'));
  const reference = /reference is (CMP-\w{4}-\w{4})/.exec(filed)?.[1];
  expect(reference, filed).toBeDefined();
  const stored = (await c.core.store.cases.byReference(reference!))!;
  return { filed, stored, policyId: c.core.profile.id };
}

describe("a landlord's own profile gives the same dates in the command-line tool and the bot", () => {
  it('closure days, a receipt cut-off and a newer bank-holiday file, for the same requests', async () => {
    const dir = tempDir();
    const policyFile = writeProfile(dir, 'landlord.json', (p) => {
      p.calendar = {
        annualClosures: [{ from: '12-24', to: '12-31' }],
        closureDates: ['2026-11-27'],
        receiptCutoff: '16:00',
      };
    });
    // The newer list has a day the shipped one does not: Wednesday 25 November 2026.
    const holidays = writeHolidays(dir, [{ title: 'A newly announced bank holiday', date: '2026-11-25' }]);
    const env = { POLICY_FILE: policyFile, POLICY: 'my-landlord', BANK_HOLIDAYS_PATH: holidays };

    const received = [
      '2026-11-23T10:00:00Z', // Monday morning: the new holiday and the closure day both count
      '2026-11-23T16:30:00Z', // after the 16:00 cut-off: received on Tuesday
      '2026-12-18T15:30:00Z', // the Friday before the Christmas closure
      '2026-06-01T15:30:00Z', // 16:30 in London (summer time): after the cut-off there, not in UTC
    ];
    const cli = await complaints(
      ['deadlines'],
      received.map((r, i) => JSON.stringify({ id: `r${i}`, policy: 'my-landlord', stage: 1, received: r })).join('\n'),
      { POLICY_FILE: policyFile, BANK_HOLIDAYS_PATH: holidays },
    );
    expect(cli.err).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.lines.map((l) => l.id)).toEqual(['r0', 'r1', 'r2', 'r3']);

    // The profile's calendar is what moved these dates: the statutory code's own are earlier.
    expect(cli.lines[0]).toMatchObject({ acknowledgeBy: '2026-12-02', respondBy: '2026-12-16' });
    expect(cli.lines[1].acknowledgeBy).toBe('2026-12-03');
    expect(cli.lines[1].explain[0].notes).toContain('received_after_cutoff');
    expect(cli.lines[2].acknowledgeBy).toBe('2027-01-05');
    expect(cli.lines[3].acknowledgeBy).toBe('2026-06-09');
    const plain = await complaints(['deadlines'], JSON.stringify({ id: 'x', policy: 'housing-ombudsman-code', stage: 1, received: received[0] }));
    expect(plain.lines[0].acknowledgeBy).toBe('2026-11-30');

    for (const [i, at] of received.entries()) {
      const answer = cli.lines[i];
      const bot = await fileAt(env, at);
      expect(bot.policyId).toBe('my-landlord');
      // What the resident is told…
      expect(bot.filed).toContain(`acknowledge it by ${longDate(answer.acknowledgeBy, 'en')}`);
      expect(bot.filed).toContain(`by ${longDate(answer.respondBy, 'en')} at the latest`);
      // …and what the case keeps for staff and the listings.
      const kept = bot.stored.deadlines as Record<string, { date: string } | null>;
      expect({
        acknowledgeBy: kept.acknowledgeBy?.date ?? null,
        respondBy: kept.respondBy?.date ?? null,
        respondByWithExtension: kept.respondByWithExtension?.date ?? null,
      }).toEqual({ acknowledgeBy: answer.acknowledgeBy, respondBy: answer.respondBy, respondByWithExtension: answer.respondByWithExtension });
    }
  });
});
