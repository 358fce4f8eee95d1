/**
 * `twilio-sms` is the channel id some hubs and the Microsoft 365 Agents SDK give Twilio's SMS
 * (Azure Bot Service's own Twilio channel says `sms`). It was an unknown channel: numbered choices,
 * but the whole bilingual greeting (several UCS-2 segments) and one text per reply, each charged.
 * It is SMS, so it gets SMS's row: the one-segment greeting, short forms, replies joined.
 */
import { describe, expect, it } from 'vitest';
import { all, chat } from '../bot/harness';
import { capabilitiesOf, KNOWN_CHANNELS, UNKNOWN_CHANNEL } from '../../src/channels/capabilities';

describe('twilio-sms is SMS', () => {
  it('has the sms row of the capability table, not the unknown channel\'s', () => {
    expect(capabilitiesOf('twilio-sms')).toBe(capabilitiesOf('sms'));
    expect(capabilitiesOf('twilio-sms')).not.toBe(UNKNOWN_CHANNEL);
    expect(KNOWN_CHANNELS).toContain('twilio-sms');
  });

  const conversations = [
    { lang: 'cy', turns: ['helo', '1', "Mae'r to yn gollwng yn y gegin ers mis Hydref a does neb wedi dod er i mi ffonio dair gwaith, ac mae'r plant yn oer drwy'r amser"] },
    { lang: 'en', turns: ['hi', '2', "The boiler has been broken since October and nobody has come though I rang three times, and my kids are cold all the time"] },
  ] as const;

  it.each(conversations)('$lang: every reply is what sms gets, word for word and text for text', async ({ turns }) => {
    const [twilio, sms] = [chat(), chat()];
    for (const turn of turns) {
      const a = await twilio.say(turn, { channelId: 'twilio-sms' });
      const b = await sms.say(turn, { channelId: 'sms' });
      expect(a).toEqual(b);
    }
  });

  it.each(conversations)('$lang: the greeting is one GSM-7 segment, and a turn\'s replies go as one text', async ({ turns }) => {
    const c = chat();
    const greeting = await c.say(turns[0], { channelId: 'twilio-sms' });
    expect(greeting).toHaveLength(1);
    expect(greeting[0].length).toBeLessThanOrEqual(160);
    await c.say(turns[1], { channelId: 'twilio-sms' });
    // The description said back and the next question: several messages elsewhere, one here.
    const replies = await c.say(turns[2], { channelId: 'twilio-sms' });
    expect(replies).toHaveLength(1);
    expect(all(replies)).toMatch(/\n\n/);
    expect(c.lastActivities.every((a) => !a.suggestedActions?.actions?.length)).toBe(true);
  });
});
