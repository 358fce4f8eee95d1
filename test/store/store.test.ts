import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { NewCase } from '../../src/cases/records';
import { FixedClock } from '../../src/clock/clock';
import { openSqliteStore } from '../../src/store/sqlite/store';
import { findReference, newReference, REFERENCE_PATTERN, wholeReference } from '../../src/cases/reference';
import { migrate, openDatabase } from '../../src/store/sqlite/database';
import { MIGRATIONS } from '../../src/store/sqlite/migrations';
import { ETagConflictError, SqliteStorage } from '../../src/store/sqlite/conversation-state';
import { GroupCommit } from '../../src/store/sqlite/group-commit';
import { SqliteTranscripts } from '../../src/store/sqlite/transcripts';

const newCase = (key: string): NewCase => ({
  idempotencyKey: key,
  kind: 'complaint',
  policyId: 'housing-ombudsman-code',
  policyVersion: '2024.1',
  language: 'en',
  channelId: 'test',
  userKey: 'test:u1',
  conversationKey: 'test:c1',
  conversationRef: { conversation: { id: 'c1' } },
  receivedAt: '2026-11-23T10:00:00.000Z',
  details: { description: 'leak' },
  triage: { kind: 'complaint' },
  deadlines: { respondBy: { date: '2026-12-14' } },
  actor: 'bot',
});

