import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessBot, startInProcess } from './in-process';
import { httpConversation } from './server';

/** The clarifying question over HTTP, through the production app, in both languages (issue #19 §3). */
describe('first time, or unhappy with how it has been dealt with? (over HTTP)', () => {
  let bot: InProcessBot;
  beforeAll(async () => {
    bot = await startInProcess();
  }, 120_000);
  afterAll(async () => {
    await bot?.stop();
  });

  it.each([
    {
      lang: 'English',
      message: 'The kitchen tap has been dripping since 2019',
      question: /first time you've told us about this, or are you unhappy/,
      unhappy: "I'm not happy with how it's been dealt with",
      beside: /carries on as a service request \(reference [A-Z0-9-]+\)[\s\S]*Where is the problem/,
    },
    {
      lang: 'Cymraeg',
      message: 'Mae tap y gegin wedi bod yn diferu ers 2019',
      question: /Ai dyma'r tro cyntaf i chi ddweud wrthon ni am hyn/,
      unhappy: "Dw i'n anhapus efo'r ffordd mae wedi cael ei drin",
      beside: /parhau fel cais am wasanaeth \(cyfeirnod [A-Z0-9-]+\)[\s\S]*Ble mae'r broblem/,
    },
  ])('$lang: asked once, and unhappy is a complaint beside the service request', async (row) => {
    // A resident of their own: the language chosen is kept per resident.
    const c = httpConversation(bot.url, undefined, `resident-unhappy-${row.lang}`);
    expect((await c.say(row.message)).join('\n')).toMatch(row.question);
    expect((await c.say(row.unhappy)).join('\n')).toMatch(row.beside);
  }, 120_000);

  it.each([
    {
      lang: 'English',
      message: 'Water is dripping next to the kitchen light',
      question: /Before we go on: is anyone in danger, or is your home unsafe, right now\?/,
      yes: 'yes',
      then: /If anyone is in danger right now, call 999[\s\S]*recorded this as a request for service/,
    },
    {
      lang: 'Cymraeg',
      message: "Dydy'r drws ffrynt ddim yn cloi",
      question: /Cyn i ni fynd ymlaen: ydy unrhyw un mewn perygl, neu ydy'ch cartref yn anniogel, ar hyn o bryd\?/,
      yes: 'ydy',
      then: /Os oes unrhyw un mewn perygl nawr, ffoniwch 999[\s\S]*cofnodi hyn fel cais am wasanaeth/,
    },
  ])('$lang: a hazard named without a flag is asked about once; yes gets the emergency lines, then carries on', async (row) => {
    const c = httpConversation(bot.url, undefined, `resident-danger-${row.lang}`);
    const asked = (await c.say(row.message)).join('\n');
    expect(asked).toMatch(row.question);
    expect(asked).not.toMatch(/999/);
    const reply = (await c.say(row.yes)).join('\n');
    expect(reply).toMatch(row.then);
    expect(reply).not.toMatch(row.question);
  }, 120_000);

  it.each([
    { lang: 'English', message: 'The kitchen tap has been dripping since 2019', first: '1', recorded: /recorded this as a request for service/ },
    { lang: 'Cymraeg', message: 'Mae tap y gegin wedi bod yn diferu ers 2019', first: 'y tro cyntaf', recorded: /cofnodi hyn fel cais am wasanaeth/ },
  ])('$lang: a first report is a service request', async (row) => {
    const c = httpConversation(bot.url, undefined, `resident-first-${row.lang}`);
    await c.say(row.message);
    const reply = (await c.say(row.first)).join('\n');
    expect(reply).toMatch(row.recorded);
    expect(reply).not.toMatch(/Where is the problem|Ble mae'r broblem/);
  }, 120_000);

  it.each([
    { lang: 'English', say: 'I want the Ombudsman to look at this', expect: /Housing Ombudsman Service[\s\S]*12 months from the landlord's final response[\s\S]*has to finish first[\s\S]*reference/ },
    { lang: 'Cymraeg', say: "Dw i isio mynd at yr Ombwdsmon", expect: /sef Gwasanaeth yr Ombwdsmon Tai[\s\S]*mae deuddeg mis gennych chi i fynd ato, gan gyfrif o ymateb terfynol[\s\S]*orffen yn gyntaf[\s\S]*chyfeirnod/ },
  ])('$lang: a wish for the Ombudsman is answered with how and when, then asks after the complaint', async (row) => {
    const c = httpConversation(bot.url, undefined, `resident-ombudsman-${row.lang}`);
    const reply = (await c.say(row.say)).join("\n");
    expect(reply).toMatch(row.expect);
  }, 120_000);

  it.each([
    { lang: 'English', say: 'How do I complain about the police?', expect: /complaint about the police[\s\S]*101[\s\S]*haven't recorded anything/ },
    { lang: 'Cymraeg', say: 'Dw i eisiau cwyno am fy meddygfa', expect: /cwyn am y feddygfa[\s\S]*ddim wedi cofnodi unrhyw beth/ },
  ])('$lang: a complaint about another body is signposted, not filed', async (row) => {
    const c = httpConversation(bot.url, undefined, `resident-signpost-${row.lang}`);
    expect((await c.say(row.say)).join('\n')).toMatch(row.expect);
  }, 120_000);
});
