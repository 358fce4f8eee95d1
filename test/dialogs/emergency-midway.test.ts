import { describe, expect, it } from 'vitest';
import { router } from './router';
import { all, chat } from '../bot/harness';

/**
 * An emergency given as the answer to a question (found by the staff trial, ops12): "I can smell
 * gas in the kitchen now" at "Where is the problem?" was taken as the answer, and stored as the
 * location, with no instructions. The main dialog reads every answer for safety, as the first message is read.
 */

const WHERE = { en: /Where is the problem\?/, cy: /Ble mae'r broblem\?/ };
const WHEN = { en: /When did it happen/, cy: /Pryd ddigwyddodd hyn/ };
const AGAIN = { en: /When everyone is safe, we can carry on\. Here is the question again:/, cy: /Pan fydd pawb yn ddiogel, gallwn ni barhau\. Dyma'r cwestiwn eto:/ };
const GAS = { en: /National Gas Emergency Service now on 0800 111 999/, cy: /Gwasanaeth Argyfwng Nwy Cenedlaethol nawr ar 0800 111 999/ };
const FIRE = { en: /call 999\. Do not go back in/, cy: /ffoniwch 999\. Peidiwch â mynd yn ôl i mewn/ };
const ELECTRIC = { en: /Keep away from electrics near the water/, cy: /trydan/ };
const CRISIS = { en: /116 123/, cy: /116 123/ };
const ANYTHING_ELSE = { en: /anything else you'd like help with today/, cy: /Oes unrhyw beth arall y galla i eich helpu chi gydag e heddiw/ };

/**
 * To "Where is the problem?" in each language. "I want to make a complaint" is asked what went
 * wrong (since trial12), and a description that names a room answers "where?", so this one names none.
 */
const TO_WHERE = {
  en: ['hello', 'English', 'I want to make a complaint', 'The repairs are never done properly'],
  cy: ['helo', 'Cymraeg', 'Dw i eisiau gwneud cwyn', "Dydy'r atgyweiriadau byth yn cael eu gwneud yn iawn"],
};
/** To "When did it happen?": where is answered with an address. */
const TO_WHEN = {
  en: [...TO_WHERE.en, '12 Park Road'],
  cy: [...TO_WHERE.cy, '12 Heol y Parc'],
};

describe('an emergency given as the answer to an intake question gets its instructions, and the question again', () => {
  const rows = [
    { lang: 'en', at: 'where', text: 'I can smell gas in the kitchen now', said: GAS.en },
    { lang: 'cy', at: 'where', text: 'Mae arogl nwy yn y gegin', said: GAS.cy },
    { lang: 'en', at: 'where', text: 'There is a fire in the flat below, smoke is coming in', said: FIRE.en },
    { lang: 'en', at: 'where', text: 'Water is pouring through the ceiling onto the light switch', said: ELECTRIC.en },
    { lang: 'en', at: 'when', text: 'I can smell gas in the kitchen now', said: GAS.en },
    { lang: 'cy', at: 'when', text: 'mae tân yn y fflat drws nesa', said: FIRE.cy },
    { lang: 'cy', at: 'when', text: 'Mae arogl nwy yn y gegin', said: GAS.cy },
  ] as const;

  it.each(rows)('$lang, "$text" at "$at": the instructions, then the same question; the next answer is the answer', async ({ lang, at, text, said }) => {
    const r = router();
    for (const m of at === 'where' ? TO_WHERE[lang] : TO_WHEN[lang]) await r.say(m);
    const reply = (await r.say(text)).text;
    expect(reply).toMatch(said);
    expect(reply).toMatch(AGAIN[lang]);
    // The question asked is asked again, last: the emergency was not its answer.
    const question = at === 'where' ? WHERE[lang] : WHEN[lang];
    expect(reply.split('\n').at(-1)).toMatch(question);
    // Not "Once everyone is safe, I can carry on and record this for you": the question comes again now.
    expect(reply).not.toMatch(lang === 'en' ? /record this for you/ : /cofnodi hyn i chi/);
    // The next answer is taken as the answer: the gas message was not stored as the location.
    const next = (await r.say(at === 'where' ? (lang === 'en' ? 'the kitchen' : 'y gegin') : lang === 'en' ? 'last week' : 'wythnos diwethaf')).text;
    expect(next).not.toMatch(question);
    expect(next).not.toMatch(said);
  });
});

// A message the first-or-unhappy question is asked about (as in clarify.test.ts): since this round's retraining a boiler broken for a week is read as a first report without asking.
describe('at the first-or-unhappy question and in a status enquiry', () => {
  it.each([
    { lang: 'en', start: ['hello', 'English', 'The kitchen tap has been dripping since 2019'], asked: /Is this the first time you've told us about this/, text: 'I can smell gas in the kitchen now' },
    { lang: 'en', start: ['hello', 'English', 'Where is my complaint up to?'], asked: /please send its reference/, text: 'I can smell gas now' },
  ] as const)('$lang, "$text" after $start: the instructions, then the question again', async ({ lang, start, asked, text }) => {
    const r = router();
    for (const m of start) await r.say(m);
    const reply = (await r.say(text)).text;
    expect(reply).toMatch(GAS[lang]);
    expect(reply).toMatch(AGAIN[lang]);
    expect(reply.split('\n').at(-1)).toMatch(asked);
  });
});

describe('a person at risk in the middle of the intake: no more repair questions', () => {
  it.each([
    { lang: 'en', text: 'I want to end it all' },
    { lang: 'en', text: 'My ex partner is at the door and he is threatening me' },
    { lang: 'cy', text: 'dw i isio marw' },
  ] as const)('$lang, "$text" at "where?": 999, the crisis line, a person, then "anything else?"; the intake is over', async ({ lang, text }) => {
    const r = router();
    for (const m of TO_WHERE[lang]) await r.say(m);
    const reply = (await r.say(text)).text;
    expect(reply).toMatch(lang === 'en' ? /call 999/ : /ffoniwch 999/);
    expect(reply).toMatch(CRISIS[lang]);
    expect(reply).toMatch(lang === 'en' ? /member of staff/ : /aelod o staff/);
    expect(reply).not.toMatch(WHERE[lang]);
    expect(reply.split('\n').at(-1)).toMatch(ANYTHING_ELSE[lang]);
    expect(r.handoffs().map((h) => h.reason)).toEqual(['safeguarding']);
    // "no" answers "anything else?", not "where?": the intake ended.
    expect((await r.say(lang === 'en' ? 'no' : 'na')).text).toMatch(lang === 'en' ? /That's fine/ : /Mae hynny'n iawn/);
  });
});

describe('answers that only name a room or a choice, or a hazard absent or past, are answers', () => {
  it.each([
    { lang: 'en', text: 'the kitchen' },
    { lang: 'en', text: 'kitchen' },
    { lang: 'en', text: '1' },
    { lang: 'en', text: 'the bathroom by the boiler cupboard' },
    { lang: 'cy', text: 'y gegin' },
    { lang: 'cy', text: 'llofft' },
    { lang: 'cy', text: 'does dim arogl nwy, dim ond lleithder yn y gegin' },
    { lang: 'en', text: 'the kitchen, there was a gas smell last year but it was fixed' },
  ] as const)('$lang, "$text" at "where?" is taken as the answer, with no emergency', async ({ lang, text }) => {
    const r = router();
    for (const m of TO_WHERE[lang]) await r.say(m);
    const reply = (await r.say(text)).text;
    expect(reply).not.toMatch(/999/);
    expect(reply).not.toMatch(AGAIN[lang]);
    expect(reply).not.toMatch(WHERE[lang]);
  });

  it.each([
    { lang: 'en', start: TO_WHEN.en, text: 'yes' },
    { lang: 'en', start: TO_WHEN.en, text: 'last week' },
    { lang: 'cy', start: TO_WHEN.cy, text: 'ia' },
    { lang: 'cy', start: TO_WHEN.cy, text: 'ddoe' },
  ] as const)('$lang, "$text" at "when?" gets no emergency', async ({ lang, start, text }) => {
    const r = router();
    for (const m of start) await r.say(m);
    const reply = (await r.say(text)).text;
    expect(reply).not.toMatch(/999/);
    expect(reply).not.toMatch(AGAIN[lang]);
  });
});

describe('under Bron Afon, the out-of-hours line and a person, and the case marked', () => {
  it.each([
    { lang: 'en', start: TO_WHERE.en, text: 'I can smell gas in the kitchen now' },
    { lang: 'cy', start: TO_WHERE.cy, text: 'Mae arogl nwy yn y gegin' },
  ] as const)('$lang: "$text" at "where?"', async ({ lang, start, text }) => {
    const c = chat({ POLICY: 'bron-afon' });
    for (const m of start) await c.say(m);
    const reply = all(await c.say(text));
    expect(reply).toMatch(GAS[lang]);
    const phone = c.core.profile.contacts.emergencyRepairs?.phone;
    if (phone) expect(reply).toContain(phone);
    expect(reply.split('\n').at(-1)).toMatch(WHERE[lang]);
  });
});

describe('a request for a person inside a longer message', () => {
  it.each([
    { lang: 'en', text: 'My boiler is broken and I want to speak to a person', staff: /member of staff/ },
    { lang: 'cy', text: "Mae'r boeler wedi torri a dw i isio siarad efo rhywun", staff: /aelod o staff/ },
    { lang: 'cy', text: "Mae'r boeler wedi torri, ga i siarad â pherson go iawn?", staff: /aelod o staff/ },
  ] as const)('$lang, "$text" at "what went wrong?": a person asked for, and no first-or-unhappy question', async ({ lang, text, staff }) => {
    const r = router();
    await r.say(lang === 'en' ? 'hello' : 'helo');
    await r.say(lang === 'en' ? 'English' : 'Cymraeg');
    const reply = (await r.say(text)).text;
    expect(reply).toMatch(staff);
    expect(reply).not.toMatch(/first time you've told us|tro cyntaf/);
    expect(r.handoffs().map((h) => h.reason)).toEqual(['asked']);
  });

  it.each([
    { lang: 'en', start: TO_WHERE.en, text: 'the kitchen and I want to speak to a person', again: WHERE.en },
    { lang: 'cy', start: TO_WHERE.cy, text: "y gegin, a dw i isio siarad efo rhywun", again: WHERE.cy },
  ] as const)('$lang, "$text" at "where?" is the interruption: a person, then the question again', async ({ start, text, again }) => {
    const r = router();
    for (const m of start) await r.say(m);
    const reply = (await r.say(text)).text;
    expect(r.handoffs().map((h) => h.reason)).toEqual(['asked']);
    expect(reply.split('\n').at(-1)).toMatch(again);
  });

  it('as a first message: a person, in the language it asks in, with no intake started', async () => {
    const r = router();
    const reply = (await r.say('My boiler is broken and I want to speak to a person')).text;
    expect(reply).toMatch(/member of staff/);
    expect(reply).not.toMatch(/first time you've told us|Where is the problem/);
    expect(r.handoffs().map((h) => h.reason)).toEqual(['asked']);
  });

  it('with an emergency in it: the instructions first, and one request for a person', async () => {
    const r = router();
    for (const m of TO_WHERE.en) await r.say(m);
    const reply = (await r.say('I can smell gas in the kitchen and I want to speak to a person')).text;
    expect(reply).toMatch(GAS.en);
    expect(reply.indexOf('0800 111 999')).toBeLessThan(reply.indexOf('member of staff'));
    expect(r.handoffs()).toHaveLength(1);
  });

  it.each([
    'My boiler is broken and I don\'t want to speak to a person, just get it fixed',
    'I asked to speak to someone and nobody came back to me for weeks',
    'The person who came was rude and did not fix the leak in the kitchen',
  ])('"%s" is no request for a person', async (text) => {
    const r = router();
    await r.say('hello');
    await r.say('English');
    await r.say(text);
    expect(r.handoffs()).toEqual([]);
  });
});

describe('the case is marked as a first message in danger marks it, and the emergency is never stored as an answer', () => {
  it.each(['en', 'cy'] as const)('%s: gas at "where?", then the intake to the end', async (lang) => {
    const r = router();
    const walk =
      lang === 'en'
        ? ['hello', 'English', 'The boiler has been broken for weeks and nobody came', 'I can smell gas in the kitchen now', 'Flat 3, 12 Park Road', 'since last month', 'no', 'cold', 'no', '1', 'none', "I'm the resident", 'anonymous']
        : ['helo', 'Cymraeg', "Mae'r boeler wedi torri ers wythnosau a does neb wedi dod", 'Mae arogl nwy yn y gegin', 'Fflat 3, 12 Heol y Parc', 'ers mis diwethaf', 'naddo', 'oer', 'nac oes', '1', 'dim', 'fi', 'dienw'];
    for (const m of walk) await r.say(m);
    for (let i = 0; i < 4 && !r.cases().length; i++) await r.say(lang === 'en' ? 'yes' : 'ydy');
    const [filed] = r.cases();
    expect(filed.kind).toBe('complaint');
    expect(filed.details.location).toBe(lang === 'en' ? 'Flat 3, 12 Park Road' : 'Fflat 3, 12 Heol y Parc');
    expect(filed.details.dangerConfirmed).toBe(true);
    expect(JSON.stringify(filed.details)).not.toMatch(/gas|nwy/i);
  });

  it('an emergency at the first-or-unhappy question marks the request it leads to', async () => {
    const r = router();
    for (const m of ['hello', 'English', 'The kitchen tap has been dripping since 2019', 'I can smell gas in the kitchen now', 'first time']) await r.say(m);
    expect(r.cases().map((c) => [c.kind, c.triage.dangerConfirmed])).toEqual([['service_request', true]]);
  });

  it('with no emergency, the same request is not marked', async () => {
    const r = router();
    for (const m of ['hello', 'English', 'The kitchen tap has been dripping since 2019', 'first time']) await r.say(m);
    expect(r.cases().map((c) => c.triage.dangerConfirmed)).toEqual([undefined]);
  });
});

describe('a hazard with no flag at an intake question: the danger question, then the question under way', () => {
  const DANGER = { en: /is anyone in danger, or is your home unsafe, right now\?/, cy: /ydy unrhyw un mewn perygl, neu ydy'ch cartref yn anniogel, ar hyn o bryd\?/ };
  it.each([
    { lang: 'en', text: 'Water is dripping next to the kitchen light', answer: 'yes', yes: true },
    { lang: 'en', text: 'Water is dripping next to the kitchen light', answer: 'no', yes: false },
    { lang: 'cy', text: "Dydy'r drws ffrynt ddim yn cloi", answer: 'ydy', yes: true },
    { lang: 'cy', text: "Dydy'r drws ffrynt ddim yn cloi", answer: 'nac ydy', yes: false },
  ] as const)('$lang, "$text" at "where?", answered "$answer"', async ({ lang, text, answer, yes }) => {
    const r = router();
    for (const m of TO_WHERE[lang]) await r.say(m);
    const asked = (await r.say(text)).text;
    expect(asked).toMatch(DANGER[lang]);
    expect(asked).not.toMatch(WHERE[lang]);
    const reply = (await r.say(answer)).text;
    if (yes) expect(reply).toMatch(lang === 'en' ? /call 999/ : /ffoniwch 999/);
    else expect(reply).not.toMatch(/999/);
    if (yes) expect(reply).toMatch(AGAIN[lang]);
    if (!yes) expect(reply).not.toMatch(AGAIN[lang]);
    // The yes or no answered the danger question, not "where?", which comes again.
    expect(reply.split('\n').at(-1)).toMatch(WHERE[lang]);
  });
});

describe('later questions: the flags fire, the danger question does not', () => {
  it.each([
    { text: 'I reported the leak by the fuse box in March', walk: ['hello', 'English', 'The boiler has been broken for weeks and nobody came', 'Flat 3, 12 Park Road', 'since last month', 'yes'] },
  ])('"$text" at reported details is the answer', async ({ text, walk }) => {
    const r = router();
    for (const m of walk) await r.say(m);
    const reply = (await r.say(text)).text;
    expect(reply).not.toMatch(/is anyone in danger/);
    expect(reply).not.toMatch(/999/);
  });

  it('gas at the reported-details question gets its instructions all the same', async () => {
    const r = router();
    for (const m of ['hello', 'English', 'The boiler has been broken for weeks and nobody came', 'Flat 3, 12 Park Road', 'since last month', 'yes']) await r.say(m);
    const reply = (await r.say('I can smell gas in the kitchen now')).text;
    expect(reply).toMatch(GAS.en);
    expect(reply).toMatch(AGAIN.en);
  });
});