describe('bot state storage', () => {
  it('reads what it wrote, with an eTag, and refuses a stale write', async () => {
    const db = openDatabase(':memory:');
    const s = new SqliteStorage(db, new GroupCommit(db));
    await s.write({ k: { a: 1 } });
    const first = (await s.read(['k'])).k;
    expect(first).toMatchObject({ a: 1, eTag: '1' });
    await s.write({ k: { ...first, a: 2 } });
    await expect(s.write({ k: { ...first, a: 3 } })).rejects.toThrow(ETagConflictError);
    await s.write({ k: { a: 4, eTag: '*' } });
    expect((await s.read(['k'])).k).toMatchObject({ a: 4, eTag: '3' });
    await s.delete(['k']);
    expect(await s.read(['k'])).toEqual({});
  });

  it('keeps any key, even one named like a built-in object property', async () => {
    const db = openDatabase(':memory:');
    const s = new SqliteStorage(db, new GroupCommit(db));
    await s.write({ ['__proto__']: { a: 1 } } as never);
    const changes = Object.create(null);
    changes['__proto__'] = { a: 2, eTag: '*' };
    changes.constructor = { b: 1 };
    await s.write(changes);
    const read = await s.read(['__proto__', 'constructor']);
    expect(Object.keys(read)).toEqual(['__proto__', 'constructor']);
    expect(read['__proto__']).toMatchObject({ a: 2, eTag: '2' });
    expect(read.constructor).toMatchObject({ b: 1, eTag: '1' });
  });

  it('does not make a write that would store what is stored, but still refuses a stale one', async () => {
    const db = openDatabase(':memory:');
    const s = new SqliteStorage(db, new GroupCommit(db));
    await s.write({ k: { a: 1 } });
    await s.write({ k: { a: 2, eTag: '*' } });
    const transactions = vi.spyOn(db, 'transaction');
    await s.write({ k: { a: 2, eTag: '*' } });
    await s.write({ k: { a: 2, eTag: '2' } });
    expect(transactions).not.toHaveBeenCalled();
    expect((await s.read(['k'])).k).toMatchObject({ a: 2, eTag: '2' });
    await expect(s.write({ k: { a: 2, eTag: '1' } })).rejects.toThrow(ETagConflictError);
  });

  it('makes a write of the stored value while another write to the key is queued, so the last word stands', async () => {
    const db = openDatabase(':memory:');
    const s = new SqliteStorage(db, new GroupCommit(db));
    await s.write({ k: { a: 1 } });
    await Promise.all([s.write({ k: { a: 2, eTag: '*' } }), s.write({ k: { a: 1, eTag: '*' } })]);
    expect((await s.read(['k'])).k).toMatchObject({ a: 1, eTag: '3' });
    await expect(new SqliteStorage(db, new GroupCommit(db)).read(['k'])).resolves.toMatchObject({ k: { a: 1 } });
  });

  it('commits the writes of turns processed together in one transaction, each on its own', async () => {
    const db = openDatabase(':memory:');
    const commits = new GroupCommit(db);
    const s = new SqliteStorage(db, commits);
    const transcripts = new SqliteTranscripts(db, commits);
    await s.write({ stale: { n: 0 } });
    await s.write({ stale: { n: 1, eTag: '*' } });
    const transactions = vi.spyOn(db, 'transaction');
    const results = await Promise.allSettled([
      s.write({ a: { n: 1 } }),
      s.write({ stale: { n: 2, eTag: '1' } }),
      transcripts.append([
        { conversationKey: 'x', direction: 'in', activityType: 'message', text: 'hi', data: {}, at: '2026-11-23T10:00:00Z' },
        { conversationKey: 'x', direction: 'out', activityType: 'message', text: 'hello', data: {}, at: '2026-11-23T10:00:01Z' },
      ]),
      s.write({ b: { n: 1 }, c: { n: 1 } }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(ETagConflictError);
    // The stale write changed nothing, and the others are stored.
    expect(await s.read(['a', 'stale', 'b', 'c'])).toEqual({
      a: { n: 1, eTag: '1' },
      stale: { n: 1, eTag: '2' },
      b: { n: 1, eTag: '1' },
      c: { n: 1, eTag: '1' },
    });
    expect((await transcripts.forConversation('x')).map((e) => e.text)).toEqual(['hi', 'hello']);
    expect(transactions).toHaveBeenCalledTimes(1);
  });

  it('reads a state missing from its cache and a kept reply in the same transaction as the writes queued with them', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'reads-')), 'c.db');
    const first = openSqliteStore(path, { clock: new FixedClock('2026-11-23T10:00:00Z') });
    await first.conversationState.write({ k: { step: 1 } });
    await first.close();
    // A fresh store: its cache is empty, so "k" comes from the table.
    const store = openSqliteStore(path, { clock: new FixedClock('2026-11-23T10:00:00Z') });
    const transactions = vi.spyOn(store.db, 'transaction');
    const [before, read, replies, after] = await Promise.all([
      store.turnReplies.find('t:c', 'a1'),
      store.conversationState.read(['k']),
      (async () => {
        await store.turnReplies.record('t:c', 'a1', 't:u', [{ type: 'message', text: 'hello' }]);
        return store.turnReplies.find('t:c', 'a1');
      })(),
      // Queued after the read of "k": the read must not leave the older row in the cache.
      store.conversationState.write({ k: { step: 2, eTag: '1' } }).then(() => store.conversationState.read(['k'])),
    ]);
    expect(before).toBeUndefined();
    expect(read).toEqual({ k: { step: 1, eTag: '1' } });
    expect(replies).toEqual({ userKey: 't:u', replies: [{ type: 'message', text: 'hello' }] });
    expect(after).toEqual({ k: { step: 2, eTag: '2' } });
    // The first lookups, the record and the write: one transaction; the two reads after them, another.
    expect(transactions).toHaveBeenCalledTimes(2);
    // The cache holds the newer row: a write with the older eTag is refused.
    await expect(store.conversationState.write({ k: { step: 3, eTag: '1' } })).rejects.toBeInstanceOf(ETagConflictError);
    await store.close();
  });

  it('keeps a turn that sent more messages than one INSERT takes, in order, all or none', async () => {
    const db = openDatabase(':memory:');
    const transcripts = new SqliteTranscripts(db, new GroupCommit(db));
    const entry = (i: number) => ({ conversationKey: 'long', direction: 'out' as const, activityType: 'message', text: `line ${i}`, data: {}, at: '2026-11-23T10:00:00Z' });
    await transcripts.append(Array.from({ length: 40 }, (_, i) => entry(i)));
    expect((await transcripts.forConversation('long')).map((e) => e.text)).toEqual(Array.from({ length: 40 }, (_, i) => `line ${i}`));
    // A row that breaks a constraint in the third INSERT undoes the first two as well.
    const broken = [...Array.from({ length: 40 }, (_, i) => entry(i)), { ...entry(40), direction: 'sideways' as never }];
    await expect(transcripts.append(broken)).rejects.toThrow(/CHECK constraint/);
    expect(await transcripts.forConversation('long')).toHaveLength(40);
  });

  it('fails the whole batch when a one-statement write takes the transaction down with it', async () => {
    const db = openDatabase(':memory:');
    const commits = new GroupCommit(db);
    const s = new SqliteStorage(db, commits);
    // What SQLite does on a full disk or an I/O error: the statement fails and the transaction is gone.
    const ioError = () => {
      db.exec('ROLLBACK');
      throw new Error('disk I/O error');
    };
    const results = await Promise.allSettled([
      s.write({ a: { n: 1 } }),
      commits.run(ioError, { oneStatement: true }),
      s.write({ b: { n: 1 } }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await new SqliteStorage(db, new GroupCommit(db)).read(['a', 'b'])).toEqual({});
    await s.write({ c: { n: 1 } });
    expect(await s.read(['c'])).toEqual({ c: { n: 1, eTag: '1' } });
  });

  it('settles a write only once it is committed, and loses nothing queued at shutdown', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'store-')), 'state.db');
    const db = openDatabase(path);
    const commits = new GroupCommit(db);
    const s = new SqliteStorage(db, commits);
    let settled = false;
    const pending = s.write({ k: { step: 'address' } }).then(() => (settled = true));
    expect(settled).toBe(false);
    expect(db.prepare('SELECT COUNT(*) AS n FROM bot_state').get()).toEqual({ n: 0 });
    commits.flush();
    db.close();
    await pending;
    expect(settled).toBe(true);
    const reopened = openDatabase(path);
    expect(await new SqliteStorage(reopened, new GroupCommit(reopened)).read(['k'])).toEqual({ k: { step: 'address', eTag: '1' } });
  });

  it('rejects every write in a batch whose commit fails, and keeps serving what was committed', async () => {
    const db = openDatabase(':memory:');
    const commits = new GroupCommit(db);
    const s = new SqliteStorage(db, commits);
    await s.write({ k: { v: 'kept' } });
    expect((await s.read(['k'])).k).toMatchObject({ v: 'kept' });
    // A deferred foreign key fails only at COMMIT, after every write in the batch has run.
    db.exec('CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (p INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)');
    const breaking = commits.run(() => db.prepare('INSERT INTO child (p) VALUES (42)').run());
    const write = s.write({ k: { v: 'lost' } });
    await expect(breaking).rejects.toThrow(/FOREIGN KEY/);
    await expect(write).rejects.toThrow(/FOREIGN KEY/);
    expect((await s.read(['k'])).k).toMatchObject({ v: 'kept', eTag: '1' });
  });
});

