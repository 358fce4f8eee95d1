import { describe, expect, it } from 'vitest';
import { CaseRepository, type NewCase } from '../../src/cases/repository';
import { findReference, newReference, REFERENCE_PATTERN } from '../../src/cases/reference';
import { migrate, openDatabase } from '../../src/store/database';
import { ETagConflictError, SqliteStorage } from '../../src/store/sqlite-storage';

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
    const s = new SqliteStorage(openDatabase(':memory:'));
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
});

describe('cases', () => {
  it('files once per idempotency key and keeps an append-only history', () => {
    const db = openDatabase(':memory:');
    const repo = new CaseRepository(db);
    const a = repo.file(newCase('test:c1:act-9'));
    const b = repo.file(newCase('test:c1:act-9'));
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    expect(b.record.reference).toBe(a.record.reference);
    expect(repo.count()).toBe(1);
    repo.appendEvent(a.record.id, 'staff:jo', 'note', { text: 'called resident' });
    expect(repo.events(a.record.id).map((e) => e.type)).toEqual(['filed', 'note']);
    expect(() => db.prepare('UPDATE case_events SET type = ?').run('x')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM case_events').run()).toThrow(/append-only/);
  });

  it('draws a new reference on the rare collision', () => {
    const refs = ['CMP-2345-6789', 'CMP-2345-6789', 'CMP-BCDF-GHJK'];
    const repo = new CaseRepository(openDatabase(':memory:'), () => new Date(), () => refs.shift()!);
    repo.file(newCase('k1'));
    expect(repo.file(newCase('k2')).record.reference).toBe('CMP-BCDF-GHJK');
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
  });
});
