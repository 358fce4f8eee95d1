import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/clock/clock';
import { ConfigError, readEnv } from '../../src/config/env';
import { createLogger } from '../../src/log';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { openStore, pgStartHint } from '../../src/store/open';
import { MIGRATIONS } from '../../src/store/sqlite/migrations';
import { PG_MIGRATIONS } from '../../src/store/pg/migrations';

/** The newest schema each adapter migrates to. */
const SQLITE_LATEST = Math.max(...MIGRATIONS.map((m) => m.version));
const PG_LATEST = Math.max(...PG_MIGRATIONS.map((m) => m.version));
import { postgresForTests } from '../support/postgres';

const pg = postgresForTests();

const options = { clock: new FixedClock('2026-11-23T10:00:00Z'), log: createLogger('silent') };

describe('openStore', () => {
  it('opens the SQLite file when DATABASE_URL is not set', async () => {
    const store = await openStore(readEnv({ DATABASE_PATH: ':memory:' }), options);
    expect(await store.health()).toEqual({ ok: true, kind: 'sqlite', schemaVersion: SQLITE_LATEST });
    await store.close();
  });

  it('stops with an error naming DATABASE_URL when PostgreSQL cannot be reached, never quoting the URL', async () => {
    // Port 1 on this machine: refused at once, nothing to wait for.
    const env = readEnv({ DATABASE_URL: 'postgres://bot:s3cret-pass@127.0.0.1:1/complaints' });
    const error = await openStore(env, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^DATABASE_URL: cannot open the PostgreSQL store: /);
    expect((error as Error).message).not.toContain('s3cret-pass');
  });

  it.skipIf(!pg.available)('says what to grant when the role may not create the tables (PostgreSQL 15 and later: GRANT ALL ON DATABASE is not enough)', async () => {
    const schema = await pg.freshSchema();
    const admin = new Pool(schema.config);
    const role = `bot_${randomBytes(4).toString('hex')}`;
    try {
      // A role that may connect and use the schema, but not create in it: a DBA's first try.
      await admin.query(`CREATE ROLE ${role} LOGIN`);
      await admin.query(`GRANT USAGE ON SCHEMA ${schema.schema} TO ${role}`);
      const url = new URL(schema.connectionString);
      url.username = role;
      url.password = '';
      const error = await openStore(readEnv({ DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: '1', DATABASE_LOCK_POOL_SIZE: '1' }), options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(/^DATABASE_URL: cannot open the PostgreSQL store: permission denied for schema .*GRANT USAGE, CREATE ON SCHEMA public TO it/);
    } finally {
      await admin.query(`DROP OWNED BY ${role}`).catch(() => undefined);
      await admin.query(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
      await admin.end();
    }
  });

  it('adds the hint to a refusal for want of privilege only', () => {
    expect(pgStartHint({ code: '42501' })).toMatch(/OWNER/);
    expect(pgStartHint({ code: '28P01' })).toBe('');
    expect(pgStartHint(new Error('ECONNREFUSED'))).toBe('');
  });

  it.skipIf(!pg.available)('opens PostgreSQL, migrated, when DATABASE_URL is set', async () => {
    const schema = await pg.freshSchema();
    const store = await openStore(readEnv({ DATABASE_URL: schema.connectionString, DATABASE_POOL_SIZE: '2', DATABASE_LOCK_POOL_SIZE: '2' }), options);
    try {
      expect(await store.health()).toEqual({ ok: true, kind: 'postgres', schemaVersion: PG_LATEST });
    } finally {
      await store.close();
    }
  });
});

describe('DATABASE_URL', () => {
  it.each([
    ['postgres://bot:pw@localhost/complaints', true],
    ['postgresql://localhost:5433/complaints?sslmode=require', true],
    ['mysql://bot:pw@localhost/complaints', false],
    ['postgres://bot:pw@[not a host', false],
  ])('%s accepted: %s', (url, ok) => {
    if (ok) expect(readEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    else expect(() => readEnv({ DATABASE_URL: url })).toThrow(/DATABASE_URL: must/);
  });

  it('never puts the URL, or its password, in the error', () => {
    expect(() => readEnv({ DATABASE_URL: 'mysql://bot:s3cret-pass@db/complaints' })).toThrow(expect.objectContaining({ message: expect.not.stringContaining('s3cret-pass') }));
  });
});
