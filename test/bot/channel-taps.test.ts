import { describe, expect, it } from 'vitest';
import { all, chat } from './harness';

/** Buttons route by their value: a translation edit to a label cannot break routing. */
describe('taps routed by value', () => {
  async function atMenu(channelId = 'test') {
    const c = chat();
    for (const text of ['hi', 'Cymraeg', 'canslo']) await c.say(text, { channelId });
    expect(all(await c.say('hmm iawn te', { channelId }))).toMatch(/Sut galla i helpu/);
    return c;
  }

  it('still routes a menu tap after its label is reworded', async () => {
    const c = await atMenu();
    const status = c.lastActivities.at(-1)!.suggestedActions!.actions.find((a) => a.title === 'Gwirio fy nghwyn')!;
    // The label changes (a translation edit, a redeploy) while the old button is on screen.
    c.core.i18n.addResource('cy', 'triage', 'none.status', 'Ble mae fy nghwyn i?');
    expect(all(await c.say(status.text!, { value: status.value }))).toMatch(/anfonwch ei chyfeirnod/);
  });

  it('routes the new label typed or tapped where only labels come back (Teams), and the number', async () => {
    const teams = { channelId: 'msteams' };
    const c = await atMenu(teams.channelId);
    // Teams shows 3 suggested actions; the menu has 4, so it is numbered in the text.
    expect(c.lastActivities.at(-1)!.text).toMatch(/^neu 4\. Siarad â pherson$/m);
    c.core.i18n.addResource('cy', 'triage', 'none.repair', 'Trwsio rhywbeth');
    expect(all(await c.say('Trwsio rhywbeth', teams))).toMatch(/Beth sydd angen ei drwsio/);
    await c.say('canslo', teams);
    await c.say('hmm iawn te', teams);
    expect(all(await c.say('rhif 3', teams))).toMatch(/anfonwch ei chyfeirnod/);
  });

  it('reads a Messenger quick reply by its payload, whatever the title says', async () => {
    const c = chat();
    await c.say('hi', { channelId: 'facebook' });
    const reply = all(await c.say('Welsh-ish title', { channelId: 'facebook', channelData: { message: { text: 'x', quick_reply: { payload: 'english' } } } }));
    expect(reply).toMatch(/carry on in English[\s\S]*What has gone wrong/);
  });
});
