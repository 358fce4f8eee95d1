import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphReply, postSigned, standInGraph } from './meta-stand-in';
import { type InProcessBot, startInProcess } from './in-process';

/**
 * A member of staff answering a WhatsApp resident who last wrote over 24 hours ago: WhatsApp
 * refuses anything but an approved template (error 131047). With WHATSAPP_REOPEN_TEMPLATE set,
 * the production app sends that template once, in the resident's language, and tells staff their
 * message did not arrive but the resident has been asked to reply. The bot's own messages never
 * send it. The real app in this process (its clock moved by the test), a stand-in Graph API.
 */
const SECRET = 'test-whatsapp-reopen-secret';
const PHONE_NUMBER_ID = '106540352242922';
const STAFF = 'contact-centre-0123456789abcdefghij';
const WELSH = '447700900301';
const ENGLISH = '447700900302';

type Body = { to?: string; type?: string; text?: { body: string }; template?: { name: string; language: { code: string } } };
const REENGAGEMENT = new GraphReply(400, { error: { message: '(#131047) Re-engagement message', type: 'OAuthException', code: 131047, error_data: { details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' } } });
/** Residents whose 24-hour window is closed: WhatsApp takes only templates for them. */
const closed = new Set<string>();
let graph: Awaited<ReturnType<typeof standInGraph<Body>>>;
let bot: InProcessBot;
let n = 0;

beforeAll(async () => {
  graph = await standInGraph<Body>((path, body) => {
    if (path !== `/v23.0/${PHONE_NUMBER_ID}/messages`) return undefined;
    if (closed.has(body.to ?? '') && body.type !== 'template') return REENGAGEMENT;
    return { messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id: `wamid.out.${++n}` }] };
  });
  bot = await startInProcess({
    WHATSAPP_ACCESS_TOKEN: 'test-whatsapp-reopen-token',
    WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
    WHATSAPP_APP_SECRET: SECRET,
    WHATSAPP_VERIFY_TOKEN: 'verify-token-for-tests',
    WHATSAPP_GRAPH_URL: graph.url,
    WHATSAPP_REOPEN_TEMPLATE: 'staff_reply_waiting',
    STAFF_API_TOKENS: `contact-centre:${STAFF}`,
    STAFFED_HOURS: 'always',
    MESSAGE_RATE_LIMIT: '0',
  });
}, 180_000);

afterAll(async () => {
  await bot?.stop();
  await new Promise((resolve) => graph?.server.close(resolve));
});

let counter = 0;
async function say(from: string, text: string): Promise<void> {
  const body = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: 'WABA_ID', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '441632960000', phone_number_id: PHONE_NUMBER_ID }, contacts: [{ profile: { name: 'Resident' }, wa_id: from }], messages: [{ from, id: `wamid.in.reopen.${++counter}`, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: text } }] } }] }],
  });
  expect((await postSigned(`${bot.url}/whatsapp/webhook`, body, SECRET)).status).toBe(200);
}

