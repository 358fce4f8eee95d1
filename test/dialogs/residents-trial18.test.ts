import { describe, expect, it } from 'vitest';
import { all, chat, type Chat, fileComplaint } from '../bot/harness';
import type { CaseEventInput } from '../../src/cases/lifecycle';
import { anythingElseAnswer } from '../../dialogs/parse/closing';
import { restartLanguage } from '../../dialogs/parse/commands';

/** Faults found playing residents end to end over HTTP, in both languages (trial18). */

async function walk(c: Chat, messages: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const m of messages) out.push(all(await c.say(m)));
  return out;
}

async function takeOver(c: Chat): Promise<void> {
  const [waiting] = (await c.core.store.handoffs.list()).filter((h) => h.state === 'waiting');
  expect((await c.core.store.handoffs.accept(waiting!.id, 'staff:trial', '2026-11-23T10:05:00.000Z')).outcome).toBe('accepted');
}

async function openHandoff(c: Chat) {
  const [open] = (await c.core.store.handoffs.list()).filter((h) => h.state !== 'finished');
  return open!;
}

const START = {
  en: ['English', 'The kitchen window has not closed properly since the autumn and I have told you twice'],
  cy: ['Cymraeg', "Dydy ffenest y gegin ddim wedi cau'n iawn ers yr hydref a dw i wedi deud wrthach chi ddwywaith"],
} as const;

describe('the staff queue shows the language the conversation is now in', () => {
  it.each([
    ['en', 'speak to a person', 'Cymraeg', 'cy'],
    ['cy', 'siarad â pherson', 'English', 'en'],
  ] as const)('%s: %j, taken, then %j typed to the officer: the handover is in %s', async (from, ask, word, to) => {
    const c = chat();
    await walk(c, START[from]);
    await c.say(ask);
    await takeOver(c);
    expect((await openHandoff(c)).language).toBe(from);
    expect(all(await c.say(word))).toBe('');
    const open = await openHandoff(c);
    expect(open.language).toBe(to);
    // The change is on the handover's record too, for the officer's view of what happened.
    const chosen = await c.core.store.handoffs.eventsOfKind(open.id, 'language_chosen');
    expect(chosen.map((e) => e.data)).toEqual([{ language: to }]);
  });

  it.each([
    ['en', 'speak to a person', 'Cymraeg', 'cy'],
    ['cy', 'siarad â pherson', 'English', 'en'],
  ] as const)('%s: asked with %j, still waiting for a person, %j typed moves the request to %s', async (from, ask, word, to) => {
    const c = chat();
    await walk(c, START[from]);
    await c.say(ask);
    await c.say(word);
    expect((await openHandoff(c)).language).toBe(to);
  });

  it('the same language typed again records nothing', async () => {
    const c = chat();
    await walk(c, START.cy);
    await c.say('siarad â pherson');
    await takeOver(c);
    await c.say('Cymraeg');
    const open = await openHandoff(c);
    expect(open.language).toBe('cy');
    expect(await c.core.store.handoffs.eventsOfKind(open.id, 'language_chosen')).toEqual([]);
  });

  it('a finished handover keeps the language it was handled in', async () => {
    const c = chat();
    await walk(c, START.en);
    await c.say('speak to a person');
    await takeOver(c);
    const open = await openHandoff(c);
    await c.core.store.handoffs.finish(open.id, 'staff:trial', '2026-11-23T10:20:00.000Z', 'handed_back', { note: null });
    await c.core.store.handoffs.appendEvent(open.id, 'language_chosen', 'resident', { language: 'cy' }, '2026-11-23T10:21:00.000Z');
    expect((await c.core.store.handoffs.get(open.id))!.language).toBe('en');
  });
});