describe('handovers', () => {
  const request = (conversationKey: string) => ({
    conversationKey,
    conversationRef: { conversation: { id: conversationKey } },
    channelId: 'test',
    language: 'cy' as const,
    reason: 'asked' as const,
    at: '2026-11-23T10:00:00.000Z',
    caseReference: null,
    context: {},
    state: 'waiting' as const,
    callback: null,
  });

  it('still sees the open handovers of a database opened afresh (who owns a conversation is not read from SQL for the rest)', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'store-')), 'handoffs.db');
    const clock = new FixedClock(new Date('2026-11-23T10:00:00Z'));
    const first = openSqliteStore(path, { clock });
    const open = (await first.handoffs.open(request('test:open'))).handoff;
    const done = (await first.handoffs.open(request('test:done'))).handoff;
    await first.handoffs.finish(done.id, 'hub', '2026-11-23T10:01:00.000Z', 'failed', {});
    await first.close();
    const again = openSqliteStore(path, { clock });
    expect((await again.handoffs.openFor('test:open'))?.id).toBe(open.id);
    expect(await again.handoffs.openFor('test:done')).toBeUndefined();
    expect(await again.handoffs.openFor('test:never')).toBeUndefined();
    await again.close();
  });
});

describe('handover records (migration 9)', () => {
  const MARKER = '{"redacted":true}';
  /** A database at schema 8 with a handover and its words, as a landlord's would be before upgrading. */
  const before9 = (path = ':memory:') => {
    const db = openDatabase(path, MIGRATIONS.filter((m) => m.version <= 8));
    db.prepare(
      `INSERT INTO handoff_requests (conversation_key, conversation_ref, channel_id, language, reason, at, state, context, callback)
       VALUES ('test:c1', '{"user":{"id":"u1"}}', 'test', 'cy', 'asked', '2026-11-23T10:00:00.000Z', 'callback', '{}', '{"why":"closed","when":"bore","phone":"07700 900123","requestedAt":null}')`,
    ).run();
    db.prepare(`INSERT INTO handoff_events (handoff_id, at, kind, actor, data) VALUES (1, '2026-11-23T10:01:00.000Z', 'resident_message', 'resident', '{"text":"helo"}')`).run();
    return db;
  };

  it('upgrades a database with handovers, keeping every row as it was', () => {
    const db = before9();
    const rows = () => ({ requests: db.prepare('SELECT * FROM handoff_requests').all(), events: db.prepare('SELECT * FROM handoff_events').all() });
    const was = rows();
    migrate(db, MIGRATIONS.filter((m) => m.version <= 9));
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    expect(rows()).toEqual(was);
  });

  it('lets an event’s data be blanked to the marker and refuses every other change, and every delete', () => {
    const db = before9();
    migrate(db, MIGRATIONS);
    for (const change of [
      `UPDATE handoff_events SET data = '{"text":"changed"}'`,
      `UPDATE handoff_events SET data = '{}'`,
      `UPDATE handoff_events SET data = '{"redacted": true}'`,
      `UPDATE handoff_events SET data = '${MARKER}', kind = 'accepted'`,
      `UPDATE handoff_events SET data = '${MARKER}', actor = 'staff:someone'`,
      `UPDATE handoff_events SET data = '${MARKER}', at = '2026-01-01T00:00:00.000Z'`,
      `UPDATE handoff_events SET data = '${MARKER}', id = 99`,
      `UPDATE handoff_events SET actor = 'staff:someone'`,
      'DELETE FROM handoff_events',
    ]) {
      expect(() => db.prepare(change).run(), change).toThrow(/append-only/);
    }
    expect(db.prepare('SELECT data FROM handoff_events').get()).toEqual({ data: '{"text":"helo"}' });
    expect(db.prepare(`UPDATE handoff_events SET data = '${MARKER}'`).run().changes).toBe(1);
    expect(db.prepare('SELECT id, handoff_id, kind, actor, data FROM handoff_events').get()).toEqual({ id: 1, handoff_id: 1, kind: 'resident_message', actor: 'resident', data: MARKER });
  });

  it('blanks the words of an upgraded database’s handover when its resident asks', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'store-')), 'upgraded.db');
    before9(path).close();
    const store = openSqliteStore(path, { clock: new FixedClock('2026-11-23T10:00:00Z') });
    const removed = await store.retention.forgetUser({ conversationKey: 'test:c1', userKey: 'test:u1', conversationStateKey: 'test/conversations/c1/', userStateKey: 'test/users/u1/' });
    expect(removed).toMatchObject({ handoverRequests: 1, handoverEvents: 1 });
    expect(await store.handoffs.get(1)).toMatchObject({ state: 'callback', callback: { why: 'closed', when: null, phone: null }, context: { redacted: true } });
    expect((await store.handoffs.eventsAfter(0, 10, 1)).map((e) => e.data)).toEqual([{ redacted: true }]);
    await store.close();
  });
});

