import { TestAdapter, type Activity } from 'botbuilder';
import { createCore, type Core } from '../../src/app';
import { TranscriptMiddleware } from '../../src/bot/transcript-logger';
import { createLogger } from '../../src/log';
import { readEnv } from '../../src/config/env';
import { FixedClock } from '../../src/clock/clock';
import type { SqliteStore } from '../../src/store/sqlite/store';

export interface Chat {
  core: Core;
  adapter: TestAdapter;
  /** The server's clock: move it to move time (an activity's `timestamp` is only the client's claim). */
  clock: FixedClock;
  /** Sends a message and returns the texts of every reply. */
  say(text: string, extra?: Partial<Activity>): Promise<string[]>;
  /** The last replies' activities, for checking buttons. */
  lastActivities: Partial<Activity>[];
}

/** The real bot, on an in-memory database, at a fixed time (Monday 23 November 2026, 10:00). */
export function chat(settings: Record<string, string> = {}, at = '2026-11-23T10:00:00Z', user = 'resident-1'): Chat {
  const clock = new FixedClock(at);
  const core = createCore(readEnv({ DATABASE_PATH: ':memory:', ...settings }), { clock });
  const adapter = new TestAdapter(async (context) => core.bot.run(context));
  adapter.conversation.user = { id: user, name: 'Resident', role: 'user' };
  // The production transcript middleware: the turn ends once its messages are kept.
  adapter.use(new TranscriptMiddleware(core.store.transcripts, createLogger('silent'), clock));
  for (const m of core.turnMiddleware) adapter.use(m);
  const c: Chat = {
    core,
    adapter,
    clock,
    lastActivities: [],
    async say(text, extra = {}) {
      adapter.activeQueue.splice(0);
      await adapter.receiveActivity({ type: 'message', text, timestamp: new Date(at), ...extra });
      c.lastActivities = adapter.activeQueue.splice(0);
      return c.lastActivities.map((a) => a.text ?? '');
    },
  };
  return c;
}

/** The SQLite store under a chat, for tests that look at its tables. */
export const sqliteOf = (c: Chat | Core): SqliteStore => ('core' in c ? c.core : c).store as SqliteStore;

/** Joined replies, for matching across several messages. */
export const all = (replies: string[]) => replies.join('\n');

/** Says each message in turn, as a resident walking through questions, and returns the last replies joined. */
export async function sayInTurn(c: Chat, ...messages: string[]): Promise<string> {
  let last: string[] = [];
  for (const m of messages) last = await c.say(m);
  return all(last);
}

export interface DirectComplaint {
  /** The channel identity (on the test channel) that filed it; the harness's own by default. */
  user?: string;
  conversation?: string;
  receivedAt?: string;
  name?: string;
  location?: string;
}

/** Files a complaint straight into the store, as if the intake had, and returns its reference. */
export async function fileComplaint(c: Chat, opts: DirectComplaint = {}): Promise<string> {
  const user = opts.user ?? 'resident-1';
  const { record } = await c.core.store.cases.file({
    idempotencyKey: `test:${Math.random()}`,
    kind: 'complaint',
    policyId: c.core.profile.id,
    policyVersion: c.core.profile.version,
    language: 'en',
    channelId: 'test',
    userKey: `test:${user}`,
    conversationKey: opts.conversation ?? 'test:conv',
    conversationRef: {},
    receivedAt: opts.receivedAt ?? '2026-11-23T10:00:00.000Z',
    details: { description: 'Boiler broken again', location: opts.location ?? 'Flat 3, 12 Park Road, CF10 1AA', contact: { anonymous: false, name: opts.name ?? 'Sam Jones' } },
    triage: { kind: 'complaint' },
    deadlines: null,
    actor: 'bot',
  });
  return record.reference;
}
