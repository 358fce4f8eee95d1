import { describe, expect, it } from 'vitest';
import { all, chat, type Chat, fileComplaint } from '../bot/harness';
import { parseCommand } from '../../dialogs/parse/commands';
import { addressInDangerAnswer } from '../../dialogs/parse/danger-answer';

/** Faults found trying the bot as residents would, over HTTP and on the page (tenth session). */

/** Saturday 28 November 2026, 11:00 London: the team is closed until Monday, so a person asked for offers a call back. */
const SATURDAY = '2026-11-28T11:00:00Z';

async function toWhere(lang: 'en' | 'cy', at?: string): Promise<Chat> {
  const c = chat({}, at);
  await c.say(lang === 'en' ? 'hello' : 'helo');
  await c.say(lang === 'en' ? 'English' : 'Cymraeg');
  // No time in it: "for three weeks" would answer "when?" (round 11), and these cases are about "when?" asked next.
  await c.say(lang === 'en' ? 'The boiler is broken and nobody came' : "Mae'r boeler wedi torri a does neb wedi dod");
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

describe('a safeguarding concern with a hazard beside it gets the emergency line first, then the crisis contacts', () => {
  const HAZARD = { en: /You also told me about something that could make your home unsafe[\s\S]*emergency repairs line/, cy: /Rydych chi hefyd wedi sôn am rywbeth a allai wneud eich cartref yn anniogel[\s\S]*linell atgyweirio brys/ };
  const KIND = { en: /Thank you for telling me\. I'm sorry/, cy: /Diolch am ddweud wrtha i\. Mae'n ddrwg gen i/ };
  const rows = [
    { lang: 'en', text: "I'm scared of my ex who keeps turning up at night, and water is dripping next to the kitchen light" },
    { lang: 'en', text: 'My ex threatens me and the wiring in the hall cupboard is hanging down' },
    { lang: 'cy', text: "Dw i ofn fy nghyn-bartner, a dydy'r drws ffrynt ddim yn cloi" },
    { lang: 'cy', text: "Mae arna i ofn fy nghyn-bartner sy'n dod i'r fflat, ac mae'r gwifrau yn y cwpwrdd yn hongian i lawr" },
  ] as const;

  it.each(rows)('$lang, as what went wrong: "$text"', async ({ lang, text }) => {
    const c = chat();
    await c.say(lang === 'en' ? 'hello' : 'helo');
    await c.say(lang === 'en' ? 'English' : 'Cymraeg');
    const reply = all(await c.say(text));
    expect(reply).toMatch(HAZARD[lang]);
    expect(reply).toMatch(KIND[lang]);
    expect(reply.search(HAZARD[lang])).toBeLessThan(reply.search(KIND[lang]));
  });

  it.each(rows)('$lang, as a first message with no greeting (SMS): "$text"', async ({ lang, text }) => {
    const c = chat();
    const reply = all(await c.say(text, { channelId: 'sms' }));
    expect(reply).toMatch(HAZARD[lang]);
    expect(reply.search(HAZARD[lang])).toBeLessThan(reply.search(KIND[lang]));
  });

  it.each([
    // Safeguarding alone, or with an emergency triage flags itself: no extra line.
    { text: "I'm scared of my ex, he keeps coming to the flat and shouting at me", hazard: false },
    { text: "I'm scared of my ex, he keeps coming to the flat, and there's a smell of gas in the kitchen", hazard: false },
  ])('"$text": no hazard line of its own', async ({ text }) => {
    const c = chat();
    await c.say('hello');
    await c.say('English');
    expect(all(await c.say(text))).not.toMatch(HAZARD.en);
  });

  it('with both flags raised by triage, the gas instructions still come before the crisis contacts', async () => {
    const c = chat();
    await c.say('hello');
    await c.say('English');
    const reply = all(await c.say("I'm scared of my ex, he keeps coming to the flat, and there's a smell of gas in the kitchen"));
    expect(reply.search(/If you can smell gas/)).toBeGreaterThanOrEqual(0);
    expect(reply.search(/If you can smell gas/)).toBeLessThan(reply.search(KIND.en));
  });
});

describe('words about a person at risk are never quoted as why something is a service request', () => {
  it.each([
    { lang: 'cy', text: "Dw i ofn fy nghyn-bartner, a dydy'r drws ffrynt ddim yn cloi", quoted: /“ofn fy nghyn bartner”/ },
    { lang: 'en', text: "I am scared of my ex who threatens me, and the front door won't lock", quoted: /“scared of my ex”|“threatens me”/ },
    { lang: 'en', text: 'My ex threatens me and the wiring in the hall cupboard is hanging down', quoted: /“ex threatens”|“threatens me”/ },
  ] as const)('$lang: "$text"', async ({ lang, text, quoted }) => {
    const c = chat();
    await c.say(lang === 'en' ? 'hello' : 'helo');
    await c.say(lang === 'en' ? 'English' : 'Cymraeg');
    const reply = all(await c.say(text));
    expect(reply).toMatch(lang === 'en' ? /Samaritans/ : /Samariaid/);
    expect(reply).not.toMatch(quoted);
  });
});

describe('"how has this affected …?" is asked of the right person', () => {
  const WHO = { en: /Are you the resident, or/, cy: /Ai chi yw'r preswylydd, neu/ };
  const IMPACT_YOU = { en: /How has this affected you and your household\?/, cy: /Sut mae hyn wedi effeithio arnoch chi ac ar eich aelwyd\?/ };
  const IMPACT_RESIDENT = { en: /How has this affected the resident and everyone else in their home\?/, cy: /Sut mae hyn wedi effeithio ar y preswylydd ac ar bawb arall yn y cartref\?/ };
  const WHAT_EFFECT_RESIDENT = { en: /how it has affected the resident or the people they live with/, cy: /sut mae hyn wedi effeithio ar y preswylydd neu ar y bobl sy'n byw gyda nhw/ };
  const COURT = { en: /court claim/, cy: /hawliad llys/ };

  async function toImpact(lang: 'en' | 'cy', description: string): Promise<{ c: Chat; asked: string }> {
    const c = chat();
    await c.say(lang === 'en' ? 'hello' : 'helo');
    await c.say(lang === 'en' ? 'English' : 'Cymraeg');
    await c.say(description);
    await c.say(lang === 'en' ? '4 Park Road' : '4 Heol y Parc');
    await c.say(lang === 'en' ? 'since January and still going' : "ers mis Ionawr ac mae'n dal i ddigwydd");
    const asked = all(await c.say(lang === 'en' ? 'no' : 'naddo'));
    return { c, asked };
  }

  it.each([
    { lang: 'en', description: "My mum's flat has had damp for months and nobody has come", who: 'a relative', bare: 'yes' },
    { lang: 'en', description: 'I am writing on behalf of my client, whose boiler has been broken for three weeks', who: 'advocate', bare: 'ok' },
    { lang: 'cy', description: "Mae lleithder yn fflat Mam ers misoedd a does neb wedi dod", who: 'perthynas', bare: 'do' },
    { lang: 'cy', description: "Dw i'n cwyno ar ran fy nhad, mae'r boeler wedi torri ers wythnosau", who: 'perthynas', bare: 'ydy' },
  ] as const)('$lang, someone else\'s home ("$description"): who is asked first, then the effect on the resident', async ({ lang, description, who, bare }) => {
    const { c, asked } = await toImpact(lang, description);
    expect(asked).toMatch(WHO[lang]);
    expect(asked).not.toMatch(IMPACT_YOU[lang]);
    const impact = all(await c.say(who));
    expect(impact).toMatch(IMPACT_RESIDENT[lang]);
    expect(impact).not.toMatch(IMPACT_YOU[lang]);
    // A bare answer gets the follow-up in the same person.
    expect(all(await c.say(bare))).toMatch(WHAT_EFFECT_RESIDENT[lang]);
    expect(all(await c.say(lang === 'en' ? 'her asthma is worse' : "mae ei hasthma'n waeth"))).toMatch(COURT[lang]);
  });

  it.each([
    { lang: 'en', description: 'The boiler has been broken for weeks and nobody has come' },
    { lang: 'cy', description: "Mae'r boeler wedi torri ers wythnosau a does neb wedi dod" },
  ] as const)('$lang, their own home: the effect on them, asked in its usual place', async ({ lang, description }) => {
    const { asked } = await toImpact(lang, description);
    expect(asked).toMatch(IMPACT_YOU[lang]);
    expect(asked).not.toMatch(WHO[lang]);
  });

  it('a resident asked early ("my son\'s bedroom") answers as they would have, and is asked about themselves', async () => {
    const { c, asked } = await toImpact('en', "There is mould all over my son's bedroom wall and nobody has come");
    expect(asked).toMatch(WHO.en);
    expect(all(await c.say("I'm the resident"))).toMatch(IMPACT_YOU.en);
  });
});

describe('a reference sent again at "postcode or surname?" is the one looked up', () => {
  it.each([
    { lang: 'en', ask: 'Any update on my complaint {typo}?', again: 'sorry I meant {ref}', secret: 'Owen', answered: /Your complaint {ref}/, asked: /postcode or the surname/ },
    { lang: 'en', ask: 'Any update on my complaint {typo}?', again: '{ref}', secret: 'sa1 1aa', answered: /Your complaint {ref}/, asked: /postcode or the surname/ },
    { lang: 'cy', ask: "Be sy'n digwydd efo nghwyn i {typo}?", again: 'sori, {ref}', secret: 'Owen', answered: /Mae eich cwyn {ref}/, asked: /cod post neu'r cyfenw/ },
  ] as const)('$lang: "$again" then "$secret"', async ({ lang, ask, again, secret, answered, asked }) => {
    const c = chat({}, '2026-11-23T10:00:00Z', 'someone-else');
    const ref = await fileComplaint(c, { user: 'resident-1', name: 'Siân Owen', location: '5 Heol y Castell, SA1 1AA' });
    // One character off: a reference that exists nowhere.
    const typo = ref.slice(0, -1) + (ref.endsWith('X') ? 'Y' : 'X');
    await c.say(lang === 'en' ? 'hello' : 'helo');
    await c.say(lang === 'en' ? 'English' : 'Cymraeg');
    expect(all(await c.say(ask.replace('{typo}', typo)))).toMatch(asked);
    // The corrected reference is no guess at the postcode or surname: asked for it again.
    const reply = all(await c.say(again.replace('{ref}', ref)));
    expect(reply).toMatch(asked);
    expect(reply).not.toMatch(lang === 'en' ? /couldn't match/ : /ddim yn cyfateb/);
    expect(all(await c.say(secret))).toMatch(new RegExp(answered.source.replace('{ref}', ref)));
  });
});

describe('a plain no to "anything to make this easier?" is none, in every form the yes/no reader knows', () => {
  it.each([
    ['cy', 'nac oes'],
    ['cy', 'nagoes'],
    ['cy', 'nadw'],
    ['cy', 'nac oes diolch'],
    ['en', 'nope not really'],
    ['en', '👎'],
  ] as const)('%s: "%s"', async (lang, none) => {
    const c = chat();
    const walk =
      lang === 'en'
        ? ['hello', 'English', 'The boiler has been broken for weeks and nobody came', 'Flat 3, 12 Park Road', 'since last month', 'no', 'cold', 'no', '1']
        : ['helo', 'Cymraeg', "Mae'r boeler wedi torri ers wythnosau a does neb wedi dod", 'Fflat 3, 12 Heol y Parc', 'ers mis diwethaf', 'naddo', 'oer', 'nac oes', '1'];
    for (const m of walk) await c.say(m);
    expect(all(await c.say(none))).toMatch(lang === 'en' ? /Are you the resident/ : /Ai chi yw'r preswylydd/);
    await c.say(lang === 'en' ? "I'm the resident" : 'fi');
    // The summary says none, never the no as their own words.
    const summary = all(await c.say(lang === 'en' ? 'anonymous' : 'dienw'));
    expect(summary).toMatch(lang === 'en' ? /Adjustments: None/ : /Addasiadau: Dim/);
    expect(summary).not.toContain(`"${none}"`);
  });
});

describe('the words quoted for a reading leave out a word already inside a quoted phrase', () => {
  it.each([
    { text: "I've started a court claim against the landlord over the damp and I want to complain as well", quoted: '“court claim”', not: ['“court”', '“claim”'] },
    { text: 'my kitchen tap is dripping can someone come and fix it', quoted: '“can someone”', not: ['“can”'] },
  ])('"$text"', async ({ text, quoted, not }) => {
    const c = chat();
    await c.say('hello');
    await c.say('English');
    const reply = all(await c.say(text));
    expect(reply).toContain(quoted);
    for (const n of not) expect(reply).not.toContain(n);
  });
});

describe('a switch of language or help while "first time, or unhappy?" or the danger question waits keeps the message it is about', () => {
  const CLARIFY = { en: /Is this the first time you've told us about this/, cy: /Ai dyma'r tro cyntaf i chi ddweud wrthon ni am hyn/ };
  const DANGER = { en: /is anyone in danger, or is your home unsafe, right now\?/, cy: /ydy unrhyw un mewn perygl, neu ydy'ch cartref yn anniogel/ };
  const WHAT = { en: /What has gone wrong\?/, cy: /Beth sydd wedi mynd o'i le\?/ };
  // A fault with a sign of history the reading leans past: asked "first time, or unhappy?". (", I've
  // told them" was asked until the sixteenth round's weights read it as a complaint outright, which
  // it is; the test is about the question waiting, so its message is one both weights ask about.)
  const WINDOWS = "The windows in my flat don't close properly and there's a draught, still the same";
  // "ddim yn cau o gwbl" reads as a door or window that may not secure the home: the danger
  // question. (Since the twelfth safety pass, one that closes but not properly, "ddim yn cau'n
  // iawn", asks nothing: docs/triage/flags.md.)
  const FFENESTRI = "Dydy'r ffenestri yn y fflat ddim yn cau o gwbl ac mae drafft, dw i wedi dweud wrthyn nhw";
  it.each([
    { from: 'en', description: WINDOWS, asked: CLARIFY, said: 'Cymraeg', to: 'cy', answer: '2' },
    { from: 'en', description: WINDOWS, asked: CLARIFY, said: 'help', to: 'en', answer: '2' },
    { from: 'cy', description: FFENESTRI, asked: DANGER, said: 'English', to: 'en', answer: 'no' },
    { from: 'cy', description: FFENESTRI, asked: DANGER, said: 'cymorth', to: 'cy', answer: 'nac ydy' },
  ] as const)('$from, then "$said": the question again in $to, and the message kept', async ({ from, description, asked, said, to, answer }) => {
    const c = chat();
    await c.say(from === 'en' ? 'hello' : 'helo');
    await c.say(from === 'en' ? 'English' : 'Cymraeg');
    expect(all(await c.say(description))).toMatch(asked[from]);
    const again = all(await c.say(said));
    expect(again).toMatch(asked[to]);
    expect(again).not.toMatch(WHAT[to]);
    // Answered: the message is taken on, never asked for again.
    const next = all(await c.say(answer));
    expect(next).not.toMatch(WHAT[to]);
    if (asked === CLARIFY) expect(next).toContain(description.slice(0, 30));
  });
});

describe('an emergency in a first message that is also a complaint is told once', () => {
  it.each([
    { lang: 'en', text: "There's a strong smell of gas in my kitchen and I've reported it twice and nobody came", once: /If you can smell gas/g },
    { lang: 'cy', text: "Mae dŵr yn dod drwy nenfwd y gegin bob tro mae hi'n bwrw glaw ac mae'r plastr yn syrthio. Dw i wedi ffonio bedair gwaith.", once: /Cadwch draw oddi wrth bethau trydanol/g },
  ] as const)('$lang over SMS: "$text"', async ({ lang, text, once }) => {
    const c = chat();
    const reply = all(await c.say(text, { channelId: 'sms' }));
    expect(reply.match(once)).toHaveLength(1);
    expect(reply.match(lang === 'en' ? /call 999/g : /ffoniwch 999/g)).toHaveLength(1);
    // The complaint is still taken: what went wrong is the message, and the room it names is where
    // (since trial12, "in my kitchen" / "nenfwd y gegin" is not asked about again).
    expect(reply).toMatch(lang === 'en' ? /noted where it is: "my kitchen"/ : /nodi ble mae'r broblem: "nenfwd y gegin"/);
    expect(reply).not.toMatch(lang === 'en' ? /Where is the problem\?/ : /Ble mae'r broblem\?/);
  });
});

describe('a command of two or three words with one slip is still the command', () => {
  it.each([
    ['strat again', 'restart'],
    ['start agian', 'restart'],
    ['dechrua eto', 'restart'],
    ['in englsih', 'english'],
    ['welsh pleas', 'welsh'],
  ] as const)('"%s" is %s', (text, command) => expect(parseCommand(text)).toBe(command));

  it.each(['start the repair', 'cancle', 'heart again', 'dechrau etto is what I want', 'start a gain'])('"%s" is no command', (text) => expect(parseCommand(text)).toBeNull());

  it('"strat again" at "when?" starts the intake again, not "I couldn\'t read a date"', async () => {
    const c = chat();
    for (const m of ['hello', 'English', 'The bathroom ceiling has black mould and nobody came', 'bathroom']) await c.say(m);
    const reply = all(await c.say('strat again'));
    expect(reply).toMatch(/What has gone wrong\?/);
    expect(reply).not.toMatch(/couldn't read a date/);
  });
});

describe('a house name before the street is kept with the address', () => {
  it.each([
    ['Tŷ Gwyn, Heol y Bont, Llanrwst', 'Tŷ Gwyn, Heol y Bont, Llanrwst'],
    ['Bryn Awel, Ffordd y Coleg, SA1 1AA', 'Bryn Awel, Ffordd y Coleg, SA1 1AA'],
    ['Yes. Rose Cottage, Mill Lane', 'Rose Cottage, Mill Lane'],
    // An answer word or a sentence before is no house name.
    ["Yes, we're at 14 Oak Road, CF5 2AB", '14 Oak Road, CF5 2AB'],
    ['We are fine, 12 Park Road', '12 Park Road'],
  ])('"%s"', (text, address) => expect(addressInDangerAnswer(text)).toBe(address));

  it('added to a service request whole (WhatsApp, Welsh)', async () => {
    const c = chat();
    await c.say('helo', { channelId: 'whatsapp' });
    await c.say('Cymraeg', { channelId: 'whatsapp' });
    const first = all(await c.say("Ma'r drws cefn wedi pydru ac mae'n gadael dŵr i mewn", { channelId: 'whatsapp' }));
    expect(first).toMatch(/cais am wasanaeth/);
    expect(all(await c.say('Tŷ Gwyn, Heol y Bont, Llanrwst', { channelId: 'whatsapp' }))).toMatch(/at eich cais CMP-\w{4}-\w{4}: Tŷ Gwyn, Heol y Bont, Llanrwst/);
  });
});
