/**
 * One numbered schema migration. Each adapter keeps its own list (src/store/sqlite/migrations.ts,
 * src/store/pg/migrations.ts), applied in order at start-up, one transaction each. Never edit a
 * migration that has shipped: add the next number.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