describe('"start again" typed in the other language starts again in it', () => {
  it.each([
    ['dechrau eto', 'cy'],
    ['ailddechrau', 'cy'],
    ["dechra'n ôl plis", 'cy'],
    ['cychwyn eto', 'cy'],
    ['start again', 'en'],
    ['start over please', 'en'],
    ['strat again', 'en'],
    ['restart', null],
    ['reset', null],
    ['Cymraeg', null],
    ['I want to start again with the repair', null],
  ] as const)('%j is %s', (text, lang) => expect(restartLanguage(text)).toBe(lang));

  const WHAT = { en: /What has gone wrong/, cy: /Beth sydd wedi mynd o'i le/ };
  const RESTART = { en: /OK, let's start again/, cy: /Iawn, gadewch i ni ddechrau eto/ };

  it.each([
    ['en', 'dechrau eto', 'cy'],
    ['en', 'ailddechrau', 'cy'],
    ['cy', 'start again', 'en'],
    ['cy', 'start over', 'en'],
  ] as const)('%s conversation, %j mid-intake: restarted in %s, and the conversation carries on in it', async (from, word, to) => {
    const c = chat();
    await walk(c, START[from]);
    const said = all(await c.say(word));
    expect(said).toMatch(RESTART[to]);
    expect(said).toMatch(WHAT[to]);
    expect(said).not.toMatch(RESTART[from]);
    expect(said).toMatch(to === 'cy' ? /Fe wna i barhau yn Gymraeg/ : /I'll carry on in English/);
    // The next question comes in the language of the restart too.
    expect(all(await c.say(to === 'cy' ? "Mae'r drws ffrynt wedi torri" : 'The front door is broken'))).toMatch(
      to === 'cy' ? /Rydw i wedi cofnodi hyn fel cais am wasanaeth/ : /I've recorded this as a request for service/,
    );
  });

  it.each([
    ['en', 'start again'],
    ['cy', 'dechrau eto'],
    ['cy', 'restart'],
    ['en', 'restart'],
  ] as const)('%s conversation, %j: restarted in the same language, no word about languages', async (lang, word) => {
    const c = chat();
    await walk(c, START[lang]);
    const said = all(await c.say(word));
    expect(said).toMatch(RESTART[lang]);
    expect(said).toMatch(WHAT[lang]);
    expect(said).not.toMatch(/carry on in|barhau yn/);
  });

  it.each([
    ['en', ['hello', 'English', 'I want to check on my complaint'], 'dechrau eto', /Iawn, gadewch i ni ddechrau eto[\s\S]*anfonwch ei chyfeirnod/],
    ['cy', ['helo', 'Cymraeg', "Dw i isio gwybod be sy'n digwydd efo fy nghwyn"], 'start again', /OK, let's start again[\s\S]*send its reference/],
  ] as const)('%s status enquiry, %j: the enquiry again, in the language typed', async (_lang, start, word, said) => {
    const c = chat();
    await walk(c, start);
    expect(all(await c.say(word))).toMatch(said);
  });
});

describe('after a complaint is filed or stage 2 recorded, "anything else?" is answered, not met with the menu', () => {
  it.each([
    ['no', 'no'], ['na', 'no'], ['dim diolch', 'no'], ['No thanks!', 'no'], ['nac oes', 'no'], ['nagoes diolch', 'no'],
    ['Diolch yn fawr', 'thanks'], ['thanks', 'thanks'], ["that's all thanks", 'thanks'], ['ok diolch', 'thanks'],
    ['ia', 'yes'], ['yes please', 'yes'],
    ['no, the back door is broken too', null], ['Mae drws y cefn wedi torri hefyd', null],
  ] as const)('%j is %s', (text, answer) => expect(anythingElseAnswer(text)).toBe(answer));

  const MENU = { en: /How can I help\?/, cy: /Sut galla i helpu\?/ };
  const CLOSED = { en: /That's fine\. Thank you for getting in touch/, cy: /Mae hynny'n iawn\. Diolch am gysylltu â ni/ };
  const ANYTHING_ELSE = { en: /Is there anything else\?/, cy: /Oes unrhyw beth arall\?/ };

  const answered: CaseEventInput[] = [
    { type: 'acknowledged', date: '2026-11-24' },
    { type: 'answered', date: '2026-12-04', outcome: 'not_upheld', remedies: [] },
  ];
  async function stage2Recorded(lang: 'en' | 'cy'): Promise<{ c: Chat; recorded: string }> {
    const c = chat({}, '2026-12-07T10:00:00Z');
    const ref = await fileComplaint(c);
    for (const e of answered) await c.core.updates.record(ref, 'staff:test', e);
    await walk(c, lang === 'en' ? ['hi', 'English', 'cancel', "I'm not happy with the answer, nothing has changed"] : ['Shwmae', 'Cymraeg', 'canslo', "Dw i'm yn hapus efo'r ateb, ma'r llwydni dal yna"]);
    const recorded = all(await c.say(lang === 'en' ? 'skip' : 'sgipio'));
    expect(recorded).toMatch(lang === 'en' ? /moved to stage 2/ : /wedi symud i Gam 2/);
    return { c, recorded };
  }

  it.each([
    ['en', 'no'], ['en', 'no thanks'], ['en', 'thanks'],
    ['cy', 'na'], ['cy', 'dim diolch'], ['cy', 'diolch'],
  ] as const)('%s: stage 2 recorded, "anything else?" asked; %j closes the exchange, no menu, nothing filed', async (lang, answer) => {
    const { c, recorded } = await stage2Recorded(lang);
    expect(recorded).toMatch(ANYTHING_ELSE[lang]);
    const before = (await c.core.store.cases.listWithEvents()).length;
    const reply = all(await c.say(answer));
    expect(reply).toMatch(CLOSED[lang]);
    expect(reply).not.toMatch(MENU[lang]);
    expect((await c.core.store.cases.listWithEvents()).length).toBe(before);
  });

  it.each([['en'], ['cy']] as const)('%s: stage 2 recorded, the next problem told straight away is taken on as any message', async (lang) => {
    const { c } = await stage2Recorded(lang);
    const reply = all(await c.say(lang === 'en' ? 'Also the back door has been broken since Monday and nobody has come' : "Hefyd mae drws y cefn wedi torri ers dydd Llun a does neb wedi dod"));
    expect(reply).not.toMatch(CLOSED[lang]);
    expect(reply).not.toMatch(MENU[lang]);
  });

  const FILE = {
    en: ['English', 'The bathroom ceiling has been leaking since March and I have rung twice', 'It keeps me awake', 'no', '1', 'none', '1', 'Sam Jones', '07700 900123', 'English', 'mornings', 'yes'],
    cy: ['Cymraeg', "Mae nenfwd yr ystafell ymolchi wedi bod yn gollwng ers mis Mawrth a dw i wedi ffonio ddwywaith", "Mae'n fy nghadw i'n effro", 'na', '1', 'dim', '1', 'Sam Jones', '07700 900123', 'Cymraeg', 'bore', 'ydw'],
  } as const;

  it.each([
    ['en', 'no', CLOSED.en], ['en', 'Thank you', CLOSED.en], ['en', 'yes', /Of course\. Tell me about it in your own words/],
    ['cy', 'na', CLOSED.cy], ['cy', 'Diolch', CLOSED.cy], ['cy', 'oes', /Wrth gwrs\. Dywedwch wrtha i amdano yn eich geiriau eich hun/],
  ] as const)('%s: a complaint filed, %j to "anything else?" is answered, no menu, nothing more filed', async (lang, answer, said) => {
    const c = chat();
    expect((await walk(c, FILE[lang])).at(-1)).toMatch(ANYTHING_ELSE[lang]);
    const before = (await c.core.store.cases.listWithEvents()).length;
    const reply = all(await c.say(answer));
    expect(reply).toMatch(said);
    expect(reply).not.toMatch(MENU[lang]);
    expect((await c.core.store.cases.listWithEvents()).length).toBe(before);
  });

  it('only the next message: a "no" later on is read as it always was', async () => {
    const c = chat();
    await walk(c, FILE.en);
    await c.say('The front door is broken');
    expect(all(await c.say('no'))).not.toMatch(CLOSED.en);
  });
});
