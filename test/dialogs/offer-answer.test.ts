import { describe, expect, it } from 'vitest';
import { router } from './router';

describe('the answer to "would you like to make a complaint about it?" that describes a failure', () => {
  const TAKEN = { en: /You told me: "[\s\S]*service charge[\s\S]*nobody ever explained it[\s\S]*"/, cy: /Dywedoch chi: "[\s\S]*tâl gwasanaeth[\s\S]*ches i ddim ateb[\s\S]*"/ };
  const REFUSED = { en: /you can make a complaint at any time/, cy: /gallwch chi wneud cwyn unrhyw bryd/ };
  it.each([
    { lang: 'en', first: 'I want to complain about the service charge, it is far too high', answer: 'but nobody ever explained it to me even though I asked twice', complaint: true },
    { lang: 'cy', first: "Dw i isio cwyno am y tâl gwasanaeth, mae o'n rhy uchel", answer: 'ond nes i ofyn am esboniad dair gwaith a ches i ddim ateb', complaint: true },
    { lang: 'en', first: 'I want to complain about the service charge, it is far too high', answer: "no, I don't want to complain about anything else", complaint: false },
    { lang: 'cy', first: "Dw i isio cwyno am y tâl gwasanaeth, mae o'n rhy uchel", answer: "dim isio gwneud cwyn, jyst isio gwybod pam", complaint: false },
  ] as const)('$lang: $answer', async ({ lang, first, answer, complaint }) => {
    const r = router();
    const offered = await r.say(first);
    expect(offered.text).toMatch(lang === 'en' ? /Would you like to make a complaint about that part\?/ : /Hoffech chi wneud cwyn am y rhan honno\?/);
    const reply = await r.say(answer);
    if (complaint) {
      expect(reply.text).toMatch(TAKEN[lang]);
      expect(reply.text).not.toMatch(REFUSED[lang]);
    } else {
      expect(reply.text).toMatch(REFUSED[lang]);
      expect(reply.text).not.toMatch(TAKEN[lang]);
    }
  });
});

// Found by trial9: a thumbs up to "would you like to make a complaint about that part?" got the help text.
describe('a thumbs up or down answers the complaint offered', () => {
  it.each([
    { lang: 'en', first: 'I want to complain about the service charge, it is far too high', says: '👍', next: /What went wrong\?|You told me/ },
    { lang: 'cy', first: "Dw i isio cwyno am y tâl gwasanaeth, mae o'n rhy uchel", says: '👍🏼', next: /Beth sydd wedi mynd o'i le\?|Dywedoch chi/ },
    { lang: 'en', first: 'I want to complain about the service charge, it is far too high', says: '👎', next: /you can make a complaint at any time/ },
    { lang: 'cy', first: "Dw i isio cwyno am y tâl gwasanaeth, mae o'n rhy uchel", says: '❌', next: /gallwch chi wneud cwyn unrhyw bryd/ },
  ] as const)('$lang: "$says"', async ({ lang, first, says, next }) => {
    const r = router();
    expect((await r.say(first)).text).toMatch(lang === 'en' ? /Would you like to make a complaint about that part\?/ : /Hoffech chi wneud cwyn am y rhan honno\?/);
    const reply = (await r.say(says)).text;
    expect(reply).toMatch(next);
    expect(reply).not.toMatch(/Answer each question in your own words|Atebwch bob cwestiwn yn eich geiriau eich hun/);
  });

  it('is still help when nothing is offered', async () => {
    const r = router();
    await r.say('hi');
    await r.say('English');
    expect((await r.say('👍')).text).toMatch(/Answer each question in your own words/);
  });
});
