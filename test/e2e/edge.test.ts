import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN, TOKENS } from '../staff/helpers';
import { failedStart, httpConversation, startBot, type RunningBot } from './server';

const PASSWORD = 'app-password-do-not-log-0123456789';
const base = { type: 'message', channelId: 'test', serviceUrl: 'http://localhost', deliveryMode: 'expectReplies', recipient: { id: 'bot' } };
// Made before any request: compressing 300 MB blocks this process long enough for a kept-alive connection to expire under it.
const BOMB = gzipSync(Buffer.alloc(300 * 1024 * 1024, ' '), { level: 9 });
const post = (url: string, body: Buffer | string, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('the HTTP edge of the real server', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    // The password is set without an app id: never used to authenticate, but it must never be logged either.
    bot = await startBot({ STAFF_API_TOKENS: TOKENS, MicrosoftAppPassword: PASSWORD, MESSAGE_RATE_LIMIT: '20', LOG_LEVEL: 'debug' });
  }, 120_000);
  afterAll(async () => {
    await bot?.stop();
  });

  it.each<[string, () => [Buffer | string, Record<string, string>], number, string]>([
    ['a truncated gzip body (12 bytes)', () => [gzipSync(JSON.stringify({ ...base, conversation: { id: 'g' }, from: { id: 'u' } })).subarray(0, 12), { 'content-encoding': 'gzip' }], 400, 'BadRequest'],
    ['a 300 KB gzip bomb', () => [BOMB, { 'content-encoding': 'gzip' }], 413, 'PayloadTooLarge'],
    ['brotli', () => ['{}', { 'content-encoding': 'br' }], 415, 'UnsupportedMediaType'],
    ['a 20,000-deep nested from', () => [`{"type":"message","channelId":"test","conversation":{"id":"d"},"from":{"id":"u","x":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`, {}], 400, 'BadRequest'],
    ['a from nested 4 deep', () => [JSON.stringify({ ...base, conversation: { id: 'd' }, from: { id: 'u', x: { a: { b: { c: 1 } } } } }), {}], 400, 'BadRequest'],
    ['2 MiB of JSON', () => [JSON.stringify({ ...base, text: 'x'.repeat(2 * 1024 * 1024) }), {}], 413, 'PayloadTooLarge'],
  ])('answers %s with a 4xx and {code, message}, and keeps serving', async (_name, make, status, code) => {
    const [body, headers] = make();
    const res = await post(bot.url, body, headers);
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ code, message: expect.any(String) });
    expect(bot.proc.exitCode).toBeNull();
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  }, 60_000);

  it('answers a message over 5,000 characters politely in the conversation language, and the conversation carries on', async () => {
    const c = httpConversation(bot.url);
    const tooLong = 'The boiler is broken. '.repeat(300);
    // Before a language is chosen: both, Welsh first.
    expect((await c.say(tooLong)).join('\n')).toMatch(/rhy hir[\s\S]*too long for me to read/);
    await c.say('hi');
    await c.say('English');
    const [reply] = await c.say(tooLong);
    expect(reply).toMatch(/^Sorry, that message is too long for me to read.*under 5,000 characters/);
    // The long text was neither triaged nor taken as the answer: the same question comes next.
    expect((await c.say('The lift has been broken for a month and nobody has come to fix it')).join('\n')).toMatch(/Where is the problem/);
  }, 60_000);

  it('limits messages per conversation with 429 and Retry-After, leaving other conversations alone', async () => {
    const send = (conv: string, i: number) => post(bot.url, JSON.stringify({ ...base, id: `r${i}`, text: 'hi', conversation: { id: conv }, from: { id: 'u' } }));
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await send('rate-limited', i)).status);
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    const refused = await send('rate-limited', 99);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toMatchObject({ code: 'TooManyRequests' });
    expect((await send('someone-else', 1)).status).toBe(200);
  }, 120_000);

  it('logs JSON without the resident’s personal data or any credential, through an intake, failures and a staff call', async () => {
    const c = httpConversation(bot.url, 'log-check', 'resident-log');
    for (const answer of [
      'hi',
      'English',
      'The boiler keeps breaking and nobody has come to fix it',
      'Flat 3, 12 Park Road, Cardiff CF10 1AB',
      '3 weeks ago',
      'no',
      'No hot water with two small children',
      'no',
      '1 and 4',
      'none',
      "I'm the resident",
      'Sam Jones',
      '07700 900123 or sam.jones@example.com',
      'English',
      'after 5pm',
    ]) {
      await c.say(answer);
    }
    const filed = (await c.say('yes')).join('\n');
    const reference = /reference is (CMP-\w{4}-\w{4})/.exec(filed)?.[1];
    expect(reference, filed).toBeDefined();
    // Failing requests: malformed bodies, and a reply to a channel that is not this server's
    // (refused before the turn without an app id; turn-error.test.ts has a turn that fails).
    await post(bot.url, '{"type":"message","text":"Sam Jones CF10 1AB"');
    await post(bot.url, JSON.stringify({ type: 'message', text: 'Sam Jones', channelId: 'test', from: { id: 'u', name: 'Sam Jones' } }));
    const failing = await post(
      bot.url,
      JSON.stringify({ type: 'message', id: 'f1', text: 'Sam Jones, sam.jones@example.com', channelId: 'test', serviceUrl: 'http://127.0.0.1:9', from: { id: 'u', name: 'Sam Jones' }, recipient: { id: 'bot' }, conversation: { id: 'turn-error' } }),
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(failing.status).toBe(403);
    // A staff call, and one with a wrong token.
    expect((await fetch(`${bot.url}/staff/cases/${reference}`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect((await fetch(`${bot.url}/staff/cases/${reference}`, { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
    // The wrong token's refusal is the last line these requests log (LOG_LEVEL=debug): once it is
    // written, every line before it is (the log is written asynchronously, in order).
    const log = await bot.logged(/"status":401,"code":"Unauthorized","msg":"request refused"/, "the wrong staff token's refusal");
    expect(log).toMatch(/"status":403,"code":"Forbidden"/);
    // The refusals of the malformed bodies carrying the resident's name and postcode are there too.
    expect(log).toMatch(/"status":400,"code":"[A-Za-z]+","msg":"request refused"/);
    const lines = log.split('\n').filter((l) => l.startsWith('{'));
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
    for (const secret of ['Sam Jones', 'Jones', 'sam.jones@example.com', 'CF10 1AB', '07700 900123', '900123', 'Park Road', 'boiler', TOKEN, PASSWORD]) {
      expect(log, secret).not.toContain(secret);
    }
  }, 180_000);
});

describe('start-up with a database file that cannot be opened', () => {
  it('stops at once with a message naming DATABASE_PATH instead of hanging', async () => {
    const started = Date.now();
    const r = await failedStart({ DATABASE_PATH: '/proc/nope/x.db' });
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/Cannot start: DATABASE_PATH: /);
    // Generous for a busy machine; it used to spin for ever.
    expect(Date.now() - started).toBeLessThan(55_000);
  }, 60_000);
});