describe('held-back staff messages and handovers left to blank (migration 10)', () => {
  const MARKER = '{"redacted":true}';
  /** A database at schema 9 whose handover has held-back staff messages, one since delivered. */
  const before10 = (path = ':memory:') => {
    const db = openDatabase(path, MIGRATIONS.filter((m) => m.version <= 9));
    db.prepare(
      `INSERT INTO handoff_requests (conversation_key, conversation_ref, channel_id, language, reason, at, state, context)
       VALUES ('whatsapp:c1', '{"user":{"id":"u1"}}', 'whatsapp', 'cy', 'asked', '2026-11-23T10:00:00.000Z', 'taken', '{}')`,
    ).run();
    const event = db.prepare(`INSERT INTO handoff_events (handoff_id, at, kind, actor, data) VALUES (1, '2026-11-23T10:01:00.000Z', ?, 'person:rhian', ?)`);
    const held = (text: string) => JSON.stringify({ text, delivered: false, reopenRequested: true, shown: text, firstName: null });
    event.run('staff_message', held('one')); // 1, delivered below
    event.run('staff_message', held('two')); // 2, still held back
    event.run('staff_message', JSON.stringify({ text: '"reopenRequested":true', delivered: true })); // 3, only looks like it
    event.run('staff_message_delivered', '{"of":1}'); // 4
    event.run('staff_message', held('three')); // 5, blanked below
    db.prepare(`UPDATE handoff_events SET data = '${MARKER}' WHERE id = 5`).run();
    return db;
  };

  it('marks the events written before it from their data, so held-back messages still reach the resident', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'store-')), 'upgraded.db');
    before10(path).close();
    const store = openSqliteStore(path, { clock: new FixedClock('2026-11-23T10:00:00Z') });
    expect(store.db.prepare('SELECT id, held_back, delivers FROM handoff_events ORDER BY id').all()).toEqual([
      { id: 1, held_back: 1, delivers: null },
      { id: 2, held_back: 1, delivers: null },
      { id: 3, held_back: 0, delivers: null },
      { id: 4, held_back: 0, delivers: 1 },
      { id: 5, held_back: 0, delivers: null },
    ]);
    expect((await store.handoffs.heldBack(1)).map((e) => [e.id, e.data])).toEqual([[2, { text: 'two', delivered: false, reopenRequested: true, shown: 'two', firstName: null }]]);
    await store.close();
  });

  it('keeps the marks part of the record: blanking may change only the data', () => {
    const db = before10();
    migrate(db, MIGRATIONS);
    for (const change of [
      `UPDATE handoff_events SET data = '${MARKER}', held_back = 0 WHERE id = 2`,
      `UPDATE handoff_events SET data = '${MARKER}', delivers = NULL WHERE id = 4`,
      `UPDATE handoff_events SET held_back = 1 WHERE id = 3`,
      `UPDATE handoff_events SET data = '{"text":"changed"}' WHERE id = 2`,
      'DELETE FROM handoff_events',
    ]) {
      expect(() => db.prepare(change).run(), change).toThrow(/append-only/);
    }
    expect(db.prepare(`UPDATE handoff_events SET data = '${MARKER}' WHERE id IN (2, 4)`).run().changes).toBe(2);
  });
});

