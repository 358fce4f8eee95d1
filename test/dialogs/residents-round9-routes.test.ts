import { describe, expect, it } from 'vitest';
import { router } from './router';

/** Faults found trying the bot as residents would (ninth session): what comes after a request, an exclusion, a status question. */

// Found on WhatsApp: after "dechra eto", "Ma'r ffenest wedi torri" was recorded as a request, and
// the resident, still answering the intake's questions, sent "y gegin" and got the menu.
describe('a room sent on its own right after a service request', () => {
  const REQUEST = { en: 'The window is broken', cy: "Ma'r ffenest wedi torri" };
  const RECORDED = { en: /reference is (CMP-\w{4}-\w{4})/, cy: /cyfeirnod yw (CMP-\w{4}-\w{4})/ };
  const NOTED = { en: /added where it is to your request (CMP-\w{4}-\w{4}): /, cy: /ychwanegu ble mae hyn at eich cais (CMP-\w{4}-\w{4}): / };
  it.each([
    { lang: 'en', place: 'kitchen' },
    { lang: 'en', place: 'the back bedroom' },
    { lang: 'cy', place: 'y gegin' },
    { lang: 'cy', place: 'yn y llofft gefn' },
  ] as const)('$lang: "$place" is added to that request', async ({ lang, place }) => {
    const r = router();
    await r.say('hi');
    await r.say(lang === 'en' ? 'English' : 'Cymraeg');
    const reference = (await r.say(REQUEST[lang])).text.match(RECORDED[lang])?.[1];
    expect(reference).toBeDefined();
    const reply = await r.say(place);
    expect(reply.text.match(NOTED[lang])?.[1]).toBe(reference);
    expect(reply.text).not.toMatch(/How can I help|Sut galla i helpu/);
    expect(r.events(reference!)).toContainEqual({ type: 'location_given', data: { location: place } });
  });

  it.each([
    { lang: 'en', says: 'the kitchen is flooding now' },
    { lang: 'en', says: 'yes' },
    { lang: 'cy', says: 'odi' },
  ] as const)('$lang: "$says" is not taken as where it is', async ({ lang, says }) => {
    const r = router();
    await r.say('hi');
    await r.say(lang === 'en' ? 'English' : 'Cymraeg');
    await r.say(REQUEST[lang]);
    expect((await r.say(says)).text).not.toMatch(NOTED[lang]);
  });
});

