import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphPoster } from '../../src/channels/meta/graph';
import { BodyTooLargeError, readRawBody } from '../../src/channels/meta/raw-body';
import { sign } from '../../src/channels/meta/signature';
import { type MetaChannel, MetaWebhook } from '../../src/channels/meta/webhook';
import { createLogger } from '../../src/log';

const SECRET = 'app-secret-for-tests';

/** A channel that records whether the body was read at all: nothing is, before the signature is checked. */
function recordingChannel() {
  const read: unknown[] = [];
  const channel: MetaChannel = {
    channelId: 'instagram',
    notification: 'an Instagram',
    appSecret: SECRET,
    verifyToken: 'verify-token-1',
    activities(json) {
      read.push(json);
      return (json as { object?: string }).object === 'instagram' ? [] : null;
    },
    send: async () => '',
  };
  const deps = { adapter: {} as never, run: async () => {}, locks: {} as never, rateLimit: {} as never, replies: {} as never, appId: '', log: createLogger('silent') };
  return { hook: new MetaWebhook(channel, deps), read };
}

describe("Meta's verification handshake", () => {
  const { hook } = recordingChannel();
  it.each([
    ['the right token', 'hub.mode=subscribe&hub.verify_token=verify-token-1&hub.challenge=1158201444', 200, '1158201444'],
    ['a wrong token', 'hub.mode=subscribe&hub.verify_token=verify-token-2&hub.challenge=1', 403, 'verification failed'],
    ['a token that starts the same', 'hub.mode=subscribe&hub.verify_token=verify-token-12&hub.challenge=1', 403, 'verification failed'],
    ['no token', 'hub.mode=subscribe&hub.challenge=1', 403, 'verification failed'],
    ['another mode', 'hub.mode=unsubscribe&hub.verify_token=verify-token-1&hub.challenge=1', 403, 'verification failed'],
    ['no challenge', 'hub.mode=subscribe&hub.verify_token=verify-token-1', 403, 'verification failed'],
    ['a huge challenge', `hub.mode=subscribe&hub.verify_token=verify-token-1&hub.challenge=${'9'.repeat(300)}`, 403, 'verification failed'],
  ])('%s', (_name, query, status, body) => {
    const out = hook.verify(`/instagram/webhook?${query}`);
    expect(out.status).toBe(status);
    expect(out.body).toBe(body);
  });
});

