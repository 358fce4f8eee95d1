/**
 * Thirteenth session, staff and IT: over HTTP against the production app (createApp, its restify
 * server and adapter).
 *
 * 1. TRUSTED_PROXIES: behind a proxy every resident had the proxy's address, so the per-address
 *    limits had to be turned off there. The client is read from X-Forwarded-For only when the
 *    request came from a trusted hop; a stranger's header is never believed.
 * 2. A resident in danger at the handover cap: still queued past the per-address cap (up to twice
 *    it); past that (plainly a flood) told not to wait, 999 and the landlord's emergency line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInProcess, type InProcessBot } from './in-process';
import { postMessage } from './server';

const TOKEN = 'cc-0123456789abcdefghijklmnop';

const token = (bot: InProcessBot, forwardedFor?: string) =>
  fetch(`${bot.url}/directline/token`, { method: 'POST', headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }).then((r) => r.status);

/** One resident's conversation on /api/messages (no app id: the caller's address is the resident's), from `forwardedFor`. */
function resident(bot: InProcessBot, conversation: string, forwardedFor: string) {
  let n = 0;
  return async (text: string): Promise<string> => {
    const r = await postMessage(bot.url, { conversation, user: `u-${conversation}`, text, id: `${conversation}-${n++}`, headers: { 'x-forwarded-for': forwardedFor } });
    expect(r.status).toBe(200);
    return r.text;
  };
}

describe('1. Direct Line tokens per client address behind a proxy', () => {
  it('trusted (loopback, the test\'s own proxy): each forwarded client has its own allowance', async () => {
    const bot = await startInProcess({ TRUSTED_PROXIES: 'loopback', DIRECT_LINE_TOKEN_RATE_LIMIT: '2' });
    try {
      expect([await token(bot, '198.51.100.1'), await token(bot, '198.51.100.1'), await token(bot, '198.51.100.1')]).toEqual([200, 200, 429]);
      expect(await token(bot, '198.51.100.2')).toBe(200);
      // A client's own header before the proxy's entry changes nothing: the rightmost is the proxy's word.
      expect(await token(bot, '203.0.113.50, 198.51.100.1')).toBe(429);
      // IPv6 clients are counted by their /64.
      expect([await token(bot, '2001:db8:1:2::1'), await token(bot, '2001:db8:1:2::2'), await token(bot, '2001:db8:1:2::3')]).toEqual([200, 200, 429]);
      expect(await token(bot, '2001:db8:1:3::1')).toBe(200);
      expect(bot.output()).not.toMatch(/TRUSTED_PROXIES is not set|198\.51\.100|2001:db8/);
    } finally {
      await bot.stop();
    }
  }, 120_000);

  it('not trusted (the default, or a peer outside the ranges): a spoofed header gives no fresh allowance', async () => {
    for (const settings of [{}, { TRUSTED_PROXIES: '10.0.0.0/8' }] as Array<Record<string, string>>) {
      const bot = await startInProcess({ ...settings, DIRECT_LINE_TOKEN_RATE_LIMIT: '2' });
      try {
        expect([await token(bot, '198.51.100.1'), await token(bot, '198.51.100.2'), await token(bot, '198.51.100.3'), await token(bot)]).toEqual([200, 200, 429, 429]);
        // Without the setting, the landlord's IT is told once that a proxy may be in front, never what it said.
        const told = bot.output().split('\n').filter((l) => l.includes('TRUSTED_PROXIES is not set'));
        expect(told).toHaveLength(settings.TRUSTED_PROXIES ? 0 : 1);
        expect(bot.output()).not.toMatch(/198\.51\.100/);
      } finally {
        await bot.stop();
      }
    }
  }, 120_000);
});