describe('an answer to "what is the reference?" that is not one', () => {
  it.each([
    { lang: 'en', ask: 'where is my complaint up to?', wrong: 'CMP-AAAA-BBBB', said: /couldn't read that as a reference[\s\S]*CMP-7KQ4-9TXD/ },
    { lang: 'cy', ask: 'Ble mae fy nghwyn i?', wrong: 'Jones', said: /allwn i ddim darllen hynny fel cyfeirnod[\s\S]*CMP-7KQ4-9TXD/ },
  ] as const)('$lang: "$wrong" is told it was not read as one, and what one looks like', async ({ lang, ask, wrong, said }) => {
    const r = router();
    await r.say('hi');
    await r.say(lang === 'en' ? 'English' : 'Cymraeg');
    await r.say(ask);
    const reply = (await r.say(wrong)).text;
    expect(reply).toMatch(said);
    expect(reply).not.toMatch(/please send its reference|anfonwch ei chyfeirnod/);
  });
});

// Found over HTTP: told "if you think this decision is wrong, you can ask the landlord to look
// again", a resident who said so got "you can make a complaint at any time", and in Welsh the menu.
describe('disputing an exclusion right after it is explained', () => {
  const EXCLUDED = { en: 'I want to complain about my service charge being too high this year', cy: "Dw i wedi dechrau achos llys yn erbyn y landlord am y lleithder" };
  const RECORDED = { en: /I've recorded what you told me \(reference (CMP-\w{4}-\w{4})\)/, cy: /Rydw i wedi cofnodi'r hyn ddywedoch chi \(cyfeirnod (CMP-\w{4}-\w{4})\)/ };
  const REVIEW = {
    en: /you'd like the landlord to look again at this decision[^(]*\(reference (CMP-\w{4}-\w{4})\)[\s\S]*ask the Housing Ombudsman Service to review that decision/,
    cy: /am i'r landlord edrych eto ar y penderfyniad hwn[^(]*\(cyfeirnod (CMP-\w{4}-\w{4})\)[\s\S]*ofyn i'r Ombwdsmon, sef Gwasanaeth yr Ombwdsmon Tai, adolygu'r penderfyniad hwnnw/,
  };
  it.each([
    { lang: 'en', says: "I think that's wrong, I want to challenge that decision" },
    { lang: 'en', says: 'I disagree' },
    { lang: 'en', says: "that's not fair, please look again" },
    { lang: 'cy', says: 'dw i ddim yn cytuno' },
    { lang: 'cy', says: "dw i'm yn cytuno efo hynny" },
    { lang: 'cy', says: "mae'r penderfyniad yn anghywir" },
  ] as const)('$lang: "$says" is recorded on the exclusion, and the resident told what happens', async ({ lang, says }) => {
    const r = router();
    await r.say('hi');
    await r.say(lang === 'en' ? 'English' : 'Cymraeg');
    const reference = (await r.say(EXCLUDED[lang])).text.match(RECORDED[lang])?.[1];
    expect(reference).toBeDefined();
    const reply = (await r.say(says)).text;
    expect(reply.match(REVIEW[lang])?.[1]).toBe(reference);
    expect(reply).not.toMatch(/you can make a complaint at any time|Sut galla i helpu/);
    expect(r.events(reference!)).toContainEqual({ type: 'review_requested', data: { words: says } });
    expect(r.kinds()).toEqual(['excluded']);
  });

  it('a message that does not dispute it is read as any message, and a later dispute is not tied to it', async () => {
    const r = router();
    await r.say('hi');
    await r.say('English');
    const reference = (await r.say(EXCLUDED.en)).text.match(RECORDED.en)?.[1];
    const next = (await r.say("dw i ddim yn iawn, I'm not well today")).text;
    expect(next).not.toMatch(REVIEW.en);
    expect((await r.say('I disagree')).text).not.toMatch(REVIEW.en);
    expect(r.events(reference!).map((e) => e.type)).not.toContain('review_requested');
  });

  it('a complaint after an exclusion is not told a repair carries on beside it', async () => {
    const r = router();
    await r.say('hi');
    await r.say('English');
    await r.say(EXCLUDED.en);
    const reply = (await r.say('The caretaker was rude to me in the lobby yesterday and I want to complain')).text;
    expect(reply).not.toMatch(/carries on as a service request/);
  });
});

// Found over HTTP: "unhappy with how it's been dealt with" to the clarifying question, and the
// intake then asked "Have you reported this to us before?" all the same.
describe('unhappy with how a problem has been dealt with', () => {
  it.each([
    { lang: 'en', message: 'The kitchen tap has been dripping since 2019', unhappy: "I'm not happy with how it's been dealt with", place: 'the kitchen', when: 'since 2019 and still going', next: /When and how did you report it/, not: /Have you reported this to us before/ },
    { lang: 'cy', message: 'Mae tap y gegin wedi bod yn diferu ers 2019', unhappy: "Dw i'n anhapus efo'r ffordd mae wedi cael ei drin", place: 'y gegin', when: "ers 2019 ac mae'n dal i ddigwydd", next: /Pryd a sut rhoesoch chi wybod|Pryd a sut/, not: /Ydych chi wedi rhoi gwybod i ni am hyn o'r blaen/ },
  ] as const)('$lang: is not asked whether it was reported, only when and how', async ({ lang, message, unhappy, place, when, next, not }) => {
    const r = router();
    await r.say('hi');
    await r.say(lang === 'en' ? 'English' : 'Cymraeg');
    expect((await r.say(message)).text).toMatch(/first time|tro cyntaf/);
    await r.say(unhappy);
    // "since 2019" in the message answers "when?" (round 11): when and how it was reported is next.
    const reply = (await r.say(place)).text;
    expect(reply).not.toMatch(/When did it happen|Pryd ddigwyddodd/);
    expect(reply).toMatch(next);
    expect((await r.say(when)).text).toMatch(/affected|effeithio/);
    expect(reply).not.toMatch(not);
  });

  it('a message that says when and how is not asked that either', async () => {
    const r = router();
    await r.say('hi');
    await r.say('English');
    await r.say('The kitchen tap has been dripping since 2019, I rang about it twice last month');
    await r.say("I'm not happy with how it's been dealt with");
    const reply = (await r.say('the kitchen')).text;
    expect(reply).not.toMatch(/When and how did you report it|Have you reported this to us before/);
    expect(reply).toMatch(/How has this affected you/);
  });
});
