import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstagramMessage } from '../../src/channels/instagram/outbound';
import { sign } from '../../src/channels/meta/signature';
import { withinInstagramLimits } from '../channels/instagram-limits';
import { type GraphCall, intakeUntilContact, postSigned, standInGraph } from './meta-stand-in';
import { failedStart, type RunningBot, startBot } from './server';

/**
 * Instagram through the production server: notifications shaped as Meta sends them (Messenger
 * Platform for Instagram, `object: "instagram"`), signed with the app secret, and a stand-in Graph
 * API keeping what the bot sends, as the WhatsApp test does.
 */
const SECRET = 'test-instagram-app-secret-not-real';
const ACCOUNT = '17841400000000001';
const TOKEN = 'test-instagram-token-not-real';

type Sent = GraphCall<{ recipient?: { id: string }; messaging_type?: string; message?: InstagramMessage | string }>;

let graph: Awaited<ReturnType<typeof standInGraph<Sent['body']>>>;
let n = 0;
let bot: RunningBot;
let counter = 0;

beforeAll(async () => {
  // The Send API, and replies under comments, answered as Meta answers them.
  graph = await standInGraph<Sent['body']>((path, body) => {
    if (path === `/v23.0/${ACCOUNT}/messages`) return { recipient_id: body.recipient?.id, message_id: `aWdfout${++n}` };
    if (/^\/v23\.0\/\d+\/replies$/.test(path)) return { id: `1790000000000${++n}` };
    return undefined;
  });
  bot = await startBot({
    INSTAGRAM_ACCESS_TOKEN: TOKEN,
    INSTAGRAM_ACCOUNT_ID: ACCOUNT,
    INSTAGRAM_APP_SECRET: SECRET,
    INSTAGRAM_VERIFY_TOKEN: 'instagram-verify-token',
    INSTAGRAM_GRAPH_URL: graph.url,
    MESSAGE_RATE_LIMIT: '0',
    LOG_LEVEL: 'debug',
  });
}, 180_000);

afterAll(async () => {
  await bot?.stop();
  await new Promise((resolve) => graph?.server.close(resolve));
});

const db = () => new Database(bot.dbPath, { readonly: true, fileMustExist: true });

/** A notification with one messaging event, as Meta sends it. */
function notification(event: Record<string, unknown>) {
  return JSON.stringify({ object: 'instagram', entry: [{ id: ACCOUNT, time: Date.now(), messaging: [{ timestamp: Date.now(), ...event }] }] });
}
const fromResident = (igsid: string, message: Record<string, unknown>, mid = `aWdfin${++counter}`) => notification({ sender: { id: igsid }, recipient: { id: ACCOUNT }, message: { mid, ...message } });

const post = (body: string, signature?: string | null, headers?: Record<string, string>) => postSigned(`${bot.url}/instagram/webhook`, body, SECRET, signature, headers);

/** One resident on Instagram: what they send, and every message the bot sent them in answer. */
function resident(igsid: string) {
  let last: InstagramMessage[] = [];
  const answer = async (message: Record<string, unknown>) => {
    const before = graph.sent.length;
    expect((await post(fromResident(igsid, message))).status).toBe(200);
    const out = graph.sent.slice(before);
    for (const s of out) {
      // Only ever to the one who wrote.
      expect(s.body.recipient?.id).toBe(igsid);
      expect(s.auth).toBe(`Bearer ${TOKEN}`);
      expect(s.body.messaging_type).toBe('RESPONSE');
      withinInstagramLimits(s.body.message as InstagramMessage);
    }
    expect(out.length, 'every message is answered').toBeGreaterThan(0);
    last = out.map((s) => s.body.message as InstagramMessage);
    return last.map((m) => m.text).join('\n');
  };
  return {
    say: (text: string) => answer({ text }),
    /** Taps the quick reply whose title starts with `title`: Instagram posts the title with the payload. */
    async tap(title: string) {
      const q = last[last.length - 1]?.quick_replies?.find((r) => r.title.startsWith(title));
      expect(q, `a quick reply "${title}" among ${JSON.stringify(last[last.length - 1]?.quick_replies)}`).toBeDefined();
      return answer({ text: q!.title, quick_reply: { payload: q!.payload } });
    },
    choices: () => (last[last.length - 1]?.quick_replies ?? []).map((q) => q.title),
  };
}

