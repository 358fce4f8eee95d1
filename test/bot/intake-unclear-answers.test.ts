import { describe, expect, it } from 'vitest';
import { all, chat, sayInTurn } from './harness';

/**
 * Answers to another question, at "where is the problem?" and "how has this affected your
 * household?": asked once more, then taken as written (nobody is trapped). Both languages.
 */
const LANGS = {
  en: {
    opening: ['hello', 'English', 'The boiler keeps breaking and nobody has come to fix it'],
    where: /^Where is the problem\?/,
    whereAgain: /not sure where that is[\s\S]*"the whole house"[\s\S]*postcode/,
    when: /When did it happen/,
    toImpact: ['Flat 3, 12 Park Road', '3 weeks ago', 'no'],
    toSummary: ['No hot water', 'no', '1', 'none', "I'm the resident", 'Sam Jones', 'sam@example.com', 'English'],
    summaryWhere: /Where: Cwyn eto/,
    impact: /How has this affected you/,
    impactAgain: /how it has affected you or the people you live with\? For example your health/,
    court: /court claim/,
    help: 'help',
    helpReply: /start again/,
    cancel: 'cancel',
    cancelled: /Nothing has been sent/,
  },
  cy: {
    opening: ['Shwmae', 'Cymraeg', "Ma'r boeler wedi torri eto a does neb wedi dod i'w drwsio"],
    where: /^Ble mae'r broblem\?/,
    whereAgain: /dydw i ddim yn siŵr ble mae hynny[\s\S]*"y tŷ i gyd"[\s\S]*cod post/,
    when: /Pryd ddigwyddodd hyn/,
    toImpact: ['Fflat 2, 5 Heol y Castell', '3 mis yn ôl', 'naddo'],
    toSummary: ['Dim dŵr poeth', 'nac oes', '1', 'dim', 'fi', 'Siân Owen', 'sian@enghraifft.cymru', 'Cymraeg'],
    summaryWhere: /Ble: Cwyn eto/,
    impact: /Sut mae hyn wedi effeithio arnoch chi/,
    impactAgain: /sut mae hyn wedi effeithio arnoch chi neu ar y bobl rydych chi'n byw gyda nhw\? Er enghraifft ar eich iechyd/,
    court: /hawliad llys/,
    help: 'cymorth',
    helpReply: /dechrau eto/,
    cancel: 'canslo',
    cancelled: /Does dim byd wedi'i anfon/,
  },
} as const;

