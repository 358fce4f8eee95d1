import { describe, expect, it } from 'vitest';
import { all, chat, type Chat, sqliteOf } from '../bot/harness';
import { whenInDescription } from '../../dialogs/parse/when-answer';
import { reportedInDescription } from '../../dialogs/parse/report-details';
import { complaintAboutOtherBody } from '../../dialogs/parse/other-body';
import { addressInDescription } from '../../dialogs/parse/danger-answer';

/** Faults found trying the bot as residents would, over HTTP and on the page (eleventh session). */

const WHERE = { en: /Where is the problem\?/, cy: /Ble mae'r broblem\?/ };
const ANYTHING_ELSE = { en: /anything else you'd like help with today/, cy: /Oes unrhyw beth arall y galla i eich helpu chi gydag e heddiw/ };

describe('a person at risk with nothing wrong in the home is not asked for a repair location', () => {
  const rows = [
    { lang: 'en', start: ['hello', 'English'], text: 'I want to end it all' },
    { lang: 'cy', start: ['helo', 'Cymraeg'], text: 'dw i isio marw' },
    { lang: 'en', start: [], text: 'I want to end it all, nothing matters anymore' },
    { lang: 'cy', start: [], text: 'dw i isio marw' },
  ] as const;

  it.each(rows)('$lang, "$text" after $start: 999, the crisis line, a person, then "anything else?", and no intake question', async ({ lang, start, text }) => {
    const c = chat();
    for (const m of start) await c.say(m);
    const replies = await c.say(text);
    const reply = all(replies);
    expect(reply).toMatch(lang === 'en' ? /call 999/ : /ffoniwch 999/);
    expect(reply).toMatch(/116 123/);
    expect(reply).toMatch(lang === 'en' ? /member of staff/ : /aelod o staff/);
    expect(reply).not.toMatch(WHERE[lang]);
    expect(reply).not.toMatch(lang === 'en' ? /record this for you/ : /cofnodi hyn i chi/);
    // The question is the last thing they read, after the disclosure a first message owes.
    expect(replies.at(-1)).toMatch(ANYTHING_ELSE[lang]);
    expect(replies.every((r) => r.length <= 320)).toBe(true);
    expect((await c.core.store.handoffs.list()).map((h) => h.reason)).toEqual(['safeguarding']);
  });

  it.each([
    { lang: 'en', text: 'I want to end it all', answer: 'no', said: /That's fine\. A member of staff will join this conversation[\s\S]*116 123/ },
    { lang: 'cy', text: 'dw i isio marw', answer: 'na', said: /Mae hynny'n iawn\. Bydd aelod o staff yn ymuno[\s\S]*116 123/ },
    { lang: 'cy', text: 'dw i isio marw', answer: 'Dim diolch', said: /Mae hynny'n iawn/ },
    { lang: 'en', text: 'I want to end it all', answer: 'yes', said: /Of course\. Tell me what you'd like help with/ },
    { lang: 'cy', text: 'dw i isio marw', answer: 'ia', said: /Wrth gwrs\. Dywedwch wrtha i yn eich geiriau eich hun sut galla i helpu/ },
    { lang: 'cy', text: 'dw i isio marw', answer: 'oes', said: /Wrth gwrs/ },
  ] as const)('$lang, "$answer" to "anything else?" is respected, with no menu', async ({ lang, text, answer, said }) => {
    const c = chat();
    await c.say(lang === 'en' ? 'hello' : 'helo');
    await c.say(lang === 'en' ? 'English' : 'Cymraeg');
    await c.say(text);
    const reply = all(await c.say(answer));
    expect(reply).toMatch(said);
    expect(reply).not.toMatch(lang === 'en' ? /How can I help\?/ : /Sut galla i helpu\?/);
  });

  it.each([
    { lang: 'en', text: 'I want to end it all', next: 'yes', matter: 'The boiler has been broken for three weeks and nobody has come', to: /Where is the problem\?|When did it happen|first time/ },
    { lang: 'cy', text: 'dw i isio marw', next: 'ia', matter: "Mae'r boeler wedi torri ers tair wythnos a does neb wedi dod", to: /Ble mae'r broblem\?|Pryd ddigwyddodd|tro cyntaf/ },
    // Straight in with the matter, no yes first: taken as it comes.
    { lang: 'en', text: 'I want to end it all', next: null, matter: 'The boiler has been broken for three weeks and nobody has come', to: /Where is the problem\?|When did it happen|first time/ },
  ] as const)('$lang, after "anything else?", a matter of the home is taken on as any message', async ({ lang, text, next, matter, to }) => {
    const c = chat();
    await c.say(lang === 'en' ? 'hello' : 'helo');
    await c.say(lang === 'en' ? 'English' : 'Cymraeg');
    await c.say(text);
    if (next) await c.say(next);
    expect(all(await c.say(matter))).toMatch(to);
  });

  it('a complaint with a person at risk in it still goes on with the complaint', async () => {
    const c = chat();
    await c.say('hello');
    await c.say('English');
    const reply = all(await c.say("The mould is everywhere and nobody listens, I can't cope, I want to end it all"));
    expect(reply).toMatch(/116 123/);
    expect(reply).not.toMatch(ANYTHING_ELSE.en);
  });
});

describe('"when?" is not asked when what went wrong already says when', () => {
  const WHEN = { en: /When did it happen/, cy: /Pryd ddigwyddodd hyn/ };
  const rows = [
    { lang: 'en', text: 'The boiler has been broken since March and nobody has fixed it', noted: /noted this started in March 2026 and is still happening/, summary: /When: since March 2026, ongoing/ },
    { lang: 'en', text: 'The roof has leaked for three weeks and nobody came', noted: /noted this started about three weeks ago, around 2 November 2026, and is still happening/, summary: /When: since about 2 November 2026, ongoing/ },
    { lang: 'cy', text: "Mae'r gwres wedi torri ers mis Medi a does neb wedi dod", noted: /wedi nodi bod hyn wedi dechrau ym mis Medi 2026/, summary: /Pryd: ers mis Medi 2026, yn parhau/ },
    { lang: 'cy', text: "Syrthiodd darn o'r nenfwd ddoe a does neb wedi dod", noted: /wedi nodi dydd Sul 22 Tachwedd 2026/, summary: /Pryd: dydd Sul 22 Tachwedd 2026/ },
  ] as const;

  it.each(rows)('$lang, "$text": said back, not asked, and in the summary', async ({ lang, text, noted, summary }) => {
    const c = chat();
    await c.say(lang === 'en' ? 'hello' : 'helo');
    await c.say(lang === 'en' ? 'English' : 'Cymraeg');
    const told = all(await c.say(text));
    expect(told).toMatch(noted);
    expect(told).toMatch(WHERE[lang]);
    const next = all(await c.say(lang === 'en' ? 'the kitchen' : 'y gegin'));
    expect(next).not.toMatch(WHEN[lang]);
    // Walk to the summary: reported before (asked unless said), then the rest.
    const answers = lang === 'en'
      ? ['no', 'We are cold', 'no', '1', 'none', '1', 'Sam Jones', '07700 900123', 'English', 'any time']
      : ['naddo', "Rydyn ni'n oer", 'na', '1', 'dim', '1', 'Siân Jones', '07700 900123', 'Cymraeg', 'unrhyw bryd'];
    let last = '';
    for (const a of answers) {
      last = all(await c.say(a));
      expect(last).not.toMatch(WHEN[lang]);
      if (/Is this right\?|Ydy hyn yn gywir\?/.test(last)) break;
    }
    expect(last).toMatch(summary);
  });

  it.each([
    { text: 'The boiler has been broken since March', words: 'since March' },
    { text: "Mae'r gwres wedi torri ers mis Medi", words: 'ers mis Medi' },
    { text: 'The roof has leaked for three weeks and nobody came', words: 'for three weeks' },
    { text: 'Syrthiodd y nenfwd ddoe', words: 'ddoe' },
    { text: 'The fence was broken three years ago', words: 'three years ago' },
    // A date only of when it was reported, or a number that is no time, leaves "when?" to ask.
    { text: 'The boiler is broken and I rang them last week', words: null },
    { text: 'My boiler is 12 years old and keeps breaking down', words: null },
    { text: 'I reported the damp on 3 March and nobody came', words: null },
    { text: "Ffoniais i nhw ddoe am y lleithder", words: null },
    { text: 'Damp in the back bedroom', words: null },
  ])('"$text": the words that say when are $words', ({ text, words }) => {
    expect(whenInDescription(text, '2026-11-23')).toBe(words);
  });
});

describe('a description that says it was reported, written out or by a household', () => {
  it.each([
    { text: 'My boiler has been broken for two weeks and I have rung three times.', reported: true },
    { text: "We've phoned them about the damp and nobody came", reported: true },
    { text: 'I keep ringing and nobody answers', reported: true },
    { text: "The lift has been broken for 3 weeks, the housing officer ignored my emails", reported: true },
    { text: "Does neb wedi ateb fy e-byst am y lifft", reported: true },
    { text: 'I have not rung them yet, the damp started last week', reported: false },
  ])('"$text": reported $reported', ({ text, reported }) => {
    expect(reportedInDescription(text, '2026-11-23') !== null).toBe(reported);
  });
});

describe('a date or a yes sent straight after a service request is about that request, not the menu', () => {
  const REQUEST = { en: 'My kitchen tap is dripping, can someone come and fix it?', cy: "Mae'r ffenest yn y llofft wedi cracio, allwch chi ddod i'w thrwsio?" };
  const MENU = { en: /How can I help\?/, cy: /Sut galla i helpu\?/ };
  const events = (c: Chat, reference: string) =>
    (sqliteOf(c).db.prepare('SELECT e.type, e.data FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.reference = ? ORDER BY e.id').all(reference) as Array<{ type: string; data: string }>).map((e) => ({ type: e.type, data: JSON.parse(e.data) as unknown }));

  async function requested(lang: 'en' | 'cy'): Promise<{ c: Chat; reference: string }> {
    const c = chat();
    await c.say(lang === 'en' ? 'hello' : 'helo');
    await c.say(lang === 'en' ? 'English' : 'Cymraeg');
    const reply = all(await c.say(REQUEST[lang]));
    const reference = /CMP-\w{4}-\w{4}/.exec(reply)?.[0];
    expect(reply).toMatch(lang === 'en' ? /request for service/ : /cais am wasanaeth/);
    return { c, reference: reference! };
  }

  it.each([
    { lang: 'en', text: 'since Monday', said: /added "since Monday" to your request CMP-/ },
    { lang: 'en', text: '12/12/2026', said: /added "12\/12\/2026" to your request CMP-/ },
    { lang: 'cy', text: 'ers dydd Llun', said: /wedi ychwanegu "ers dydd Llun" at eich cais CMP-/ },
    { lang: 'cy', text: 'ddoe', said: /wedi ychwanegu "ddoe" at eich cais CMP-/ },
    { lang: 'en', text: '12/11/2026', said: /added "12\/11\/2026" to your request CMP-/ },
    { lang: 'cy', text: 'dydd Mawrth nesaf', said: /wedi ychwanegu "dydd Mawrth nesaf" at eich cais CMP-/ },
    { lang: 'en', text: 'tomorrow', said: /added "tomorrow" to your request CMP-/ },
  ] as const)('$lang, "$text": added to the request and said so', async ({ lang, text, said }) => {
    const { c, reference } = await requested(lang);
    const reply = all(await c.say(text));
    expect(reply).toMatch(said);
    expect(reply).not.toMatch(MENU[lang]);
    expect(events(c, reference)).toContainEqual({ type: 'detail_given', data: { words: text } });
    // A yes after it is still about the request.
    expect(all(await c.say(lang === 'en' ? 'yes' : 'ia'))).toMatch(/CMP-\w{4}-\w{4}/);
  });

  it.each([
    { lang: 'en', text: 'yes', said: /Your request CMP-\w{4}-\w{4} is recorded\. If there's anything else/ },
    { lang: 'en', text: 'ok thanks', said: /Your request CMP-/ },
    { lang: 'cy', text: 'ia', said: /Mae eich cais CMP-\w{4}-\w{4} wedi'i gofnodi/ },
    { lang: 'cy', text: 'diolch', said: /Mae eich cais CMP-/ },
    { lang: 'cy', text: 'yndi', said: /Mae eich cais CMP-/ },
  ] as const)('$lang, "$text": told the request is recorded, not the menu', async ({ lang, text, said }) => {
    const { c } = await requested(lang);
    const reply = all(await c.say(text));
    expect(reply).toMatch(said);
    expect(reply).not.toMatch(MENU[lang]);
  });

  // "next door" and "drws nesa" are places, not days to come (a copied day-to-come pattern read them as dates).
  it.each([
    { lang: 'en', text: 'next door', said: /added where it is to your request CMP-\w{4}-\w{4}: next door/ },
    { lang: 'cy', text: 'drws nesa', said: /ychwanegu ble mae hyn at eich cais CMP-\w{4}-\w{4}: drws nesa/ },
  ] as const)('$lang, "$text": added to the request as where, not as when', async ({ lang, text, said }) => {
    const { c } = await requested(lang);
    expect(all(await c.say(text))).toMatch(said);
  });

  it('a sentence with a date in it after a request is read as any message, not added', async () => {
    const { c, reference } = await requested('en');
    const reply = all(await c.say('The bathroom ceiling fell in on Monday and nobody has come'));
    expect(reply).not.toMatch(/added "/);
    expect(events(c, reference).map((e) => e.type)).not.toContain('detail_given');
  });
});

describe('while a person has the conversation, safety is read clause by clause and the officer sees it first', () => {
  async function taken(lang: 'en' | 'cy'): Promise<{ c: Chat; id: number }> {
    const c = chat();
    await c.say(lang === 'en' ? 'hello' : 'helo');
    await c.say(lang === 'en' ? 'English' : 'Cymraeg');
    await c.say(lang === 'en' ? 'speak to a person' : 'siarad â pherson');
    const [h] = await c.core.store.handoffs.list();
    await c.core.store.handoffs.accept(h!.id, 'person:rhian', '2026-11-23T10:01:00.000Z');
    return { c, id: h!.id };
  }
  const lastEvent = async (c: Chat, id: number) => (await c.core.store.handoffs.latestEvents(id, 1)).events[0];

  it.each([
    // A safeguarding concern with a hazard in another clause: the hazard's line too, as when the bot has it.
    { lang: 'en', text: "I'm scared of my ex who keeps turning up at night, and water is dripping next to the kitchen light", said: /You also told me about something that could make your home unsafe[\s\S]*emergency repairs line[\s\S]*Samaritans/, safety: ['safeguarding'] },
    { lang: 'cy', text: "Dw i ofn fy nghyn-bartner, a dydy'r drws ffrynt ddim yn cloi", said: /Rydych chi hefyd wedi sôn am rywbeth a allai wneud eich cartref yn anniogel[\s\S]*Samariaid/, safety: ['safeguarding'] },
    { lang: 'en', text: 'ok thanks, by the way I can smell gas in the kitchen', said: /smell gas[\s\S]*0800 111 999/, safety: ['gas'] },
    { lang: 'cy', text: "Diolch am ffonio, a ma' dŵr yn dod drwy'r golau yn y cyntedd", said: /Cadwch draw oddi wrth bethau trydanol/, safety: ['water'] },
  ] as const)('$lang, "$text": the instructions at once, and the message marked for the officer', async ({ lang, text, said, safety }) => {
    const { c, id } = await taken(lang);
    const reply = all(await c.say(text));
    expect(reply).toMatch(said);
    // The person who has it carries on, not the bot; and no second person is asked for.
    expect(reply).not.toMatch(/record this for you|cofnodi hyn i chi|Where is the problem|Ble mae'r broblem/);
    expect(await c.core.store.handoffs.list()).toHaveLength(1);
    const e = await lastEvent(c, id);
    expect(e).toMatchObject({ kind: 'resident_message', data: { text } });
    expect((e!.data as { safety: string[] }).safety).toEqual(expect.arrayContaining([...safety]));
  });

  it.each([
    { lang: 'en', start: ['hello', 'English'], crisis: 'I want to end it all', toOfficer: 'thank you for ringing', yes: 'yes', goOn: /Of course\. Tell me/ },
    { lang: 'cy', start: ['helo', 'Cymraeg'], crisis: 'dw i isio marw', toOfficer: 'diolch am ffonio', yes: 'ia', goOn: /Wrth gwrs\. Dywedwch wrtha i/ },
  ] as const)('$lang: "anything else?" asked before a person took the conversation lapses; a "$yes" after hand-back is not its answer', async ({ start, crisis, toOfficer, yes, goOn }) => {
    const c = chat();
    for (const m of start) await c.say(m);
    await c.say(crisis);
    const [h] = await c.core.store.handoffs.list();
    await c.core.store.handoffs.accept(h!.id, 'person:rhian', '2026-11-23T10:01:00.000Z');
    expect(all(await c.say(toOfficer))).toBe('');
    await c.core.store.handoffs.finish(h!.id, 'person:rhian', '2026-11-23T10:20:00.000Z', 'handed_back', {});
    expect(all(await c.say(yes))).not.toMatch(goOn);
  });

  it('an everyday message to the officer gets nothing from the bot and is not marked', async () => {
    const { c, id } = await taken('cy');
    expect(all(await c.say("Diolch, dw i'n aros"))).toBe('');
    expect((await lastEvent(c, id))!.data).toEqual({ text: "Diolch, dw i'n aros" });
  });
});

describe('told for someone else, a bare "ok" to "are you the resident?" is not taken as the resident', () => {
  it.each([
    { lang: 'en', text: "I'm writing on behalf of my mum, her bathroom has black mould and nobody has come", answer: 'ok', retry: /Are you the resident|1\. I'm the resident/ },
    { lang: 'cy', text: "Dw i'n ysgrifennu ar ran fy mam, mae llwydni du yn ei hystafell ymolchi a does neb wedi dod", answer: 'iawn', retry: /Ai chi yw'r preswylydd|preswylydd/ },
  ] as const)('$lang: "$answer" asked again, and "a relative" then taken', async ({ lang, text, answer, retry }) => {
    const c = chat();
    await c.say(lang === 'en' ? 'hello' : 'helo');
    await c.say(lang === 'en' ? 'English' : 'Cymraeg');
    await c.say(text);
    await c.say(lang === 'en' ? 'her bathroom, 4 Heol y Bryn' : 'ei hystafell ymolchi, 4 Heol y Bryn');
    // Reported before and when are answered or asked; walk to the representative question.
    let reply = '';
    for (const a of lang === 'en' ? ['last month', 'no'] : ['mis diwethaf', 'naddo']) {
      reply = all(await c.say(a));
      if (/Are you the resident|preswylydd/.test(reply)) break;
    }
    expect(reply).toMatch(retry);
    const again = all(await c.say(answer));
    expect(again).toMatch(retry);
    expect(again).not.toMatch(/How has this affected you and your household|Sut mae hyn wedi effeithio arnoch chi a'ch cartref/);
    expect(all(await c.say(lang === 'en' ? 'a relative' : 'perthynas'))).toMatch(/resident|preswylydd/);
  });
});

describe("neighbours and noise are the landlord's to hear, whoever else did not help", () => {
  it.each([
    ["I want to complain about my neighbour's noise, the police won't help either", null],
    ['Complaint: anti-social behaviour from next door, the police do nothing', null],
    ["Dw i isio cwyno am sŵn y cymdogion, dydy'r heddlu ddim yn helpu", null],
    // Still signposted: the police's own service, with nothing of the landlord.
    ['How do I complain about the police?', 'police'],
    ["Dw i'n anhapus efo'r heddlu", 'police'],
  ])('%s → %s', (text, body) => {
    expect(complaintAboutOtherBody(text)).toBe(body);
  });

  it('the noise complaint goes on to the intake, not "I haven\'t recorded anything"', async () => {
    const c = chat();
    await c.say('hello');
    await c.say('English');
    const reply = all(await c.say("I want to complain about my neighbour's noise, the police won't help either"));
    expect(reply).not.toMatch(/complaint about the police|haven't recorded anything/);
  });
});

describe('out of hours, a first message from a person at risk ends with the call back question', () => {
  it.each([
    { text: 'I want to end it all', callback: /Would you like us to call you back\?/ },
    { text: 'dw i isio marw', callback: /Hoffech chi i ni eich ffonio chi'n ôl\?/ },
  ])('"$text"', async ({ text, callback }) => {
    const c = chat({}, '2026-11-28T11:00:00Z');
    const replies = await c.say(text);
    expect(all(replies)).toMatch(/116 123/);
    expect(all(replies)).toMatch(/automated assistant|Cynorthwyydd awtomatig/);
    expect(replies.at(-1)).toMatch(callback);
    expect(all(replies)).not.toMatch(ANYTHING_ELSE.en);
  });
});

describe('"I\'m her son" at "what\'s your name?" is asked again, not filed as the name "her son"', () => {
  it.each([
    { lang: 'en', text: "I'm writing on behalf of my mum, her bathroom has black mould and nobody has come", steps: ['her bathroom, 4 Heol y Bryn', 'last month', 'no', 'a relative', "She can't sleep", 'no', '1', 'none'], said: "I'm her son", name: 'Dafydd Evans', again: /what's your own name/ },
    { lang: 'cy', text: "Dw i'n ysgrifennu ar ran fy mam, mae llwydni du yn ei hystafell ymolchi a does neb wedi dod", steps: ['ei hystafell ymolchi, 4 Heol y Bryn', 'mis diwethaf', 'naddo', 'perthynas', 'Dydy hi ddim yn cysgu', 'nac oes', '1', 'dim'], said: 'Fi yw ei mab', name: 'Dafydd Evans', again: /beth yw eich enw chi/ },
  ] as const)('$lang: "$said"', async ({ lang, text, steps, said, name, again }) => {
    const c = chat();
    await c.say(lang === 'en' ? 'hello' : 'helo');
    await c.say(lang === 'en' ? 'English' : 'Cymraeg');
    await c.say(text);
    let reply = '';
    for (const s of steps) {
      reply = all(await c.say(s));
      if (/What's your name|Beth yw eich enw/.test(reply)) break;
    }
    expect(reply).toMatch(/What's your name|Beth yw eich enw/);
    expect(all(await c.say(said))).toMatch(again);
    // The name given next is taken, and the intake goes on to how to reach them.
    expect(all(await c.say(name))).toMatch(/How can we contact you|Sut gallwn ni gysylltu â chi/);
  });
});

describe('everything in one long first message: where they live is not asked again', () => {
  it.each([
    ["Hi, I'm writing on behalf of my mum who lives at 4 Heol y Bryn. Her bathroom has had black mould for two years", '4 Heol y Bryn'],
    ["Dw i'n byw yn Fflat 3, Tŷ Gwyn, Heol Fawr a does dim gwres ers wythnos", 'Fflat 3, Tŷ Gwyn, Heol Fawr'],
    // Said back and recorded as the name is written, not as "yn" mutated it.
    ["Dw i'n byw yng Nghwrt y Parc, 4 ac mae'n oer", 'Cwrt y Parc, 4'],
    ["dw i'n byw yn Nhŷ Gwyn, Heol Fawr a does dim gwres", 'Tŷ Gwyn, Heol Fawr'],
    ["dw i'n byw yng Nglan y Môr 3, Heol Fawr", 'Glan y Môr 3, Heol Fawr'],
    ['My address is 12 Park Road, CF10 1AA. The boiler has been broken for a week', '12 Park Road, CF10 1AA'],
    // An address in passing is not where they live: "where?" still asks.
    ['The lift at Park Court has been broken for 3 weeks', null],
    ["I live at the end of the road and the streetlight outside is broken", null],
    ['Mae\'r tap yn y gegin yn gollwng', null],
  ])('%s → %s', (text, address) => {
    expect(addressInDescription(text)).toBe(address);
  });

  it.each([
    { lang: 'en', channel: 'facebook', text: "Hi, I'm writing on behalf of my mum who lives at 4 Heol y Bryn. Her bathroom has had black mould for two years, she's 84 and has asthma, she reported it three times and nobody came", noted: /noted the address you gave: 4 Heol y Bryn/, where: /Where is the problem\?/ },
    { lang: 'cy', channel: 'sms', text: "Dw i'n byw yn Fflat 3, Tŷ Gwyn, Heol Fawr a does dim gwres ers wythnos, dw i wedi ffonio dair gwaith a neb wedi dod", noted: /wedi nodi'r cyfeiriad a roesoch chi: Fflat 3, Tŷ Gwyn, Heol Fawr/, where: /Ble mae'r broblem\?/ },
  ] as const)('$lang, a first message on $channel: the address noted, "where?" not asked', async ({ text, noted, where, channel }) => {
    const c = chat();
    const reply = all(await c.say(text, { channelId: channel }));
    expect(reply).toMatch(noted);
    expect(reply).not.toMatch(where);
  });
});
