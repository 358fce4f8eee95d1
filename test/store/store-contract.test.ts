import { openSqliteStore } from '../../src/store/sqlite/store';
import { storeContract } from './store-contract';

// The PostgreSQL adapter runs the same storeContract against its own store (TEST_DATABASE_URL).
storeContract('SQLite', async ({ clock, reference }) => {
  const store = openSqliteStore(':memory:', { clock, reference });
  return { store, close: () => store.close() };
});
