import type { Pool } from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase } from '../../src/store/database';
import { GroupCommit } from '../../src/store/group-commit';
import { PgConversationStorage } from '../../src/store/pg/conversation-storage';
import { SqliteStorage } from '../../src/store/sqlite-storage';
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
});
