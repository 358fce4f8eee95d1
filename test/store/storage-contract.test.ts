import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/sqlite/database';
import { GroupCommit } from '../../src/store/sqlite/group-commit';
import { PgConversationStorage } from '../../src/store/pg/conversation-storage';
import { ETagConflictError, SqliteStorage } from '../../src/store/sqlite/conversation-state';
import { describePostgres, freshSchema, type TestSchema } from './pg-test-database';
import { storageContract } from './storage-contract';

describe('conversation state contract: SqliteStorage', () => {
  storageContract(
    () => {
      const db = openDatabase(':memory:');
      return { storage: new SqliteStorage(db, new GroupCommit(db)), another: () => new SqliteStorage(db, new GroupCommit(db)), close: () => void db.close() };
    },
    // One process per file: its turn queue, not the eTags, keeps turns apart; its cache is its own.
    { strictETags: false, sharedAcrossInstances: false },
  );
});

describePostgres('conversation state contract: PgConversationStorage', () => {
  let schema: TestSchema;
  let one: Pool;
  let two: Pool;
  beforeAll(async () => {
    schema = await freshSchema();
    one = schema.pool();
    two = schema.pool();
  }, 60_000);
  afterAll(async () => schema?.drop(), 60_000);

  storageContract(
    async () => {
      await one.query('TRUNCATE bot_state');
      return { storage: new PgConversationStorage(one), another: () => new PgConversationStorage(two), close: () => undefined };
    },
    { strictETags: true, sharedAcrossInstances: true },
  );

  describe('beyond the contract', () => {
    it('names the key that lost in a write of several', async () => {
      const s = new PgConversationStorage(one);
      await s.write({ a: { n: 1 }, b: { n: 1 }, c: { n: 1 } });
      const read = await s.read(['a', 'b', 'c']);
      await s.write({ b: { ...read.b, n: 2 } });
      const error = await s.write({ a: { ...read.a, n: 3 }, b: { ...read.b, n: 3 }, c: { ...read.c, n: 3 } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ETagConflictError);
      expect((error as Error).message).toContain('"b"');
    });

    it.each([
      ['a NUL character', 'a\u0000b'],
      ['more than 1,024 bytes', 'ŵ'.repeat(513)],
    ])('refuses a key with %s plainly, before any SQL', async (_, key) => {
      const s = new PgConversationStorage(one);
      await expect(s.write({ [key]: { a: 1 } })).rejects.toThrow(/a key must be at most 1024 bytes without NUL/);
      await expect(s.read([key])).rejects.toThrow(RangeError);
      await expect(s.delete([key])).rejects.toThrow(RangeError);
    });
  });
});
