import { describe, expect, it } from 'vitest';
import { addressInDangerAnswer } from '../../dialogs/parse/danger-answer';
import { router } from './router';

const QUESTION = { en: /is anyone in danger, or is your home unsafe, right now\?/, cy: /ydy unrhyw un mewn perygl, neu ydy'ch cartref yn anniogel/ };
const WHERE = { en: /Where is the problem\?/, cy: /Ble mae'r broblem\?/ };
const NOTED = { en: /I've noted the address you gave: (.+)\. You won't need to give it again\./, cy: /Rydw i wedi nodi'r cyfeiriad: (.+)\. Fydd dim rhaid i chi ei roi eto\./ };
const HOME = { en: 'Water is dripping next to the kitchen light', cy: "Dydy'r drws ffrynt ddim yn cloi" };

describe('an address in the answer to the danger question', () => {
  it.each([
    ["Yes my kids are here, it's 14 Oak Road Cardiff CF5 2AB", '14 Oak Road Cardiff CF5 2AB'],
    ['yes, flat 3 Tŷ Gwyn, Heol Fawr', 'flat 3 Tŷ Gwyn, Heol Fawr'],
    ["Yes, we're at 22 Maes y Deri", '22 Maes y Deri'],
    ['no. The address is 7 Church Lane, LL57 2DG', '7 Church Lane, LL57 2DG'],
    ['ydy, fflat 3 Tŷ Gwyn, Heol Fawr', 'fflat 3 Tŷ Gwyn, Heol Fawr'],
    ['oes, dan ni yn 5 Heol y Bryn', '5 Heol y Bryn'],
    ["Nac ydy. Fy nghyfeiriad i yw 12 Stryd y Castell, Caernarfon", '12 Stryd y Castell, Caernarfon'],
    ['yes', null],
    ['nac ydy', null],
    // Where someone is in the home, or how many are there, is not an address.
    ['yes my son is in the bedroom', null],
    ['yes, 2 kids in the house', null],
    ['mae fy mhlant yn y gegin', null],
  ])('%s', (answer, address) => {
    expect(addressInDangerAnswer(answer)).toBe(address);
  });
});

describe('the address is kept, not asked again', () => {
  it.each([
    { lang: 'en', answer: 'yes, flat 3 Tŷ Gwyn, Heol Fawr', address: 'flat 3 Tŷ Gwyn, Heol Fawr' },
    { lang: 'en', answer: 'no, but it is 14 Oak Road, CF5 2AB', address: '14 Oak Road, CF5 2AB' },
    { lang: 'cy', answer: 'ydy, dan ni yn 5 Heol y Bryn', address: '5 Heol y Bryn' },
    { lang: 'cy', answer: 'nac ydy, fflat 2, Cwrt y Parc', address: 'fflat 2, Cwrt y Parc' },
  ] as const)('$lang "$answer": the request filed records it', async ({ lang, answer, address }) => {
    const r = router();
    expect((await r.say(HOME[lang])).text).toMatch(QUESTION[lang]);
    let reply = await r.say(answer);
    // Where triage also asks "first time, or unhappy?", a first report.
    if (/first time you've told us|Ai dyma'r tro cyntaf/.test(reply.text)) reply = await r.say(lang === 'en' ? 'first time' : 'y tro cyntaf');
    expect(r.cases().map((c) => [c.kind, c.details.location])).toEqual([['service_request', address]]);
  });

  it.each([
    { lang: 'en', complain: 'I want to make a complaint', answer: "Yes my kids are here, it's 14 Oak Road Cardiff CF5 2AB", address: '14 Oak Road Cardiff CF5 2AB' },
    { lang: 'cy', complain: 'Dw i isio gwneud cwyn', answer: 'ydy, fflat 3 Tŷ Gwyn, Heol Fawr', address: 'fflat 3 Tŷ Gwyn, Heol Fawr' },
  ] as const)('$lang: a complaint goes on without "where?", and the summary shows the address', async ({ lang, complain, answer, address }) => {
    const r = router();
    await r.say(complain);
    expect((await r.say(HOME[lang])).text).toMatch(QUESTION[lang]);
    const reply = await r.say(answer);
    expect(reply.text.match(NOTED[lang])?.[1]).toBe(address);
    expect(reply.text).not.toMatch(WHERE[lang]);
    // The next question is "when?", and the address is in the summary at the end.
    const answers = lang === 'en'
      ? ['last week', 'no', 'we cannot use the kitchen', 'no', 'fix it', 'none', "I'm the resident", 'Sam Jones', '07700 900123', 'English', 'any time']
      : ['wythnos diwethaf', 'naddo', "allwn ni ddim cloi'r tŷ", 'nac oes', 'ei drwsio', 'dim', 'fi yw’r preswylydd', 'Sam Jones', '07700 900123', 'Cymraeg', 'unrhyw bryd'];
    let text = '';
    for (const a of answers) {
      const step = await r.say(a);
      expect(step.text).not.toMatch(WHERE[lang]);
      text = step.text;
    }
    expect(text).toContain(address);
  });

  it('a later matter in the same conversation is asked where it is', async () => {
    const r = router();
    await r.say(HOME.en);
    await r.say('yes, flat 3 Tŷ Gwyn, Heol Fawr');
    await r.say('help');
    const next = await r.say('The lift at Park Court has been broken for a month and nobody has come despite my calls');
    expect(next.text).toMatch(WHERE.en);
  });

  it('a person asked for by the answer gets the address in the handover', async () => {
    const r = router();
    expect((await r.say('My son got hurt on the broken step outside')).text).toMatch(QUESTION.en);
    await r.say("yes, we're at 14 Oak Road, CF5 2AB");
    const handoffs = r.handoffs();
    expect(handoffs.map((h) => h.reason)).toEqual(['safeguarding']);
    expect(handoffs[0].context.caseDraft).toEqual({ location: '14 Oak Road, CF5 2AB' });
  });
});