const staff = async (path: string, body?: unknown) => {
  const res = await fetch(`${bot.url}/staff/handoffs${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${STAFF}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
};

/** The resident asks for a person, who takes the conversation while the window is still open. */
async function handover(from: string, language: 'Cymraeg' | 'English', ask: string): Promise<number> {
  await say(from, 'hi');
  await say(from, language);
  await say(from, ask);
  const queue = (await staff('')).json as { waiting: Array<{ id: number; channel: string }> };
  const id = queue.waiting.filter((h) => h.channel === 'whatsapp').at(-1)!.id;
  expect((await staff(`/${id}/accept`, {})).status).toBe(200);
  return id;
}

const sentTo = (to: string, since: number) => graph.sent.slice(since).filter((s) => s.body.to === to).map((s) => s.body);

describe('a person’s WhatsApp reply after the 24-hour window', () => {
  it('sends the reopen template once, in the resident’s language, and the held messages when they reply', async () => {
    const id = await handover(WELSH, 'Cymraeg', 'Dw i isio siarad â pherson');
    closed.add(WELSH);
    let before = graph.sent.length;
    const first = await staff(`/${id}/messages`, { text: 'Mae’r peiriannydd yn gallu dod ddydd Mawrth.' });
    expect(first.status).toBe(502);
    expect(first.json).toMatchObject({ code: 'NotDelivered', reopenRequested: true });
    // The message was tried, refused, and the template went in its place: Welsh, as the resident chose.
    expect(sentTo(WELSH, before).map((b) => b.type)).toEqual(['text', 'template']);
    expect(sentTo(WELSH, before)[1].template).toEqual({ name: 'staff_reply_waiting', language: { code: 'cy' } });

    // A second message before they reply: refused again, but the template is not sent twice.
    before = graph.sent.length;
    const second = await staff(`/${id}/messages`, { text: 'Ydy dydd Mawrth yn iawn?' });
    expect(second.json).toMatchObject({ code: 'NotDelivered', reopenRequested: true });
    expect(sentTo(WELSH, before).map((b) => b.type)).toEqual(['text']);

    // They reply: the window is open, and what staff sent while it was closed reaches them now, in
    // order, marked as a person's (staff need not send it again); once only.
    closed.delete(WELSH);
    before = graph.sent.length;
    await say(WELSH, 'Helo, dw i yma');
    expect(sentTo(WELSH, before).map((b) => b.text?.body)).toEqual([
      'Aelod o staff: Mae’r peiriannydd yn gallu dod ddydd Mawrth.',
      'Aelod o staff: Ydy dydd Mawrth yn iawn?',
    ]);
    before = graph.sent.length;
    await say(WELSH, 'Ydy, diolch');
    expect(sentTo(WELSH, before)).toEqual([]);
    expect((await staff(`/${id}/messages`, { text: 'Diolch! Bydd e yno rhwng 8 a 12.' })).status).toBe(201);
    expect(sentTo(WELSH, before).map((b) => b.text?.body)).toEqual([expect.stringMatching(/rhwng 8 a 12/)]);

    // What staff sent while the window was closed is on the record: not delivered then, delivered later.
    const events = (await staff(`/${id}`)).json.events as Array<{ id: number; kind: string; data: { delivered?: boolean; reopenRequested?: boolean; of?: number } }>;
    const staffMessages = events.filter((e) => e.kind === 'staff_message');
    expect(staffMessages.map((e) => [e.data.delivered, e.data.reopenRequested ?? false])).toEqual([
      [false, true],
      [false, true],
      [true, false],
    ]);
    expect(events.filter((e) => e.kind === 'staff_message_delivered').map((e) => e.data.of)).toEqual(staffMessages.slice(0, 2).map((e) => e.id));
  }, 300_000);

  it('uses English for an English conversation, and never sends the template for the assistant’s own messages', async () => {
    const id = await handover(ENGLISH, 'English', 'I want to speak to a person');
    closed.add(ENGLISH);
    try {
      let before = graph.sent.length;
      expect((await staff(`/${id}/messages`, { text: 'The engineer can come on Tuesday.' })).json).toMatchObject({ reopenRequested: true });
      expect(sentTo(ENGLISH, before).find((b) => b.type === 'template')?.template?.language.code).toBe('en_GB');

      // The hand-back is the assistant speaking: refused, reported, and no template of its own.
      bot.clock.set(new Date(bot.clock.now().getTime() + 25 * 3_600_000));
      before = graph.sent.length;
      const back = await staff(`/${id}/handback`, {});
      expect(back.status).toBe(200);
      expect(back.json.delivered).toBe(false);
      expect(sentTo(ENGLISH, before).some((b) => b.type === 'template')).toBe(false);
    } finally {
      closed.delete(ENGLISH);
    }
  }, 300_000);
});