describe('2. the handover cap behind a trusted proxy, and a resident in danger at it', () => {
  let bot: InProcessBot;
  const queue = async () => {
    const res = await fetch(`${bot.url}/staff/handoffs`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const body = (await res.json()) as { waiting: Array<{ reason: string }> };
    return body.waiting.map((h) => h.reason);
  };
  beforeAll(async () => {
    // bron-afon hands every emergency to a person (handover.urgent), and gives no emergency line number.
    bot = await startInProcess({ POLICY: 'bron-afon', TRUSTED_PROXIES: '127.0.0.1', STAFF_API_TOKENS: `contact-centre:${TOKEN}`, STAFFED_HOURS: 'always', MESSAGE_RATE_LIMIT: '0', HANDOVER_MAX_OPEN_PER_ADDRESS: '1', HANDOVER_MAX_OPEN: '0' });
  }, 120_000);
  afterAll(async () => {
    await bot?.stop();
  }, 60_000);

  const open = async (conversation: string, from: string, lang: 'English' | 'Cymraeg', words: string) => {
    const say = resident(bot, conversation, from);
    await say('hello');
    await say(lang);
    return say(words);
  };

  it('counts each forwarded client alone; a safety handover goes past the per-address cap, a flood of them does not', async () => {
    expect(await open('a1', '198.51.100.1', 'English', 'speak to a person')).toMatch(/asked for a member of staff/);
    // The same client again: over its cap, given the team's number, nothing new for staff.
    const again = await open('a2', '198.51.100.1', 'English', 'speak to a person');
    expect(again).toMatch(/can't add you to the queue/);
    expect(again).toMatch(/01633 620 111/);
    // Another resident behind the same proxy is not counted with them.
    expect(await open('b1', '198.51.100.2', 'English', 'speak to a person')).toMatch(/asked for a member of staff/);
    expect(await queue()).toEqual(['asked', 'asked']);

    // The first client, over its cap, in danger: the instructions, and staff see it.
    const gas = await open('a3', '198.51.100.1', 'English', 'I can smell gas in the kitchen');
    expect(gas).toMatch(/0800 111 999/);
    expect(gas).toMatch(/asked for a member of staff/);
    expect(gas).not.toMatch(/can't add you to the queue/);
    expect(await queue()).toEqual(['urgent', 'asked', 'asked']);

    // Twice the cap open from one address: more is plainly a flood. Not queued, but never left
    // without the instructions, 999 and where to find the landlord's emergency line.
    const flood = await open('a4', '198.51.100.1', 'English', 'I can smell gas in the kitchen');
    expect(flood).toMatch(/0800 111 999/);
    expect(flood).toMatch(/I can't add you to the queue[^\n]*please don't wait for a reply here\. If anyone is in danger right now, call 999\. To reach your landlord urgently, call their emergency line/);
    const floodCy = await open('a5', '198.51.100.1', 'Cymraeg', 'Dw i\'n gallu arogli nwy yn y gegin');
    expect(floodCy).toMatch(/peidiwch ag aros am ateb yma\. Os oes unrhyw un mewn perygl nawr, ffoniwch 999\. I gysylltu â'ch landlord ar frys/);
    expect(await queue()).toEqual(['urgent', 'asked', 'asked']);
    // The landlord's IT sees the cap reached, with the reason and which cap only.
    const warned = bot.output().split('\n').filter((l) => l.includes('handover not queued'));
    expect(warned.length).toBe(3);
    expect(warned.join('\n')).not.toMatch(/198\.51\.100|gas|nwy/);
    expect(JSON.parse(warned[1]!)).toMatchObject({ level: 40, reason: 'urgent', cap: 'address', msg: 'handover not queued: HANDOVER_MAX_OPEN_PER_ADDRESS reached' });
  }, 180_000);

  it('a person at risk past the flood line is not promised a member of staff when they say there is nothing else', async () => {
    for (const [conversation, lang, words, no, promise] of [
      ['a6', 'English', 'I want to end it all', 'no', /member of staff will join/],
      ['a7', 'Cymraeg', "dw i isio marw", 'na', /aelod o staff yn ymuno/],
    ] as const) {
      const say = resident(bot, conversation, '198.51.100.1');
      await say('hello');
      await say(lang);
      const first = await say(words);
      expect(first, conversation).toMatch(lang === 'English' ? /can't add you to the queue[\s\S]*anything else/ : /peidiwch ag aros am ateb yma[\s\S]*unrhyw beth arall/);
      const after = await say(no);
      expect(after, conversation).toMatch(/999/);
      expect(after, conversation).not.toMatch(promise);
    }
    expect(await queue()).toEqual(['urgent', 'asked', 'asked']);
  }, 180_000);
});
