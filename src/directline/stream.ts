import type { Clock } from '../clock/clock';
import { type Logger, safeError } from '../log';
import type { DirectLineConversations } from '../store/ports';
import { activityId, PAGE_SIZE, readWatermark } from './activities';
import type { DirectLineTokens } from './tokens';

/**
 * The Direct Line 3.0 WebSocket stream (`streamUrl`), without HTTP or `ws` (src/server.ts does the
 * upgrade and hands over the socket): each open stream is sent `{activities, watermark}` sets as
 * activities are appended to its conversation, on any instance, and an empty message as a
 * heartbeat. DirectLineJS opens the stream from the `streamUrl` of POST /conversations or
 * GET /conversations/:id?watermark=, pings it with empty messages every 20 s, and on any close
 * waits 3-15 s and asks GET /conversations/:id?watermark= for a new URL: nothing is lost, since
 * the new stream starts after the watermark it last saw.
 *
 * Across instances: every `pollMs` one read asks the store for the last activity number of every
 * conversation with a stream open here (DirectLineConversations.lastSeqs), and only streams behind
 * it read their new activities. Appends made on this instance wake their streams at once.
 */

/** What the stream needs of a WebSocket (the `ws` package's WebSocket has it). */
export interface StreamSocket {
  readonly bufferedAmount: number;
  send(data: string, done: (err?: Error) => void): void;
  ping(): void;
  close(code: number, reason: string): void;
  terminate(): void;
  on(event: 'message' | 'pong' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (e: Error) => void): unknown;
}

export interface StreamLimits {
  /** Streams open on this instance at once (DIRECT_LINE_STREAM_MAX). */
  total: number;
  /** Streams open on one conversation, on this instance (DIRECT_LINE_STREAMS_PER_CONVERSATION). */
  perConversation: number;
  /** How often the store is asked for activities appended by other instances (DIRECT_LINE_STREAM_POLL_MS). */
  pollMs: number;
  /**
   * Every this long a stream is sent a heartbeat (an empty message, and a protocol ping); one that
   * has sent nothing back (a message, DirectLineJS's empty pings, or a pong) since the last
   * heartbeat is dropped: a dead connection goes within two of these.
   */
  heartbeatMs: number;
  /** A stream is closed after this long; DirectLineJS reconnects, its token checked afresh. */
  lifetimeMs: number;
}

export const STREAM_DEFAULTS: Pick<StreamLimits, 'heartbeatMs' | 'lifetimeMs'> = { heartbeatMs: 20_000, lifetimeMs: 30 * 60_000 };

/** Past this much unsent data a stream is sent nothing more until it drains: a slow reader cannot fill memory. */
const MAX_BUFFERED_BYTES = 1024 * 1024;
/** How long shutdown waits for closing handshakes before cutting the sockets. */
const CLOSE_GRACE_MS = 1_000;
const MAX_PATH_ID = 256;

export const CLOSE_GOING_AWAY = 1001;
export const CLOSE_NORMAL = 1000;

export type StreamAdmission =
  | { ok: true; conversationId: string; open(socket: StreamSocket): void; cancel(): void }
  | { ok: false; status: number; code: string; message: string; headers?: Record<string, string> };

export interface DirectLineStreamDeps {
  store: DirectLineConversations;
  tokens: DirectLineTokens;
  clock: Clock;
  log: Logger;
  limits: StreamLimits;
}

class Stream {
  socket?: StreamSocket;
  closed = false;
  heard = true;
  sentSinceBeat = false;
  pumping = false;
  again = false;
  lifetime?: ReturnType<typeof setTimeout>;

  constructor(
    readonly conversationId: string,
    public watermark: number,
  ) {}
}

const refuse = (status: number, code: string, message: string, headers?: Record<string, string>): StreamAdmission => ({ ok: false, status, code, message, headers });

export class DirectLineStreams {
  private readonly byConversation = new Map<string, Set<Stream>>();
  private count = 0;
  private closing = false;
  private readonly poller: ReturnType<typeof setInterval>;
  private readonly heartbeat: ReturnType<typeof setInterval>;
  private polling = false;

