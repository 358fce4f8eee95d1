/**
 * The bot's SQLite store beside another process writing the same file (the command-line tool's
 * `complaints staff rename`, here in a loop). Every store write that reads before it writes must
 * wait for the other process's write lock and go on, never fail: a deferred transaction that has
 * read cannot take the write lock while the other connection holds it, nor after it has committed
 * (its snapshot is stale), and SQLite answers SQLITE_BUSY at once, without busy_timeout's wait.
 * That error would reach the resident as an apology, or a member of staff as a 500.
 *
 * The other writer is a real process with its own connection. It renames one staff account over
 * and over, as fast as it can, with the statement `staff rename` runs; the test checks that it
 * went on writing during every path, so none can pass for want of a writer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/clock/clock';
import { HandoverCap } from '../../src/handoff/cap';
import type { ConversationParty, NewHandoff } from '../../src/store/ports';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/store';
import { newCase } from './store-contract';

const NOW = '2026-12-08T10:00:00.000Z';
const OLD = new Date('2026-01-05T09:00:00.000Z');
const ROUNDS = 40;

/** `complaints staff rename cli-writer --name "Writer <n>"`, as fast as it can, until killed. */
const WRITER = `
const Database = require(process.env.DRIVER);
const db = new Database(process.env.DB);
db.pragma('busy_timeout = 5000');
const at = () => new Date().toISOString();
db.prepare("INSERT INTO staff_accounts (name, display_name, password_hash, must_change_password, disabled, created_at, updated_at) VALUES ('cli-writer', 'Writer 0', NULL, 0, 0, ?, ?) ON CONFLICT (name) DO NOTHING").run(at(), at());
const rename = db.prepare('UPDATE staff_accounts SET display_name = ?, updated_at = ? WHERE name = ?');
let n = 0;
process.stdout.write('writing\\n');
const burst = () => {
  for (let i = 0; i < 20; i++) rename.run('Writer ' + ++n, at(), 'cli-writer');
  setImmediate(burst);
};
burst();
`;

