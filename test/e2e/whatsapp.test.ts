import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloudMessage } from '../../src/channels/whatsapp/outbound';
import { sign } from '../../src/channels/meta/signature';
import { withinLimits } from '../channels/whatsapp-limits';
import { type GraphCall, intakeUntilContact, postSigned, standInGraph } from './meta-stand-in';
import { serveInProcess, type ServedInProcess } from './in-process';

const SECRET = 'test-app-secret-not-real';
const PHONE_NUMBER_ID = '109876543210';
const TOKEN = 'test-access-token-not-real';

type Sent = GraphCall<CloudMessage & { messaging_product: string; to: string }>;

let graph: Awaited<ReturnType<typeof standInGraph<Sent['body']>>>;
let n = 0;
let bot: ServedInProcess;
let counter = 0;

beforeAll(async () => {
  graph = await standInGraph<Sent['body']>((path, message) =>
    path === `/v23.0/${PHONE_NUMBER_ID}/messages` ? { messaging_product: 'whatsapp', contacts: [{ input: message.to, wa_id: message.to }], messages: [{ id: `wamid.out.${++n}` }] } : undefined,
  );
  bot = await serveInProcess({
    WHATSAPP_ACCESS_TOKEN: TOKEN,
    WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
    WHATSAPP_APP_SECRET: SECRET,
    WHATSAPP_VERIFY_TOKEN: 'verify-token-for-tests',
    WHATSAPP_GRAPH_URL: graph.url,
    MESSAGE_RATE_LIMIT: '0',
  });
}, 180_000);

afterAll(async () => {
  await bot?.stop();
  await new Promise((resolve) => graph?.server.close(resolve));
});

/** A Cloud API notification with one message, as Meta sends it. */
function notification(from: string, message: Record<string, unknown>, id = `wamid.in.${++counter}`) {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: 'WABA_ID',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '441632960000', phone_number_id: PHONE_NUMBER_ID },
              contacts: [{ profile: { name: 'Resident' }, wa_id: from }],
              messages: [{ from, id, timestamp: String(Math.floor(Date.now() / 1000)), ...message }],
            },
          },
        ],
      },
    ],
  });
}

const post = (body: string, signature?: string | null) => postSigned(`${bot.url}/whatsapp/webhook`, body, SECRET, signature);

/** One resident on WhatsApp: what they send, and every message the bot sent them in answer. */
function resident(waId: string) {
  const answer = async (message: Record<string, unknown>) => {
    const before = graph.sent.length;
    const r = await post(notification(waId, message));
    expect(r.status).toBe(200);
    const replies = graph.sent.slice(before).filter((s) => s.body.to === waId);
    for (const s of replies) {
      expect(s.auth).toBe(`Bearer ${TOKEN}`);
      expect(s.body.messaging_product).toBe('whatsapp');
      withinLimits(s.body);
    }
    expect(replies.length, 'every message is answered').toBeGreaterThan(0);
    return replies.map((s) => s.body);
  };
  const textOf = (ms: CloudMessage[]) => ms.map((m) => (m.type === 'text' ? m.text.body : m.interactive.body.text)).join('\n');
  /** The choices the last reply offered, as WhatsApp shows them: [id, title]. */
  const choicesOf = (ms: CloudMessage[]) => {
    const last = ms[ms.length - 1];
    if (last?.type !== 'interactive') return [];
    return last.interactive.type === 'button' ? last.interactive.action.buttons.map((b) => ({ id: b.reply.id, title: b.reply.title, kind: 'button_reply' })) : last.interactive.action.sections[0].rows.map((r) => ({ id: r.id, title: r.title, kind: 'list_reply' }));
  };
  let last: CloudMessage[] = [];
  return {
    async say(text: string) {
      last = await answer({ type: 'text', text: { body: text } });
      return textOf(last);
    },
    /** Taps the shown button or row whose title starts with `title`. */
    async tap(title: string) {
      const choice = choicesOf(last).find((c) => c.title.startsWith(title));
      expect(choice, `a choice "${title}" among ${JSON.stringify(choicesOf(last))}`).toBeDefined();
      last = await answer({ type: 'interactive', interactive: { type: choice!.kind, [choice!.kind]: { id: choice!.id, title: choice!.title } } });
      return textOf(last);
    },
    choices: () => choicesOf(last).map((c) => c.title),
  };
}

describe('WhatsApp through the Cloud API webhook', () => {
  it("answers Meta's verification with the challenge, only with the right token", async () => {
    const ok = await fetch(`${bot.url}/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=verify-token-for-tests&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    for (const q of ['hub.mode=subscribe&hub.verify_token=wrong-token&hub.challenge=1', 'hub.mode=unsubscribe&hub.verify_token=verify-token-for-tests&hub.challenge=1', 'hub.mode=subscribe&hub.challenge=1']) {
      expect((await fetch(`${bot.url}/whatsapp/webhook?${q}`)).status, q).toBe(403);
    }
  }, 120_000);

  it('refuses a notification without a valid signature, and the bot does not run', async () => {
    const before = graph.sent.length;
    const body = notification('447700900001', { type: 'text', text: { body: 'hello' } });
    expect((await post(body, null)).status).toBe(401);
    expect((await post(body, sign(body, 'another-secret'))).status).toBe(401);
    expect((await post(body, sign(`${body} `, SECRET))).status).toBe(401);
    expect((await post('{"object":', sign('{"object":', SECRET))).status).toBe(400);
    expect(graph.sent.length).toBe(before);
  }, 120_000);

  it('answers a message re-delivered with the same id once', async () => {
    const body = notification('447700900002', { type: 'text', text: { body: 'hello' } }, 'wamid.replayed');
    const before = graph.sent.length;
    expect((await post(body)).status).toBe(200);
    const first = graph.sent.length - before;
    expect(first).toBeGreaterThan(0);
    expect((await post(body)).status).toBe(200);
    expect(graph.sent.length - before).toBe(first);
    // Two deliveries at once: one turn, one set of replies.
    const twice = notification('447700900005', { type: 'text', text: { body: 'hello' } }, 'wamid.twice');
    const start = graph.sent.length;
    const both = await Promise.all([post(twice), post(twice)]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect(graph.sent.length - start).toBe(first);
  }, 120_000);

  it('takes a whole complaint in English, with buttons and taps, never over the limits', async () => {
    const r = resident('447700900003');
    await intakeUntilContact(r, 'en');
    expect(await r.say('07700 900123')).toMatch(/Which language should we write to you in/);
    expect(await r.say('English')).toMatch(/good time to call/);
    expect(await r.say('after 5pm')).toMatch(/What went wrong: The boiler keeps breaking/);
    expect(await r.say('yes')).toMatch(/reference is CMP-\w{4}-\w{4}[\s\S]*acknowledge it by/);
  }, 300_000);

  it('takes a whole complaint in Welsh, never over the limits', async () => {
    const r = resident('447700900004');
    await intakeUntilContact(r, 'cy');
    expect(await r.say('sian@enghraifft.cymru')).toMatch(/Ym mha iaith/);
    expect(await r.say('Cymraeg')).toMatch(/Dyma beth sydd gen i/);
    expect(await r.say('ydy')).toMatch(/Eich cyfeirnod yw CMP-\w{4}-\w{4}[\s\S]*ei chydnabod erbyn/);
  }, 300_000);
});
