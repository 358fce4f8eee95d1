import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpConversation, startBot, type RunningBot } from './server';

/**
 * Over /api/messages with expectReplies, under Bron Afon, as the staff trial (ops12) found it: gas
 * given as the answer to "Where is the problem?" gets the gas instructions, and the question again.
 */
describe('an emergency in the middle of the intake, over HTTP', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ POLICY: 'bron-afon' });
  }, 180_000);
  afterAll(async () => {
    await bot?.stop();
  });

  it.each([
    { start: ['hello', 'English', 'I want to make a complaint', 'The repairs are never done properly'], gas: 'I can smell gas in the kitchen now', said: /0800 111 999/, where: /Where is the problem\?/, room: 'the kitchen' },
    { start: ['helo', 'Cymraeg', 'Dw i eisiau gwneud cwyn', "Dydy'r atgyweiriadau byth yn cael eu gwneud yn iawn"], gas: 'Mae arogl nwy yn y gegin', said: /Gwasanaeth Argyfwng Nwy Cenedlaethol nawr ar 0800 111 999/, where: /Ble mae'r broblem\?/, room: 'y gegin' },
  ])('"$gas" at "where?"', async ({ start, gas, said, where, room }) => {
    const c = httpConversation(bot.url);
    for (const m of start) await c.say(m);
    const replies = await c.say(gas);
    expect(replies.join('\n')).toMatch(said);
    expect(replies.at(-1)).toMatch(where);
    // The room is the answer now; the question moves on.
    expect((await c.say(room)).join('\n')).not.toMatch(where);
  }, 60_000);
});
