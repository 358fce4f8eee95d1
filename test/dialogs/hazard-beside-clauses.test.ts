import { describe, expect, it } from 'vitest';
import { all, chat } from '../bot/harness';

// Issue #19, ninth safety pass: the clauses read for a hazard beside a safeguarding concern split
// at Welsh "a" ("and") only in a Welsh message. In English "a" is the article: split there,
// "water is dripping near a light" became "water is dripping near" and "light in the hall", and
// the hazard was lost (clausesOf in src/triage/hazard.ts; its case table in flags-round9.test.ts).
const HAZARD = { en: /You also told me about something that could make your home unsafe[\s\S]*emergency repairs line/, cy: /Rydych chi hefyd wedi sôn am rywbeth a allai wneud eich cartref yn anniogel[\s\S]*linell atgyweirio brys/ };

describe("a hazard beside a safeguarding concern is heard across an English 'a'", () => {
  it.each([
    { lang: 'en', text: "I'm scared of my ex who keeps turning up, and water is dripping near a light in the hall" },
    { lang: 'cy', text: "Dw i ofn fy nghyn-bartner sy'n dod i'r fflat a dydy drws y cefn ddim yn cloi" },
  ] as const)('$lang: "$text"', async ({ lang, text }) => {
    const c = chat();
    await c.say(lang === 'en' ? 'hello' : 'helo');
    await c.say(lang === 'en' ? 'English' : 'Cymraeg');
    expect(all(await c.say(text))).toMatch(HAZARD[lang]);
  });
});