describe("Meta's signed notifications", () => {
  const body = JSON.stringify({ object: 'instagram', entry: [] });
  it.each([
    ['no signature', undefined, 401],
    ['another secret', sign(body, 'other-secret'), 401],
    ['the signature of another body', sign(`${body} `, SECRET), 401],
    ['sha1 instead of sha256', `sha1=${'0'.repeat(40)}`, 401],
    ['a signature of the wrong length', 'sha256=abcd', 401],
    ['the right signature', sign(body, SECRET), 200],
  ])('%s: %i', async (_name, signature, status) => {
    const { hook, read } = recordingChannel();
    expect((await hook.receive(Buffer.from(body), signature)).status).toBe(status);
    // Refused without reading further: the channel never saw the body.
    expect(read.length).toBe(status === 401 ? 0 : 1);
  });

  it.each([
    ['not JSON', '{"object":', 'body: not JSON'],
    ['JSON of another kind', '{"object":"page","entry":[]}', 'body: not an Instagram notification'],
  ])('%s: 400', async (_name, raw, message) => {
    const { hook } = recordingChannel();
    const out = await hook.receive(Buffer.from(raw), sign(raw, SECRET));
    expect(out).toMatchObject({ status: 400, body: message });
  });

  it('refuses a body over the limit without holding more of it', async () => {
    async function* chunks() {
      for (let i = 0; i < 5; i++) yield Buffer.alloc(1024, 'a');
    }
    await expect(readRawBody(chunks(), undefined, 4096)).rejects.toBeInstanceOf(BodyTooLargeError);
    await expect(readRawBody(chunks(), '999999999', 4096)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect((await readRawBody(chunks(), undefined, 8192)).length).toBe(5120);
  });
});

describe('Graph API posting', () => {
  /** A stand-in Graph API answering each request with the next scripted answer. */
  let server: Server;
  let url: string;
  let script: Array<{ status: number; body: unknown; headers?: Record<string, string> } | 'hang'> = [];
  const seen: unknown[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let raw = '';
      req.on('data', (d) => (raw += d));
      req.on('end', () => {
        seen.push({ path: req.url, auth: req.headers.authorization, body: JSON.parse(raw) });
        const next = script.shift() ?? { status: 200, body: { message_id: 'm' } };
        if (next === 'hang') return;
        res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
        res.end(JSON.stringify(next.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v23.0`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  function poster(overrides: { baseUrl?: string; timeoutMs?: number } = {}) {
    const waits: number[] = [];
    const p = new GraphPoster({ baseUrl: url, accessToken: 'tok', channel: 'instagram', log: createLogger('silent'), sleep: async (ms) => void waits.push(ms), ...overrides });
    return { p, waits };
  }

  const refusal = (code: number, extra: Record<string, unknown> = {}) => ({ error: { message: 'x', type: 'OAuthException', code, ...extra } });

  it.each([
    ['accepted at once', [], true, []],
    ['a 503, then accepted', [{ status: 503, body: {} }], true, [500]],
    ['rate-limited twice (code 4), then accepted', [{ status: 400, body: refusal(4) }, { status: 400, body: refusal(4) }], true, [500, 1000]],
    ['a 429 with Retry-After: 2', [{ status: 429, body: {}, headers: { 'retry-after': '2' } }], true, [2000]],
    ['a Retry-After past the cap waits only the cap', [{ status: 429, body: {}, headers: { 'retry-after': '3600' } }], true, [5000]],
    ['Graph says it is transient', [{ status: 400, body: refusal(9999, { is_transient: true }) }], true, [500]],
    ['three transient refusals: given up', [{ status: 500, body: {} }, { status: 500, body: {} }, { status: 500, body: {} }], false, [500, 1000]],
    ['outside the messaging window (code 10): not tried again', [{ status: 400, body: refusal(10, { error_subcode: 2018278 }) }], false, []],
    ['a bad token (190): not tried again', [{ status: 401, body: refusal(190) }], false, []],
  ] as const)('%s', async (_name, answers, accepted, waits) => {
    script = [...answers] as typeof script;
    seen.length = 0;
    const { p, waits: waited } = poster();
    const body = await p.post({ path: '1784/messages', body: { recipient: { id: '42' }, message: { text: 'Shwmae' } } });
    expect(body !== undefined).toBe(accepted);
    expect(waited).toEqual(waits);
    expect(seen).toHaveLength(waits.length + 1);
    expect(seen[0]).toEqual({ path: '/v23.0/1784/messages', auth: 'Bearer tok', body: { recipient: { id: '42' }, message: { text: 'Shwmae' } } });
  });

  it('tries a refused connection again, but not a timeout (the message may have arrived)', async () => {
    const closed = poster({ baseUrl: 'http://127.0.0.1:1/v23.0' });
    expect(await closed.p.post({ path: 'x', body: {} })).toBeUndefined();
    expect(closed.waits).toEqual([500, 1000]);
    script = ['hang'];
    seen.length = 0;
    const slow = poster({ timeoutMs: 300 });
    expect(await slow.p.post({ path: 'x', body: {} })).toBeUndefined();
    expect(slow.waits).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it('sends a refused message the caller’s other way when it has one, with the refusal’s code and subcode to decide by', async () => {
    script = [{ status: 400, body: refusal(10, { error_subcode: 2018278 }) }, { status: 200, body: { message_id: 'tagged' } }, { status: 400, body: refusal(100) }];
    seen.length = 0;
    const { p } = poster();
    const refusals: unknown[] = [];
    const accepted = await p.postInOrder([1, 2].map((n) => ({ path: 'm', body: { n } })), (r, refusal) => {
      refusals.push(refusal);
      return refusal.subcode === 2018278 ? { ...r, body: { ...(r.body as object), tag: 'HUMAN_AGENT' } } : undefined;
    });
    expect(accepted).toEqual([{ message_id: 'tagged' }]);
    expect(seen.map((s) => (s as { body: unknown }).body)).toEqual([{ n: 1 }, { n: 1, tag: 'HUMAN_AGENT' }, { n: 2 }]);
    expect(refusals).toEqual([{ status: 400, code: 10, subcode: 2018278, attempts: 1 }, { status: 400, code: 100, subcode: undefined, attempts: 1 }]);
  });

  it('sends a turn in order and stops at the first refusal, so nothing arrives out of order', async () => {
    script = [{ status: 200, body: { message_id: 'a' } }, { status: 400, body: refusal(100) }];
    seen.length = 0;
    const { p } = poster();
    const accepted = await p.postInOrder([1, 2, 3].map((n) => ({ path: 'm', body: { n } })));
    expect(accepted).toEqual([{ message_id: 'a' }]);
    expect(seen.map((s) => (s as { body: { n: number } }).body.n)).toEqual([1, 2]);
  });
});
