import type { Activity, CardAction } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capabilitiesOf } from '../../src/channels/capabilities';
import { measure } from '../../src/channels/split';
import { serveInProcess, type ServedInProcess } from './in-process';

/**
 * Whole intakes through the production server, with activities shaped as each channel sends
 * them, checking what the resident would see: no reply over the channel's limits, no cards, and
 * every choice answerable there (by its button, sent back the channel's way, or by its number).
 */

let bot: ServedInProcess;
beforeAll(async () => {
  bot = await serveInProcess();
}, 180_000);
afterAll(async () => bot?.stop());

type Reply = Partial<Activity>;
let seq = 0;

/** How one channel wraps a resident's message and a tap on one of the bot's buttons. */
interface ChannelShape {
  channelId: string;
  message(text: string, tap?: CardAction): Record<string, unknown>;
}

const facebook = (psid: string, page = '104578312345678'): ChannelShape => ({
  channelId: 'facebook',
  // Azure Bot Service passes Messenger's webhook event on as channelData.
  message: (text, tap) => ({
    from: { id: psid, name: 'Resident' },
    recipient: { id: page, name: 'Landlord' },
    conversation: { id: `${psid}-${page}`, isGroup: false },
    serviceUrl: 'https://facebook.botframework.com/',
    text: tap ? tap.title : text,
    channelData: {
      sender: { id: psid },
      recipient: { id: page },
      timestamp: 1_795_000_000_000 + seq,
      message: { mid: `m_${seq}`, text: tap ? tap.title : text, ...(tap ? { quick_reply: { payload: tap.value } } : {}) },
    },
  }),
});

const sms = (phone: string): ChannelShape => ({
  channelId: 'sms',
  // Azure's Twilio channel: the phone numbers are the ids, the conversation is the resident's number.
  message: (text) => ({
    from: { id: phone, name: phone },
    recipient: { id: '+441632960001', name: '+441632960001' },
    conversation: { id: phone },
    serviceUrl: 'https://sms.botframework.com/',
    text,
    channelData: { From: phone, To: '+441632960001', Body: text, MessageSid: `SM${seq}` },
  }),
});

const whatsapp = (waId: string): ChannelShape => ({
  channelId: 'whatsapp',
  // As a WhatsApp adapter hands on the Cloud API's message: the raw message as channelData.
  message: (text, tap) => {
    const id = (tap?.value as { choice?: string } | undefined)?.choice;
    const raw = tap
      ? { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id, title: tap.title } } }
      : { type: 'text', text: { body: text } };
    return {
      from: { id: waId, name: 'Resident' },
      recipient: { id: '15550001111' },
      conversation: { id: waId },
      serviceUrl: 'http://localhost',
      text: tap ? tap.title : text,
      channelData: { from: waId, id: `wamid.${seq}`, timestamp: String(1_795_000_000 + seq), ...raw },
    };
  },
});

const webchat = (user: string): ChannelShape => ({
  channelId: 'webchat',
  message: (text, tap) => ({
    from: { id: user, name: '' },
    recipient: { id: 'bot' },
    conversation: { id: `${user}-conv` },
    serviceUrl: 'https://webchat.botframework.com/',
    // A messageBack tap: the label shown, the value sent with it.
    ...(tap ? { text: tap.text, value: tap.value } : { text }),
    channelData: { clientActivityID: `c${seq}` },
  }),
});

async function post(shape: ChannelShape, text: string, tap?: CardAction): Promise<Reply[]> {
  seq++;
  const res = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', id: `act-${seq}`, channelId: shape.channelId, deliveryMode: 'expectReplies', ...shape.message(text, tap) }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { activities?: Reply[] };
  return body.activities ?? [];
}

