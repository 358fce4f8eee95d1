import { afterEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/clock/clock';
import { refreshListings } from '../../src/cases/listing-refresh';
import { listingAtFiling } from '../../src/cases/updates';
import type { NewCase } from '../../src/cases/records';
import { shippedBankHolidays } from '../../src/deadlines';
import { DeadlineService } from '../../src/deadlines/service';
import { createProfileRegistry } from '../../src/policy/profiles';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/store';
import { openDatabase } from '../../src/store/sqlite/database';
import { MIGRATIONS } from '../../src/store/sqlite/migrations';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RECEIVED = '2026-11-23T10:00:00.000Z'; // Monday
const registry = createProfileRegistry();
const shipped = new DeadlineService(registry, shippedBankHolidays());
// A landlord loads a newer bank-holiday file with an extra day inside the acknowledgement window.
const newer = new DeadlineService(registry, [...shippedBankHolidays(), { date: '2026-11-25', title: 'Extra', source: 'published' }]);

let n = 0;
const complaint = (over: Partial<NewCase> = {}): NewCase => {
  const key = `test:refresh-${n++}`;
  return {
    idempotencyKey: key,
    kind: 'complaint',
    policyId: 'housing-ombudsman-code',
    policyVersion: '2024.1',
    language: 'en',
    channelId: 'test',
    userKey: 'test:u',
    conversationKey: key,
    conversationRef: {},
    receivedAt: RECEIVED,
    details: {},
    triage: null,
    deadlines: null,
    actor: 'bot',
    ...over,
  };
};

describe('the start-up recompute of stored next dates', () => {
  let store: SqliteStore;
  afterEach(async () => store?.close());

  it('recomputes what was worked out under another bank-holiday list, was never worked out, or has no profile loaded; then nothing', async () => {
    store = openSqliteStore(':memory:', { clock: new FixedClock(RECEIVED) });
    const listing = listingAtFiling(shipped, { kind: 'complaint', policyId: 'housing-ombudsman-code', receivedAt: RECEIVED });
    await store.cases.file(complaint({ listing }));
    await store.cases.file(complaint()); // as migrated: not computed
    await store.cases.file(complaint({ policyId: 'gone-policy', listing }));
    await store.cases.file(complaint({ kind: 'feedback', listing: { next: null, basis: '-' } }));

    // Under the same profile and holidays, only the two not worked out for them are done.
    expect(await refreshListings(store.cases, shipped, { batch: 1 })).toBe(2);
    expect(await refreshListings(store.cases, shipped)).toBe(0);
    let page = await store.cases.listPage({ order: 'filed', limit: 10 });
    expect(page.map((c) => [c.listing.basis, c.listing.next?.date ?? null])).toEqual([
      [shipped.basis('housing-ombudsman-code'), listing.next!.date],
      [shipped.basis('housing-ombudsman-code'), listing.next!.date],
      ['!', null],
      ['-', null],
    ]);

    // A changed holiday list changes every complaint's basis: each is recomputed, the day moves.
    const moved = listingAtFiling(newer, { kind: 'complaint', policyId: 'housing-ombudsman-code', receivedAt: RECEIVED });
    expect(moved.next!.date > listing.next!.date).toBe(true);
    expect(newer.basis('housing-ombudsman-code')).not.toBe(shipped.basis('housing-ombudsman-code'));
    expect(await refreshListings(store.cases, newer, { batch: 1 })).toBe(2);
    page = await store.cases.listPage({ order: 'filed', limit: 10 });
    expect(page.slice(0, 2).map((c) => c.listing)).toEqual([moved, moved]);
    // Overdue listings now select by the new day.
    const before = (day: string) => store.cases.listPage({ order: 'next', nextBefore: day, states: ['stage1_open'], limit: 10 });
    expect((await before(moved.next!.date)).map((c) => c.listing.basis)).toEqual(['!']);
    expect((await before('2027-01-01')).map((c) => c.listing.next?.date ?? '!')).toEqual(['!', moved.next!.date, moved.next!.date]);
  });

  it('stops between batches when told to', async () => {
    store = openSqliteStore(':memory:', { clock: new FixedClock(RECEIVED) });
    for (let i = 0; i < 5; i++) await store.cases.file(complaint());
    let batches = 0;
    expect(await refreshListings(store.cases, shipped, { batch: 2, stopped: () => batches++ >= 1 })).toBe(2);
    expect(await refreshListings(store.cases, shipped, { batch: 2 })).toBe(3);
  });

  it('gives cases kept before migration 4 their next dates: the migration marks them, the recompute works them out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'listing-migration-'));
    try {
      const path = join(dir, 'v3.db');
      const old = openDatabase(path, MIGRATIONS.filter((m) => m.version <= 3));
      const insert = old.prepare(
        `INSERT INTO cases (reference, idempotency_key, kind, policy_id, policy_version, stage, state, language, channel_id, user_key,
           conversation_key, conversation_ref, received_at, details, triage, deadlines, created_at)
         VALUES (?, ?, ?, 'housing-ombudsman-code', '2024.1', 1, ?, 'en', 'test', 'test:u', 'test:c', '{}', ?, '{}', NULL, 'null', ?)`,
      );
      insert.run('CMP-AAAA-AAAA', 'k1', 'complaint', 'stage1_open', RECEIVED, RECEIVED);
      insert.run('CMP-BBBB-BBBB', 'k2', 'feedback', 'feedback', RECEIVED, RECEIVED);
      old.close();

      store = openSqliteStore(path, { clock: new FixedClock(RECEIVED) });
      expect((await store.cases.listPage({ order: 'filed', limit: 10 })).map((c) => c.listing)).toEqual([
        { next: null, basis: '' },
        { next: null, basis: '-' },
      ]);
      expect(await refreshListings(store.cases, shipped)).toBe(1);
      const [complaintListing] = (await store.cases.listPage({ order: 'filed', limit: 10 })).map((c) => c.listing);
      expect(complaintListing).toEqual(listingAtFiling(shipped, { kind: 'complaint', policyId: 'housing-ombudsman-code', receivedAt: RECEIVED }));
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
