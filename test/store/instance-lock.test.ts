/**
 * One bot instance per SQLite file (src/store/sqlite/instance-lock.ts): a second claim on the
 * same file is refused with a message naming DATABASE_PATH and DATABASE_URL; the database itself
 * stays open to the command-line tool. Across processes, with a kill -9 between: test/e2e/instance-lock.test.ts.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/clock/clock';
import { ConfigError } from '../../src/config/env';
import { holdInstanceLock } from '../../src/store/sqlite/instance-lock';
import { openSqliteStore } from '../../src/store/sqlite/store';

describe('the instance lock on a SQLite file', () => {
  const dirs: string[] = [];
  const dbIn = () => {
    const dir = mkdtempSync(join(tmpdir(), 'instance-lock-'));
    dirs.push(dir);
    return join(dir, 'data', 'complaints.db');
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('refuses a second instance on the same file, naming the setting and what to use for several, until the first lets go', () => {
    const path = dbIn();
    const first = holdInstanceLock(path)!;
    expect(first.path).toBe(`${path}.instance`);
    let refusal: unknown;
    try {
      holdInstanceLock(path);
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toBeInstanceOf(ConfigError);
    expect((refusal as Error).message).toMatch(/^DATABASE_PATH: another instance of the bot is running on .*complaints\.db .*set DATABASE_URL/);
    // Another file is another instance's to claim.
    holdInstanceLock(dbIn())!.release();
    first.release();
    const again = holdInstanceLock(path)!;
    again.release();
  });

  it('leaves the database itself open to the command-line tool while the bot holds its claim', async () => {
    const path = dbIn();
    const lock = holdInstanceLock(path)!;
    const store = openSqliteStore(path, { clock: new FixedClock('2026-12-07T10:00:00.000Z') });
    expect((await store.health()).ok).toBe(true);
    await store.close();
    lock.release();
    expect(existsSync(`${path}.instance`)).toBe(true);
  });

  it('names DATABASE_PATH when the file cannot be made, as the store itself does', () => {
    expect(() => holdInstanceLock('/proc/nope/x.db')).toThrow(/^DATABASE_PATH: cannot open \/proc\/nope\/x\.db: /);
  });

  it('claims nothing for an in-memory database', () => {
    expect(holdInstanceLock(':memory:')).toBeUndefined();
  });
});
