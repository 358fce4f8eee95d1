/**
 * The contract of DirectLineConversations (src/store/ports.ts), run against SQLite and PostgreSQL
 * by directline-contract.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DirectLineConversations } from '../../src/store/ports';

export interface DirectLineUnderTest {
  store: DirectLineConversations;
  /** A second handle on the same data (another instance), where the adapter has one. */
  other?: DirectLineConversations;
  close(): Promise<void>;
}

const T0 = new Date('2026-11-23T10:00:00.000Z');
const later = (days: number) => new Date(T0.getTime() + days * 86_400_000);
const say = (text: string) => ({ type: 'message', text });

export function directLineContract(name: string, open: () => Promise<DirectLineUnderTest>): void {
  describe(`Direct Line store contract: ${name}`, () => {
    let subject: DirectLineUnderTest;
    let store: DirectLineConversations;
    beforeEach(async () => {
      subject = await open();
      store = subject.store;
    });
    afterEach(async () => subject?.close());

    it('keeps the first token secret offered, for every caller', async () => {
      expect(await store.tokenSecret('first-secret-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).toBe('first-secret-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
      expect(await store.tokenSecret('second-secret-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb')).toBe('first-secret-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
      if (subject.other) expect(await subject.other.tokenSecret('third')).toBe('first-secret-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
    });

    it('starts a conversation once, bound to its first user', async () => {
      expect(await store.start('c1', 'dl_u1', T0)).toEqual({ created: true, userId: 'dl_u1' });
      expect(await store.start('c1', 'dl_other', T0)).toEqual({ created: false, userId: 'dl_u1' });
      expect(await store.find('c1')).toEqual({ userId: 'dl_u1' });
      expect(await store.find('nope')).toBeUndefined();
    });

    it('numbers activities in order and pages them after a watermark', async () => {
      await store.start('c1', 'dl_u1', T0);
      const seqs = [];
      for (const t of ['a', 'b', 'c']) seqs.push(await store.append('c1', { activity: say(t), clientKey: null }, T0, 100));
      expect(seqs).toEqual([
        { outcome: 'appended', seq: 1 },
        { outcome: 'appended', seq: 2 },
        { outcome: 'appended', seq: 3 },
      ]);
      expect((await store.after('c1', 0, 10)).map((e) => [e.seq, e.activity.text])).toEqual([
        [1, 'a'],
        [2, 'b'],
        [3, 'c'],
      ]);
      expect((await store.after('c1', 1, 1)).map((e) => e.seq)).toEqual([2]);
      expect(await store.after('c1', 3, 10)).toEqual([]);
      // Another conversation has its own numbers.
      await store.start('c2', 'dl_u2', T0);
      expect(await store.append('c2', { activity: say('x'), clientKey: null }, T0, 100)).toEqual({ outcome: 'appended', seq: 1 });
    });

    it('keeps an activity exactly as given, Welsh and NUL included', async () => {
      await store.start('c1', 'dl_u1', T0);
      const activity = { type: 'message', text: 'Mae’r boeler wedi torri \u0000 ŵŷ', channelData: { clientActivityID: 'k1' } };
      await store.append('c1', { activity, clientKey: 'k1' }, T0, 100);
      expect((await store.after('c1', 0, 10))[0].activity).toEqual(activity);
    });

    it('appends a client key once: the same key again gives the first number back', async () => {
      await store.start('c1', 'dl_u1', T0);
      expect(await store.append('c1', { activity: say('a'), clientKey: 'k1' }, T0, 100)).toEqual({ outcome: 'appended', seq: 1 });
      expect(await store.append('c1', { activity: say('a again'), clientKey: 'k1' }, T0, 100)).toEqual({ outcome: 'duplicate', seq: 1 });
      expect((await store.append('c1', { activity: say('b'), clientKey: 'k2' }, T0, 100)).outcome).toBe('appended');
      expect((await store.after('c1', 0, 10)).map((e) => e.activity.text)).toEqual(['a', 'b']);
      // The same key in another conversation is another activity.
      await store.start('c2', 'dl_u2', T0);
      expect(await store.append('c2', { activity: say('a'), clientKey: 'k1' }, T0, 100)).toEqual({ outcome: 'appended', seq: 1 });
    });

    it('refuses to append to a conversation never started, or one that is full', async () => {
      expect(await store.append('nope', { activity: say('a'), clientKey: null }, T0, 100)).toEqual({ outcome: 'missing' });
      await store.start('c1', 'dl_u1', T0);
      await store.append('c1', { activity: say('a'), clientKey: null }, T0, 2);
      await store.append('c1', { activity: say('b'), clientKey: null }, T0, 2);
      expect(await store.append('c1', { activity: say('c'), clientKey: null }, T0, 2)).toEqual({ outcome: 'full' });
    });

    it('gives concurrent appends distinct, gapless numbers', async () => {
      await store.start('c1', 'dl_u1', T0);
      const stores = [store, subject.other ?? store];
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => stores[i % 2].append('c1', { activity: say(`m${i}`), clientKey: null }, T0, 100)));
      const seqs = results.map((r) => ('seq' in r ? r.seq : -1)).sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect((await store.after('c1', 0, 100)).length).toBe(20);
    });

    it('sweeps conversations not written to since the cutoff, with their activities', async () => {
      await store.start('old', 'dl_u1', T0);
      await store.append('old', { activity: say('a'), clientKey: null }, T0, 100);
      await store.start('recent', 'dl_u2', T0);
      await store.append('recent', { activity: say('b'), clientKey: null }, later(80), 100);
      expect(await store.sweep(later(30), 10)).toEqual({ conversations: 1, more: false });
      expect(await store.find('old')).toBeUndefined();
      expect(await store.after('old', 0, 10)).toEqual([]);
      expect(await store.find('recent')).toEqual({ userId: 'dl_u2' });
      expect((await store.after('recent', 0, 10)).length).toBe(1);
      // Swept in batches: `more` says whether to go again.
      for (const id of ['x1', 'x2', 'x3']) await store.start(id, 'dl_u', T0);
      expect(await store.sweep(later(30), 2)).toEqual({ conversations: 2, more: true });
      expect(await store.sweep(later(30), 2)).toEqual({ conversations: 1, more: false });
    });
  });
}
