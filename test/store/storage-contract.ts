/**
 * The contract every conversation-state store keeps (the read/write/delete shape Bot Framework's
 * `Storage` and SqliteStorage share). `storageContract` registers the tests for one store; the
 * same tests run against each (storage-contract.test.ts).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ETagConflictError, type KeyValueStorage, type StoreItems } from '../../src/store/sqlite/conversation-state';

export interface StorageUnderTest {
  storage: KeyValueStorage;
  /** A second store over the same data, as a second instance of the bot would have. */
  another(): KeyValueStorage;
  close(): Promise<void> | void;
}

/** Where stores may differ, stated rather than hidden. */
export interface StorageSemantics {
  /**
   * A write with no eTag only creates (a key another turn created meanwhile conflicts), and a
   * write with an eTag for a key since deleted conflicts. Otherwise both simply write, as
   * SqliteStorage does: with one process per file its turn queue keeps such races from happening.
   */
  strictETags: boolean;
  /** A second store over the same data sees each committed write at once: no per-instance cache. */
  sharedAcrossInstances: boolean;
}

export function storageContract(factory: () => Promise<StorageUnderTest> | StorageUnderTest, semantics: StorageSemantics): void {
  let subject: StorageUnderTest;
  let s: KeyValueStorage;
  beforeEach(async () => {
    subject = await factory();
    s = subject.storage;
  });
  afterEach(async () => {
    await subject.close();
  });

  const conflict = (p: Promise<unknown>) => expect(p).rejects.toBeInstanceOf(ETagConflictError);
  const eTagOf = async (key: string, store = s) => (await store.read([key]))[key]?.eTag;

  it('reads nothing for keys never written, and only the keys that exist', async () => {
    expect(await s.read([])).toEqual({});
    expect(await s.read(['missing'])).toEqual({});
    await s.write({ present: { a: 1 } });
    const read = await s.read(['missing', 'present']);
    expect(Object.keys(read)).toEqual(['present']);
  });

  it('gives back what it was given, with a string eTag', async () => {
    const value = { text: 'Mae’r to’n gollwng 💧 ŵ ŷ', nested: { list: [1, 'two', null, { three: true }] }, nul: 'a\u0000b', n: 1.5 };
    await s.write({ k: value });
    const { eTag, ...rest } = (await s.read(['k'])).k;
    expect(rest).toEqual(value);
    expect(typeof eTag).toBe('string');
    expect(eTag).not.toBe('*');
  });

  it('keeps keys named like built-in properties, and any Unicode', async () => {
    const changes: StoreItems = Object.create(null);
    changes['__proto__'] = { a: 1 };
    changes['constructor'] = { b: 2 };
    changes['msteams:19:abc@thread.v2/ŵ'] = { c: 3 };
    await s.write(changes);
    const read = await s.read(['__proto__', 'constructor', 'msteams:19:abc@thread.v2/ŵ']);
    expect(Object.keys(read).sort()).toEqual(['__proto__', 'constructor', 'msteams:19:abc@thread.v2/ŵ'].sort());
    expect(read['__proto__']).toMatchObject({ a: 1 });
    expect(read['constructor']).toMatchObject({ b: 2 });
  });

  it('changes the eTag on every write, and accepts the current one', async () => {
    await s.write({ k: { n: 0 } });
    const seen = [await eTagOf('k')];
    for (let n = 1; n <= 3; n++) {
      const current = (await s.read(['k'])).k;
      await s.write({ k: { ...current, n } });
      seen.push(await eTagOf('k'));
    }
    expect(new Set(seen).size).toBe(4);
    expect((await s.read(['k'])).k).toMatchObject({ n: 3, eTag: seen[3] });
  });

  it('refuses a stale eTag and keeps what is stored', async () => {
    await s.write({ k: { step: 'address' } });
    const first = (await s.read(['k'])).k;
    await s.write({ k: { ...first, step: 'description' } });
    await conflict(s.write({ k: { ...first, step: 'stale' } }));
    expect((await s.read(['k'])).k).toMatchObject({ step: 'description' });
  });

  it('refuses an eTag it never gave out', async () => {
    await s.write({ k: { a: 1 } });
    for (const eTag of ['abc', '', '01', '1.0', '-1', '99999999999999999999999']) {
      await conflict(s.write({ k: { a: 2, eTag } }));
    }
    expect((await s.read(['k'])).k).toMatchObject({ a: 1 });
  });

  it('writes "*" whatever is stored, and a new key with no eTag', async () => {
    await s.write({ k: { a: 1 } });
    expect((await s.read(['k'])).k).toMatchObject({ a: 1 });
    await s.write({ k: { a: 2, eTag: '*' } });
    await s.write({ fresh: { b: 1, eTag: '*' } });
    expect(await s.read(['k', 'fresh'])).toMatchObject({ k: { a: 2 }, fresh: { b: 1 } });
  });

  it(semantics.strictETags ? 'refuses a write with no eTag to a key that exists' : 'overwrites with a write with no eTag', async () => {
    await s.write({ k: { a: 1 } });
    const write = s.write({ k: { a: 2 } });
    if (semantics.strictETags) {
      await conflict(write);
      expect((await s.read(['k'])).k).toMatchObject({ a: 1 });
    } else {
      await write;
      expect((await s.read(['k'])).k).toMatchObject({ a: 2 });
    }
  });

  it(semantics.strictETags ? 'refuses a write with an eTag to a key deleted since' : 'writes again a key deleted since', async () => {
    await s.write({ k: { a: 1 } });
    const read = (await s.read(['k'])).k;
    await s.delete(['k']);
    const write = s.write({ k: { ...read, a: 2 } });
    if (semantics.strictETags) {
      await conflict(write);
      expect(await s.read(['k'])).toEqual({});
    } else {
      await write;
      expect((await s.read(['k'])).k).toMatchObject({ a: 2 });
    }
  });

  it('deletes the keys named and only those; a missing key is no error', async () => {
    await s.write({ a: { n: 1 }, b: { n: 2 }, c: { n: 3 } });
    await s.delete(['a', 'c', 'never']);
    await s.delete([]);
    expect(Object.keys(await s.read(['a', 'b', 'c']))).toEqual(['b']);
  });

  it('writes several keys at once, all or none', async () => {
    await s.write({ a: { n: 1 }, b: { n: 1 } });
    const before = await s.read(['a', 'b']);
    await s.write({ a: { ...before.a, n: 2 }, b: { ...before.b, n: 2 } });
    expect(await s.read(['a', 'b'])).toMatchObject({ a: { n: 2 }, b: { n: 2 } });
    // b's eTag is now stale: neither key changes, nor does a new key in the same write.
    await conflict(s.write({ a: { n: 3, eTag: '*' }, b: { ...before.b, n: 3 }, c: { n: 3 } }));
    expect(await s.read(['a', 'b', 'c'])).toMatchObject({ a: { n: 2 }, b: { n: 2 } });
    expect(await s.read(['c'])).toEqual({});
  });

  it('lets exactly one of several writes with the same eTag win', async () => {
    await s.write({ k: { by: 'nobody' } });
    const read = (await s.read(['k'])).k;
    const writers = ['w0', 'w1', 'w2', 'w3', 'w4'];
    const results = await Promise.allSettled(writers.map((by) => s.write({ k: { ...read, by } })));
    const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [writers[i]] : []));
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ETagConflictError);
    expect((await s.read(['k'])).k).toMatchObject({ by: won[0] });
  });

  it('lets exactly one of two stores win the same eTag, and the loser read the winner', async () => {
    const other = subject.another();
    await s.write({ k: { by: 'nobody' } });
    const read = (await s.read(['k'])).k;
    const results = await Promise.allSettled([s.write({ k: { ...read, by: 'one' } }), other.write({ k: { ...read, by: 'two' } })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const winner = results[0].status === 'fulfilled' ? 'one' : 'two';
    if (semantics.sharedAcrossInstances) {
      expect((await s.read(['k'])).k).toMatchObject({ by: winner });
      expect((await other.read(['k'])).k).toMatchObject({ by: winner });
    }
  });

  if (semantics.sharedAcrossInstances) {
    it('shows each store what the other wrote or deleted at once', async () => {
      const other = subject.another();
      await s.write({ k: { n: 1 } });
      expect((await other.read(['k'])).k).toMatchObject({ n: 1 });
      const read = (await other.read(['k'])).k;
      await other.write({ k: { ...read, n: 2 } });
      expect((await s.read(['k'])).k).toMatchObject({ n: 2, eTag: await eTagOf('k', other) });
      await other.delete(['k']);
      expect(await s.read(['k'])).toEqual({});
    });
  }

  if (semantics.strictETags) {
    it('lets exactly one of several turns create a new key', async () => {
      const other = subject.another();
      const results = await Promise.allSettled([s.write({ k: { by: 'one' } }), other.write({ k: { by: 'two' } }), s.write({ k: { by: 'three' } })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    });
  }
}
