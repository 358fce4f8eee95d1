import { describe, expect, it } from 'vitest';
import { router } from './router';

const QUESTION = { en: /Before we go on: is anyone in danger, or is your home unsafe, right now\?/, cy: /Cyn i ni fynd ymlaen: ydy unrhyw un mewn perygl, neu ydy'ch cartref yn anniogel, ar hyn o bryd\?/ };
const CALL_999 = { en: /If anyone is in danger right now, call 999/, cy: /Os oes unrhyw un mewn perygl nawr, ffoniwch 999/ };
const REPAIRS_LINE = { en: /emergency repairs/i, cy: /atgyweirio brys/ };
const CRISIS = { en: /Samaritans|116 123/, cy: /Samariaid|Samaritans|116 123/ };
const SERVICE_REQUEST = { en: /recorded this as a request for/, cy: /cofnodi hyn fel cais am wasanaeth/ };
const CLARIFY = { en: /first time you've told us about this/, cy: /Ai dyma'r tro cyntaf i chi ddweud wrthon ni/ };
/** The message taken on as a first message would be: recorded as a request, or the clarifying question where triage asks it. */
const TAKEN_ON = { en: /recorded this as a request for|first time you've told us about this/, cy: /cofnodi hyn fel cais am wasanaeth|Ai dyma'r tro cyntaf i chi ddweud wrthon ni/ };
const HOME = { en: 'Water is dripping next to the kitchen light', cy: "Dydy'r drws ffrynt ddim yn cloi" };
const PERSON = { en: 'My son got hurt on the broken step outside', cy: 'Mae fy mab wedi brifo ar y gris sydd wedi torri' };

describe('the danger question: a hazard named, no safety flag raised', () => {
  const rows: Array<{ lang: 'en' | 'cy'; message: 'home' | 'person'; answer: string | { tap: string }; yes: boolean }> = [
    { lang: 'en', message: 'home', answer: { tap: 'yes' }, yes: true },
    { lang: 'en', message: 'home', answer: 'yeah', yes: true },
    { lang: 'en', message: 'home', answer: 'no', yes: false },
    { lang: 'en', message: 'home', answer: 'it just needs fixing', yes: false },
    { lang: 'en', message: 'person', answer: 'yes', yes: true },
    { lang: 'cy', message: 'home', answer: 'ydy', yes: true },
    { lang: 'cy', message: 'home', answer: 'yndi', yes: true },
    { lang: 'cy', message: 'home', answer: { tap: 'no' }, yes: false },
    { lang: 'cy', message: 'home', answer: 'nac ydy', yes: false },
    { lang: 'cy', message: 'person', answer: 'oes', yes: true },
  ];
  it.each(rows)('$lang $message: $answer', async ({ lang, message, answer, yes }) => {
    const r = router();
    const asked = await r.say((message === 'home' ? HOME : PERSON)[lang]);
    expect(asked.text).toMatch(QUESTION[lang]);
    expect(asked.text).not.toMatch(CALL_999[lang]);
    expect(asked.buttons).toEqual(['{"choice":"yes"}', '{"choice":"no"}']);
    expect(r.cases()).toEqual([]);
    let reply = typeof answer === 'string' ? await r.say(answer) : await r.say('a label the locale no longer has', { value: { choice: answer.tap } });
    // Where triage also asks "first time, or unhappy?" of the message, it is asked next: a first report.
    if (CLARIFY[lang].test(reply.text)) {
      const before = reply.text;
      reply = await r.say(lang === 'en' ? 'first time' : 'y tro cyntaf');
      reply = { ...reply, text: `${before}\n${reply.text}` };
    }
    if (yes) {
      expect(reply.text).toMatch(CALL_999[lang]);
      expect(reply.text).toMatch(REPAIRS_LINE[lang]);
      // The emergency lines come first, then the message is taken on as it would have been.
      expect(reply.text.search(TAKEN_ON[lang])).toBeGreaterThan(reply.text.search(CALL_999[lang]));
    } else {
      expect(reply.text).not.toMatch(CALL_999[lang]);
    }
    if (message === 'person' && yes) expect(reply.text).toMatch(CRISIS[lang]);
    if (message === 'home') expect(reply.text).not.toMatch(CRISIS[lang]);
    expect(reply.text).toMatch(SERVICE_REQUEST[lang]);
    expect(reply.text).not.toMatch(QUESTION[lang]);
    const cases = r.cases();
    expect(cases.map((c) => c.kind)).toEqual(['service_request']);
    expect(cases[0].triage.dangerConfirmed).toBe(yes ? true : undefined);
  });

  it('is not asked when a safety flag was raised: the emergency lines come at once', async () => {
    const r = router();
    const reply = await r.say('There is a strong smell of gas in my kitchen');
    expect(reply.text).toMatch(CALL_999.en);
    expect(reply.text).not.toMatch(QUESTION.en);
  });

  it('is asked once a conversation, never twice', async () => {
    const r = router();
    expect((await r.say(HOME.en)).text).toMatch(QUESTION.en);
    expect((await r.say('no')).text).toMatch(SERVICE_REQUEST.en);
    const again = await r.say('The wiring in the hall cupboard is hanging down and needs looking at');
    expect(again.text).not.toMatch(QUESTION.en);
    expect(r.cases()).toHaveLength(2);
  });

  it('is not asked of words with no hazard in them', async () => {
    const r = router();
    const reply = await r.say('Please can someone fix my kitchen cupboard door, the hinge is loose');
    expect(reply.text).not.toMatch(QUESTION.en);
  });

  it('a complaint is asked about first, and after a yes goes on to the complaint', async () => {
    const r = router();
    expect((await r.say('I want to make a complaint, water is dripping next to the kitchen light and nobody has come despite three calls')).text).toMatch(QUESTION.en);
    const reply = await r.say('yes');
    expect(reply.text).toMatch(CALL_999.en);
    expect(reply.text).toMatch(/Where is the problem/);
  });

  // Most residents say hello first: the hazard then comes as the answer to "what went wrong?".
  it.each([
    ['en', 'Hi', 'English', /What has gone wrong/],
    ['cy', 'Helo', 'Cymraeg', /Beth sydd wedi mynd o'i le/],
  ] as const)('%s: asked of the answer to "what went wrong?" after a hello, then taken on as a first message would be', async (lang, hello, language, whatWentWrong) => {
    const r = router();
    await r.say(hello);
    expect((await r.say(language)).text).toMatch(whatWentWrong);
    const asked = await r.say(HOME[lang]);
    expect(asked.text).toMatch(QUESTION[lang]);
    expect(asked.text).not.toMatch(SERVICE_REQUEST[lang]);
    expect(r.cases()).toEqual([]);
    const reply = await r.say(lang === 'en' ? 'yes' : 'ydy');
    expect(reply.text).toMatch(CALL_999[lang]);
    expect(reply.text.search(CALL_999[lang])).toBeLessThan(reply.text.search(SERVICE_REQUEST[lang]));
    expect(r.cases().map((c) => [c.kind, c.triage.dangerConfirmed])).toEqual([['service_request', true]]);
    // Once a conversation, there too.
    expect((await r.say('The wiring in the hall cupboard is hanging down and needs looking at')).text).not.toMatch(QUESTION[lang]);
  });

  it('someone who asked to complain is asked, then their complaint goes on with what they wrote', async () => {
    const r = router();
    expect((await r.say('I want to make a complaint')).text).toMatch(/What has gone wrong/);
    expect((await r.say(HOME.en)).text).toMatch(QUESTION.en);
    const reply = await r.say('no');
    expect(reply.text).not.toMatch(CALL_999.en);
    expect(reply.text).not.toMatch(SERVICE_REQUEST.en);
    expect(reply.text).toMatch(/Where is the problem/);
  });
});
