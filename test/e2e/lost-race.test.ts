/**
 * A turn whose conversation state was written by someone else between its read and its write
 * (a lost lock) is not kept and not answered: 503 with Retry-After, no replies, no apology, and
 * the winner's state untouched; the channel's re-delivery then runs afresh and is answered.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app';
import { FixedClock } from '../../src/clock/clock';
import { readEnv } from '../../src/config/env';
import { createLogger } from '../../src/log';
import type { KeyValueStorage, Store, StoreItems } from '../../src/store/ports';
import { readPgSettings } from '../../src/store/pg/settings';
import { openPostgresStore } from '../../src/store/pg/store';
import { openSqliteStore } from '../../src/store/sqlite/store';
import { postgresForTests } from '../support/postgres';
import { postMessage, tempDbPath } from './server';

const pg = postgresForTests();
const clock = () => new FixedClock('2026-11-23T10:00:00Z');
const stores: Array<{ name: string; skip: boolean; open: () => Promise<Store> }> = [
  // Marked shared, as PostgreSQL is: only there can a write lose (SQLite is one process's, one queue's).
  { name: 'SQLite (marked shared)', skip: false, open: async () => ({ ...openSqliteStore(tempDbPath(), { clock: clock() }), shared: true }) },
  {
    name: 'PostgreSQL',
    skip: !pg.available,
    open: async () => {
      const schema = await pg.freshSchema();
      return openPostgresStore(readPgSettings({ DATABASE_URL: schema.connectionString, DATABASE_STATEMENT_TIMEOUT_MS: '60000' }), { clock: clock() });
    },
  },
];

/** Conversation state that, when armed, lets "another instance" write a key just before the turn does. */
class RacedStorage implements KeyValueStorage {
  armed = false;
  readonly bumped: string[] = [];
  constructor(private readonly inner: KeyValueStorage) {}
  read(keys: string[]) {
    return this.inner.read(keys);
  }
  async write(changes: StoreItems) {
    if (this.armed) {
      this.armed = false;
      for (const key of Object.keys(changes).filter((k) => k.includes('/conversations/'))) {
        const stored = (await this.inner.read([key]))[key] ?? {};
        await this.inner.write({ [key]: { ...stored, eTag: '*', otherInstance: true } });
        this.bumped.push(key);
      }
    }
    return this.inner.write(changes);
  }
  delete(keys: string[]) {
    return this.inner.delete(keys);
  }
}

function send(url: string, text: string, id: string) {
  return postMessage(url, { conversation: 'conversation-race', user: 'resident-race', text, id });
}

for (const { name, skip, open } of stores) describe.skipIf(skip)(`a turn that loses a state race (${name})`, () => {
  let app: App;
  let url: string;
  let raced: RacedStorage;
  let store: Store;
  beforeAll(async () => {
    const opened = await open();
    raced = new RacedStorage(opened.conversationState);
    store = { ...opened, conversationState: raced };
    const env = readEnv({ DATABASE_PATH: tempDbPath(), MESSAGE_RATE_LIMIT: '0' });
    app = await createApp(env, createLogger('silent'), { clock: new FixedClock('2026-11-23T10:00:00Z'), store });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', () => resolve()));
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(() => app?.close(), 60_000);

  it('gets 503 with Retry-After and no replies; its re-delivery is answered as if it had not run', async () => {
    const hello = await send(url, 'hello', 'a-1');
    expect(hello.status).toBe(200);
    expect(hello.text).toMatch(/Cymraeg|English/);

    raced.armed = true;
    const lost = await send(url, 'English', 'a-2');
    expect(lost.status).toBe(503);
    expect(lost.retryAfter).toBe('1');
    expect(lost.body).toMatchObject({ code: 'ConversationChanged' });
    expect(lost.body.activities).toBeUndefined();
    // The other writer's state stands: the lost turn neither overwrote it nor "recovered" it.
    expect(raced.bumped).toHaveLength(1);
    const key = raced.bumped[0];
    expect((await store.conversationState.read([key]))[key]).toMatchObject({ otherInstance: true });
    // Nothing kept for re-delivery: the channel's retry runs the turn on the state as it now is.
    expect(await store.turnReplies.find('test:conversation-race', 'a-2')).toBeUndefined();

    const again = await send(url, 'English', 'a-2');
    expect(again.status).toBe(200);
    expect(again.text).toMatch(/complaint|Tell me|What/i);
    expect(again.text).not.toMatch(/went wrong/i);
  }, 60_000);
});
