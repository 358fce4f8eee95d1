import { describe, expect, it } from 'vitest';
import { all, chat, type Chat } from '../bot/harness';

/** Faults found trying the bot as residents would, over HTTP and on the page (tenth session). */

/** Saturday 28 November 2026, 11:00 London: the team is closed until Monday, so a person asked for offers a call back. */
const SATURDAY = '2026-11-28T11:00:00Z';

async function toWhere(lang: 'en' | 'cy', at?: string): Promise<Chat> {
  const c = chat({}, at);
  await c.say(lang === 'en' ? 'hello' : 'helo');
  await c.say(lang === 'en' ? 'English' : 'Cymraeg');
  await c.say(lang === 'en' ? 'The boiler has been broken for three weeks and nobody came' : "Mae'r boeler wedi torri ers tair wythnos a does neb wedi dod");
  return c;
}

const WHERE = { en: /Where is the problem\?/, cy: /Ble mae'r broblem\?/ };
const WHEN = { en: /When did it happen/, cy: /Pryd ddigwyddodd hyn/ };
const REPORTED = { en: /reported this to us before/, cy: /wedi rhoi gwybod i ni am hyn o'r blaen/ };

describe('an address sent while a call back is offered answers "where?"', () => {
  it.each([
    { lang: 'en', ask: 'speak to a person', address: 'Flat 3, 12 Park Road', when: '3 weeks ago', kept: /noted that as where the problem is\. Your request for a person stays with the team/ },
    { lang: 'cy', ask: 'siarad â pherson', address: 'Fflat 3, 12 Heol y Parc', when: 'tair wythnos yn ôl', kept: /wedi nodi mai dyna ble mae'r broblem\. Mae eich cais i siarad â pherson yn aros gyda'r tîm/ },
    { lang: 'en', ask: 'speak to a person', address: 'the kitchen', when: 'last month', kept: /noted that as where the problem is/ },
    { lang: 'cy', ask: 'siarad â pherson', address: 'y gegin', when: 'mis diwethaf', kept: /wedi nodi mai dyna ble mae'r broblem/ },
  ] as const)('$lang, "$address": kept as the location, "when?" asked next, and the next answer not taken as the time to call', async ({ lang, ask, address, when, kept }) => {
    const c = await toWhere(lang, SATURDAY);
    expect(all(await c.say(ask))).toMatch(lang === 'en' ? /call you back/ : /ffonio chi'n ôl/);
    const reply = all(await c.say(address));
    expect(reply).toMatch(kept);
    expect(reply).toMatch(WHEN[lang]);
    expect(reply).not.toMatch(WHERE[lang]);
    // The request stays with the team; no time to call was recorded.
    expect((await c.core.store.handoffs.list())[0]).toMatchObject({ state: 'callback', callback: { when: null } });
    const next = all(await c.say(when));
    expect(next).toMatch(REPORTED[lang]);
    expect(next).not.toMatch(lang === 'en' ? /call you back/ : /ffonio chi'n ôl/);
    expect((await c.core.store.handoffs.list())[0]).toMatchObject({ callback: { when: null } });
    // Asking again is told the request is with the team, not that a call back was arranged.
    const again = all(await c.say(ask));
    expect(again).toMatch(lang === 'en' ? /already asked for a person, and your request stays with the team/ : /eisoes wedi gofyn am gael siarad â pherson/);
    expect(again).not.toMatch(lang === 'en' ? /already asked for a call back/ : /eisoes wedi gofyn i ni eich ffonio/);
  });

  it.each([
    // A time to call, or a phone number, with or without an address, is still the call back's answer.
    { text: '12 Park Road, any time after 2', recorded: /call you back: "12 Park Road, any time after 2"/ },
    { text: 'Tuesday morning', recorded: /call you back: "Tuesday morning"/ },
    { text: 'Flat 3, ring 07700 900123', recorded: /call you back: "Flat 3, ring 07700 900123"/ },
  ])('"$text" at "where?" still answers the call back', async ({ text, recorded }) => {
    const c = await toWhere('en', SATURDAY);
    await c.say('speak to a person');
    const reply = all(await c.say(text));
    expect(reply).toMatch(recorded);
    expect(reply).toMatch(WHERE.en);
  });

  it('at another question an address is still the call back offer\'s to ask about (not a "where?" answer)', async () => {
    const c = await toWhere('en', SATURDAY);
    await c.say('Flat 3, 12 Park Road');
    await c.say('speak to a person');
    expect(all(await c.say('Flat 3, 12 Park Road'))).toMatch(/About the call back: which day and time/);
  });
});
