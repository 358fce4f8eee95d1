import { describe, expect, it } from 'vitest';
import { asksAnonymity } from '../../dialogs/parse/anonymous';
import { router } from './router';

describe('a message that asks not to be named', () => {
  it.each([
    ["I want to report my neighbour anonymously, I think they're subletting their flat", true],
    ['can I report this without giving my name', true],
    ["I don't want to give my name", true],
    ['Dw i isio rhoi gwybod am fy nghymydog heb roi fy enw', true],
    ['Hoffwn i adrodd hyn yn ddienw', true],
    ['dim isio deud fy enw', true],
    ['Gwell gen i beidio rhoi fy enw', true],
    ['Gwell gen i beidio â rhoi fy enw', true],
    ['my name is Sam and the tap is dripping', false],
    ['mae fy enw ar y cytundeb', false],
    ['the boiler is broken again', false],
  ])('%j: %s', (text, anonymous) => {
    expect(asksAnonymity(text)).toBe(anonymous);
  });
});

describe('a service request from someone who would rather not be named', () => {
  const SAYS_ANONYMOUS = { en: /As you'd rather not give your name, it won't be able to contact you about it/, cy: /fydd y landlord ddim yn gallu cysylltu â chi amdano/ };
  const PROMISES_CONTACT = { en: /contact you about it\./, cy: /ac yn cysylltu â chi amdano\./ };
  it.each([
    { lang: 'en', text: "I want to report my neighbour anonymously, I think they're subletting their flat", anonymous: true },
    { lang: 'en', text: 'I want to report my neighbour, I think they are subletting their flat', anonymous: false },
    { lang: 'cy', text: "Mae fy nghymydog yn chwarae cerddoriaeth uchel bob nos tan 3 y bore. Gwell gen i beidio rhoi fy enw", anonymous: true },
    { lang: 'cy', text: 'Mae fy nghymydog yn chwarae cerddoriaeth uchel bob nos tan 3 y bore', anonymous: false },
  ] as const)('$lang: $text', async ({ lang, text, anonymous }) => {
    const r = router();
    const reply = await r.say(text);
    expect(r.kinds()).toEqual(['service_request']);
    if (anonymous) {
      expect(reply.text).toMatch(SAYS_ANONYMOUS[lang]);
      expect(reply.text).not.toMatch(PROMISES_CONTACT[lang]);
    } else {
      expect(reply.text).toMatch(PROMISES_CONTACT[lang]);
      expect(reply.text).not.toMatch(SAYS_ANONYMOUS[lang]);
    }
  });
});
