/**
 * A stranger claiming a WhatsApp number or an Instagram id on /api/messages (found by redteam12).
 * Those channels reach the bot only through their signed webhooks, but /api/messages took any
 * `channelId`, and with no MicrosoftAppId (a landlord on the self-hosted website chat and the Meta
 * channels needs none) it authenticates nobody: an activity with `channelId: "whatsapp"` and a
 * resident's number as `from.id` was that resident to the bot, in their conversation, and the
 * identity their cases were filed from (status answered at once, stage 2 recorded). Against the
 * production app over HTTP, the resident on a signed webhook as Meta sends it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloudMessage } from '../../src/channels/whatsapp/outbound';
import { postSigned, standInGraph } from './meta-stand-in';
import { serveInProcess, type ServedInProcess } from './in-process';
import { postMessage } from './server';

const SECRET = 'test-app-secret-not-real';
const PHONE_NUMBER_ID = '109876543210';
const RESIDENT = '447700900123';

type Sent = { to: string } & CloudMessage;

let graph: Awaited<ReturnType<typeof standInGraph<Sent>>>;
let bot: ServedInProcess;
let counter = 0;

beforeAll(async () => {
  graph = await standInGraph<Sent>((path, message) =>
    path === `/v23.0/${PHONE_NUMBER_ID}/messages` ? { messaging_product: 'whatsapp', contacts: [{ input: message.to, wa_id: message.to }], messages: [{ id: `wamid.out.${++counter}` }] } : undefined,
  );
  bot = await serveInProcess({
    WHATSAPP_ACCESS_TOKEN: 'test-access-token-not-real',
    WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
    WHATSAPP_APP_SECRET: SECRET,
    WHATSAPP_VERIFY_TOKEN: 'verify-token-for-tests',
    WHATSAPP_GRAPH_URL: graph.url,
    INSTAGRAM_ACCESS_TOKEN: 'test-instagram-token-not-real',
    INSTAGRAM_ACCOUNT_ID: '17841400000000000',
    INSTAGRAM_APP_SECRET: 'test-instagram-secret-not-real',
    INSTAGRAM_VERIFY_TOKEN: 'verify-token-for-tests',
    INSTAGRAM_GRAPH_URL: graph.url,
    MESSAGE_RATE_LIMIT: '0',
  });
}, 180_000);

afterAll(async () => {
  await bot?.stop();
  await new Promise((resolve) => graph?.server.close(resolve));
});

/** The resident's own message, signed as Meta sends it; the texts the bot sent them back. */
async function residentSays(text: string): Promise<string> {
  const before = graph.sent.length;
  const body = JSON.stringify({
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
              contacts: [{ profile: { name: 'Resident' }, wa_id: RESIDENT }],
              messages: [{ from: RESIDENT, id: `wamid.in.${++counter}`, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: text } }],
            },
          },
        ],
      },
    ],
  });
  expect((await postSigned(`${bot.url}/whatsapp/webhook`, body, SECRET)).status).toBe(200);
  return graph.sent
    .slice(before)
    .map((s) => (s.body.type === 'text' ? s.body.text.body : s.body.type === 'interactive' ? s.body.interactive.body.text : ''))
    .join('\n');
}

describe('/api/messages does not speak for the channels this server receives itself', () => {
  it('refuses a WhatsApp number claimed on /api/messages, and the resident\'s conversation is left as it was', async () => {
    expect(await residentSays('Hi')).toMatch(/automated assistant/);
    expect(await residentSays('English')).toMatch(/What has gone wrong\?/);

    const sent = graph.sent.length;
    const claimed = await postMessage(bot.url, { conversation: RESIDENT, user: RESIDENT, text: 'The lift is broken', id: 'forged-1', extra: { channelId: 'whatsapp' } });
    expect(claimed.status).toBe(403);
    expect(claimed.body).toMatchObject({ code: 'Forbidden', message: expect.stringMatching(/^channelId: /) });
    expect(claimed.text).toBe('');
    expect(graph.sent.length).toBe(sent);

    // The resident's next message is still the answer to the question they were asked.
    expect(await residentSays('The boiler has been broken for two weeks')).toMatch(/Where is the problem\?|first time you've told us about this/);
  }, 120_000);

  it('refuses an Instagram id claimed on /api/messages', async () => {
    const claimed = await postMessage(bot.url, { conversation: '1784140000000001', user: '1784140000000001', text: 'hi', id: 'forged-2', extra: { channelId: 'instagram' } });
    expect(claimed.status).toBe(403);
  }, 60_000);

  it('still serves other channels on /api/messages, the same ids included', async () => {
    const other = await postMessage(bot.url, { conversation: RESIDENT, user: RESIDENT, text: 'hi', id: 'other-1', extra: { channelId: 'sms' } });
    expect(other.status).toBe(200);
    expect(other.text).toMatch(/Automated complaints assistant/);
  }, 60_000);
});