describe.each(Object.entries(LANGS))('%s: an answer that is not a place, or a bare yes at the household question', (lang, L) => {
  const notPlaces = lang === 'cy' ? ['Cwyn', 'helpwch fi plis ma hyn yn ofnadwy', 'ie'] : ['Cwyn', 'can you help me', 'yes'];
  const places = lang === 'cy' ? ['y gegin', 'llofft', 'y grisiau', 'yn yr ardd', 'fflat 3, Tŷ Gwyn', 'y tŷ i gyd'] : ['the kitchen', 'upstairs', 'the whole house', 'communal stairs', 'CF10 1AA'];

  it.each(notPlaces)('asks once more, with examples, when the place is %j, and takes the second answer as written', async (answer) => {
    const c = chat();
    expect(await sayInTurn(c, ...L.opening)).toMatch(L.where);
    const again = await c.say(answer);
    expect(again).toHaveLength(1);
    expect(all(again)).toMatch(L.whereAgain);
    // A second unclear answer is kept as written: the resident is never trapped.
    expect(all(await c.say('Cwyn eto'))).toMatch(L.when);
    expect(await sayInTurn(c, ...L.toImpact.slice(1), ...L.toSummary)).toMatch(L.summaryWhere);
  });

  it.each(places)('takes %j as the place at once', async (answer) => {
    const c = chat();
    await sayInTurn(c, ...L.opening);
    expect(all(await c.say(answer))).toMatch(L.when);
  });

  it('keeps help and cancel working while asking again for the place', async () => {
    const c = chat();
    await sayInTurn(c, ...L.opening);
    expect(all(await c.say('Cwyn'))).toMatch(L.whereAgain);
    const help = all(await c.say(L.help));
    expect(help).toMatch(L.helpReply);
    expect(help).toMatch(lang === 'cy' ? /Ble mae'r broblem/ : /Where is the problem/);
    expect(all(await c.say('the kitchen'))).toMatch(L.when);
    expect(all(await c.say(L.cancel))).toMatch(L.cancelled);
  });

  it('keeps a person and a language switch working while asking again for the place', async () => {
    const c = chat();
    await sayInTurn(c, ...L.opening);
    expect(all(await c.say('Cwyn'))).toMatch(L.whereAgain);
    expect(all(await c.say(lang === 'cy' ? 'siarad â pherson' : 'speak to a person'))).toMatch(lang === 'cy' ? /aelod o staff[\s\S]*Ble mae'r broblem/ : /member of staff[\s\S]*Where is the problem/);
    const other = all(await c.say(lang === 'cy' ? 'English' : 'Cymraeg'));
    expect(other).toMatch(lang === 'cy' ? /Where is the problem/ : /Ble mae'r broblem/);
    expect(all(await c.say(lang === 'cy' ? 'the landing' : 'y landin'))).toMatch(lang === 'cy' ? /When did it happen/ : /Pryd ddigwyddodd hyn/);
  });

  const bare = lang === 'cy' ? ['do', 'ydy', 'iawn', 'na', 'ok'] : ['yes', 'ok', 'no', 'yep thanks'];
  it.each(bare)('asks what the effect was once after a bare %j, then takes the answer', async (answer) => {
    const c = chat();
    await sayInTurn(c, ...L.opening);
    expect(await sayInTurn(c, ...L.toImpact)).toMatch(L.impact);
    const again = await c.say(answer);
    expect(again).toHaveLength(1);
    expect(all(again)).toMatch(L.impactAgain);
    expect(all(await c.say(answer))).toMatch(L.court);
  });

  it('takes a real answer about the household at once', async () => {
    const c = chat();
    await sayInTurn(c, ...L.opening);
    await sayInTurn(c, ...L.toImpact);
    expect(all(await c.say(lang === 'cy' ? 'Do, mae fy mhlant yn sâl' : "Yes, the children can't sleep"))).toMatch(L.court);
  });
});

/**
 * Found trying the bot as a relative: told the landlord needs the resident's consent, then asked
 * "What's your name?", they answered the note ("yes she agreed"), which was filed as their name.
 */
describe.each([
  ['en', ['hello', 'English', 'The caretaker has been rude to my mum twice and will not clean the stairs', 'the stairs at Park Court', 'last week', 'no', 'my mum is scared to go out', 'no', '2', 'none', 'a relative'], 'yes she agreed', /Now, what's your own name\?/, 'Tom Hughes', /Name: Tom Hughes/, /How can we contact you/],
  ['cy', ['Shwmae', 'Cymraeg', "Mae'r gofalwr wedi bod yn anghwrtais efo Mam ddwywaith a dydy o ddim yn glanhau'r grisiau", 'y grisiau yng Nghwrt y Parc', 'wythnos diwetha', 'naddo', "mae Mam ofn mynd allan", 'nac oes', '2', 'dim', 'perthynas'], "ydy, mae hi'n cytuno", /Nawr, beth yw eich enw chi\?/, 'Tomos Huws', /Enw: Tomos Huws/, /Sut gallwn ni gysylltu/],
] as const)('%s: the answer to the consent note, given at the name question', (_lang, toName, consent, askedAgain, name, summaryName, contactQuestion) => {
  it('is not taken as the name: the name is asked for once more', async () => {
    const c = chat();
    await sayInTurn(c, ...toName);
    const again = all(await c.say(consent));
    expect(again).toMatch(askedAgain);
    expect(await sayInTurn(c, name, '07700 900123', toName[1] === 'English' ? 'English' : 'Cymraeg', toName[1] === 'English' ? 'evenings' : 'gyda\'r nos')).toMatch(summaryName);
  });

  it('a second such answer is kept as written: nobody is trapped', async () => {
    const c = chat();
    await sayInTurn(c, ...toName);
    await c.say(consent);
    const next = all(await c.say(consent));
    expect(next).not.toMatch(askedAgain);
    expect(next).toMatch(contactQuestion);
  });
});