/** What the channel could not show, if anything. */
function withinLimits(channelId: string, replies: Reply[]): void {
  const caps = capabilitiesOf(channelId);
  for (const r of replies) {
    expect(r.attachments ?? []).toEqual([]);
    if (caps.maxText !== null) expect(measure(r.text ?? '', caps.unit)).toBeLessThanOrEqual(caps.maxText);
    const actions = r.suggestedActions?.actions ?? [];
    if (!actions.length) continue;
    const limits = caps.buttons && actions.length <= caps.buttons.max ? caps.buttons : caps.list;
    expect(limits, `${channelId} shows no buttons`).not.toBeNull();
    expect(actions.length).toBeLessThanOrEqual(limits!.max);
    for (const a of actions) if (limits!.titleMax !== null) expect(a.title!.length).toBeLessThanOrEqual(limits!.titleMax);
    if (limits!.bodyMax) expect((r.text ?? '').length).toBeLessThanOrEqual(limits!.bodyMax);
  }
}

/** A resident's turn: typed words, or a choice made the way the channel allows. */
type Step = { say: string; expect: RegExp } | { pick: string; n?: number; words?: string; expect: RegExp };

const valueOf = (a: CardAction): unknown => (a.value && typeof a.value === 'object' ? (a.value as { choice?: string }).choice : a.value);

async function walk(shape: ChannelShape, steps: Step[]): Promise<Reply[][]> {
  let last: Reply[] = [];
  const turns: Reply[][] = [];
  for (const step of steps) {
    if ('say' in step) last = await post(shape, step.say);
    else {
      const button = last.at(-1)?.suggestedActions?.actions.find((a) => valueOf(a) === step.pick);
      if (button) last = await post(shape, '', button);
      else if (step.n !== undefined) {
        // No button: the choice is numbered in the text, and the number answers it.
        // SMS's one-segment greeting numbers its two choices without the dot ("1 Cymraeg", since trial12).
        expect(last.at(-1)?.text).toMatch(new RegExp(`(\\(${step.n}\\) |^(neu |or )?${step.n}\\.? )`, 'm'));
        last = await post(shape, String(step.n));
      } else last = await post(shape, step.words!);
    }
    withinLimits(shape.channelId, last);
    const text = last.map((r) => r.text ?? '').join('\n');
    expect(text, JSON.stringify(step)).toMatch(step.expect);
    turns.push(last);
  }
  return turns;
}

