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

/**
 * What a start-up's migrations did, for the log: an operator upgrading a live database wants to
 * see that the schema moved, from what to what, and how long the store was held for it.
 */
export interface MigrationRun {
  from: number;
  to: number;
  ms: number;
}

/** Where a migration run is reported: the bot's logger, or anything with its `info`. */
export interface MigrationLog {
  info(fields: object, message: string): void;
}

/** The log line for a start-up that migrated (none for one that found the schema current). */
export function logMigrationRun(log: MigrationLog | undefined, kind: 'sqlite' | 'postgres', run: MigrationRun): void {
  if (run.to > run.from) log?.info({ store: kind, from: run.from, to: run.to, ms: Math.round(run.ms) }, `store schema migrated from version ${run.from} to ${run.to}`);
}
