import { describe, expect, it } from 'vitest';
import { router } from './router';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { createClassifier } from '../../src/triage/classify';
import { readFirstOrUnhappy } from '../../dialogs/parse/first-or-unhappy';
import { wantsOmbudsman } from '../../dialogs/parse/ombudsman-wish';
import { complaintAboutOtherBody } from '../../dialogs/parse/other-body';

const MESSAGE = { en: 'The kitchen tap has been dripping since 2019', cy: 'Mae tap y gegin wedi bod yn diferu ers 2019' };
const QUESTION = { en: /first time you've told us about this, or are you unhappy with how we've dealt with it so far\?/, cy: /Ai dyma'r tro cyntaf i chi ddweud wrthon ni am hyn, neu ydych chi'n anhapus/ };
const SERVICE_REQUEST = { en: /recorded this as a request for/, cy: /cofnodi hyn fel cais am wasanaeth/ };
const BESIDE = { en: /carries on as a service request/, cy: /parhau fel cais am wasanaeth/ };
const INTAKE_NEXT = { en: /Where is the problem/, cy: /Ble mae'r broblem/ };
const OFFER = { en: /make a complaint/i, cy: /wneud cwyn/i };

describe('the clarifying question: a first report, or unhappy with how it has been dealt with', () => {
  const rows: Array<{ lang: 'en' | 'cy'; answer: string | { tap: string }; then: 'first' | 'unhappy' }> = [
    { lang: 'en', answer: { tap: 'clarify.first' }, then: 'first' },
    { lang: 'en', answer: { tap: 'clarify.unhappy' }, then: 'unhappy' },
    { lang: 'en', answer: '1', then: 'first' },
    { lang: 'en', answer: "It's the first time", then: 'first' },
    { lang: 'en', answer: "No, it's not the first time, I've told you loads of times", then: 'unhappy' },
    { lang: 'cy', answer: { tap: 'clarify.unhappy' }, then: 'unhappy' },
    { lang: 'cy', answer: '2', then: 'unhappy' },
    { lang: 'cy', answer: "Y tro cynta'", then: 'first' },
    { lang: 'cy', answer: "Dw i'n anhapus efo sut mae wedi cael ei drin", then: 'unhappy' },
    { lang: 'cy', answer: "Nid y tro cyntaf, dw i di ffonio sawl gwaith", then: 'unhappy' },
  ];
  it.each(rows)('$lang: $answer → $then', async ({ lang, answer, then }) => {
    const r = router();
    const asked = await r.say(MESSAGE[lang]);
    expect(asked.text).toMatch(QUESTION[lang]);
    expect(asked.buttons).toEqual(['{"choice":"clarify.first"}', '{"choice":"clarify.unhappy"}']);
    expect(r.kinds()).toEqual([]);
    // Web Chat's messageBack: the label as text, the value beside it (a reworded label still routes).
    const reply = typeof answer === 'string' ? await r.say(answer) : await r.say('a label the locale no longer has', { value: { choice: answer.tap } });
    if (then === 'first') {
      expect(reply.text).toMatch(SERVICE_REQUEST[lang]);
      expect(reply.text).not.toMatch(INTAKE_NEXT[lang]);
      expect(r.kinds()).toEqual(['service_request']);
    } else {
      expect(reply.text).toMatch(BESIDE[lang]);
      expect(reply.text).toMatch(INTAKE_NEXT[lang]);
      expect(r.kinds()).toEqual(['service_request']);
    }
  });

  it('is never asked twice in a conversation', async () => {
    const r = router();
    expect((await r.say(MESSAGE.en)).text).toMatch(QUESTION.en);
    expect((await r.say('first time')).text).toMatch(SERVICE_REQUEST.en);
    const again = await r.say('The bathroom extractor fan keeps breaking');
    expect(again.text).not.toMatch(QUESTION.en);
    expect(r.kinds()).toHaveLength(2);
  });

  // Which way the model leans on the message moves as corpora join training; the rule does not:
  // the first reading stands (a complaint stays one; a request is recorded, a complaint offered).
  it.each(['en', 'cy'] as const)('%s: leaves the first reading standing when the answer says neither', async (lang) => {
    const first = createClassifier().classify(MESSAGE[lang], createProfileRegistry().get(DEFAULT_POLICY), {}, { today: '2026-11-23' });
    expect(first.clarify).toBe('first_or_unhappy');
    const r = router();
    expect((await r.say(MESSAGE[lang])).text).toMatch(QUESTION[lang]);
    const reply = await r.say('purple');
    if (first.kind === 'complaint') {
      expect(reply.text).toMatch(INTAKE_NEXT[lang]);
      expect(reply.text).not.toMatch(SERVICE_REQUEST[lang]);
      expect(r.kinds()).toEqual([]);
    } else {
      expect(first.kind).toBe('service_request');
      expect(reply.text).toMatch(SERVICE_REQUEST[lang]);
      expect(reply.text).toMatch(OFFER[lang]);
      expect(r.kinds()).toEqual(['service_request']);
    }
  });

  it('records a request and offers a complaint when a request-leaning message gets an answer that says neither', async () => {
    // A message the shipped weights read as a service request and ask about: checked first, so a
    // retrain that moves it says so here rather than as a wrong reply.
    const first = 'The bathroom extractor fan keeps breaking';
    expect(createClassifier().classify(first, createProfileRegistry().get(DEFAULT_POLICY), {}, { today: '2026-11-23' })).toMatchObject({ kind: 'service_request', clarify: 'first_or_unhappy' });
    const r = router();
    expect((await r.say(first)).text).toMatch(QUESTION.en);
    const reply = await r.say('purple');
    expect(reply.text).toMatch(SERVICE_REQUEST.en);
    expect(reply.text).toMatch(OFFER.en);
    expect(r.kinds()).toEqual(['service_request']);
  });
});

describe('reading the answer in words', () => {
  it.each([
    ['first time', 'clarify.first'],
    ['the first time, yes', 'clarify.first'],
    ["it's new", 'clarify.first'],
    ['not the first time', 'clarify.unhappy'],
    ["I'm not happy with how it's been dealt with", 'clarify.unhappy'],
    ["I've reported it before", 'clarify.unhappy'],
    ['y tro cyntaf', 'clarify.first'],
    ["dyma'r tro cynta", 'clarify.first'],
    ['dw i ddim yn hapus', 'clarify.unhappy'],
    ["dw i wedi dweud o'r blaen", 'clarify.unhappy'],
    ['nid y tro cyntaf', 'clarify.unhappy'],
    ['banana', null],
  ])('%s → %s', (text, value) => {
    expect(readFirstOrUnhappy(text)).toBe(value);
  });
});

describe('a wish for the Ombudsman is answered with how and when', () => {
  it.each([
    { say: 'I want the Ombudsman to look at this', how: /ask the Housing Ombudsman Service to look at your complaint: 0300 111 3000[\s\S]*12 months from the landlord's final response[\s\S]*has to finish first/ },
    { say: "Dw i isio mynd at yr Ombwdsmon", how: /ofyn i'r Ombwdsmon, sef [^,]+, edrych ar eich cwyn[\s\S]*mae deuddeg mis gennych chi i fynd ato, gan gyfrif o ymateb terfynol y landlord[\s\S]*rhaid i honno orffen yn gyntaf/ },
  ])('$say', async ({ say, how }) => {
    const r = router();
    const reply = await r.say(say);
    expect(reply.text).toMatch(how);
    expect(r.kinds()).toEqual([]);
  });

  it.each([
    ['I want the Ombudsman to look at this', true],
    ['How do I contact the ombudsman?', true],
    ["Dw i isio mynd at yr Ombwdsmon", true],
    ['Hoffwn i gysylltu â’r Ombwdsmon', true],
    ['The Ombudsman is already investigating my complaint', false],
    ['My boiler is broken', false],
  ])('%s → %s', (text, wish) => {
    expect(wantsOmbudsman(text)).toBe(wish);
  });
});

// Found trying the bot: who pays for belongings a leak ruined is the insurers' (an exclusion), but
// the leak never fixed is the landlord's: the complaint is offered beside it (triage.md's cardinal rule).
describe('an exclusion with a failure in it offers the complaint beside it', () => {
  it.each([
    { say: 'who is going to pay for my carpet thats ruined from the leak you lot never fixed??', insurers: /insurers/, offer: /sound unhappy with something the landlord did[\s\S]*make a complaint about that part/ },
    { say: 'pwy sy am dalu am y carped gafodd ei ddifetha gan y gollyngiad wnaethoch chi byth ei drwsio?', insurers: /yswirwyr/, offer: /anhapus â rhywbeth wnaeth y landlord[\s\S]*wneud cwyn am y rhan honno/ },
  ])('$say', async ({ say, insurers, offer }) => {
    const r = router();
    const reply = (await r.say(say)).text;
    expect(reply).toMatch(insurers);
    expect(reply).toMatch(offer);
  });

  it('does not offer one for a plain claim', async () => {
    const r = router();
    const reply = (await r.say('I want to claim on your insurance for my carpet')).text;
    expect(reply).toMatch(/insurers/);
    expect(reply).not.toMatch(/make a complaint about that part/);
  });
});

describe('a complaint about a GP, the police or the council’s own services is signposted, not filed', () => {
  it.each([
    { say: 'I want to complain about my GP surgery, they never call back', expect: /complaint about the GP surgery[\s\S]*practice manager[\s\S]*integrated care board[\s\S]*haven't recorded anything/ },
    { say: 'How do I complain about the police?', expect: /complaint about the police[\s\S]*101/ },
    { say: 'Dw i eisiau cwyno am fy meddygfa', expect: /cwyn am y feddygfa[\s\S]*reolwr y practis[\s\S]*ddim wedi cofnodi unrhyw beth/ },
    { say: "Dw i ddim yn hapus efo'r cyngor, dydyn nhw byth yn casglu'r biniau", expect: /un o wasanaethau'r cyngor[\s\S]*gov\.uk\/find-local-council/ },
    // Found trying the bot: read as an exclusion ("a separate process") and then offered a complaint against the landlord.
    { say: "sut dw i'n cwyno am y cyngor sir, ma nhw wedi gwrthod fy nghais am fathodyn glas", expect: /un o wasanaethau'r cyngor[\s\S]*gov\.uk\/find-local-council/ },
  ])('$say', async ({ say, expect: wanted }) => {
    const r = router();
    const reply = (await r.say(say)).text;
    expect(reply).toMatch(wanted);
    expect(r.kinds()).toEqual([]);
  });

  it.each([
    ['I want to complain about my GP surgery', 'gp'],
    ['My GP says the damp is making my asthma worse', null],
    ['I want to complain: the repairs team ignored the letter from my GP', null],
    ["Dw i'n anhapus efo'r heddlu", 'police'],
    ['The council tax office is useless, I want to complain', 'council'],
    ['I want to complain about the mould', null],
    ['How do I complain about the council turning down my blue badge?', 'council'],
    ['The council social worker never came back to me, I want to complain', 'council'],
    ['I want to complain that the housing officer ignored my blue badge', null],
  ])('%s → %s', (text, body) => {
    expect(complaintAboutOtherBody(text)).toBe(body);
  });
});

// The usual path: a hello, the language, then "what has gone wrong?". The intake's first answer
// is read as a first message is (dialogs/main/triage-routes.ts, readDescription).
describe('the same after a hello, at the intake’s first question', () => {
  const start = async (lang: 'en' | 'cy') => {
    const r = router();
    await r.say(lang === 'en' ? 'hello' : 'Helo');
    expect((await r.say(lang === 'en' ? 'English' : 'Cymraeg')).text).toMatch(lang === 'en' ? /What has gone wrong/ : /Beth sydd wedi mynd o'i le/);
    return r;
  };

  it.each(['en', 'cy'] as const)('%s: asks the clarifying question, and routes on the answer', async (lang) => {
    const r = await start(lang);
    const asked = await r.say(MESSAGE[lang]);
    expect(asked.text).toMatch(QUESTION[lang]);
    expect(asked.text).not.toMatch(SERVICE_REQUEST[lang]);
    expect(r.kinds()).toEqual([]);
    const reply = await r.say(lang === 'en' ? 'not the first time' : "Nid y tro cyntaf, dw i di ffonio sawl gwaith");
    expect(reply.text).toMatch(BESIDE[lang]);
    expect(reply.text).toMatch(INTAKE_NEXT[lang]);
    expect(r.kinds()).toEqual(['service_request']);
  });

  it('does not ask someone who said they want to complain', async () => {
    const r = router();
    expect((await r.say('I want to make a complaint')).text).toMatch(/What has gone wrong/);
    const reply = await r.say(MESSAGE.en);
    expect(reply.text).not.toMatch(QUESTION.en);
    expect(reply.text).toMatch(INTAKE_NEXT.en);
  });

  it.each([
    { lang: 'en' as const, say: 'I want the Ombudsman to look at this', wanted: /ask the Housing Ombudsman Service to look at your complaint[\s\S]*has to finish first/ },
    { lang: 'cy' as const, say: 'Dw i eisiau cwyno am fy meddygfa', wanted: /cwyn am y feddygfa[\s\S]*ddim wedi cofnodi unrhyw beth/ },
    { lang: 'en' as const, say: 'How do I complain about the police?', wanted: /complaint about the police/ },
  ])('$lang: $say is answered as a first message is, and nothing is filed', async ({ lang, say, wanted }) => {
    const r = await start(lang);
    const reply = await r.say(say);
    expect(reply.text).toMatch(wanted);
    expect(reply.text).not.toMatch(INTAKE_NEXT[lang]);
    expect(r.kinds()).toEqual([]);
  });
});
