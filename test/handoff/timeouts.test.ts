import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/clock/clock';
import { createLogger } from '../../src/log';
import { scheduleHandoverTimeouts } from '../../src/handoff/timeouts';
import type { Handoff } from '../../src/store/ports';
import { all, chat } from '../bot/harness';

describe('nobody accepts in time', () => {
  it('tells the resident honestly, offers a call back once, and reads their answer', async () => {
    const c = chat();
    await c.say('hello');
    await c.say('English');
    await c.say('speak to a person');
    const sent: Array<{ id: number; text: string }> = [];
    const clock = new FixedClock('2026-11-23T10:14:00Z');
    const timeouts = scheduleHandoverTimeouts({
      handoffs: c.core.store.handoffs,
      clock,
      minutes: 15,
      delivery: { send: async (h: Handoff, text) => void sent.push({ id: h.id, text }), handBack: async () => undefined },
      i18n: c.core.i18n,
      log: createLogger('silent'),
    });
    await timeouts.tick();
    expect(sent).toEqual([]);
    clock.set('2026-11-23T10:16:00Z');
    await timeouts.tick();
    await timeouts.tick();
    expect(sent.map((s) => s.text)).toEqual([expect.stringMatching(/nobody from the team has been able to join yet[\s\S]*call you back/)]);
    await timeouts.stop();
    expect(all(await c.say('Tomorrow morning please'))).toMatch(/asked the team to call you back: "Tomorrow morning please"/);
    expect((await c.core.store.handoffs.list())[0]).toMatchObject({ state: 'callback', callback: { why: 'unanswered', when: 'Tomorrow morning please' } });
  });
});
