import { describe, expect, it } from 'vitest';
import { router } from './router';

const REQUEST = { en: 'my kitchen tap is dripping can someone fix it', cy: 'Mae fy nghymydog yn chwarae cerddoriaeth uchel bob nos tan 3 y bore' };
const RECORDED = { en: /recorded this as a request for service[\s\S]*reference is (CMP-\w{4}-\w{4})/, cy: /cofnodi hyn fel cais am wasanaeth[\s\S]*cyfeirnod yw (CMP-\w{4}-\w{4})/ };
const TOLD = { en: /You told me: "([^"]*)"/, cy: /Dywedoch chi: "([^"]*)"/ };
const BOTH = { en: /The repair itself carries on as a service request \(reference (CMP-\w{4}-\w{4})\)/, cy: /\(cyfeirnod (CMP-\w{4}-\w{4})\)/ };
const WHAT_WENT_WRONG = { en: /What has gone wrong\?/, cy: /Beth sydd wedi mynd o'i le\?/ };

describe('a complaint right after a service request is about it', () => {
  it.each([
    { lang: 'en', unhappy: "actually I've asked 3 times already and nobody came, I'm fed up" },
    { lang: 'cy', unhappy: 'dach chi heb wneud dim byd er i mi ffonio deirgwaith' },
  ] as const)('$lang: "$unhappy" keeps the request\'s words, and the request carries on', async ({ lang, unhappy }) => {
    const r = router();
    const reference = (await r.say(REQUEST[lang])).text.match(RECORDED[lang])?.[1];
    expect(reference).toBeDefined();
    const reply = await r.say(unhappy);
    expect(reply.text.match(BOTH[lang])?.[1]).toBe(reference);
    const told = reply.text.match(TOLD[lang])?.[1] ?? '';
    expect(told).toContain(REQUEST[lang]);
    expect(told).toContain(unhappy);
    expect(r.kinds()).toEqual(['service_request']);
  });

  it.each([
    { lang: 'en', complain: 'make a complaint' },
    { lang: 'cy', complain: 'gwneud cwyn' },
  ] as const)('$lang: "$complain", as the request\'s reply invites, is not asked what went wrong again', async ({ lang, complain }) => {
    const r = router();
    await r.say(REQUEST[lang]);
    const reply = await r.say(complain);
    expect(reply.text.match(TOLD[lang])?.[1]).toBe(REQUEST[lang]);
    expect(reply.text).not.toMatch(WHAT_WENT_WRONG[lang]);
  });

  it('only the next message: after help and cancel, a complaint is its own', async () => {
    const r = router();
    await r.say(REQUEST.en);
    expect((await r.say('help')).text).toMatch(WHAT_WENT_WRONG.en);
    await r.say('cancel');
    const reply = await r.say('The lift at Park Court has been broken for a month and nobody has come despite my calls');
    expect(reply.text).toMatch(TOLD.en);
    expect(reply.text).not.toMatch(BOTH.en);
    expect(reply.text).not.toContain(REQUEST.en);
  });

  it('only the next message: a complaint after something else starts afresh', async () => {
    const r = router();
    await r.say(REQUEST.en);
    await r.say("where's my complaint?");
    await r.say('cancel');
    const reply = await r.say('I want to make a complaint');
    expect(reply.text).toMatch(WHAT_WENT_WRONG.en);
    expect(reply.text).not.toMatch(TOLD.en);
  });
});