  constructor(private readonly deps: DirectLineStreamDeps) {
    this.poller = setInterval(() => void this.poll(), deps.limits.pollMs);
    this.heartbeat = setInterval(() => this.beat(), deps.limits.heartbeatMs);
    // Neither keeps the process alive: shutdown closes the streams themselves.
    this.poller.unref();
    this.heartbeat.unref();
  }

  /** Streams open (or being opened) on this instance. */
  get open(): number {
    return this.count;
  }

  /**
   * Whether `url` (path and query of the upgrade request) may open a stream: the path
   * /v3/directline/conversations/:id/stream, a live stream token (`t`) for that conversation
   * (401 without one, 403 for another conversation or user), a valid `watermark`, and room under
   * the limits. Room is held from here until `open` or `cancel`.
   */
  async admit(url: string): Promise<StreamAdmission> {
    if (this.closing) return refuse(503, 'ShuttingDown', 'this instance is shutting down: reconnect (another instance will answer)', { 'Retry-After': '1' });
    const parsed = new URL(url, 'http://directline.invalid');
    const parts = parsed.pathname.split('/').filter(Boolean);
    if (parts.length !== 5 || parts[0] !== 'v3' || parts[1] !== 'directline' || parts[2] !== 'conversations' || parts[4] !== 'stream') return refuse(404, 'NotFound', 'no such endpoint');
    let id: string;
    try {
      id = decodeURIComponent(parts[3]);
    } catch {
      return refuse(404, 'NotFound', 'no such endpoint');
    }
    if (!id || id.length > MAX_PATH_ID) return refuse(404, 'NotFound', 'no such endpoint');
    const check = await this.deps.tokens.verifyStream(parsed.searchParams.get('t'), this.deps.clock.now());
    if (!check.ok) {
      return check.reason === 'expired'
        ? refuse(401, 'TokenExpired', 'the stream URL has expired: get a new one from GET /v3/directline/conversations/:id')
        : refuse(401, 'Unauthorized', 'the stream URL carries no valid token');
    }
    if (check.grant.conversationId !== id) return refuse(403, 'Forbidden', 'the token is for another conversation');
    const watermark = readWatermark(parsed.searchParams.get('watermark'));
    if (watermark === undefined) return refuse(400, 'BadArgument', 'watermark: must be the watermark of an earlier answer');
    const known = await this.deps.store.find(id);
    if (!known) return refuse(404, 'ConversationNotFound', 'no such conversation');
    if (known.userId !== check.grant.userId) return refuse(403, 'Forbidden', 'the token is for another user');
    if (this.closing) return refuse(503, 'ShuttingDown', 'this instance is shutting down: reconnect (another instance will answer)', { 'Retry-After': '1' });
    if (this.count >= this.deps.limits.total) {
      return refuse(503, 'TooManyStreams', 'this instance has as many chat streams open as it takes: try again shortly', { 'Retry-After': '5' });
    }
    const mine = this.byConversation.get(id) ?? new Set<Stream>();
    if (mine.size >= this.deps.limits.perConversation) return refuse(429, 'TooManyStreams', 'this conversation has as many streams open as it may: close one first');

    const stream = new Stream(id, watermark);
    mine.add(stream);
    this.byConversation.set(id, mine);
    this.count++;
    return {
      ok: true,
      conversationId: id,
      open: (socket) => this.attach(stream, socket),
      cancel: () => {
        if (!stream.socket) this.remove(stream);
      },
    };
  }

  /** Activities were appended to `conversationId` here: its streams on this instance need not wait for the poll. */
  appended(conversationId: string): void {
    for (const stream of this.byConversation.get(conversationId) ?? []) void this.pump(stream);
  }