describe('SQLite store writes while another process writes the file', () => {
  let dir: string;
  let store: SqliteStore;
  let writer: ChildProcess;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'busy-writer-'));
    const path = join(dir, 'complaints.db');
    store = openSqliteStore(path, { clock: new FixedClock(NOW) });
    writer = spawn(process.execPath, ['-e', WRITER], {
      env: { ...process.env, DRIVER: require.resolve('better-sqlite3'), DB: path },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // No deadline of its own: the suite's timeout bounds a start-up on a busy machine.
    await new Promise<void>((resolve, reject) => {
      writer.once('error', reject);
      writer.once('exit', (code) => reject(new Error(`the writer exited (${code}) before writing`)));
      createInterface({ input: writer.stdout! }).once('line', () => resolve());
    });
  }, 120_000);

  afterAll(async () => {
    if (writer.exitCode === null) {
      const gone = new Promise((resolve) => writer.once('exit', resolve));
      writer.kill('SIGTERM');
      await gone;
    }
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  /** How many renames the other process has committed. */
  const writes = async () => Number((await store.staffAccounts.find('cli-writer'))!.displayName.replace('Writer ', ''));

  /**
   * Runs `step` at least `rounds` times, each in its own group commit, and on until the other
   * process has committed ROUNDS renames since it began (a busy machine may not run the writer
   * for a while: rounds, not a deadline, wait for it); the errors met, by their code.
   */
  async function underLoad(step: (n: number) => Promise<unknown>, rounds: number): Promise<string[]> {
    const before = await writes();
    const errors: string[] = [];
    for (let n = 0; n < rounds || ((await writes()) < before + ROUNDS && n < 100 * rounds); n++) {
      try {
        await step(n);
      } catch (e) {
        errors.push(String((e as { code?: string }).code ?? (e as Error).message));
      }
    }
    // The other process wrote all along, so there was a lock to meet.
    expect(await writes()).toBeGreaterThanOrEqual(before + ROUNDS);
    return errors;
  }

  const cap = new HandoverCap({ perAddress: 0, total: 10_000 });
  const handover = (key: string, addressKey: string | null = null): NewHandoff => ({
    conversationKey: key,
    conversationRef: {},
    channelId: 'webchat',
    language: 'cy',
    reason: 'asked',
    at: NOW,
    caseReference: null,
    context: {},
    state: 'waiting',
    callback: null,
    addressKey,
  });
  const party = (tag: string, n: number): ConversationParty => ({
    conversationKey: `test:${tag}-${n}`,
    userKey: `test:u-${tag}-${n}`,
    conversationStateKey: `test/conversations/${tag}-${n}/`,
    userStateKey: `test/users/u-${tag}-${n}/`,
  });
  const note = (type: string) => (r: { stage: number; state: string }) => ({
    event: { type, data: { note: 'Wedi ffonio’r tenant' } },
    stage: r.stage,
    state: r.state,
    listing: { next: null, basis: '-' },
    result: null,
  });

  const paths: Array<[string, (n: number) => Promise<unknown>, number?]> = [
    ['cases.file (is it filed already? then insert)', async () => expect((await store.cases.file(newCase())).created).toBe(true)],
    [
      'cases.recordEvent (the case and its events, then the event)',
      async () => {
        const { record } = await store.cases.file(newCase());
        expect(await store.cases.recordEvent(record.reference, 'staff:ann', note('note'))).toMatchObject({ event: { type: 'note' } });
      },
    ],
    ['handoffs.open (an open handover? then insert)', async (n) => expect(await store.handoffs.open(handover(`test:open-${n}`))).toMatchObject({ created: true })],
    ['handoffs.open within the caps', async (n) => expect(await store.handoffs.open(handover(`test:capped-${n}`, cap.addressKey('203.0.113.9')), cap.caps())).toMatchObject({ created: true })],
    [
      'retention.sweep (idle conversations, then delete)',
      async (n) => {
        await store.retention.touch(party('idle', n), OLD);
        expect(await store.retention.sweep(new Date('2026-06-01T00:00:00Z'), 100)).toMatchObject({ conversations: 1 });
      },
    ],
    [
      'retention.forgetUser (their conversations, then delete)',
      async (n) => {
        await store.retention.touch(party('forget', n), OLD);
        expect(await store.retention.forgetUser(party('forget', n))).toMatchObject({ conversations: 1 });
      },
    ],
    [
      'directLine.append with a client key (sent before? then append)',
      async (n) => {
        if (n === 0) await store.directLine.start('chat-busy', 'dl_user', new Date(NOW));
        expect(await store.directLine.append('chat-busy', { activity: { type: 'message', text: 'Helo' }, clientKey: `k${n}` }, new Date(NOW), 1000)).toMatchObject({ outcome: 'appended' });
      },
    ],
    [
      'directLine.sweep (idle conversations, then delete)',
      async (n) => {
        await store.directLine.start(`chat-idle-${n}`, 'dl_user', OLD);
        expect(await store.directLine.sweep(new Date('2026-06-01T00:00:00Z'), 100)).toEqual({ conversations: 1, more: false });
      },
    ],
    [
      'staffSessions.takeFlow (read the sign-in flow, then delete it)',
      async (n) => {
        const flow = { idHash: n.toString(16).padStart(64, '0'), state: 's', nonce: 'n', codeVerifier: 'v', expiresAt: '2026-12-08T10:10:00.000Z' };
        await store.staffSessions.saveFlow(flow);
        expect(await store.staffSessions.takeFlow(flow.idHash)).toEqual(flow);
      },
      // Its read and delete were microseconds apart: 40 rounds rarely met the other write there.
      400,
    ],
    ['lookupLocks.attempt (misses so far, then a miss)', async (n) => expect(await store.lookupLocks.attempt({ reference: `CMP-BUSY-${n}`, asker: `test:asker-${n}` }, new Date(NOW), false)).toMatchObject({ outcome: 'missed' })],
    [
      'a turn\'s lookups and another turn\'s writes in one group commit',
      async (n) => {
        // What every pass of the event loop holds: the re-delivery lookup and a new conversation's
        // state read, queued first, then the state, transcript and kept replies of another turn.
        const [, , state] = await Promise.all([
          store.turnReplies.find(`test:turn-${n}`, 'a1'),
          store.conversationState.read([`test/conversations/new-${n}/`]),
          store.conversationState.write({ [`test/conversations/turn-${n}/`]: { step: n } }),
          store.transcripts.append([{ conversationKey: `test:turn-${n}`, at: NOW, direction: 'in', activityType: 'message', text: 'Mae dŵr yn dod drwy’r to', data: {} }]),
          store.turnReplies.record(`test:turn-${n}`, 'a1', 'test:u', [{ type: 'message', text: 'Diolch' }]),
        ]);
        expect(state).toBeUndefined();
      },
    ],
  ];

  it.each(paths)('%s: waits for the other process and goes on, never SQLITE_BUSY', async (_, step, rounds = ROUNDS) => {
    expect(await underLoad(step, rounds)).toEqual([]);
  }, 120_000);
});
