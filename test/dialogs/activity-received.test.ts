import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dialog, type DialogContext, type DialogEvent } from 'botbuilder-dialogs';
import { all, chat } from '../bot/harness';

/**
 * The router stops botbuilder-dialogs emitting its "activityReceived" dialog event, which no
 * dialog of this bot handles (dialogs/main/activity-received.ts): the first turn teaches it the
 * library's mark, later turns skip the event, and the conversation goes on exactly as before.
 */
describe('the unhandled activityReceived event', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Every dialog event a dialog is given, and whether it handled it. */
  const eventsSeen = () => {
    const seen: string[] = [];
    const handled: boolean[] = [];
    const original = Dialog.prototype.onDialogEvent;
    vi.spyOn(Dialog.prototype, 'onDialogEvent').mockImplementation(async function (this: Dialog, dc: DialogContext, e: DialogEvent) {
      seen.push(e.name);
      const h = await original.call(this, dc, e);
      handled.push(h);
      return h;
    });
    return Object.assign(seen, { handled });
  };

  it('is emitted on the first turn only, once its mark is learnt, and the intake carries on', async () => {
    const c = chat();
    const seen = eventsSeen();
    await c.say('hi');
    // An empty stack on the first turn: the event is emitted (to nobody) and its mark learnt.
    expect(c.core.bot.main.activityReceived.learnt).toBe(true);
    expect(all(await c.say('English'))).toMatch(/What has gone wrong/);
    expect(all(await c.say('The boiler keeps breaking and nobody has come to fix it'))).toMatch(/Where is the problem/);
    expect([...seen]).toEqual([]);
  });

  it('reached the intake and the router each turn before the skip, unhandled by both', async () => {
    const c = chat();
    await c.say('hi');
    // Forget the mark: the library emits the event again, from the intake up through the router.
    (c.core.bot.main.activityReceived as unknown as { mark: symbol | undefined }).mark = undefined;
    const seen = eventsSeen();
    expect(all(await c.say('English'))).toMatch(/What has gone wrong/);
    expect([...seen]).toEqual(['activityReceived', 'activityReceived']);
    expect(seen.handled).toEqual([false, false]);
  });
});
