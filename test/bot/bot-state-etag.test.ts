/**
 * The bot writes conversation state with the eTag it read, never "*": of two turns that read the
 * same state, the second to write loses with ETagConflictError instead of overwriting the first.
 * Run on both stores (PostgreSQL when TEST_DATABASE_URL is set).
 */
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreComparingConversationState, StoreComparingUserState } from '../../src/bot/bot-state';
import { FixedClock } from '../../src/clock/clock';
import { ETagConflictError, type Store } from '../../src/store/ports';
import { readPgSettings } from '../../src/store/pg/settings';
import { openPostgresStore } from '../../src/store/pg/store';
import { openSqliteStore } from '../../src/store/sqlite/store';
import { tempDbPath } from '../e2e/server';
import { postgresForTests } from '../support/postgres';

const pg = postgresForTests();
const clock = new FixedClock('2026-11-23T10:00:00Z');

function turn(conversation = 'c-1'): TurnContext {
  const activity: Partial<Activity> = {
    type: 'message',
    text: 'hi',
    channelId: 'test',
    conversation: { id: conversation } as Activity['conversation'],
    from: { id: 'resident-1', name: '' },
    recipient: { id: 'bot', name: '' },
  };
  return new TurnContext(new TestAdapter(), activity);
}

const stores: Array<{ name: string; open: () => Promise<Store>; skip: boolean }> = [
  { name: 'SQLite', open: async () => openSqliteStore(tempDbPath(), { clock }), skip: false },
  {
    name: 'PostgreSQL',
    skip: !pg.available,
    open: async () => {
      const schema = await pg.freshSchema();
      return openPostgresStore(readPgSettings({ DATABASE_URL: schema.connectionString, DATABASE_STATEMENT_TIMEOUT_MS: '60000' }), { clock });
    },
  },
];

const opened: Store[] = [];
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
});

for (const { name, open, skip } of stores) {
  describe.skipIf(skip)(`bot state on ${name}`, () => {
    const fresh = async () => {
      const store = await open();
      opened.push(store);
      return store;
    };

    it('two turns that read the same state: the first write wins, the second gets ETagConflictError', async () => {
      const store = await fresh();
      const state = new StoreComparingConversationState(store.conversationState);
      const answer = state.createProperty<string>('answer');
      const first = turn();
      await answer.set(first, 'start');
      await state.saveChanges(first);

      const [a, b] = [turn(), turn()];
      expect(await answer.get(a)).toBe('start');
      expect(await answer.get(b)).toBe('start');
      await answer.set(a, 'from a');
      await answer.set(b, 'from b');
      await state.saveChanges(a);
      await expect(state.saveChanges(b)).rejects.toBeInstanceOf(ETagConflictError);
      expect(await answer.get(turn())).toBe('from a');
    });

    it('two turns that both found no state: only one creates it', async () => {
      const store = await fresh();
      const state = new StoreComparingUserState(store.conversationState);
      const lang = state.createProperty<string>('lang');
      const [a, b] = [turn('x'), turn('y')];
      expect(await lang.get(a)).toBeUndefined();
      expect(await lang.get(b)).toBeUndefined();
      await lang.set(a, 'cy');
      await lang.set(b, 'en');
      await state.saveChanges(a);
      // SQLite writes a key it had no row for unconditionally (one process, one queue per file);
      // PostgreSQL creates only where nothing is.
      if (name === 'PostgreSQL') await expect(state.saveChanges(b)).rejects.toBeInstanceOf(ETagConflictError);
      else await state.saveChanges(b);
      expect(await lang.get(turn('z'))).toBe(name === 'PostgreSQL' ? 'cy' : 'en');
    });

    it('one turn saving twice does not conflict with itself', async () => {
      const store = await fresh();
      const state = new StoreComparingConversationState(store.conversationState);
      const answer = state.createProperty<string>('answer');
      const context = turn();
      await answer.set(context, 'one');
      await state.saveChanges(context);
      await answer.set(context, 'two');
      await state.saveChanges(context);
      expect(await answer.get(turn())).toBe('two');
    });

    it('a turn after a lost race reads the winner and writes on top of it', async () => {
      const store = await fresh();
      const state = new StoreComparingConversationState(store.conversationState);
      const count = state.createProperty<number>('count');
      const seed = turn();
      await count.set(seed, 1);
      await state.saveChanges(seed);
      const [a, b] = [turn(), turn()];
      await count.set(a, (await count.get(a))! + 1);
      await count.set(b, (await count.get(b))! + 1);
      await state.saveChanges(a);
      await expect(state.saveChanges(b)).rejects.toBeInstanceOf(ETagConflictError);
      const retry = turn();
      await count.set(retry, (await count.get(retry))! + 1);
      await state.saveChanges(retry);
      expect(await count.get(turn())).toBe(3);
    });
  });
}