  /**
   * Shutdown: no stream is admitted any more, and every open one is closed as "going away"
   * (DirectLineJS reconnects, to another instance behind the load balancer); sockets that have not
   * finished closing after a second are cut.
   */
  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.poller);
    clearInterval(this.heartbeat);
    const open = [...this.byConversation.values()].flatMap((s) => [...s]);
    for (const stream of open) this.end(stream, CLOSE_GOING_AWAY, 'server shutting down');
    if (open.some((s) => s.socket)) await new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref());
    for (const stream of open) stream.socket?.terminate();
  }

  private attach(stream: Stream, socket: StreamSocket): void {
    stream.socket = socket;
    if (stream.closed || this.closing) {
      // Shutdown began between admission and the handshake.
      socket.close(CLOSE_GOING_AWAY, 'server shutting down');
      return;
    }
    const heard = () => void (stream.heard = true);
    socket.on('message', heard);
    socket.on('pong', heard);
    socket.on('close', () => this.remove(stream));
    // A reset connection: 'close' follows.
    socket.on('error', () => undefined);
    stream.lifetime = setTimeout(() => this.end(stream, CLOSE_NORMAL, 'stream lifetime reached: reconnect'), this.deps.limits.lifetimeMs);
    stream.lifetime.unref();
    void this.pump(stream);
  }

  private end(stream: Stream, code: number, reason: string): void {
    if (stream.socket && !stream.closed) {
      try {
        stream.socket.close(code, reason);
      } catch {
        stream.socket.terminate();
      }
    }
    stream.closed = true;
    if (!stream.socket) this.remove(stream);
  }

  private remove(stream: Stream): void {
    const mine = this.byConversation.get(stream.conversationId);
    if (!mine?.delete(stream)) return;
    stream.closed = true;
    clearTimeout(stream.lifetime);
    this.count--;
    if (mine.size === 0) this.byConversation.delete(stream.conversationId);
  }

  /** One read for every conversation with a stream here; streams behind the store's last number catch up. */
  private async poll(): Promise<void> {
    if (this.polling || this.byConversation.size === 0) return;
    this.polling = true;
    try {
      const last = await this.deps.store.lastSeqs([...this.byConversation.keys()]);
      for (const [id, streams] of this.byConversation) {
        const seq = last.get(id);
        for (const stream of streams) if (seq !== undefined && seq > stream.watermark) void this.pump(stream);
      }
    } catch (e) {
      this.deps.log.warn({ err: safeError(e) }, 'website chat streams: the store could not be polled');
    } finally {
      this.polling = false;
    }
  }

  /** Sends the stream what follows its watermark, a page at a time, one send at a time. */
  private async pump(stream: Stream): Promise<void> {
    if (!stream.socket || stream.closed) return;
    if (stream.pumping) {
      stream.again = true;
      return;
    }
    stream.pumping = true;
    const socket = stream.socket;
    try {
      do {
        stream.again = false;
        // Left for a later poll until the socket drains.
        if (socket.bufferedAmount > MAX_BUFFERED_BYTES) break;
        const entries = await this.deps.store.after(stream.conversationId, stream.watermark, PAGE_SIZE);
        if (entries.length === 0 || stream.closed) break;
        const activities = entries.map((e) => ({ ...e.activity, id: activityId(stream.conversationId, e.seq) }));
        const watermark = entries[entries.length - 1].seq;
        await send(socket, JSON.stringify({ activities, watermark: String(watermark) }));
        stream.watermark = watermark;
        stream.sentSinceBeat = true;
        if (entries.length === PAGE_SIZE) stream.again = true;
      } while (stream.again && !stream.closed);
    } catch (e) {
      // A failed send means the socket is going ('close' follows); a failed read waits for the next poll.
      this.deps.log.warn({ err: safeError(e) }, 'website chat stream: activities not sent');
    } finally {
      stream.pumping = false;
    }
  }

  private beat(): void {
    for (const streams of this.byConversation.values()) {
      for (const stream of streams) {
        const socket = stream.socket;
        if (!socket || stream.closed) continue;
        if (!stream.heard) {
          // Nothing back since the last heartbeat: the connection is gone without a close.
          socket.terminate();
          continue;
        }
        stream.heard = false;
        try {
          socket.ping();
          if (!stream.sentSinceBeat) socket.send('', () => undefined);
        } catch {
          socket.terminate();
        }
        stream.sentSinceBeat = false;
      }
    }
  }
}

function send(socket: StreamSocket, data: string): Promise<void> {
  return new Promise((resolve, reject) => socket.send(data, (err) => (err ? reject(err) : resolve())));
}
