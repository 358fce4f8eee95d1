import { describe, expect, it } from 'vitest';
import { all, chat, type Chat, fileComplaint, sqliteOf } from '../bot/harness';
import { nonAnswer } from '../../dialogs/parse/non-answer';
import { roomInDescription } from '../../dialogs/parse/room-in-description';
import { reportedInDescription } from '../../dialogs/parse/report-details';
import { whenInDescription } from '../../dialogs/parse/when-answer';

/** Faults found playing residents end to end over HTTP, in both languages (trial16). */

async function walk(c: Chat, messages: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const m of messages) out.push(all(await c.say(m)));
  return out;
}

/** From the language to the question about what would put things right. */
const TO_OUTCOMES = {
  en: ['English', 'The bathroom ceiling has been leaking since March and I have rung twice', 'It keeps me awake', 'no'],
  cy: ['Cymraeg', "Mae'r nenfwd wedi bod yn gollwng ers mis Mawrth a dw i wedi ffonio ddwywaith", 'yr ystafell ymolchi', "Mae'n fy nghadw i'n effro", 'na'],
} as const;
const OUTCOMES_Q = { en: /What would you like to happen to put things right/, cy: /Beth hoffech chi ei weld yn digwydd|unioni pethau/ };
const ADJUSTMENTS_Q = { en: /anything we can do to make this easier/, cy: /unrhyw beth y gallwn ni ei wneud i wneud hyn yn haws|haws i chi/ };
const WHO_Q = { en: /Are you the resident/, cy: /Ai chi yw'r preswylydd|preswylydd/ };

describe('a clear non-answer at "what would put things right?" or "anything to make it easier?" is asked about once', () => {
  it.each([
    ['en', 'CMP-7KQ4-9TXD', /looks like a complaint reference/],
    ['en', 'what?', /let me ask another way/],
    ['en', 'what do you mean', /let me ask another way/],
    ['cy', 'cmp 7kq4 9txd', /edrych fel cyfeirnod cwyn/],
    ['cy', 'be?', /gadewch i mi ofyn mewn ffordd arall/],
    ['cy', "dw i'm yn deall", /gadewch i mi ofyn mewn ffordd arall/],
  ] as const)('%s: %j at the outcome is not filed as the outcome', async (lang, said, kindly) => {
    const c = chat();
    const seen = await walk(c, [...TO_OUTCOMES[lang]]);
    expect(seen.at(-1)).toMatch(OUTCOMES_Q[lang]);
    const again = all(await c.say(said));
    expect(again).toMatch(kindly);
    expect(again).toMatch(OUTCOMES_Q[lang]);
    expect(again).not.toMatch(ADJUSTMENTS_Q[lang]);
    // Asked once: the next answer is read as usual.
    expect(all(await c.say(lang === 'en' ? 'an apology' : 'ymddiheuriad'))).toMatch(ADJUSTMENTS_Q[lang]);
  });

  it.each([
    ['en', 'CMP-7KQ4-9TXD', /looks like a complaint reference/],
    ['en', 'huh?', /let me explain[\s\S]*large print/],
    ['cy', 'Beth?', /gadewch i mi esbonio[\s\S]*print bras/],
    ['cy', "be dach chi'n feddwl?", /gadewch i mi esbonio/],
  ] as const)('%s: %j at the adjustments is not filed as an adjustment', async (lang, said, kindly) => {
    const c = chat();
    expect((await walk(c, [...TO_OUTCOMES[lang]])).at(-1)).toMatch(OUTCOMES_Q[lang]);
    expect(all(await c.say('2'))).toMatch(ADJUSTMENTS_Q[lang]);
    const again = all(await c.say(said));
    expect(again).toMatch(kindly);
    expect(again).toMatch(ADJUSTMENTS_Q[lang]);
    expect(again).not.toMatch(WHO_Q[lang]);
    expect(all(await c.say(lang === 'en' ? 'none' : 'dim'))).toMatch(WHO_Q[lang]);
  });

  it('a second non-answer is taken as written, so nobody is trapped; a reference is never read as numbered choices', async () => {
    const c = chat();
    expect((await walk(c, [...TO_OUTCOMES.en])).at(-1)).toMatch(OUTCOMES_Q.en);
    await c.say('CMP-7KQ4-9TXD');
    expect(all(await c.say('CMP-7KQ4-9TXD'))).toMatch(ADJUSTMENTS_Q.en);
    const summary = (await walk(c, ['none', '1', 'Sam Jones', '07700 900123', 'English', 'mornings'])).at(-1)!;
    expect(summary).toMatch(/What you want: "CMP-7KQ4-9TXD"/);
    expect(summary).not.toMatch(/What you want:.*Something else/);
  });

  it.each([
    ['en', 'what?', /Sorry, let me put it another way\. Could you tell me a little about how it has affected you/],
    ['en', 'CMP-7KQ4-9TXD', /looks like a complaint reference[\s\S]*How has this affected you/],
    ['cy', "sa i'n deall", /gadewch i mi ofyn mewn ffordd arall\. Allwch chi ddweud ychydig wrtha i am sut mae hyn wedi effeithio arnoch chi/],
    ['en', 'since last November', /already noted when it started\. Could you tell me a little about how it has affected you/],
    ['cy', 'ers mis Tachwedd llynedd', /wedi nodi pryd dechreuodd hyn yn barod\. Allwch chi ddweud ychydig wrtha i/],
  ] as const)('%s: %j at "how has it affected you?" is asked about once, not filed as the effect', async (lang, said, kindly) => {
    const c = chat();
    const steps = TO_OUTCOMES[lang].slice(0, -2);
    expect((await walk(c, [...steps])).at(-1)).toMatch(lang === 'en' ? /How has this affected you/ : /Sut mae hyn wedi effeithio/);
    expect(all(await c.say(said))).toMatch(kindly);
    expect(all(await c.say(lang === 'en' ? 'I lose sleep' : "Dw i'n colli cwsg"))).toMatch(lang === 'en' ? /court claim/ : /hawliad llys/);
  });

  it.each([
    ['sorry', null], // an apology is a choice
    ['an apology', null],
    ['what I want is an apology', null],
    ['yes please', 'yes_no'],
    ['my reference is CMP-7KQ4-9TXD', 'reference'],
    ['I complained before, CMP-7KQ4-9TXD, and nothing happened', null],
    ['??', 'puzzled'],
    ['sa i’n deall', 'puzzled'],
    ['fel be?', 'puzzled'],
  ] as const)('reads %j as %s', (text, want) => expect(nonAnswer(text)).toBe(want));
});

describe('a status check with a wrong surname, then the postcode', () => {
  const as = { en: 'Any update on my complaint', cy: "Oes newyddion am fy nghwyn" } as const;
  it.each([
    ['en', 'Jones', 'sa1 1aa', /couldn't match those details[\s\S]*postcode or the surname/, /Your complaint/],
    ['en', 'Jones', 'Owen', /couldn't match those details/, /Your complaint/],
    ['cy', 'Jones', 'SA1 1AA', /ddim yn cyfateb[\s\S]*cod post neu'r cyfenw/, /Mae eich cwyn/],
  ] as const)('%s: %j then %j finds the complaint, not "couldn\'t read that as a reference"', async (lang, wrong, right, miss, found) => {
    const c = chat({}, '2026-11-23T10:00:00Z', 'someone-else');
    const ref = await fileComplaint(c, { user: 'resident-1', name: 'Siân Owen', location: '5 Heol y Castell, SA1 1AA' });
    await c.say(lang === 'en' ? 'English' : 'Cymraeg');
    await c.say('cancel');
    expect(all(await c.say(`${as[lang]} ${ref}?`))).toMatch(lang === 'en' ? /postcode or the surname/ : /cod post neu'r cyfenw/);
    expect(all(await c.say(wrong))).toMatch(miss);
    const reply = all(await c.say(right));
    expect(reply).not.toMatch(/couldn't read that as a reference|allwn i ddim darllen hynny fel cyfeirnod/i);
    expect(reply).toMatch(found);
    expect(reply).toContain(ref);
  });

  it('after a miss, thanks, "skip" or "I don\'t know it" is not a wrong guess; the postcode after them still is read', async () => {
    const c = chat({}, '2026-11-23T10:00:00Z', 'someone-else');
    const ref = await fileComplaint(c, { user: 'resident-1', name: 'Siân Owen', location: '5 Heol y Castell, SA1 1AA' });
    await c.say('English');
    await c.say('cancel');
    await c.say(`Any update on my complaint ${ref}?`);
    expect(all(await c.say('Jones'))).toMatch(/couldn't match those details/);
    for (const said of ['thanks', 'skip']) expect(all(await c.say(said))).not.toMatch(/couldn't match those details|stopped looking up/);
    expect(all(await c.say('SA1 1AA'))).toContain(`Your complaint ${ref}`);
    // One miss recorded (Jones), under the asker: thanks and "skip" were not counted.
    const misses = sqliteOf(c).db.prepare('SELECT * FROM lookup_misses').all();
    expect(misses).toHaveLength(1);
  });

  it.each([
    ['en', 'what?', /need just one thing to find your complaint: the postcode or the surname/, 'Owen', /Your complaint/],
    ['cy', 'be?', /dim ond un peth sydd ei angen arna i/, 'sa1 1aa', /Mae eich cwyn/],
    ['en', 'ok', /need just one thing/, 'SA1 1AA', /Your complaint/],
  ] as const)('%s: %j at "the postcode or the surname?" is told what is needed, not counted as a wrong guess', async (lang, said, told, right, found) => {
    const c = chat({}, '2026-11-23T10:00:00Z', 'someone-else');
    const ref = await fileComplaint(c, { user: 'resident-1', name: 'Siân Owen', location: '5 Heol y Castell, SA1 1AA' });
    await c.say(lang === 'en' ? 'English' : 'Cymraeg');
    await c.say('cancel');
    await c.say(`${as[lang]} ${ref}?`);
    const reply = all(await c.say(said));
    expect(reply).toMatch(told);
    expect(reply).not.toMatch(/couldn't match those details|ddim yn cyfateb/);
    expect(sqliteOf(c).db.prepare('SELECT * FROM lookup_misses').all()).toHaveLength(0);
    expect(all(await c.say(right))).toMatch(found);
  });

  it("someone else's reference learns nothing: every wrong guess gets the same words, and the fifth locks", async () => {
    const c = chat({}, '2026-11-23T10:00:00Z', 'someone-else');
    const ref = await fileComplaint(c, { user: 'resident-1', name: 'Siân Owen', location: '5 Heol y Castell, SA1 1AA' });
    await c.say('English');
    await c.say('cancel');
    await c.say(`Any update on my complaint ${ref}?`);
    const misses: string[] = [];
    for (const guess of ['Jones', 'CF10 1AA', 'Evans', 'Smith']) misses.push(all(await c.say(guess)));
    expect(new Set(misses).size).toBe(1);
    expect(misses[0]).not.toContain(ref);
    expect(misses[0]).not.toMatch(/Owen|SA1|stage/i);
    expect(all(await c.say('Williams'))).toMatch(/stopped looking up complaints for you/);
    // Even the right answer now: lookups of that reference are stopped.
    expect(all(await c.say(`Any update on my complaint ${ref}?`))).not.toMatch(/Your complaint/);
  });
});

describe('"dw i\'m yn siŵr", with "dw i" typed apart, is not sure', () => {
  it('at "have you reported it before?" it is an answer, not asked again', async () => {
    const c = chat();
    // A complaint said outright (a tap leaking a month, told alone, is now read as a first report).
    await walk(c, ['Cymraeg', "Dw i'n anhapus iawn, mae'r tap yn y gegin yn gollwng ers mis", 'y gegin']);
    const reply = all(await c.say("dw i'm yn siŵr"));
    expect(reply).not.toMatch(/ai ie neu na oedd hynny/);
    expect(reply).toMatch(/Sut mae hyn wedi effeithio/);
  });
});

describe('the fabric of a room named in Welsh with no article ("nenfwd yr ystafell ymolchi") is where, as "the bathroom ceiling" is', () => {
  it.each([
    ['Mae nenfwd yr ystafell ymolchi yn gollwng ers wythnos', 'nenfwd yr ystafell ymolchi'],
    ['Ma wal y gegin yn llaith a dw i wedi ffonio', 'wal y gegin'],
    ['ma ffenest y llofft wedi torri', 'ffenest y llofft'],
    ['mae drws y ffrynt wedi torri', null], // "y ffrynt" is no room
    ["Mae'r to yn gollwng", null], // the roof, not a room's ceiling
  ] as const)('%j → %j', (text, room) => expect(roomInDescription(text)).toBe(room));

  it('is said back and "where?" is not asked, in a whole Welsh intake', async () => {
    const c = chat();
    await c.say('Cymraeg');
    const reply = all(await c.say('Mae nenfwd yr ystafell ymolchi wedi bod yn gollwng ers mis Mawrth'));
    expect(reply).toMatch(/wedi nodi ble mae'r broblem: "nenfwd yr ystafell ymolchi"/);
    expect(reply).not.toMatch(/Ble mae'r broblem\?/);
  });
});

describe('"nobody has replied to my emails" says the emails were sent: reported before', () => {
  it.each([
    ['Nobody has replied to my emails about my rent account', true],
    ['my calls are never returned', true],
    ['Dydyn nhw byth yn ateb fy ngalwadau', true],
    ['Does neb wedi ateb fy e-byst', true],
    ["I've been reporting the damp in my bedroom since 2023", true],
    ['Dw i wedi bod yn ffonio ers misoedd am y llwydni', true],
    ["Dw i'n dal i ffonio a does neb yn dod", true],
    ["I've complained about the damp three times since March", true],
    ['Dw i wedi cwyno am y lleithder dair gwaith ers mis Mawrth', true],
    ['My neighbour complained about the noise', false], // someone else's complaint, not a report to the landlord by the resident
    ["I haven't been reporting it", false],
    ['I never reported it', false],
    ['Nobody has phoned me back', false], // the landlord's call not made, not the resident's report
  ] as const)('%j → %s', (text, reported) => expect(reportedInDescription(text, '2026-11-23', 'en') !== null).toBe(reported));

  it.each([
    ['English', 'Nobody has replied to my emails about my rent account for 2 months and the arrears figure is wrong', /Have you reported this to us before/, /How has this affected you/],
    ['English', "I've been reporting the damp in my bedroom since 2023, you send someone out, they paint over it and it comes back every winter", /Have you reported this to us before/, /How has this affected you/],
    ['Cymraeg', "Dydyn nhw byth yn ateb fy ngalwadau am y rhent ers deufis ac mae'r ffigur ôl-ddyledion yn anghywir", /Ydych chi wedi rhoi gwybod i ni am hyn o'r blaen/, /Sut mae hyn wedi effeithio/],
  ] as const)('%s: "have you reported it before?" is not asked', async (lang, text, reportedQ, impactQ) => {
    const c = chat();
    await c.say(lang);
    const seen = await walk(c, [text]);
    // "when?" may still be asked; answered, the next question is how it has affected them.
    const next = impactQ.test(seen[0]) ? seen[0] : all(await c.say(lang === 'English' ? 'since October' : 'ers mis Hydref'));
    expect(seen[0] + next).not.toMatch(reportedQ);
    expect(next).toMatch(impactQ);
  });
});

describe('"ers deufis" (two months, one word) is read as "ers dau fis" is', () => {
  it('at "when?" it is read and said back as given', async () => {
    const c = chat();
    await c.say('Cymraeg');
    await c.say("Mae'r nenfwd wedi bod yn gollwng a dw i wedi ffonio ddwywaith");
    expect(all(await c.say('yr ystafell ymolchi'))).toMatch(/Pryd ddigwyddodd hyn/);
    const reply = all(await c.say('ers deufis'));
    expect(reply).toMatch(/sef dau fis yn ôl, a'i fod yn dal i ddigwydd/);
    expect(reply).not.toMatch(/allwn i ddim darllen dyddiad/);
  });
});

describe('a time in what went wrong, with the report after "even though" / "er", is when it started', () => {
  it.each([
    ['Nobody has fixed the kitchen window for three months even though I rang every week', 'en', 'for three months'],
    ['The window has been broken since March although I reported it in April', 'en', 'since March'],
    ["Does neb wedi trwsio'r ffenest ers tri mis er i mi ffonio bob wythnos", 'cy', 'ers tri mis'],
    ['I rang them last week about the window', 'en', null], // only when it was reported
    ["er i mi ffonio ddoe, does neb wedi dod", 'cy', null],
  ] as const)('%j (%s) → %j', (text, lang, when) => expect(whenInDescription(text, '2026-11-23', lang)).toBe(when));

  it('in a whole Welsh intake, "when?" is not asked after it', async () => {
    const c = chat();
    await c.say('Cymraeg');
    const reply = all(await c.say("Does neb wedi trwsio'r ffenest yn y gegin ers tri mis er i mi ffonio bob wythnos"));
    expect(reply).toMatch(/sef tri mis yn ôl/);
    expect(reply).not.toMatch(/Pryd ddigwyddodd hyn/);
  });
});
