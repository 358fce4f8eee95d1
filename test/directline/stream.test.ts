/**
 * The stream hub (src/directline/stream.ts) with stand-in sockets and short limits: heartbeats,
 * dead connections dropped, the lifetime, a slow reader, a store that fails. The real sockets,
 * upgrade and limits over HTTP are in test/e2e/directline-stream.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/clock/clock';
import { createLogger } from '../../src/log';
import { type DirectLineStreams as Hub, DirectLineStreams, type StreamLimits, type StreamSocket } from '../../src/directline/stream';
import { DirectLineTokens } from '../../src/directline/tokens';
import type { DirectLineConversations } from '../../src/store/ports';
import { openSqliteStore } from '../../src/store/sqlite/store';

const clock = new FixedClock('2026-11-23T10:00:00Z');
const tokens = new DirectLineTokens('a-test-secret-of-at-least-32-characters');
const grant = { conversationId: 'conv-1', userId: 'dl_user-1' };

class FakeSocket implements StreamSocket {
  bufferedAmount = 0;
  readonly sent: string[] = [];
  pings = 0;
  closed?: { code: number; reason: string };
  terminated = false;
  /** Whether it answers pings (a live browser does). */
  answers = true;
  private readonly listeners = new Map<string, Array<(e: never) => void>>();

  send(data: string, done: (err?: Error) => void): void {
    this.sent.push(data);
    done();
  }
  ping(): void {
    this.pings++;
    if (this.answers) queueMicrotask(() => this.emit('pong'));
  }
  close(code: number, reason: string): void {
    this.closed = { code, reason };
    queueMicrotask(() => this.emit('close'));
  }
  terminate(): void {
    this.terminated = true;
    queueMicrotask(() => this.emit('close'));
  }
  on(event: string, listener: (e: never) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string): void {
    for (const l of this.listeners.get(event) ?? []) (l as () => void)();
  }
  get sets(): Array<{ activities: Array<{ id: string; text?: string }>; watermark: string }> {
    return this.sent.filter(Boolean).map((s) => JSON.parse(s));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(ready: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400 && !ready(); i++) await sleep(25);
  if (!ready()) throw new Error(`waited for ${what}`);
}

