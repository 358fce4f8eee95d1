import { readPgSettings } from '../../src/store/pg/settings';
import { openPostgresStore } from '../../src/store/pg/store';
import { describe } from 'vitest';
import { postgresForTests } from '../support/postgres';
import { storeContract, type StoreFactory } from './store-contract';
import { staffStoreContract } from './staff-contract';

const pg = postgresForTests();

// The same contract as SQLite's, unchanged. Each test gets an empty schema of its own (dropped
// after the file): the contract counts what a store holds, and case_events refuses TRUNCATE.
describe.skipIf(!pg.available)('PostgreSQL store', () => {
  const postgres: StoreFactory = async ({ clock, reference }) => {
    const schema = await pg.freshSchema();
    const settings = readPgSettings({ DATABASE_URL: schema.connectionString, DATABASE_STATEMENT_TIMEOUT_MS: '60000', DATABASE_CONNECT_TIMEOUT_MS: '30000' });
    const store = await openPostgresStore(settings, { clock, reference });
    return { store, close: () => store.close() };
  };
  storeContract('PostgreSQL', postgres);
  staffStoreContract('PostgreSQL', postgres);
});