const WELSH: Step[] = [
  { say: 'Shwmae', expect: /Gymraeg|^1 Cymraeg$/m },
  { pick: 'cymraeg', n: 1, expect: /Beth sydd wedi mynd o'i le/ },
  { say: "Ma'r boeler wedi torri eto a does neb wedi dod i'w drwsio", expect: /Ble mae'r broblem/ },
  { say: 'Fflat 2, 5 Heol y Castell', expect: /Pryd ddigwyddodd hyn/ },
  { say: '3 mis yn ôl', expect: /rhoi gwybod i ni am hyn o'r blaen/ },
  { pick: 'yes', n: 1, expect: /Pryd a sut rhoesoch chi wybod/ },
  { say: 'Ffoniais i ddwywaith ym mis Medi', expect: /effeithio arnoch chi/ },
  { say: 'Dim dŵr poeth i fy mhlant', expect: /hawliad llys/ },
  { pick: 'no', n: 2, expect: /unioni pethau[\s\S]*1\. Trwsio'r broblem/ },
  { say: '1 a 2', expect: /haws i chi/ },
  { pick: 'none', words: 'dim', expect: /Ai chi yw'r preswylydd/ },
  { say: '1', expect: /Beth yw eich enw/ },
  { say: 'Siân Owen', expect: /Sut gallwn ni gysylltu/ },
  { say: 'sian@enghraifft.cymru', expect: /Ym mha iaith/ },
  { pick: 'cymraeg', n: 1, expect: /Dyma beth sydd gen i[\s\S]*Iaith llythyrau: Cymraeg/ },
  { pick: 'yes', words: 'ydw', expect: /Eich cyfeirnod yw CMP-/ },
];

// A long account, to see the summary split where the channel needs it.
const LONG =
  'The boiler keeps breaking and nobody has come to fix it. ' +
  Array.from({ length: 30 }, (_, i) => `On visit ${i + 1} the engineer said the part was on order and would be fitted the following week.`).join(' ');

const ENGLISH = (description: string): Step[] => [
  { say: 'Hello', expect: /English/ },
  { pick: 'english', n: 2, expect: /What has gone wrong/ },
  { say: description, expect: /Where is the problem/ },
  { say: 'Flat 3, 12 Park Road', expect: /When did it happen/ },
  { say: '3 weeks ago', expect: /reported this to us before/ },
  { pick: 'no', n: 2, expect: /affected you/ },
  { say: 'No hot water with two small children', expect: /court claim/ },
  { pick: 'unsure', n: 3, expect: /put things right[\s\S]*1\. Get the repair/ },
  { say: '1 and 4', expect: /easier for you/ },
  { say: 'large print', expect: /Are you the resident/ },
  { say: "I'm the resident", expect: /What's your name/ },
  { say: 'Sam Jones', expect: /How can we contact you/ },
  { say: '07700 900123', expect: /Which language should we write to you in/ },
  { pick: 'english', n: 2, expect: /good time to call/ },
  { say: 'after 5pm', expect: /Here's what I've got/ },
  { pick: 'yes', words: 'yes', expect: /Your reference is CMP-/ },
];

const SHAPES: Array<[string, (id: string) => ChannelShape]> = [
  ['Messenger', (id) => facebook(`2${id}`)],
  ['WhatsApp', (id) => whatsapp(`4477009${id}`)],
  ['SMS (Twilio)', (id) => sms(`+4477009${id}`)],
  ['Web Chat', (id) => webchat(`dl_${id}`)],
];

describe.each(SHAPES)('a whole intake on %s', (_name, shape) => {
  it('in Welsh', async () => {
    const turns = await walk(shape(`${Date.now() % 100_000}1`), WELSH);
    expect(turns.at(-1)!.map((r) => r.text).join('\n')).toMatch(/Ombwdsmon/);
  }, 120_000);

  it('in English, with an account long enough to be split', async () => {
    const s = shape(`${Date.now() % 100_000}2`);
    const turns = await walk(s, ENGLISH(LONG));
    expect(turns.at(-1)!.map((r) => r.text).join('\n')).toMatch(/Ombudsman/);
    // The summary quotes the whole account: cut where the channel needs it, in order, nothing lost.
    const summary = turns.at(-2)!;
    const limit = capabilitiesOf(s.channelId).maxText;
    // Over Messenger's 2,000 and SMS's 1,600; on WhatsApp over the 1,024 that may carry buttons.
    expect(LONG.length).toBeGreaterThan(2_000);
    expect(summary.length > 1).toBe(limit !== null);
    expect(summary.map((r) => r.text).join(' ').replace(/\s+/g, ' ')).toContain(LONG);
    expect(summary.slice(0, -1).every((r) => !r.suggestedActions)).toBe(true);
  }, 120_000);
});

describe('the menu on each channel', () => {
  it.each(SHAPES)('fits %s and routes by value, number or name', async (_name, make) => {
    const shape = make(`${Date.now() % 100_000}3`);
    await post(shape, 'Helo');
    await post(shape, 'Cymraeg');
    await post(shape, 'canslo');
    const menu = await post(shape, 'hmm iawn te');
    withinLimits(shape.channelId, menu);
    const shown = menu.at(-1)!;
    const status = shown.suggestedActions?.actions.find((a) => valueOf(a) === 'menu.status');
    if (shape.channelId === 'sms') {
      expect(status).toBeUndefined();
      expect(shown.text).toMatch(/^3\. Gwirio fy nghwyn$/m);
      expect(shown.text).toMatch(/^neu 4\. Siarad â pherson$/m);
    } else expect(status).toBeDefined();
    const replies = status ? await post(shape, '', status) : await post(shape, 'rhif 3');
    // The status enquiry, not the menu again: this resident has no complaint, so it asks for a reference.
    expect(replies.map((r) => r.text).join('\n')).toMatch(/anfonwch ei chyfeirnod/);
  }, 120_000);
});