describe('website chat stream hub', () => {
  let hub: Hub | undefined;
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await hub?.close();
    await close?.();
  });

  /** `wrap`: what the hub sees of the store (a failing one). */
  async function setUp(limits: Partial<StreamLimits>, wrap: (s: DirectLineConversations) => DirectLineConversations = (s) => s) {
    const sqlite = openSqliteStore(':memory:', { clock });
    close = () => sqlite.close();
    const s = wrap(sqlite.directLine);
    await sqlite.directLine.start(grant.conversationId, grant.userId, clock.now());
    hub = new DirectLineStreams({
      store: s,
      tokens,
      clock,
      log: createLogger('silent'),
      limits: { total: 10, perConversation: 3, pollMs: 50, heartbeatMs: 10_000, lifetimeMs: 60_000, ...limits },
    });
    const say = (text: string) => sqlite.directLine.append(grant.conversationId, { activity: { type: 'message', text }, clientKey: null }, clock.now(), 100);
    return { hub, say, sqlite };
  }

  async function opened(h: Hub, watermark = ''): Promise<FakeSocket> {
    const t = await tokens.mintStream(grant, clock.now());
    const admitted = await h.admit(`/v3/directline/conversations/${grant.conversationId}/stream?watermark=${watermark}&t=${t}`);
    if (!admitted.ok) throw new Error(admitted.code);
    const socket = new FakeSocket();
    admitted.open(socket);
    return socket;
  }

  it('sends what another instance appended, found by the poll, in order and once', async () => {
    const { hub, say } = await setUp({});
    await say('one');
    const socket = await opened(hub);
    await until(() => socket.sets.length === 1, 'the first set');
    // Appended without telling the hub, as another instance would.
    await say('two');
    await say('three');
    await until(() => socket.sets.flatMap((s) => s.activities).length === 3, 'the polled activities');
    expect(socket.sets.flatMap((s) => s.activities.map((a) => a.text))).toEqual(['one', 'two', 'three']);
    expect(socket.sets.at(-1)!.watermark).toBe('3');
    await sleep(200);
    expect(socket.sets.flatMap((s) => s.activities)).toHaveLength(3);
  });

  it('starts after the watermark it was opened with', async () => {
    const { hub, say } = await setUp({});
    for (const t of ['one', 'two', 'three']) await say(t);
    const socket = await opened(hub, '2');
    await until(() => socket.sets.length === 1, 'a set');
    expect(socket.sets[0]).toEqual({ activities: [expect.objectContaining({ text: 'three', id: 'conv-1|0000003' })], watermark: '3' });
  });

  it('sends a heartbeat (an empty message and a ping) when it has nothing, and drops a connection that answers nothing', async () => {
    const { hub } = await setUp({ heartbeatMs: 100 });
    const live = await opened(hub);
    const dead = await opened(hub);
    dead.answers = false;
    await until(() => dead.terminated, 'the dead connection to be dropped');
    expect(live.terminated).toBe(false);
    expect(live.sent.filter((m) => m === '').length).toBeGreaterThan(0);
    expect(live.pings).toBeGreaterThan(0);
    await until(() => hub.open === 1, 'its room to be given back');
  });

  it('counts DirectLineJS\'s empty messages as signs of life', async () => {
    const { hub } = await setUp({ heartbeatMs: 300 });
    const socket = await opened(hub);
    socket.answers = false;
    const pinging = setInterval(() => socket.emit('message'), 30);
    try {
      await sleep(1_000);
      expect(socket.terminated).toBe(false);
    } finally {
      clearInterval(pinging);
    }
    await until(() => socket.terminated, 'the silent connection to be dropped');
  });

  it('closes a stream at the end of its lifetime, normally, for DirectLineJS to reconnect', async () => {
    const { hub } = await setUp({ lifetimeMs: 100 });
    const socket = await opened(hub);
    await until(() => socket.closed !== undefined, 'the close');
    expect(socket.closed).toEqual({ code: 1000, reason: 'stream lifetime reached: reconnect' });
    await until(() => hub.open === 0, 'its room to be given back');
  });

  it('sends a slow reader nothing more until it drains, then catches it up', async () => {
    const { hub, say } = await setUp({});
    const socket = await opened(hub);
    socket.bufferedAmount = 2 * 1024 * 1024;
    await say('held');
    hub.appended(grant.conversationId);
    await sleep(300);
    expect(socket.sets).toEqual([]);
    socket.bufferedAmount = 0;
    await until(() => socket.sets.length === 1, 'the held activity');
  });

  it('keeps the stream through a store that fails, and carries on when it is back', async () => {
    let failing = true;
    const flaky = (store: DirectLineConversations): DirectLineConversations =>
      new Proxy(store, {
        get: (target, name) => {
          const value = Reflect.get(target, name);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => (failing && (name === 'after' || name === 'lastSeqs') ? Promise.reject(new Error('store down')) : value.apply(target, args));
        },
      });
    const { hub, say } = await setUp({}, flaky);
    const socket = await opened(hub);
    await say('back');
    hub.appended(grant.conversationId);
    await sleep(300);
    expect(socket.closed).toBeUndefined();
    expect(socket.sets).toEqual([]);
    failing = false;
    await until(() => socket.sets.length === 1, 'the activity once the store is back');
  });

  it('refuses streams while shutting down, and closes open ones as going away', async () => {
    const { hub } = await setUp({});
    const socket = await opened(hub);
    await hub.close();
    expect(socket.closed).toEqual({ code: 1001, reason: 'server shutting down' });
    const t = await tokens.mintStream(grant, clock.now());
    expect(await hub.admit(`/v3/directline/conversations/conv-1/stream?t=${t}`)).toMatchObject({ ok: false, status: 503, code: 'ShuttingDown' });
  });
});
