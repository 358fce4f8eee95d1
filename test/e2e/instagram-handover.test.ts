import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstagramMessage } from '../../src/channels/instagram/outbound';
import { withinInstagramLimits } from '../channels/instagram-limits';
import { type GraphCall, GraphReply, postSigned, standInGraph } from './meta-stand-in';
import { serveInProcess, type ServedInProcess } from './in-process';

/**
 * Staff taking over an Instagram conversation, through the production server: what staff send
 * and the bot's hand-back reach the resident proactively, through the Instagram adapter's own
 * connector (not the Bot Framework connector, which knows no Instagram), in order.
 */
const SECRET = 'test-instagram-handover-secret';
const ACCOUNT = '17841400000000002';
const RESIDENT = '5790000000000099';
const STAFF = 'contact-centre-0123456789abcdefghij';

type Sent = GraphCall<{ recipient?: { id: string }; message?: InstagramMessage; messaging_type?: string; tag?: string }>;
/** Meta's refusal of a message sent more than 24 hours after the resident last wrote, without the human-agent tag. */
const OUTSIDE_WINDOW = new GraphReply(400, { error: { message: '(#10) This message is sent outside of allowed window.', type: 'OAuthException', code: 10, error_subcode: 2018278 } });
let windowClosed = false;
/** The landlord's Meta app lacks the Human Agent permission: the tag is refused too. */
let noHumanAgent = false;
const NO_PERMISSION = new GraphReply(400, { error: { message: '(#200) The app does not have permission for this action.', type: 'OAuthException', code: 200 } });
let graph: Awaited<ReturnType<typeof standInGraph<Sent['body']>>>;
let bot: ServedInProcess;
let n = 0;

beforeAll(async () => {
  graph = await standInGraph<Sent['body']>((path, body) => {
    if (path !== `/v23.0/${ACCOUNT}/messages`) return undefined;
    if (windowClosed && body.tag !== 'HUMAN_AGENT') return OUTSIDE_WINDOW;
    if (noHumanAgent && body.tag === 'HUMAN_AGENT') return NO_PERMISSION;
    return { recipient_id: body.recipient?.id, message_id: `aWdfho${++n}` };
  });
  bot = await serveInProcess({
    INSTAGRAM_ACCESS_TOKEN: 'test-instagram-handover-token',
    INSTAGRAM_ACCOUNT_ID: ACCOUNT,
    INSTAGRAM_APP_SECRET: SECRET,
    INSTAGRAM_VERIFY_TOKEN: 'instagram-verify-token',
    INSTAGRAM_GRAPH_URL: graph.url,
    STAFF_API_TOKENS: `contact-centre:${STAFF}`,
    STAFFED_HOURS: 'always',
    MESSAGE_RATE_LIMIT: '0',
  });
}, 180_000);

afterAll(async () => {
  await bot?.stop();
  await new Promise((resolve) => graph?.server.close(resolve));
});

let mid = 0;
async function say(text: string): Promise<string> {
  const before = graph.sent.length;
  const body = JSON.stringify({ object: 'instagram', entry: [{ id: ACCOUNT, time: Date.now(), messaging: [{ sender: { id: RESIDENT }, recipient: { id: ACCOUNT }, timestamp: Date.now(), message: { mid: `aWdfhoin${++mid}`, text } }] }] });
  expect((await postSigned(`${bot.url}/instagram/webhook`, body, SECRET)).status).toBe(200);
  return sentSince(before);
}

function sentSince(before: number): string {
  const out = graph.sent.slice(before);
  for (const s of out) {
    expect(s.body.recipient?.id).toBe(RESIDENT);
    withinInstagramLimits(s.body.message!);
  }
  return out.map((s) => s.body.message!.text).join('\n');
}

const staff = (path: string, body?: unknown) =>
  fetch(`${bot.url}/staff/handoffs${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${STAFF}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('a person taking over an Instagram conversation', () => {
  it('reaches the resident on Instagram: joined, the reply, and the hand-back saying the assistant is back', async () => {
    await say('hi');
    await say('English');
    expect(await say('I want to speak to a person')).toMatch(/member of staff/);
    const queue = (await (await staff('')).json()) as { waiting: Array<{ id: number; channel: string }> };
    const mine = queue.waiting.find((h) => h.channel === 'instagram');
    expect(mine, JSON.stringify(queue)).toBeDefined();

    let before = graph.sent.length;
    expect((await staff(`/${mine!.id}/accept`, {})).status).toBe(200);
    expect(sentSince(before)).toMatch(/has joined the conversation/);

    before = graph.sent.length;
    expect((await staff(`/${mine!.id}/messages`, { text: 'Hello, I can see your message about the boiler.' })).status).toBe(201);
    expect(sentSince(before)).toMatch(/Member of staff: Hello, I can see your message about the boiler\./);

    before = graph.sent.length;
    expect((await staff(`/${mine!.id}/handback`, {})).status).toBe(200);
    expect(sentSince(before)).toMatch(/automated assistant again/);
  }, 300_000);

  it('after 24 hours, a person’s reply goes with the HUMAN_AGENT tag; the assistant’s own messages never do', async () => {
    windowClosed = false;
    expect(await say('I want to speak to a person')).toMatch(/member of staff/);
    const queue = (await (await staff('')).json()) as { waiting: Array<{ id: number; channel: string }> };
    const mine = queue.waiting.find((h) => h.channel === 'instagram')!;
    expect((await staff(`/${mine.id}/accept`, {})).status).toBe(200);

    // The resident has not written for over a day: Meta refuses an untagged message.
    windowClosed = true;
    try {
      let before = graph.sent.length;
      expect((await staff(`/${mine.id}/messages`, { text: 'Sorry for the wait: the engineer can come on Tuesday.' })).status).toBe(201);
      const tries = graph.sent.slice(before);
      expect(tries.map((t) => [t.body.messaging_type, t.body.tag ?? null])).toEqual([['RESPONSE', null], ['MESSAGE_TAG', 'HUMAN_AGENT']]);
      expect(tries[1].body.message?.text).toMatch(/the engineer can come on Tuesday/);

      // Without Meta's Human Agent permission the tagged message is refused too: staff hear it did not arrive.
      noHumanAgent = true;
      const refused = await staff(`/${mine.id}/messages`, { text: 'Are you still there?' });
      expect(refused.status).toBe(502);
      expect(((await refused.json()) as { code: string }).code).toBe('NotDelivered');
      noHumanAgent = false;

      // The hand-back is the assistant speaking, not a person: it is not tagged, so Meta refuses it and staff are told.
      before = graph.sent.length;
      const back = await staff(`/${mine.id}/handback`, {});
      expect(back.status).toBe(200);
      expect(((await back.json()) as { delivered: boolean }).delivered).toBe(false);
      expect(graph.sent.slice(before).every((t) => t.body.tag === undefined)).toBe(true);
    } finally {
      windowClosed = false;
    }
  }, 300_000);
});
