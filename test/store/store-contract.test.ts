import { openSqliteStore } from '../../src/store/sqlite/store';
import { storeContract, type StoreFactory } from './store-contract';
import { staffStoreContract } from './staff-contract';

// The PostgreSQL adapter runs the same storeContract against its own store (TEST_DATABASE_URL).
const sqlite: StoreFactory = async ({ clock, reference }) => {
  const store = openSqliteStore(':memory:', { clock, reference });
  return { store, close: () => store.close() };
};
storeContract('SQLite', sqlite);
staffStoreContract('SQLite', sqlite);
