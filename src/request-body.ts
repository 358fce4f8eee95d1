import type { IncomingMessage } from 'node:http';
import { createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';

/**
 * Reading a JSON request body that any client may have made malformed, huge, compressed or
 * deeply nested. Plain Node streams: restify does not reach in here, and nothing in here throws
 * anything but a RequestProblem, which the server answers as a 4xx.
 */

/** A request the server refuses: a 4xx status and the `{"code","message"}` body it gets. */
export class RequestProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RequestProblem';
  }
}

export interface BodyLimits {
  /** Bytes of JSON after any decompression. */
  maxBytes: number;
  /** Objects and arrays inside one another. */
  maxDepth: number;
  /** How long the whole body may take to arrive: a client dripping bytes is answered 408. */
  timeoutMs: number;
}

export const ACTIVITY_BODY_LIMITS: BodyLimits = { maxBytes: 1024 * 1024, maxDepth: 32, timeoutMs: 20_000 };

export const ACCEPTED_ENCODINGS = ['identity', 'gzip', 'x-gzip', 'deflate'] as const;

const tooLarge = (limits: BodyLimits) =>
  new RequestProblem(413, 'PayloadTooLarge', `body: larger than ${limits.maxBytes} bytes of JSON (after decompression)`);

/**
 * The body's bytes, decompressed, refused past `maxBytes` of output without holding more than
 * that in memory: a gzip bomb stops at the limit, however well it compresses.
 */
export async function readBodyBytes(req: IncomingMessage, limits: BodyLimits): Promise<Buffer> {
  const encoding = String(req.headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();
  if (!(ACCEPTED_ENCODINGS as readonly string[]).includes(encoding)) {
    await drain(req);
    throw new RequestProblem(415, 'UnsupportedMediaType', `content-encoding: "${encoding.slice(0, 40)}" is not accepted; send identity, gzip or deflate`);
  }
  // Compressed bytes are never more than the JSON they hold, bar a few bytes of framing.
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limits.maxBytes + 1024) {
    await drain(req);
    throw tooLarge(limits);
  }
  let inflater: Transform | undefined;
  if (encoding === 'identity' && req.headers['content-length'] !== undefined && declared <= limits.maxBytes) return readDeclared(req, limits);
  if (encoding !== 'identity') {
    // Inflated a chunk at a time as the loop below takes it, so counting the output bounds memory.
    inflater = encoding === 'deflate' ? createInflate() : createGunzip();
    // The inflater's own errors (a truncated or corrupt stream) come out of the iteration below.
    req.on('error', (e) => inflater!.destroy(e));
    req.pipe(inflater);
  }
  const source = (inflater ?? req) as AsyncIterable<Buffer>;
  const chunks: Buffer[] = [];
  let size = 0;
  let compressed = 0;
  if (inflater) req.on('data', (c: Buffer) => (compressed += c.length));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    (inflater ?? req).destroy(new Error('body timed out'));
  }, limits.timeoutMs);
  try {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > limits.maxBytes || compressed > limits.maxBytes + 1024) throw tooLarge(limits);
      chunks.push(chunk);
    }
  } catch (e) {
    if (inflater) req.unpipe(inflater);
    inflater?.destroy();
    await drain(req);
    if (e instanceof RequestProblem) throw e;
    if (timedOut) throw new RequestProblem(408, 'RequestTimeout', `body: not received within ${limits.timeoutMs / 1000} s`);
    if (inflater) throw new RequestProblem(400, 'BadRequest', `body: not valid ${encoding} data`);
    throw new RequestProblem(400, 'BadRequest', 'body: the request was cut off');
  } finally {
    clearTimeout(timer);
  }
  return Buffer.concat(chunks, size);
}

/**
 * An uncompressed body whose declared length is within the limit (nearly every activity), read
 * by the stream's own events. Why: `for await` over the request builds an async iterator and an
 * end-of-stream watcher per request, about 1.4% of an intake turn's CPU. The outcomes are those
 * of the loop in readBodyBytes: the same limit, timeout, and answers for a body cut off or late.
 */
function readDeclared(req: IncomingMessage, limits: BodyLimits): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      req.destroy(new Error('body timed out'));
    }, limits.timeoutMs);
    const done = () => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const fail = (problem: RequestProblem) => {
      done();
      void drain(req).then(() => reject(problem), () => reject(problem));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      // Node stops a body at its Content-Length; this is for streams that do not.
      if (size > limits.maxBytes) {
        req.destroy();
        return fail(tooLarge(limits));
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve(Buffer.concat(chunks, size));
    };
    const cutOff = () => (timedOut ? new RequestProblem(408, 'RequestTimeout', `body: not received within ${limits.timeoutMs / 1000} s`) : new RequestProblem(400, 'BadRequest', 'body: the request was cut off'));
    const onError = () => fail(cutOff());
    // Closed before its end, with or without an error: cut off (or too late).
    const onClose = () => fail(cutOff());
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

/** The body read as JSON within the limits, or a RequestProblem saying what is wrong with it. */
export async function readJsonBody(req: IncomingMessage, limits: BodyLimits = ACTIVITY_BODY_LIMITS): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? 'application/json').toLowerCase();
  if (!/^application\/([a-z0-9.+-]*\+)?json\b/.test(type.trim())) {
    await drain(req);
    throw new RequestProblem(415, 'UnsupportedMediaType', 'content-type: send application/json');
  }
  const text = (await readBodyBytes(req, limits)).toString('utf8');
  const depth = jsonDepth(text);
  if (depth > limits.maxDepth) throw new RequestProblem(400, 'BadRequest', `body: JSON nested more than ${limits.maxDepth} levels deep`);
  try {
    return JSON.parse(text);
  } catch {
    throw new RequestProblem(400, 'BadRequest', 'body: not valid JSON');
  }
}

/**
 * How deeply the JSON text nests, counted before parsing so a 20,000-deep value never becomes a
 * 20,000-deep object. Brackets inside strings do not count. Stops counting past 10,000.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > 10_000) return max;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/**
 * Lets the rest of a refused body arrive and be thrown away, so the client, still sending, can
 * read the answer instead of seeing the connection cut. Bounded: past 8 MiB, or after 5 s, the
 * connection is closed instead.
 */
function drain(req: IncomingMessage, limit = 8 * 1024 * 1024): Promise<void> {
  return new Promise((resolve) => {
    if (req.readableEnded || req.destroyed) return resolve();
    let drained = 0;
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      req.destroy();
      done();
    }, 5_000);
    req.on('data', (c: Buffer) => {
      drained += c.length;
      if (drained > limit) {
        req.destroy();
        done();
      }
    });
    req.once('end', done);
    req.once('close', done);
    req.on('error', done);
    req.resume();
  });
}
