import { TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { all, chat, type Chat, fileComplaint } from '../bot/harness';
import type { CaseEventInput } from '../../src/cases/lifecycle';
import { reasonInRequest } from '../../dialogs/parse/escalation-reason';
import type { ResumeAfterHandback } from '../../src/bot/complaints-bot';
import { reportedInDescription } from '../../dialogs/parse/report-details';
import { placeOnly } from '../../dialogs/parse/place';
import { roomInDescription } from '../../dialogs/parse/room-in-description';
import { reportedSinceInDescription, whenInDescription } from '../../dialogs/parse/when-answer';

/** Faults found playing residents end to end over HTTP, in both languages and on each channel (trial17). */

async function walk(c: Chat, messages: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const m of messages) out.push(all(await c.say(m)));
  return out;
}

/** A hand-back as the delivery runs it: a proactive turn on the resident's conversation. */
async function handBack(c: Chat, resume: ResumeAfterHandback = {}): Promise<string> {
  const [open] = (await c.core.store.handoffs.list()).filter((h) => h.state === 'taken');
  await c.core.store.handoffs.finish(open!.id, 'staff:trial', '2026-11-23T10:20:00.000Z', 'handed_back', { note: null, resume });
  c.adapter.activeQueue.splice(0);
  const ref = c.adapter.conversation;
  const context = new TurnContext(c.adapter, { type: 'event', name: 'ContinueConversation', channelId: ref.channelId, conversation: ref.conversation, from: ref.user, recipient: ref.bot, serviceUrl: ref.serviceUrl });
  await c.core.bot.resumeAfterHandback(context, resume);
  return all(c.adapter.activeQueue.splice(0).map((a) => a.text ?? ''));
}

async function takeOver(c: Chat): Promise<void> {
  const [waiting] = (await c.core.store.handoffs.list()).filter((h) => h.state === 'waiting');
  expect((await c.core.store.handoffs.accept(waiting!.id, 'staff:trial', '2026-11-23T10:05:00.000Z')).outcome).toBe('accepted');
}

const TO_OUTCOMES = {
  en: ['English', 'The bathroom ceiling has been leaking since March and I have rung twice', 'It keeps me awake', 'no'],
  cy: ['Cymraeg', "Mae nenfwd yr ystafell ymolchi wedi bod yn gollwng ers mis Mawrth a dw i wedi ffonio ddwywaith", "Mae'n fy nghadw i'n effro", 'na'],
} as const;
const OUTCOMES_Q = { en: /What would you like to happen to put things right/, cy: /Beth hoffech chi ei weld yn digwydd i unioni pethau/ };

describe('a language chosen while a member of staff has the conversation', () => {
  it.each([
    ['en', 'Cymraeg', "Dw i isio iddyn nhw drwsio fo'n iawn", 'cy'],
    ['cy', 'English', 'I want it fixed properly', 'en'],
  ] as const)('%s: %j typed to the officer is kept, and the bot carries on in it after hand-back', async (from, word, toOfficer, to) => {
    const c = chat();
    expect((await walk(c, TO_OUTCOMES[from])).at(-1)).toMatch(OUTCOMES_Q[from]);
    await c.say(from === 'en' ? 'speak to a person' : 'siarad â pherson');
    await takeOver(c);
    // The officer has it: the bot says nothing to either message.
    expect(all(await c.say(word))).toBe('');
    expect(all(await c.say(toOfficer))).toBe('');
    const back = await handBack(c);
    expect(back).toMatch(to === 'cy' ? /Rydych chi'n siarad â'r cynorthwyydd awtomatig eto/ : /talking to the automated assistant again/);
    expect(back).toMatch(OUTCOMES_Q[to]);
    expect(back).not.toMatch(OUTCOMES_Q[from]);
  });

  it('a message in the other language without the word changes nothing: the officer may answer in it, the choice is the resident\'s', async () => {
    const c = chat();
    await walk(c, TO_OUTCOMES.en);
    await c.say('speak to a person');
    await takeOver(c);
    expect(all(await c.say("Dw i isio iddyn nhw drwsio fo'n iawn"))).toBe('');
    expect(await handBack(c)).toMatch(OUTCOMES_Q.en);
  });
});

