import { describe, expect, it } from 'vitest';
import { all, chat, type Chat } from '../bot/harness';
import { hasNoPlace } from '../../dialogs/parse/no-place';
import { saysNothing } from '../../dialogs/parse/says-nothing';
import { saysNoReference } from '../../dialogs/parse/no-reference';
import { afterIntroduction } from '../../dialogs/parse/self-in-description';
import { reportedInDescription } from '../../dialogs/parse/report-details';
import { roomInDescription } from '../../dialogs/parse/room-in-description';
import { readAnswer } from '../../dialogs/parse/yes-no';
import { summaryDecision } from '../../dialogs/intake/summary-answer';

/** Faults found trying the bot as residents would, over HTTP and on the page (fourteenth session). */

async function walk(c: Chat, messages: string[], extra = {}): Promise<string[]> {
  const out: string[] = [];
  for (const m of messages) out.push(all(await c.say(m, extra)));
  return out;
}

describe('"where is the problem?" is not asked of a matter with no place', () => {
  it.each([
    'you put my rent up',
    "dych chi wedi codi'r rhent",
    "Dych chi wedi codi'r rhent eto heb ddweud wrtha i",
    'My service charge went up by £300 and nobody explained why',
    'The housing officer was rude to me on the phone',
    'Nobody replies to my emails',
    'Does neb yn ateb fy ngalwadau',
    'Roedd y swyddog yn anghwrtais iawn',
    'Mae fy nhâl gwasanaeth wedi codi',
    "Mae'r staff wedi anwybyddu fy llythyrau",
  ])('no place: "%s"', (text) => expect(hasNoPlace(text)).toBe(true));

  it.each([
    'you put my rent up and the boiler is still broken',
    'The repairs officer was rude and the leak is still there',
    "mae'r to yn gollwng",
    'The boiler is broken',
    'the neighbours are noisy and staff ignore me',
    'nobody came to fix the window',
    'I have been waiting 6 months',
    "Mae'r rhent wedi codi ond mae'r tamprwydd yn y llofft yn waeth",
  ])('a place: "%s"', (text) => expect(hasNoPlace(text)).toBe(false));

  it.each([
    { lang: 'English', text: 'The housing officer was rude to me on the phone', next: /When did it happen/, where: /Where is the problem\?/ },
    { lang: 'Cymraeg', text: 'Roedd y swyddog yn anghwrtais iawn ar y ffôn', next: /Pryd ddigwyddodd hyn/, where: /Ble mae'r broblem\?/ },
  ])('$lang: "when?" follows what went wrong, and the summary has no empty "where"', async ({ lang, text, next, where }) => {
    const c = chat();
    await c.say(lang);
    const after = all(await c.say(text));
    expect(after).toMatch(next);
    expect(after).not.toMatch(where);
    const seen = await walk(c, lang === 'English'
      ? ['last Tuesday', 'no', 'I was upset', 'no', 'an apology', 'none', '1', 'Sam Jones', '07700 900123', 'English', 'any time']
      : ['dydd Mawrth diwethaf', 'naddo', 'Roeddwn i wedi ypsetio', 'na', 'ymddiheuriad', 'dim', '1', 'Sam Jones', '07700 900123', 'Cymraeg', 'unrhyw bryd']);
    for (const r of seen) expect(r).not.toMatch(where);
    const summary = seen.at(-1)!;
    expect(summary).toMatch(/Here's what I've got|Dyma beth sydd gen i/);
    expect(summary).not.toMatch(/^(Where|Ble): /m);
    // Asked to, the resident can still give a place; it is then shown.
    expect(all(await c.say(lang === 'English' ? 'change the address' : 'newid y cyfeiriad'))).toMatch(where);
    expect(all(await c.say('Flat 3, Tŷ Gwyn'))).toMatch(/^(Where|Ble): Flat 3, Tŷ Gwyn$/m);
  });

  it('a repair is still asked where', async () => {
    const c = chat();
    await c.say('English');
    await c.say('I want to make a complaint');
    expect(all(await c.say('The boiler has been broken for weeks and nobody came'))).toMatch(/Where is the problem\?/);
  });

  it.each([
    { lang: 'en', text: 'you put my rent up', said: /What you've told me is also recorded as a service request/, not: /The repair itself/ },
    { lang: 'cy', text: "dych chi wedi codi'r rhent", said: /Mae'r hyn rydych chi wedi'i ddweud wrtha i wedi'i gofnodi hefyd fel cais am wasanaeth/, not: /Bydd y gwaith ei hun/ },
  ])('$lang: unhappy with how a rise in rent was dealt with: not called a repair, and not asked where', async ({ lang, text, said, not }) => {
    const c = chat();
    await c.say(lang === 'en' ? 'English' : 'Cymraeg');
    const asked = all(await c.say(text));
    // Triage reads these as a service request with signs of history and asks first or unhappy; if
    // that ever changes, the intake is reached straight away and the rest still holds.
    const reply = /first time|tro cyntaf/.test(asked) ? all(await c.say('2')) : asked;
    if (/first time|tro cyntaf/.test(asked)) {
      expect(reply).toMatch(said);
      expect(reply).not.toMatch(not);
    }
    expect(reply).not.toMatch(/Where is the problem\?|Ble mae'r broblem\?/);
  });
});

describe('an answer that says nothing is not taken as what went wrong', () => {
  it.each(['hmm', 'Hmmm', 'ok', 'OK then', '?', '...', '🤔', 'idk', "sa i'n gwbod", "sai'n gwbod", "dwn i'm", 'not sure', 'erm', 'umm ok', 'nothing', 'dim byd'])(
    'nothing: "%s"', (text) => expect(saysNothing(text)).toBe(true),
  );
  it.each(['y boeler', 'my rent', 'ok the boiler is broken', 'No heating', 'damp', 'leak', 'help', 'mould'])(
    'something: "%s"', (text) => expect(saysNothing(text)).toBe(false),
  );

  it.each([
    { lang: 'English', empty: ['hmm', 'idk'], kind: /^No problem, take your time\. What has gone wrong\?/, plain: /Sorry, I didn't understand that\.\nWhat has gone wrong\?/ },
    { lang: 'Cymraeg', empty: ['hmm', "sa i'n gwbod"], kind: /^Dim problem, cymerwch eich amser\. Beth sydd wedi mynd o'i le\?/, plain: /Mae'n ddrwg gen i, doeddwn i ddim yn deall hynny\.\nBeth sydd wedi mynd o'i le\?/ },
  ])('$lang: asked again kindly once, then plainly; never filed; a real answer carries on', async ({ lang, empty, kind, plain }) => {
    const c = chat();
    await c.say(lang);
    expect(all(await c.say(empty[0]!))).toMatch(kind);
    expect(all(await c.say(empty[1]!))).toMatch(plain);
    const next = all(await c.say(lang === 'English' ? 'The boiler has been broken for two weeks' : "Mae'r boeler wedi torri ers pythefnos"));
    // Read now as what went wrong (triage may ask first or unhappy of a broken boiler, or file it as
    // a first report at once), not asked for again.
    expect(next).toMatch(/Where is the problem\?|Ble mae'r broblem\?|first time|tro cyntaf|CMP-\w{4}-\w{4}/);
    expect(next).not.toMatch(/What has gone wrong\?|Beth sydd wedi mynd o'i le\?/);
  });
});

describe('"I don\'t have one" at the reference question, the everyday ways', () => {
  it.each([
    'does dim un gen i', 'Does dim un gyda fi', "does dim un 'da fi", 'dim un gen i', "sgen i ddim un", "sgynna i'm un", 'does dim gyda fi',
    "sa i'n gwbod", "sai'n cofio", "dwi'm yn gwbod", "wedi'i cholli", 'I haven\'t one', "ain't got one", 'never received one', 'no I haven\'t',
    'no i dont',
  ])('none: "%s"', (text) => expect(saysNoReference(text)).toBe(true));

  it.each(['Mae gen i un', "it's CMP-7KQ4-9TXD", 'yes'])('not: "%s"', (text) => expect(saysNoReference(text)).toBe(false));

  it.each([
    { lang: 'Cymraeg', ask: "Beth sy'n digwydd efo fy nghwyn i?", none: 'does dim un gen i', told: /Mae hynny'n iawn\. Heb y cyfeirnod/ },
    { lang: 'Cymraeg', ask: "Beth sy'n digwydd efo fy nghwyn i?", none: 'sgen i ddim un', told: /Mae hynny'n iawn\. Heb y cyfeirnod/ },
    { lang: 'English', ask: "what's happening with my complaint?", none: "I don't have one", told: /That's all right\. Without the reference/ },
  ])('$lang: "$none" is no reference', async ({ lang, ask, none, told }) => {
    const c = chat();
    await c.say(lang);
    await c.say(ask);
    const reply = all(await c.say(none));
    expect(reply).toMatch(told);
    expect(reply).not.toMatch(/couldn't read that|allwn i ddim darllen hynny/);
  });
});

describe('SMS: "You told me…" quotes the problem, not the greeting or the name', () => {
  it.each([
    ["Hi there, my name is Sian Evans and I live in Cardiff. I reported damp in the bedroom three times and nobody has come", 'I reported damp in the bedroom three times and nobody has come'],
    ["Helo, Sian dw i. Dw i wedi ffonio dair gwaith am y tamprwydd a does neb wedi dod", 'Dw i wedi ffonio dair gwaith am y tamprwydd a does neb wedi dod'],
    ["Hi, I'm Sian Evans, 07700 900123. The damp in my bedroom has been back since October", 'The damp in my bedroom has been back since October'],
    ["I'm Sian from Flat 3 and my boiler has been broken for a month", 'My boiler has been broken for a month'],
    ["Bore da, Dafydd Jones dw i, a dw i'n byw yn Nhreorci. Mae'r to yn gollwng ers mis Medi", "Mae'r to yn gollwng ers mis Medi"],
    // Voice-to-text: the name in lower case, no stop after it.
    ['hi my name is dave jones the toilet upstairs has been leaking for two weeks and nobody has come', 'The toilet upstairs has been leaking for two weeks and nobody has come'],
    ["fy enw i yw dafydd jones mae'r to yn gollwng ers wythnos", "Mae'r to yn gollwng ers wythnos"],
    // Nothing to take off, or a name later in the story: as written.
    ['The boiler is broken and I\'m Sian', 'The boiler is broken and I\'m Sian'],
    ['My neighbour John Smith keeps playing loud music at night', 'My neighbour John Smith keeps playing loud music at night'],
    ["I'm Sian", "I'm Sian"],
  ])('"%s"', (text, problem) => expect(afterIntroduction(text)).toBe(problem));

  it.each([
    { text: "Hi there, my name is Sian Evans and I live in Cardiff. I reported damp in the bedroom three times and nobody has come, I am very unhappy", quote: 'You told me: "I reported damp in the bedroom three times and..."', name: /noted your name: Sian Evans/ },
    { text: "Helo, Sian Evans dw i. Dw i wedi ffonio dair gwaith am y tamprwydd a does neb wedi dod, dw i'n anhapus iawn", quote: 'Dywedoch chi: "Dw i wedi ffonio dair gwaith am y tamprwydd a does…"', name: /nodi eich enw: Sian Evans/ },
  ])('"$quote"', async ({ text, quote, name }) => {
    const reply = all(await chat().say(text, { channelId: 'sms' }));
    expect(reply).toContain(quote);
    expect(reply).toMatch(name);
    expect(reply).not.toMatch(/(You told me|Dywedoch chi): "(Hi|Helo)/);
  });
});

describe('written for someone else: their report counts, and "nobody has phoned me back" is no report', () => {
  it.each([
    ['does neb wedi dod er iddo fe ffonio ddwywaith', true],
    ["mae'r to yn gollwng er iddi hi ffonio bob wythnos", true],
    ["my mum's flat is damp, she rang them 3 times", true],
    ['the boiler is broken and he has phoned twice', true],
    // "Nobody has phoned me back": the landlord's call not made, not the resident's report.
    ["mae'r to yn gollwng a does neb wedi ffonio fi nôl", false],
    ["Dw i wedi ffonio ddwywaith ond does neb wedi dod", true],
    ['Does neb wedi ateb fy e-byst am y lifft', true],
  ])('"%s"', (text, reported) => expect(reportedInDescription(text, '2026-11-23', 'cy') !== null).toBe(reported));

  it('"yn ei lofft e" keeps its pronoun, as "hi" and "fo" do', () => {
    expect(roomInDescription("mae'r to yn gollwng yn ei lofft e ers mis Hydref")).toBe('ei lofft e');
  });

  it("Welsh, for a father: not asked whether it was reported, and asked about the resident's household", async () => {
    const c = chat();
    await c.say('Cymraeg');
    const first = all(await c.say("Dw i'n ysgrifennu ar ran fy nhad, mae'r to yn gollwng yn ei lofft e ers mis Hydref a does neb wedi dod er iddo fe ffonio ddwywaith"));
    expect(first).toMatch(/nodi ble mae'r broblem: "ei lofft e"/);
    expect(first).not.toMatch(/Ydych chi wedi rhoi gwybod i ni am hyn o'r blaen\?/);
    expect(first).toMatch(/Ai chi yw'r preswylydd/);
    expect(all(await c.say('2'))).toMatch(/Sut mae hyn wedi effeithio ar y preswylydd/);
  });
});

describe('the summary does not list "good times to call" for someone who asked not to be rung', () => {
  const answers = (noCalls: string): [string, string][] => [
    ['What has gone wrong', 'The damp in the bathroom keeps coming back and nobody has fixed it after 3 visits'],
    ['first time', '2'],
    ['When did', '3 months ago'],
    ['reported this to us before', 'yes'],
    ['When and how', 'I rang in August and September'],
    ['affected', 'my daughter has asthma'],
    ['court claim', 'no'],
    ['put things right', '1'],
    ['easier for you', noCalls],
    ['resident, or', '1'],
    ['your name', 'Jo Bloggs'],
    ['contact you', '07700 900789'],
    ['Which language', 'English'],
    ['good time to call', 'after 5'],
  ];
  async function toSummary(noCalls: string): Promise<string> {
    const c = chat();
    await c.say('English');
    let last = all(await c.say('I want to make a complaint'));
    const steps = answers(noCalls);
    for (let i = 0; i < 20 && !/Here's what I've got/.test(last); i++) {
      const step = steps.find(([q]) => new RegExp(q).test(last));
      if (!step) throw new Error(`no answer for: ${last}`);
      steps.splice(steps.indexOf(step), 1);
      last = all(await c.say(step[1]));
    }
    return last;
  }

  it('"I am deaf please text me, dont call": no call times asked or listed', async () => {
    const summary = await toSummary('I am deaf please text me, dont call');
    expect(summary).toMatch(/Contact details: 07700 900789/);
    expect(summary).not.toMatch(/Good times to call/);
  });

  it('anyone else is asked, and the answer listed', async () => {
    expect(await toSummary('none')).toMatch(/Good times to call: after 5/);
  });
});

describe('Welsh yes and no, as said north and south', () => {
  it.each([
    ['yndi', 'yes'], ['odi', 'yes'], ['ia', 'yes'], ['odw', 'yes'], ['yndw', 'yes'], ['iep', 'yes'], ['ia, dyna fo', 'yes'], ['ydy, dyna ni', 'yes'],
    ['yes, spot on', 'yes'], ['nadw', 'no'], ['na', 'no'], ['nadi', 'no'], ['nagw', 'no'], ['na, dyna fo', 'no'],
    ["sa i'n gwbod", 'unsure'], ["dwi'm yn gwbod", 'unsure'], ["wn i'm", 'unsure'],
  ])('"%s" is a clear %s', (text, answer) => {
    expect(readAnswer(text)).toMatchObject({ answer, clear: true });
  });

  it.each(['ia, dyna fo', 'iep', 'yndi', 'odi'])('"%s" at the summary files', (text) => {
    expect(summaryDecision(text)).toEqual({ kind: 'file' });
  });

  it('"dyna fo" alone is no yes', () => expect(readAnswer('dyna fo').answer).toBeNull());
});

describe('"cancel" at the danger or first-or-unhappy question stops it', () => {
  it.each([
    { channelId: 'sms', first: "Shwmae, Gwenllian Huws dw i o Gaernarfon. Ma'r gwres canolog wedi bod yn torri ers mis Medi, dw i di ffonio bob wythnos a does neb di dod, ma'r plant yn oer", asked: /mewn perygl/, cancel: 'canslo', stopped: /Iawn, rydw i wedi stopio\. Does dim byd wedi'i anfon\./ },
    { channelId: 'webchat', pre: 'English', first: 'The damp in the bathroom is back', asked: /first time you've told us/, cancel: 'cancel', stopped: /^OK, I've stopped\. Nothing has been sent\./ },
  ])('$cancel', async ({ channelId, pre, first, asked, cancel, stopped }) => {
    const c = chat();
    if (pre) await c.say(pre, { channelId });
    expect(all(await c.say(first, { channelId }))).toMatch(asked);
    const reply = all(await c.say(cancel, { channelId }));
    expect(reply).toMatch(stopped);
    expect(reply).not.toMatch(/nothing under way|Does dim byd ar y gweill/);
  });

  it('with nothing waiting, it still says there is nothing to cancel', async () => {
    const c = chat();
    await c.say('English');
    await c.say('cancel');
    expect(all(await c.say('cancel'))).toMatch(/nothing under way to cancel/);
  });
});