describe('cases', () => {
  // Idempotent filing, events and references across adapters: test/store/case-store-contract.ts.
  it('keeps case events append-only in the table itself, whatever code runs against it', async () => {
    const store = openSqliteStore(':memory:', { clock: new FixedClock('2026-11-23T10:00:00Z') });
    await store.cases.file(newCase('test:c1:act-9'));
    expect(() => store.db.prepare('UPDATE case_events SET type = ?').run('x')).toThrow(/append-only/);
    expect(() => store.db.prepare('DELETE FROM case_events').run()).toThrow(/append-only/);
  });

  it('fails loudly, naming the case, on a stored row no schema version reads', async () => {
    const store = openSqliteStore(':memory:', { clock: new FixedClock('2026-11-23T10:00:00Z') });
    const { record } = await store.cases.file(newCase('k1'));
    store.db.prepare("UPDATE cases SET details = '{not json' WHERE id = ?").run(record.id);
    await expect(store.cases.byReference(record.reference)).rejects.toThrow(new RegExp(`case ${record.reference} cannot be read: details: is not JSON`));
    store.db.prepare("UPDATE cases SET details = '{}', language = 'fr' WHERE id = ?").run(record.id);
    await expect(store.cases.byReference(record.reference)).rejects.toThrow(/language/);
  });

  it('refuses a database from a newer release rather than guessing', () => {
    const db = openDatabase(':memory:');
    expect(() => migrate(db, [])).toThrow(/newer than this release/);
  });
});

describe('references', () => {
  it('are random, readable and found in what people type', () => {
    const seen = new Set(Array.from({ length: 2000 }, () => newReference()));
    expect(seen.size).toBe(2000);
    for (const r of seen) expect(r).toMatch(REFERENCE_PATTERN);
    expect(findReference('any news on cmp 7kq4 xb2m please')).toBe('CMP-7KQ4-XB2M');
    expect(findReference('CMP-7KQ4-XB2M')).toBe('CMP-7KQ4-XB2M');
    expect(findReference('my phone is 07700900123')).toBeNull();
    expect(findReference("I'm not happy with your answer to my complaint CMP-7KQ4-XB2M")).toBe('CMP-7KQ4-XB2M');
    expect(findReference('I want to escalate cmp 7kq4 xb2m')).toBe('CMP-7KQ4-XB2M');
  });

  it('given as the whole answer, are read with no digit and no prefix too (about one in fifteen has no digit)', () => {
    expect(findReference('styb mjxx')).toBeNull(); // inside a sentence, two such words are not a reference
    for (const typed of ['styb mjxx', 'STYBMJXX', 'cmp styb-mjxx', 'CMP\u2013STYB\u2013MJXX', ' Styb Mjxx ']) expect(wholeReference(typed), typed).toBe('CMP-STYB-MJXX');
    expect(wholeReference('7kq4 xb2m')).toBe('CMP-7KQ4-XB2M');
    for (const typed of ['Llanelli', 'Jones', 'no idea sorry', 'dim syniad', 'AEIOUAEI', '']) expect(wholeReference(typed), typed).toBeNull();
    const noDigit = Array.from({ length: 2000 }, () => newReference()).filter((r) => !/\d/.test(r));
    expect(noDigit.length).toBeGreaterThan(0);
    for (const r of noDigit) expect(wholeReference(r.slice(4).toLowerCase())).toBe(r);
  });
});
