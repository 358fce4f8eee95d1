import { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { jsonDepth, readJsonBody, RequestProblem, type BodyLimits } from '../../src/request-body';

const LIMITS: BodyLimits = { maxBytes: 1024 * 1024, maxDepth: 32, timeoutMs: 60_000 };

/** A request as Node hands it to a route: a readable stream of the body with its headers. */
function request(body: Buffer | string, headers: Record<string, string> = {}): IncomingMessage {
  const req = Readable.from([Buffer.from(body)]) as unknown as IncomingMessage;
  req.headers = { 'content-type': 'application/json', ...headers };
  return req;
}

async function outcome(req: IncomingMessage, limits = LIMITS): Promise<unknown> {
  try {
    return { ok: await readJsonBody(req, limits) };
  } catch (e) {
    if (e instanceof RequestProblem) return { status: e.status, code: e.code };
    throw e;
  }
}

const activity = JSON.stringify({ type: 'message', text: 'hello' });
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('reading a request body', () => {
  it.each<[string, IncomingMessage, unknown]>([
    ['plain JSON', request(activity), { ok: { type: 'message', text: 'hello' } }],
    ['JSON with a charset', request(activity, { 'content-type': 'application/json; charset=utf-8' }), { ok: { type: 'message', text: 'hello' } }],
    ['gzip', request(gzipSync(activity), { 'content-encoding': 'gzip' }), { ok: { type: 'message', text: 'hello' } }],
    ['deflate', request(deflateSync(activity), { 'content-encoding': 'deflate' }), { ok: { type: 'message', text: 'hello' } }],
    ['a truncated gzip body (12 bytes)', request(gzipSync(activity).subarray(0, 12), { 'content-encoding': 'gzip' }), { status: 400, code: 'BadRequest' }],
    ['gzip that is not gzip', request('hello', { 'content-encoding': 'gzip' }), { status: 400, code: 'BadRequest' }],
    ['a gzip bomb (300 MB in about 300 KB)', request(gzipSync(Buffer.alloc(300 * 1024 * 1024, ' '), { level: 9 }), { 'content-encoding': 'gzip' }), { status: 413, code: 'PayloadTooLarge' }],
    ['brotli', request(activity, { 'content-encoding': 'br' }), { status: 415, code: 'UnsupportedMediaType' }],
    ['text/plain', request(activity, { 'content-type': 'text/plain' }), { status: 415, code: 'UnsupportedMediaType' }],
    ['more than 1 MiB of JSON', request(JSON.stringify({ text: 'x'.repeat(1024 * 1024) })), { status: 413, code: 'PayloadTooLarge' }],
    ['a Content-Length over the limit', request(activity, { 'content-length': String(50 * 1024 * 1024) }), { status: 413, code: 'PayloadTooLarge' }],
    ['not JSON', request('{not json'), { status: 400, code: 'BadRequest' }],
    ['JSON 32 levels deep', request(nested(32)), { ok: JSON.parse(nested(32)) }],
    ['JSON 33 levels deep', request(nested(33)), { status: 400, code: 'BadRequest' }],
    ['JSON 20,000 levels deep', request(nested(20_000)), { status: 400, code: 'BadRequest' }],
  ])('%s', async (_name, req, expected) => {
    expect(await outcome(req)).toEqual(expected);
  });

  // With a Content-Length within the limit, an uncompressed body is read by stream events
  // instead of `for await` (src/request-body.ts, readDeclared): the same answers.
  describe('with a Content-Length within the limit', () => {
    const declared = (body: string, length = Buffer.byteLength(body)) => request(body, { 'content-length': String(length) });

    it.each<[string, IncomingMessage, unknown]>([
      ['plain JSON', declared(activity), { ok: { type: 'message', text: 'hello' } }],
      ['in several chunks', Object.assign(Readable.from([Buffer.from('{"type":'), Buffer.from('"message",'), Buffer.from('"text":"hello"}')]), { headers: { 'content-type': 'application/json', 'content-length': String(activity.length) } }) as unknown as IncomingMessage, { ok: { type: 'message', text: 'hello' } }],
      ['not JSON', declared('{not json'), { status: 400, code: 'BadRequest' }],
      ['JSON 33 levels deep', declared(nested(33)), { status: 400, code: 'BadRequest' }],
      ['more bytes than the limit from a stream that does not stop at its length', declared(JSON.stringify({ text: 'x'.repeat(1024 * 1024) }), 10), { status: 413, code: 'PayloadTooLarge' }],
    ])('%s', async (_name, req, expected) => {
      expect(await outcome(req)).toEqual(expected);
    });

    it('answers 408 when the body does not arrive in time', async () => {
      const req = new Readable({ read() {} }) as unknown as IncomingMessage;
      req.headers = { 'content-type': 'application/json', 'content-length': '100' };
      (req as unknown as Readable).push('{"type":');
      expect(await outcome(req, { ...LIMITS, timeoutMs: 50 })).toEqual({ status: 408, code: 'RequestTimeout' });
    });

    it.each([
      ['with an error', (r: Readable) => r.destroy(new Error('aborted'))],
      ['without one', (r: Readable) => r.destroy()],
    ])('answers 400 for a body cut off, %s', async (_name, cut) => {
      const req = new Readable({ read() {} }) as unknown as IncomingMessage;
      req.headers = { 'content-type': 'application/json', 'content-length': '100' };
      (req as unknown as Readable).push('{"type":');
      setTimeout(() => cut(req as unknown as Readable), 20);
      expect(await outcome(req)).toEqual({ status: 400, code: 'BadRequest' });
    });
  });

  it('answers 408 when the body does not arrive in time', async () => {
    const req = new Readable({ read() {} }) as unknown as IncomingMessage;
    req.headers = { 'content-type': 'application/json' };
    (req as unknown as Readable).push('{"type":');
    expect(await outcome(req, { ...LIMITS, timeoutMs: 50 })).toEqual({ status: 408, code: 'RequestTimeout' });
  });

  it.each([
    ['{}', 1],
    ['{"a":[1,{"b":2}]}', 3],
    ['{"a":"[[[[{{{{"}', 1],
    ['{"a":"\\"[[[["}', 1],
    ['[]', 1],
    ['1', 0],
  ])('counts the nesting of %s as %i, ignoring brackets in strings', (text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
  });
});