describe('Instagram through its webhook', () => {
  it("answers Meta's verification with the challenge, only with the right token", async () => {
    const ok = await fetch(`${bot.url}/instagram/webhook?hub.mode=subscribe&hub.verify_token=instagram-verify-token&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    for (const q of ['hub.mode=subscribe&hub.verify_token=wrong-token1&hub.challenge=1', 'hub.mode=subscribe&hub.challenge=1']) {
      expect((await fetch(`${bot.url}/instagram/webhook?${q}`)).status, q).toBe(403);
    }
    // WhatsApp's route is not there: its settings are not given.
    expect((await fetch(`${bot.url}/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=instagram-verify-token&hub.challenge=1`)).status).toBe(404);
  }, 120_000);

  it('refuses what is not a signed Instagram notification, and the bot does not run', async () => {
    const before = graph.sent.length;
    const body = fromResident('5790000000000001', { text: 'hello' });
    expect((await post(body, null)).status).toBe(401);
    expect((await post(body, sign(body, 'another-secret'))).status).toBe(401);
    expect((await post(body, sign(`${body} `, SECRET))).status).toBe(401);
    expect((await post('{"object":', sign('{"object":', SECRET))).status).toBe(400);
    const page = JSON.stringify({ object: 'page', entry: [] });
    expect((await post(page, sign(page, SECRET))).status).toBe(400);
    const huge = JSON.stringify({ object: 'instagram', entry: [], pad: 'x'.repeat(1_100_000) });
    expect((await post(huge, sign(huge, SECRET))).status).toBe(413);
    expect((await post(body, sign(body, SECRET), { 'content-encoding': 'gzip' })).status).toBe(415);
    expect(graph.sent.length).toBe(before);
    // The last refusal's own line (LOG_LEVEL=debug), so every line before it is written too.
    const log = await bot.logged(/"status":415,"code":"UnsupportedMediaType","msg":"request refused"/, 'the gzip refusal');
    expect(log).toMatch(/"status":413,"code":"PayloadTooLarge","msg":"request refused"/);
    expect(log).not.toContain(SECRET);
    expect(log).not.toContain(TOKEN);
  }, 120_000);

  it('ignores echoes of our own messages, reactions, reads and deletions', async () => {
    const before = graph.sent.length;
    const igsid = '5790000000000002';
    for (const event of [
      { sender: { id: ACCOUNT }, recipient: { id: igsid }, message: { mid: 'aWdfecho1', text: 'Shwmae', is_echo: true } },
      { sender: { id: igsid }, recipient: { id: ACCOUNT }, reaction: { mid: 'aWdfout1', action: 'react', reaction: 'love' } },
      { sender: { id: igsid }, recipient: { id: ACCOUNT }, read: { mid: 'aWdfout1' } },
      { sender: { id: igsid }, recipient: { id: ACCOUNT }, message: { mid: 'aWdfdel1', is_deleted: true } },
    ]) {
      expect((await post(notification(event))).status).toBe(200);
    }
    expect(graph.sent.length).toBe(before);
  }, 120_000);

  it('answers a message re-delivered with the same id once, also when both deliveries come at once', async () => {
    const body = fromResident('5790000000000003', { text: 'hello' }, 'aWdfreplayed');
    const before = graph.sent.length;
    expect((await post(body)).status).toBe(200);
    const first = graph.sent.length - before;
    expect(first).toBeGreaterThan(0);
    expect((await post(body)).status).toBe(200);
    expect(graph.sent.length - before).toBe(first);
    const twice = fromResident('5790000000000004', { text: 'hello' }, 'aWdftwice');
    const start = graph.sent.length;
    const both = await Promise.all([post(twice), post(twice)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 200]);
    expect(graph.sent.length - start).toBe(first);
  }, 120_000);

  it('answers a comment once, in public, asking to continue privately, and keeps nothing of it', async () => {
    const comment = JSON.stringify({
      object: 'instagram',
      entry: [
        {
          id: ACCOUNT,
          time: Date.now(),
          changes: [{ field: 'comments', value: { id: '17900000000000077', from: { id: '5790000000000005', username: 'sam.jones.cardiff' }, text: 'Mae llwydni yn fy fflat yn 12 Heol y Parc ers misoedd', media: { id: '1799', media_product_type: 'FEED' } } }],
        },
      ],
    });
    const before = graph.sent.length;
    expect((await post(comment)).status).toBe(200);
    expect((await post(comment)).status).toBe(200);
    const out = graph.sent.slice(before);
    expect(out).toHaveLength(1);
    expect(out[0].path).toBe('/v23.0/17900000000000077/replies');
    const message = out[0].body.message as string;
    expect(message).toMatch(/neges breifat/);
    expect(message).not.toMatch(/sam|Heol y Parc|llwydni/i);
    const d = db();
    const count = (sql: string, key: string) => (d.prepare(sql).get(key) as { n: number }).n;
    const key = 'instagram:comment:17900000000000077';
    expect(count('SELECT COUNT(*) AS n FROM transcripts WHERE conversation_key = ?', key)).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM conversation_activity WHERE conversation_key = ?', key)).toBe(0);
    expect(count("SELECT COUNT(*) AS n FROM bot_state WHERE key LIKE '%' || ? || '%'", '17900000000000077')).toBe(0);
    expect(count("SELECT COUNT(*) AS n FROM bot_state WHERE key LIKE '%' || ? || '%'", '5790000000000005')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM cases WHERE conversation_key = ?', key)).toBe(0);
    d.close();
  }, 120_000);

  it('takes a whole complaint in English, asks for an email or phone (24-hour window), and the case records the channel', async () => {
    const r = resident('5790000000000010');
    await intakeUntilContact(r, 'en');
    expect(await r.say('Flat 3, 12 Park Road, CF10 1AA')).toMatch(/Which language should we write to you in/);
    expect(await r.say('English')).toMatch(/24 hours after your last message[\s\S]*email address or phone number/);
    expect(await r.say('sam@example.com')).toMatch(/What went wrong: The boiler keeps breaking[\s\S]*sam@example\.com/);
    const filed = await r.say('yes');
    expect(filed).toMatch(/reference is CMP-\w{4}-\w{4}[\s\S]*acknowledge it by/);
    const reference = /CMP-\w{4}-\w{4}/.exec(filed)![0];

    const d = db();
    const row = d.prepare('SELECT reference, channel_id, resident_last_at, details FROM cases WHERE conversation_key = ?').get('instagram:5790000000000010') as {
      reference: string;
      channel_id: string;
      resident_last_at: string | null;
      details: string;
    };
    d.close();
    expect(row).toMatchObject({ reference, channel_id: 'instagram' });
    expect(JSON.parse(row.details).contact).toMatchObject({ email: 'sam@example.com' });

    // A stranger on Instagram quoting the reference is asked to prove it and shown nothing of the case.
    const stranger = resident('5790000000000011');
    await stranger.say('hi');
    await stranger.tap('English');
    const asked = await stranger.say(`Where is my complaint ${reference}?`);
    expect(asked).toMatch(/postcode|surname/i);
    expect(asked).not.toMatch(/boiler|Sam|Park Road|acknowledge/i);
    // The resident who filed it is recognised by their IGSID.
    expect(await r.say("Where's my complaint?")).toMatch(new RegExp(reference));
  }, 300_000);

  it('takes a whole complaint in Welsh, with quick replies read by their payload', async () => {
    const r = resident('5790000000000020');
    await intakeUntilContact(r, 'cy');
    expect(await r.say('Fflat 2, 5 Heol y Castell, Caerdydd CF10 3AB')).toMatch(/Ym mha iaith/);
    expect(await r.say('Cymraeg')).toMatch(/24 awr ar ôl eich neges ddiwethaf[\s\S]*gyfeiriad e-bost neu rif ffôn/);
    expect(await r.say('sian@enghraifft.cymru')).toMatch(/Dyma beth sydd gen i[\s\S]*sian@enghraifft\.cymru/);
    expect(await r.say('ydy')).toMatch(/Eich cyfeirnod yw CMP-\w{4}-\w{4}[\s\S]*ei chydnabod erbyn/);
    const d = db();
    const row = d.prepare('SELECT channel_id, details FROM cases WHERE conversation_key = ?').get('instagram:5790000000000020') as { channel_id: string; details: string };
    d.close();
    expect(row.channel_id).toBe('instagram');
    expect(JSON.parse(row.details).contact).toMatchObject({ email: 'sian@enghraifft.cymru' });
  }, 300_000);

  it('refuses to start with only some of its settings, naming the missing ones and printing no secret', async () => {
    const r = await failedStart({ INSTAGRAM_ACCESS_TOKEN: 'half-set-token-not-real', INSTAGRAM_VERIFY_TOKEN: 'half-set-verify-not-real' });
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/INSTAGRAM_ACCOUNT_ID, INSTAGRAM_APP_SECRET must be set too/);
    expect(r.output).not.toMatch(/half-set/);
  }, 180_000);
});
