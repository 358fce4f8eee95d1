/**
 * Two bots started on one SQLite file: the second refuses to start, saying why and what to use
 * for several instances, while the first keeps serving; once the first is killed (kill -9, no
 * shutdown), a new one starts on the same file with nothing to clear by hand.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { failedStart, startBot, tempDbPath, type RunningBot } from './server';

describe('one bot instance per SQLite file', () => {
  let bots: RunningBot[] = [];
  afterEach(async () => {
    await Promise.all(bots.map((b) => b.stop('SIGKILL')));
    bots = [];
  }, 60_000);

  it('refuses the second, keeps the first serving, and lets a new one start once the first is gone however it went', async () => {
    const dbPath = tempDbPath();
    const first = await startBot({}, dbPath);
    bots.push(first);
    const second = await failedStart({ DATABASE_PATH: dbPath });
    expect(second.code).toBe(1);
    expect(second.output).toMatch(/Cannot start: DATABASE_PATH: another instance of the bot is running on .*complaints\.db .*set DATABASE_URL/);
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    await first.stop('SIGKILL');
    const third = await startBot({}, dbPath);
    bots.push(third);
    expect((await fetch(`${third.url}/healthz`)).status).toBe(200);
  }, 240_000);
});
