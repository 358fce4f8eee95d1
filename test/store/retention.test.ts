import { describe, expect, it } from 'vitest';
import { retentionCutoff, scheduleRetention } from '../../src/bot/retention-sweep';
import { FixedClock } from '../../src/clock/clock';
import { readEnv } from '../../src/config/env';
import { openDatabase } from '../../src/store/sqlite/database';
import { GroupCommit } from '../../src/store/sqlite/group-commit';
import { SqliteRetention } from '../../src/store/sqlite/retention';
import { createLogger } from '../../src/log';

const DAY = 24 * 60 * 60 * 1000;

function store() {
  const db = openDatabase(':memory:');
  const evicted: string[] = [];
  const retention = new SqliteRetention(db, new GroupCommit(db), (keys) => evicted.push(...keys));
  const state = (key: string, updatedAt: string) =>
    db.prepare("INSERT INTO bot_state (key, etag, data, updated_at) VALUES (?, 1, '{}', ?)").run(key, updatedAt);
  const transcript = (conversation: string, at: string) =>
    db.prepare("INSERT INTO transcripts (conversation_key, at, direction, activity_type, text, data) VALUES (?, ?, 'in', 'message', 'hi', '{}')").run(conversation, at);
  const keys = () => (db.prepare('SELECT key FROM bot_state ORDER BY key').all() as Array<{ key: string }>).map((r) => r.key);
  const party = (conversation: string, user: string) => ({
    conversationKey: `test:${conversation}`,
    userKey: `test:${user}`,
    conversationStateKey: `test/conversations/${conversation}/`,
    userStateKey: `test/users/${user}/`,
  });
  return { db, retention, evicted, state, transcript, keys, party };
}

describe('retention sweep in the store', () => {
  it('judges rows from before the activity table by their own times, and leaves tracked ones to the table', async () => {
    const s = store();
    // Tracked: heard from recently by the server's clock, though the rows themselves look old.
    await s.retention.touch(s.party('recent', 'u1'), new Date('2026-11-20T00:00:00Z'));
    s.state('test/conversations/recent/', '2020-01-01T00:00:00Z');
    s.state('test/users/u1/', '2020-01-01T00:00:00Z');
    // Legacy: no activity row.
    s.state('test/conversations/old/', '2026-01-01T00:00:00Z');
    s.state('test/conversations/fresh/', '2026-11-01T00:00:00Z');
    s.transcript('test:old', '2026-01-01T00:00:00Z');
    s.transcript('test:fresh', '2026-11-01T00:00:00Z');

    const removed = await s.retention.sweep(retentionCutoff(new Date('2026-11-23T10:00:00Z'), 90), 100);

    expect(s.keys()).toEqual(['test/conversations/fresh/', 'test/conversations/recent/', 'test/users/u1/']);
    expect(s.db.prepare('SELECT DISTINCT conversation_key FROM transcripts').all()).toEqual([{ conversation_key: 'test:fresh' }]);
    expect(removed).toMatchObject({ stateRows: 1, transcriptRows: 1 });
    expect(s.evicted).toEqual(['test/conversations/old/']);
  });

  it('a later touch never moves a conversation back in time', async () => {
    const s = store();
    await s.retention.touch(s.party('c', 'u'), new Date('2026-11-20T00:00:00Z'));
    await s.retention.touch(s.party('c', 'u'), new Date('2026-01-01T00:00:00Z'));
    expect(s.db.prepare('SELECT last_at FROM conversation_activity').get()).toEqual({ last_at: '2026-11-20T00:00:00.000Z' });
  });

  it('sweeps at start-up and again on its timer, by the injected clock', async () => {
    const s = store();
    const clock = new FixedClock('2026-11-23T10:00:00Z');
    await s.retention.touch(s.party('a', 'u'), new Date('2026-01-01T00:00:00Z'));
    s.state('test/conversations/a/', '2026-01-01T00:00:00Z');
    const logged: string[] = [];
    const schedule = scheduleRetention(s.retention, clock, 90, createLogger('info', { write: (line: string) => void logged.push(line) }), 50);
    try {
      await schedule.first;
      expect(s.keys()).toEqual([]);
      // Heard from now; idle past the window only once the clock has moved on.
      await s.retention.touch(s.party('b', 'u'), clock.now());
      s.state('test/conversations/b/', clock.now().toISOString());
      clock.advance(91 * DAY);
      await expect.poll(() => s.keys(), { timeout: 30_000, interval: 50 }).toEqual([]);
      expect(logged.join('\n')).toMatch(/"conversations":1,"handoverRequests":0,"handoverEvents":0,"days":90,"msg":"retention: deleted the state and transcripts of idle conversations, and blanked their handovers"/);
      expect(logged.join('\n')).not.toMatch(/failed/);
    } finally {
      await schedule.stop();
    }
  });
});

describe('RETENTION_DAYS', () => {
  it.each([
    [undefined, 90],
    ['30', 30],
    ['3650', 3650],
  ])('%s reads as %s days', (value, days) => {
    expect(readEnv(value === undefined ? {} : { RETENTION_DAYS: value }).RETENTION_DAYS).toBe(days);
  });
  it.each(['0', '-5', '1.5', 'ninety', '3651'])('refuses %s, naming the setting', (value) => {
    expect(() => readEnv({ RETENTION_DAYS: value })).toThrow(/RETENTION_DAYS/);
  });
});