describe("the landlord's own earlier work on it says it was reported", () => {
  it.each([
    ['en', 'The mould in the back bedroom is back for the fourth time, you keep painting over it'],
    ['en', 'The damp is back, they came out in May and just painted it'],
    ['en', 'Damp in the lounge again. It just gets painted over and comes back'],
    ['cy', "Mae'r llwydni yn y lolfa yn ôl am y pedwerydd tro, dach chi jyst yn peintio drosto fo"],
    ['cy', "Maen nhw wedi peintio drosto ddwywaith ond mae'r llwydni yn y llofft yn ôl"],
    ['cy', "Daeth y contractwr allan ym mis Mai ond mae'r to yn dal i ollwng i'r gegin"],
    ['cy', "Dw i 'di bod yn deud wrthach chi am y tamprwydd yn y llofft, does dim byd yn newid"],
    ['cy', "Dwi wedi bod yn ffono chi am y lleithder yn y stafell wely a does neb yn dod"],
    ['en', 'damp back again u just keep painting over it'],
    ['en', 'the damp is back, you lot just painted over it'],
  ] as const)('%s: %j', (_lang, text) => expect(reportedInDescription(text, '2026-11-23')).not.toBeNull());

  it.each([
    'I painted over it myself but the mould in the bedroom is back',
    'Nobody came out and the mould is back',
    'The mould is back, you never came out',
    "Ddaeth neb allan i weld y llwydni",
    "Daeth dŵr allan o'r nenfwd",
    'The water came out of the ceiling',
  ])('not reported: %j', (text) => expect(reportedInDescription(text, '2026-11-23')).toBeNull());

  it.each([
    ['en', ['English', 'The mould in the back bedroom is back for the fourth time, you keep painting over it', 'since last winter'], /When and how did you report it/, /reported this to us before/],
    ['cy', ['Cymraeg', "Mae'r llwydni yn y llofft gefn yn ôl am y pedwerydd tro, dych chi'n dal i beintio drosto fo", 'ers y gaeaf diwetha'], /Pryd a sut rhoesoch chi wybod/, /rhoi gwybod i ni am hyn o'r blaen/],
  ] as const)('%s: "have you reported this before?" is not asked; when and how it was reported still is', async (_lang, steps, effect, reportedQ) => {
    const c = chat();
    const seen = await walk(c, steps);
    expect(seen.at(-1)).toMatch(effect);
    expect(seen.join('\n')).not.toMatch(reportedQ);
  });
});

describe('a place said at "how has it affected you?" is where it is, not the effect', () => {
  const EFFECT_Q = { en: /How has this affected you/, cy: /Sut mae hyn wedi effeithio arnoch chi/ } as const;
  const COURT_Q = { en: /court claim/, cy: /hawliad llys/ } as const;
  it.each([
    // Where noted from the description already: said so, nothing added.
    ['en', ['English', 'The bathroom ceiling has been leaking since March and I have rung twice'], 'in the bathroom', /already noted where it is[\s\S]*how it has affected you/, 'Where: The bathroom ceiling'],
    ['cy', ['Cymraeg', "Mae'r llwydni yn y lolfa yn ôl ers mis Mawrth a dw i wedi ffonio ddwywaith"], 'yn y lolfa', /wedi nodi ble mae'r broblem yn barod[\s\S]*Allwch chi ddweud ychydig wrtha i/, "Ble: y lolfa"],
    // Where given as the address: the room is added to it.
    ['en', ['English', 'The ceiling has been leaking since March and I have rung twice', 'Flat 3, 12 Park Road'], 'in the bathroom', /added that to where it is[\s\S]*how it has affected you/, 'Where: Flat 3, 12 Park Road, in the bathroom'],
    ['cy', ['Cymraeg', "Mae'r nenfwd wedi bod yn gollwng ers mis Mawrth a dw i wedi ffonio ddwywaith", 'Fflat 3, 12 Heol y Parc'], 'yn y lolfa', /wedi ychwanegu hynny at ble mae'r broblem[\s\S]*Allwch chi ddweud ychydig wrtha i/, 'Ble: Fflat 3, 12 Heol y Parc, yn y lolfa'],
  ] as const)('%s: %j then %j', async (lang, steps, place, kindly, where) => {
    const c = chat();
    expect((await walk(c, steps)).at(-1)).toMatch(EFFECT_Q[lang]);
    const again = all(await c.say(place));
    expect(again).toMatch(kindly);
    expect(again).not.toMatch(COURT_Q[lang]);
    expect(all(await c.say(lang === 'en' ? 'I lose sleep over it' : "Dw i'n colli cwsg"))).toMatch(COURT_Q[lang]);
    const rest = lang === 'en' ? ['no', '1', 'none', '1', 'Sam Jones', '07700 900123', 'English', 'mornings'] : ['na', '1', 'dim', '1', 'Sam Jones', '07700 900123', 'Cymraeg', 'bore'];
    const summary = (await walk(c, rest)).at(-1)!;
    expect(summary).toContain(where);
    expect(summary).toMatch(lang === 'en' ? /How it has affected you: I lose sleep over it/ : /Yr effaith arnoch chi: Dw i'n colli cwsg/);
  });

  it.each([
    ["I can't use the bathroom"],
    ['We sleep in the living room now because of the damp'],
    ["Mae'r plant yn cysgu yn y lolfa"],
    ['the whole house'],
    ['It keeps me awake'],
  ])('%j is an effect, taken as written', (text) => expect(placeOnly(text)).toBeNull());

  it.each([['in the bathroom'], ["it's in the kitchen"], ['upstairs'], ['yn y lolfa'], ['lan lofft'], ["yn yr ystafell ymolchi"], ['the living room']])(
    '%j is a place only',
    (text) => expect(placeOnly(text)).not.toBeNull(),
  );
});

describe('a date said only of reporting: "when?" names it and asks whether the problem began then', () => {
  const ASKED = {
    en: /You said you've been in touch with us about it \("since March"\)\. Did the problem start around then\?/,
    cy: /Dywedoch chi eich bod chi wedi cysylltu â ni am hyn \("ers mis Mawrth"\)\. Ddechreuodd y broblem tua'r adeg honno\?/,
  } as const;
  const START = {
    en: ['English', "The bedroom wall is damp and I've complained since March"],
    cy: ['Cymraeg', "Mae wal y llofft yn llaith a dw i wedi cwyno ers mis Mawrth"],
  } as const;
  it.each([
    ['en', 'yes', /noted this started in March 2026 and is still happening/],
    ['en', 'around then', /noted this started in March 2026 and is still happening/],
    ['cy', 'do', /wedi dechrau ym mis Mawrth 2026 a'i fod yn dal i ddigwydd/],
    ['cy', "tua'r adeg honno", /wedi dechrau ym mis Mawrth 2026 a'i fod yn dal i ddigwydd/],
    ['en', 'no, it started in 2024', /noted this started in 2024 and is still happening/],
    ['cy', 'naddo, ers 2024', /wedi dechrau yn 2024 a'i fod yn dal i ddigwydd/],
  ] as const)('%s: %j', async (lang, answer, noted) => {
    const c = chat();
    expect((await walk(c, START[lang])).at(-1)).toMatch(ASKED[lang]);
    expect(all(await c.say(answer))).toMatch(noted);
  });

  it.each([
    ['en', 'no', /When did it start, or when did you first notice it\?/, 'last winter', /started around December 2025/],
    ['cy', 'naddo', /Pryd dechreuodd hi, neu pryd sylwoch chi arni gyntaf\?/, 'y gaeaf diwethaf', /tua mis Rhagfyr 2025/],
  ] as const)('%s: a bare %j is asked when it started instead', async (lang, no, asked, answer, noted) => {
    const c = chat();
    await walk(c, START[lang]);
    expect(all(await c.say(no))).toMatch(asked);
    expect(all(await c.say(answer))).toMatch(noted);
  });

  it('a bare number is no yes: no buttons are shown there', async () => {
    const c = chat();
    await walk(c, START.en);
    expect(all(await c.say('1'))).toMatch(/couldn't read a date/);
  });

  it('a date of the problem itself is read as before, and "I want to complain" is no report', () => {
    expect(reportedSinceInDescription("The boiler has been broken since March and I've complained twice", '2026-11-23', 'en')).toBeNull();
    expect(reportedSinceInDescription("I want to complain: we've had damp for two years", '2026-11-23', 'en')).toBeNull();
    expect(reportedSinceInDescription("Dw i 'di bod yn deud wrthach chi am y tamprwydd ers 2023", '2026-11-23', 'cy')).toBe('ers 2023');
    expect(reportedSinceInDescription("Dwi wedi bod yn ffono chi am y lleithder ers mis Medi", '2026-11-23', 'cy')).toBe('ers mis Medi');
  });
});

describe('no heating or hot water with someone vulnerable at home is an emergency repair, not a 999 call', () => {
  const AT_WHERE = {
    en: ['English', 'I complained about my boiler three times and nobody has come to fix it'],
    cy: ['Cymraeg', "Dw i wedi cwyno am y boeler dair gwaith a does neb wedi dod i'w drwsio"],
  } as const;
  it.each([
    ['en', 'no hot water for the baby', /may need an emergency repair[\s\S]*call 111 for advice, or 999 in an emergency[\s\S]*emergency repairs line[\s\S]*Where is the problem/, /If anyone is in danger right now, call 999/],
    ['cy', "dim dŵr twym i'r babi", /angen gwaith atgyweirio brys[\s\S]*ffoniwch 111 am gyngor, neu 999 mewn argyfwng[\s\S]*l?linell atgyweirio brys[\s\S]*Ble mae'r broblem/, /Os oes unrhyw un mewn perygl nawr, ffoniwch 999/],
  ] as const)('%s: %j at "where?"', async (lang, said, told, notTold) => {
    const c = chat();
    await walk(c, AT_WHERE[lang]);
    const reply = all(await c.say(said));
    expect(reply).toMatch(told);
    expect(reply).not.toMatch(notTold);
  });

  it('any other danger named with it keeps the 999 line', async () => {
    const c = chat();
    await walk(c, AT_WHERE.en);
    expect(all(await c.say('no heating for the baby and I can smell gas'))).toMatch(/If anyone is in danger right now, call 999/);
  });
});

describe('stage 2 by chat: what the request says is not asked again, and the Ombudsman is answered', () => {
  const answered: CaseEventInput[] = [
    { type: 'acknowledged', date: '2026-11-24' },
    { type: 'answered', date: '2026-12-04', outcome: 'partly_upheld', remedies: ['Treat the mould'] },
  ];
  async function atStage1Answered(lang: 'en' | 'cy', settings: Record<string, string> = {}): Promise<{ c: Chat; ref: string }> {
    const c = chat(settings, '2026-12-07T10:00:00Z');
    const ref = await fileComplaint(c);
    for (const e of answered) await c.core.updates.record(ref, 'staff:test', e);
    await walk(c, lang === 'en' ? ['hi', 'English', 'cancel'] : ['Shwmae', 'Cymraeg', 'canslo']);
    return { c, ref };
  }

  it.each([
    ['en', "I'm not happy with the answer, nothing has changed and the mould is back", /noted what you told me you're still unhappy about[\s\S]*What would you like to happen now/, /What are you still unhappy about/],
    ['cy', "Dw i'm yn hapus efo'r ateb, ma'r llwydni dal yna", /wedi nodi beth ddywedoch chi sy'n dal i'ch gwneud chi'n anhapus[\s\S]*Beth hoffech chi ei weld yn digwydd nawr/, /Beth ydych chi'n dal yn anhapus/],
  ] as const)('%s: %j', async (lang, said, next, notAsked) => {
    const { c, ref } = await atStage1Answered(lang);
    const reply = all(await c.say(said));
    expect(reply).toMatch(next);
    expect(reply).not.toMatch(notAsked);
    expect(all(await c.say(lang === 'en' ? 'skip' : 'sgipio'))).toContain(ref);
    const record = (await c.core.store.cases.byReference(ref))!;
    expect(record).toMatchObject({ stage: 2 });
    // Their words are kept as what they are still unhappy about.
    const escalation = (await c.core.store.cases.events(record.id)).find((e) => e.type === 'escalation_received');
    expect(escalation?.data).toMatchObject({ stillUnhappy: said });
  });

  it.each([
    ['en', "I'm not happy with your answer", 'I want the Ombudsman to look at it', /moved to stage 2[\s\S]*You asked about the Housing Ombudsman Service: it can look at your complaint once the landlord has given its stage 2 answer[\s\S]*12 months from that final response/],
    ['cy', "dw i'm yn hapus efo'r ateb", "Dw i moyn i'r Ombwdsmon edrych ar hyn", /wedi symud i Gam 2[\s\S]*Gofynnoch chi am yr Ombwdsmon, sef Gwasanaeth yr Ombwdsmon Tai: gall edrych ar eich cwyn ar ôl i'r landlord roi ei ateb Cam 2/],
  ] as const)('%s: the Ombudsman asked for at "what would you like to happen now?" is told when it can look', async (lang, ask, wish, told) => {
    const { c } = await atStage1Answered(lang);
    await c.say(ask);
    await c.say(lang === 'en' ? 'skip' : 'sgipio');
    expect(all(await c.say(wish))).toMatch(told);
  });

  it('under a Welsh profile whose Ombudsman counts from first notice, that is the time said', async () => {
    const { c } = await atStage1Answered('cy', { POLICY: 'psow-model' });
    await c.say("dw i'm yn hapus efo'r ateb");
    await c.say('sgipio');
    expect(all(await c.say("Dw i isio i'r Ombwdsmon edrych arni"))).toMatch(/Gofynnoch chi am yr Ombwdsmon, sef Ombwdsmon Gwasanaethau Cyhoeddus Cymru[\s\S]*gan gyfrif o'r adeg y dywedoch chi wrth y landlord am y peth gyntaf/);
  });

  it.each([
    ["I'm not happy with the answer to CMP-7KQ4-9TXD, nothing has changed", true],
    ["dw i'm yn hapus efo'r ateb i CMP-7KQ4-9TXD, ma'r llwydni dal yna", true],
    ["I'm unhappy with the stage 1 response because you didn't fix the leak", true],
    ["I'm not happy with the answer", false],
    ['I want to take my complaint to stage 2 please', false],
    ['Hi, I’m not happy with your response to CMP-7KQ4-9TXD', false],
    ["Dw i isio mynd â'r gŵyn ymlaen i gam 2", false],
    ["ive had your reply and im not happy, i want it to go to the ombudsman", false],
    ["I'm not happy with the answer, thank you", false],
  ] as const)('%j says why: %s', (text, why) => expect(reasonInRequest(text)).toBe(why));
});

describe('when it was reported, in either language, is not when it happened', () => {
  it.each([
    ["I've had enough, I complained in March and again in June", null, 'in March'],
    ['Nes i gwyno ym mis Mawrth ac eto ym mis Mehefin', null, 'ym mis Mawrth'],
    ['I have been complaining since March about the damp', null, 'since March'],
    ['Dw i wedi bod yn cwyno ers mis Mawrth am y lleithder', null, 'ers mis Mawrth'],
    ['ive been ringing u since jan about the damp nobody comes', null, 'since jan'],
    ["I've been calling since Monday, the boiler is broken", null, 'since Monday'],
    ['The fan has not worked for 2 months, I reported it in October and again in November', 'for 2 months', null],
    ["Mae'r ffan wedi torri ers deufis, ffoniais i ym mis Hydref ac eto ym mis Tachwedd", 'ers deufis', null],
    // Not a report: the problem itself, again.
    ['The boiler broke in March and again in June', 'in March', null],
    ['Torrodd y boeler ym mis Mawrth ac eto ym mis Mehefin', 'ym mis Mawrth', null],
  ] as const)('%j: happened %j, reported %j', (text, happened, reported) => {
    expect(whenInDescription(text, '2026-12-08')).toBe(happened);
    expect(reportedSinceInDescription(text, '2026-12-08')).toBe(reported);
  });
});

describe('wanting to complain is no report: the time said with it is when', () => {
  it.each([
    ["I want to complain: we've had damp for two years and it's still there", 'for two years'],
    ["I want to complain because we've had damp for two years", 'for two years'],
    ["Dw i isio cwyno achos mae'r lleithder wedi bod yma ers dwy flynedd", 'ers dwy flynedd'],
    ["Dw i isio gwneud cwyn am y lleithder sydd wedi bod yma ers mis Mawrth", 'ers mis Mawrth'],
  ])('%j: %j', (text, when) => expect(whenInDescription(text, '2026-12-08')).toBe(when));

  it.each([
    ['en', ['English', "I want to complain: we've had damp in the bedroom for two years and it's still there"], /noted this started about two years ago[\s\S]*reported this to us before/],
    ['cy', ['Cymraeg', "Dw i isio gwneud cwyn am y lleithder yn y llofft sydd wedi bod yma ers mis Mawrth"], /wedi dechrau ym mis Mawrth 2026[\s\S]*rhoi gwybod i ni am hyn o'r blaen/],
  ] as const)('%s: "when?" is not asked', async (_lang, steps, next) => {
    const c = chat();
    const reply = (await walk(c, steps)).at(-1)!;
    expect(reply).toMatch(next);
    expect(reply).not.toMatch(/When did it happen|Pryd ddigwyddodd hyn/);
  });
});

describe('a room after "ei" (her), "ein", "eu" takes an h, and is still the room', () => {
  it.each([
    ["Dw i'n ysgrifennu ar ran fy mam: mae'r to yn gollwng yn ei hystafell wely ers mis Hydref", 'ei hystafell wely'],
    ["Mae llwydni yn ein hystafell fyw ers y gaeaf", 'ein hystafell fyw'],
    ['Mae dŵr yn dod i mewn i eu hatig', 'eu hatig'],
    ["I'm writing for my mum: the roof is leaking in her bedroom since October", 'her bedroom'],
  ])('%j: %j', (text, room) => expect(roomInDescription(text)).toBe(room));
});
