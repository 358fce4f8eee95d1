import { describe } from 'vitest';
import { FixedClock } from '../../src/clock/clock';
import { readPgSettings } from '../../src/store/pg/settings';
import { openPostgresStore } from '../../src/store/pg/store';
import { openSqliteStore } from '../../src/store/sqlite/store';
import { postgresForTests } from '../support/postgres';
import { directLineContract } from './directline-contract';

const clock = new FixedClock('2026-11-23T10:00:00Z');
const pg = postgresForTests();

directLineContract('SQLite', async () => {
  const store = openSqliteStore(':memory:', { clock });
  return { store: store.directLine, close: () => store.close() };
});

// Two stores on one schema: two instances sharing the database.
describe.skipIf(!pg.available)('PostgreSQL', () => {
  directLineContract('PostgreSQL', async () => {
    const schema = await pg.freshSchema();
    const settings = readPgSettings({ DATABASE_URL: schema.connectionString, DATABASE_STATEMENT_TIMEOUT_MS: '60000', DATABASE_CONNECT_TIMEOUT_MS: '30000' });
    const [one, two] = [await openPostgresStore(settings, { clock }), await openPostgresStore(settings, { clock })];
    return { store: one.directLine, other: two.directLine, close: async () => void (await Promise.all([one.close(), two.close()])) };
  });
});
