/**
 * The contract every Store (src/store/ports.ts) keeps, port by port. `storeContract` registers the
 * tests for one adapter; store-contract.test.ts runs them against SQLite, and the PostgreSQL
 * adapter runs the very same function. Conversation state has its own contract
 * (storage-contract.ts), with the differences between adapters stated there.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewCase } from '../../src/cases/records';
import { FixedClock } from '../../src/clock/clock';
import { MAX_MISSES } from '../../src/cases/lookup-limits';
import type { ConversationParty, EventDecision, Handoff, NewHandoff, Store } from '../../src/store/ports';

export interface StoreUnderTest {
  store: Store;
  close(): Promise<void>;
}

export interface StoreFactoryOptions {
  /** The store's clock: event times come from it. */
  clock: FixedClock;
  /** Where set, the store draws case references from here (to force a collision). */
  reference?: () => string;
}

export type StoreFactory = (options: StoreFactoryOptions) => Promise<StoreUnderTest>;

const T0 = '2026-11-23T10:00:00.000Z';
let seq = 0;

export const newCase = (over: Partial<NewCase> = {}): NewCase => {
  const key = `test:contract-${seq++}`;
  return {
    idempotencyKey: key,
    kind: 'complaint',
    policyId: 'housing-ombudsman-code',
    policyVersion: '2024.1',
    language: 'cy',
    channelId: 'test',
    userKey: 'test:u1',
    conversationKey: key,
    conversationRef: { conversation: { id: key }, channelId: 'test' },
    receivedAt: T0,
    details: { description: 'Mae’r boeler wedi torri', contact: { anonymous: false, name: 'Siân Owen' } },
    triage: { kind: 'complaint', signals: [] },
    deadlines: { stage: 1, acknowledge: { date: '2026-11-30' } },
    actor: 'bot',
    ...over,
  };
};

/** A decision as the lifecycle would make it: append `type`, move to `state`, hand back what it saw. */
const NO_LISTING = { next: null, basis: '-' };

const decide =
  (type: string, state: string, stage = 1) =>
  (_record: unknown, events: Array<{ type: string }>): EventDecision<string[]> => ({
    event: { type, data: { seen: events.length } },
    stage,
    state,
    listing: NO_LISTING,
    result: events.map((e) => e.type),
  });

const party = (n: string): ConversationParty => ({
  conversationKey: `test:conv-${n}`,
  userKey: `test:user-${n}`,
  conversationStateKey: `test/conversations/conv-${n}/`,
  userStateKey: `test/users/user-${n}/`,
});

export function storeContract(name: string, factory: StoreFactory): void {
  describe(`store contract: ${name}`, () => {
    let subject: StoreUnderTest;
    let store: Store;
    let clock: FixedClock;
    const open = async (options: Partial<StoreFactoryOptions> = {}) => {
      clock = options.clock ?? new FixedClock(T0);
      subject = await factory({ clock, ...options });
      store = subject.store;
    };
    beforeEach(async () => open());
    afterEach(async () => subject?.close());

    describe('health', () => {
      it('answers ok with its kind and the schema version migrations reached', async () => {
        const h = await store.health();
        expect(h.ok).toBe(true);
        expect(['sqlite', 'postgres']).toContain(h.kind);
        expect(h.schemaVersion).toBeGreaterThanOrEqual(3);
      });
    });

    describe('cases', () => {
      it('files once per idempotency key: the same key gives back the same case, not a second one', async () => {
        const input = newCase();
        const first = await store.cases.file(input);
        const again = await store.cases.file({ ...input, details: { description: 'different words' } });
        expect([first.created, again.created]).toEqual([true, false]);
        expect(again.record).toEqual(first.record);
        expect(await store.cases.count()).toBe(1);
        expect((await store.cases.events(first.record.id)).map((e) => `${e.actor}:${e.type}`)).toEqual(['bot:filed']);
      });

      it('lists exclusions whose review is asked for and not answered, oldest request first, a page at a time', async () => {
        const excluded = async () => (await store.cases.file(newCase({ kind: 'excluded', deadlines: null, listing: { next: null, basis: '-' } }))).record;
        const [a, b, c, d] = [await excluded(), await excluded(), await excluded(), await excluded()];
        const complaint = (await store.cases.file(newCase())).record;
        const add = (reference: string, actor: string, type: string, data: unknown) =>
          store.cases.recordEvent(reference, actor, (r) => ({ event: { type, data }, stage: r.stage, state: r.state, listing: { next: null, basis: '-' }, result: null }));
        // Asked for in the order b, a, d; c never; a note on the complaint is no review.
        await add(b.reference, 'resident', 'review_requested', { words: 'Dw i ddim yn cytuno' });
        await add(a.reference, 'resident', 'review_requested', { words: 'I think that’s wrong \u0000' });
        await add(complaint.reference, 'staff:cms', 'note', { text: 'review_requested' });
        await add(d.reference, 'resident', 'review_requested', { words: 'mae’r penderfyniad yn anghywir' });
        await add(c.reference, 'staff:cms', 'note', { text: 'called' });
        const all = await store.cases.reviewRequests({ limit: 10 });
        expect(all.map((r) => r.record.reference)).toEqual([b.reference, a.reference, d.reference]);
        expect(all[1].record).toEqual(await store.cases.byReference(a.reference));
        expect(all[1].request).toEqual({ id: expect.any(Number), at: T0, actor: 'resident', type: 'review_requested', data: { words: 'I think that’s wrong \u0000' } });
        expect(all[0].request.id).toBeLessThan(all[1].request.id);
        // Paged by the last request shown.
        const first = await store.cases.reviewRequests({ limit: 2 });
        expect(first.map((r) => r.record.reference)).toEqual([b.reference, a.reference]);
        expect((await store.cases.reviewRequests({ afterEventId: first[1].request.id, limit: 2 })).map((r) => r.record.reference)).toEqual([d.reference]);
        // Answered: gone from the queue. Asked again after the answer: back, by the new request.
        await add(b.reference, 'person:rhian', 'review_answered', { date: '2026-11-24', decision: 'exclusion_stands', reason: 'x' });
        expect((await store.cases.reviewRequests({ limit: 10 })).map((r) => r.record.reference)).toEqual([a.reference, d.reference]);
        await add(b.reference, 'resident', 'review_requested', { words: 'still wrong' });
        const again = await store.cases.reviewRequests({ limit: 10 });
        expect(again.map((r) => [r.record.reference, (r.request.data as { words: string }).words])).toEqual([
          [a.reference, 'I think that’s wrong \u0000'],
          [d.reference, 'mae’r penderfyniad yn anghywir'],
          [b.reference, 'still wrong'],
        ]);
        // Asked twice before any answer: one item, still the first request, in its place.
        await add(a.reference, 'resident', 'review_requested', { words: 'really wrong' });
        expect((await store.cases.reviewRequests({ limit: 10 })).map((r) => [r.record.reference, (r.request.data as { words: string }).words])).toEqual([
          [a.reference, 'I think that’s wrong \u0000'],
          [d.reference, 'mae’r penderfyniad yn anghywir'],
          [b.reference, 'still wrong'],
        ]);
        // One answer covers both; other events on a waiting case leave it waiting.
        await add(d.reference, 'staff:cms', 'note', { text: 'rang the resident' });
        await add(a.reference, 'person:rhian', 'review_answered', { date: '2026-11-24', decision: 'taken_as_complaint', reason: 'y' });
        expect((await store.cases.reviewRequests({ limit: 10 })).map((r) => r.record.reference)).toEqual([d.reference, b.reference]);
      });

      it('round-trips every field, the JSON ones decoded, with the store clock as the filing time', async () => {
        const input = newCase({ triage: undefined });
        const { record } = await store.cases.file(input);
        const read = await store.cases.byReference(record.reference);
        expect(read).toEqual(record);
        expect(read).toMatchObject({
          kind: 'complaint',
          stage: 1,
          state: 'stage1_open',
          language: 'cy',
          details: input.details,
          conversationRef: input.conversationRef,
          deadlines: input.deadlines,
          triage: null,
          receivedAt: T0,
          createdAt: T0,
        });
        expect((await store.cases.events(record.id))[0]).toMatchObject({ at: T0, type: 'filed', data: { kind: 'complaint', policy: 'housing-ombudsman-code' } });
      });

      it.each([
        ['complaint', 'stage1_open'],
        ['service_request', 'service_request'],
        ['excluded', 'excluded'],
        ['feedback', 'feedback'],
      ] as const)('lists a new %s under %s', async (kind, state) => {
        const { record } = await store.cases.file(newCase({ kind }));
        expect(record.state).toBe(state);
      });

      it('keeps a "when" answer still going on (issue #19) and one filed before it, each as filed', async () => {
        const ongoing = { text: 'ers mis Hydref 2024 ac mae o yno o hyd', date: '2024-10-01', precision: 'month' as const, ongoing: true };
        const before = { text: '12/03/2024', date: '2024-03-12', precision: 'day' as const };
        const a = await store.cases.file(newCase({ details: { description: 'Llwydni', when: ongoing } }));
        const b = await store.cases.file(newCase({ details: { description: 'Ffens', when: before } }));
        expect((await store.cases.byReference(a.record.reference))!.details.when).toEqual(ongoing);
        const old = (await store.cases.byReference(b.record.reference))!.details.when;
        expect(old).toEqual(before);
        expect(old?.ongoing).toBeUndefined();
      });

      it("notes when the resident last wrote in the case's conversation: only their cases, never moved back", async () => {
        const conversationKey = 'facebook:psid-1-page-1';
        const mine = (await store.cases.file(newCase({ channelId: 'facebook', conversationKey, userKey: 'facebook:psid-1' }))).record;
        const other = (await store.cases.file(newCase({ channelId: 'facebook', conversationKey, userKey: 'facebook:psid-2' }))).record;
        expect(mine.residentLastAt).toBeNull();
        const steps: Array<[string, string]> = [
          ['2026-11-23T10:05:00.000Z', '2026-11-23T10:05:00.000Z'],
          ['2026-11-24T09:00:00.000Z', '2026-11-24T09:00:00.000Z'],
          // A turn stamped earlier (an instance whose turn finished late) does not move it back.
          ['2026-11-23T12:00:00.000Z', '2026-11-24T09:00:00.000Z'],
        ];
        for (const [at, kept] of steps) {
          await store.cases.residentWrote(conversationKey, 'facebook:psid-1', at);
          expect(new Date((await store.cases.byReference(mine.reference))!.residentLastAt!).toISOString()).toBe(kept);
        }
        expect((await store.cases.byReference(other.reference))!.residentLastAt).toBeNull();
        await store.cases.residentWrote('facebook:nobody', 'facebook:psid-1', '2026-11-25T09:00:00.000Z');
        expect(await store.cases.count()).toBe(2);
      });

      it('gives every case its own reference, and none for a reference never filed', async () => {
        const refs = new Set<string>();
        for (let i = 0; i < 20; i++) refs.add((await store.cases.file(newCase())).record.reference);
        expect(refs.size).toBe(20);
        expect(await store.cases.byReference('CMP-0000-0000')).toBeUndefined();
      });

      it("lists one identity's cases newest first, and says whether any is a complaint", async () => {
        const a = await store.cases.file(newCase({ userKey: 'test:amy', kind: 'service_request' }));
        expect(await store.cases.hasComplaint('test:amy')).toBe(false);
        const b = await store.cases.file(newCase({ userKey: 'test:amy' }));
        await store.cases.file(newCase({ userKey: 'test:bob' }));
        expect((await store.cases.byUser('test:amy')).map((r) => r.reference)).toEqual([b.record.reference, a.record.reference]);
        expect(await store.cases.hasComplaint('test:amy')).toBe(true);
        expect(await store.cases.byUser('test:nobody')).toEqual([]);
      });

      it("gives the newest case one identity filed in one conversation, and none where it filed none", async () => {
        const first = await store.cases.file(newCase({ userKey: 'test:amy', conversationKey: 'test:c1' }));
        await store.cases.file(newCase({ userKey: 'test:amy', conversationKey: 'test:c2' }));
        await store.cases.file(newCase({ userKey: 'test:bob', conversationKey: 'test:c1' }));
        expect(await store.cases.latestInConversation('test:c1', 'test:amy')).toEqual(first.record);
        const second = await store.cases.file(newCase({ userKey: 'test:amy', conversationKey: 'test:c1', kind: 'service_request' }));
        expect((await store.cases.latestInConversation('test:c1', 'test:amy'))?.reference).toBe(second.record.reference);
        expect(await store.cases.latestInConversation('test:c3', 'test:amy')).toBeUndefined();
        expect(await store.cases.latestInConversation('test:c2', 'test:bob')).toBeUndefined();
      });

      it('records an event: appended at the store clock, listing fields set, the decision handed back', async () => {
        const { record } = await store.cases.file(newCase());
        clock.set(new Date('2026-11-24T09:00:00.000Z'));
        const done = await store.cases.recordEvent(record.reference, 'staff:jo', decide('acknowledged', 'stage1_open'));
        expect(done?.result).toEqual(['filed']);
        expect(done?.event).toMatchObject({ at: '2026-11-24T09:00:00.000Z', actor: 'staff:jo', type: 'acknowledged', data: { seen: 1 } });
        const later = await store.cases.recordEvent(record.reference, 'staff:jo', decide('answered', 'stage1_answered'));
        expect(later?.record).toMatchObject({ reference: record.reference, state: 'stage1_answered', stage: 1 });
        expect(await store.cases.byReference(record.reference)).toMatchObject({ state: 'stage1_answered' });
        expect((await store.cases.events(record.id)).map((e) => e.type)).toEqual(['filed', 'acknowledged', 'answered']);
      });

      it("reads several cases' events in one go, each case's in order, an eventless or unknown id empty", async () => {
        const a = await store.cases.file(newCase());
        const b = await store.cases.file(newCase());
        await store.cases.recordEvent(a.record.reference, 'staff:jo', decide('acknowledged', 'stage1_open'));
        const got = await store.cases.eventsOfCases([b.record.id, a.record.id, 987654]);
        expect([...got.keys()]).toEqual([b.record.id, a.record.id, 987654]);
        expect(got.get(a.record.id)!.map((e) => `${e.actor}:${e.type}`)).toEqual(['bot:filed', 'staff:jo:acknowledged']);
        expect(got.get(b.record.id)!.map((e) => e.type)).toEqual(['filed']);
        expect(got.get(987654)).toEqual([]);
        expect((await store.cases.eventsOfCases([])).size).toBe(0);
      });

      it('writes nothing when the decision refuses, and passes on the very error', async () => {
        const { record } = await store.cases.file(newCase());
        const refusal = new Error('not at this stage');
        await expect(
          store.cases.recordEvent(record.reference, 'staff:jo', () => {
            throw refusal;
          }),
        ).rejects.toBe(refusal);
        expect((await store.cases.events(record.id)).map((e) => e.type)).toEqual(['filed']);
        expect(await store.cases.byReference(record.reference)).toMatchObject({ state: 'stage1_open' });
      });

      it('answers undefined for an event on a reference never filed, writing nothing', async () => {
        expect(await store.cases.recordEvent('CMP-0000-0000', 'staff:jo', decide('note', 'x'))).toBeUndefined();
        expect(await store.cases.count()).toBe(0);
      });

      it('decides concurrent events on one case one after the other: none lost, each sees the ones before', async () => {
        const { record } = await store.cases.file(newCase());
        const seen = await Promise.all(
          Array.from({ length: 8 }, (_, i) => store.cases.recordEvent(record.reference, `staff:${i}`, decide('note', 'stage1_open'))),
        );
        expect(seen.map((s) => s!.result.length).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
        const events = await store.cases.events(record.id);
        expect(events).toHaveLength(9);
        // Append-only, in order: each event saw exactly those before it.
        events.slice(1).forEach((e, i) => expect(e.data).toEqual({ seen: i + 1 }));
      });

      it('lists cases in filing order with their events, optionally only some states', async () => {
        const a = await store.cases.file(newCase());
        const b = await store.cases.file(newCase({ kind: 'feedback' }));
        const c = await store.cases.file(newCase());
        await store.cases.recordEvent(c.record.reference, 'staff:jo', decide('answered', 'stage1_answered'));
        const all = await store.cases.listWithEvents();
        expect(all.map((x) => x.record.reference)).toEqual([a, b, c].map((x) => x.record.reference));
        expect(all[2].events.map((e) => e.type)).toEqual(['filed', 'answered']);
        const open = await store.cases.listWithEvents({ states: ['stage1_open', 'feedback'] });
        expect(open.map((x) => x.record.reference)).toEqual([a, b].map((x) => x.record.reference));
        expect(await store.cases.listWithEvents({ states: [] })).toEqual([]);
      });

      it('draws again on the rare reference collision', async () => {
        await subject.close();
        const refs = ['CMP-2345-6789', 'CMP-2345-6789', 'CMP-BCDF-GHJK'];
        await open({ reference: () => refs.shift() ?? 'CMP-CCCC-CCCC' });
        await store.cases.file(newCase());
        expect((await store.cases.file(newCase())).record.reference).toBe('CMP-BCDF-GHJK');
      });
    });

    describe('listing fields and pages', () => {
      const next = (date: string, kind: 'acknowledge' | 'respond' = 'acknowledge') => ({ kind, date, extended: false, clause: '1.2' });
      const listed = (date: string | null, basis = 'B') => ({ next: date === null ? null : next(date), basis });
      /** Files cases in this order, with these listings; answers their references by name. */
      const fileAll = async (cases: Array<[name: string, listing: ReturnType<typeof listed>, over?: Partial<NewCase>]>) => {
        const refs: Record<string, string> = {};
        const names: Record<string, string> = {};
        for (const [n, listing, over] of cases) {
          const { record } = await store.cases.file(newCase({ listing, ...over }));
          refs[n] = record.reference;
          names[record.reference] = n;
        }
        return { refs, names };
      };

      it('keeps the listing a case was filed with, and marks one filed without as not computed', async () => {
        const { refs } = await fileAll([
          ['a', listed('2026-11-30')],
          ['b', listed(null, '-'), { kind: 'feedback' }],
        ]);
        await store.cases.file(newCase());
        const page = await store.cases.listPage({ order: 'filed', limit: 10 });
        expect(page.map((c) => [c.record.reference, c.listing])).toEqual([
          [refs.a, listed('2026-11-30')],
          [refs.b, listed(null, '-')],
          [page[2].record.reference, { next: null, basis: '' }],
        ]);
      });

      it('writes the listing the decision returns in the same step as its event', async () => {
        const { refs } = await fileAll([['a', listed('2026-11-30')]]);
        const decision = (_r: unknown, events: unknown[]): EventDecision<number> => ({
          event: { type: 'acknowledged', data: {} },
          stage: 1,
          state: 'stage1_open',
          listing: { next: { kind: 'respond', date: '2026-12-21', extended: true, clause: null }, basis: 'B2' },
          result: events.length,
        });
        await store.cases.recordEvent(refs.a, 'staff:x', decision);
        const [c] = await store.cases.listPage({ order: 'filed', limit: 10 });
        expect(c.listing).toEqual({ next: { kind: 'respond', date: '2026-12-21', extended: true, clause: null }, basis: 'B2' });
        // A refused decision writes neither the event nor the listing.
        await expect(
          store.cases.recordEvent(refs.a, 'staff:x', () => {
            throw new Error('refused');
          }),
        ).rejects.toThrow('refused');
        expect((await store.cases.listPage({ order: 'filed', limit: 10 }))[0].listing.basis).toBe('B2');
      });

      // Filed in this order: unavailable complaints ('!') and cases without dates mixed in.
      const FILED: Array<[string, ReturnType<typeof listed>, Partial<NewCase>?]> = [
        ['d10', listed('2026-12-10')],
        ['x1', listed(null, '!')],
        ['d01a', listed('2026-12-01')],
        ['fb', listed(null, '-'), { kind: 'feedback' }],
        ['d05', listed('2026-12-05')],
        ['d01b', listed('2026-12-01')],
        ['x2', listed(null, '!')],
        ['d20', listed('2026-12-20')],
      ];
      it.each([
        ['every case, filing order', { order: 'filed' }, ['d10', 'x1', 'd01a', 'fb', 'd05', 'd01b', 'x2', 'd20']],
        ['by state, filing order', { order: 'filed', states: ['feedback'] }, ['fb']],
        ['no states selects nothing', { order: 'filed', states: [] }, []],
        ['overdue: unavailable first, then soonest, ties by id', { order: 'next', nextBefore: '2026-12-11', states: ['stage1_open'] }, ['x1', 'x2', 'd01a', 'd01b', 'd05', 'd10']],
        ['due on a day, with the unavailable', { order: 'next', nextOn: '2026-12-01', states: ['stage1_open'] }, ['x1', 'x2', 'd01a', 'd01b']],
        ['overdue in a state with none', { order: 'next', nextBefore: '2026-12-11', states: ['stage2_open'] }, []],
      ] as const)('lists %s, the same whole or a page at a time', async (_what, query, expected) => {
        const { names } = await fileAll(FILED);
        const whole = await store.cases.listPage({ ...query, limit: 100 });
        expect(whole.map((c) => names[c.record.reference])).toEqual(expected);
        for (const limit of [1, 2, 3]) {
          const seen: string[] = [];
          let after: { id: number; next: string | null } | undefined;
          for (let pages = 0; pages < 20; pages++) {
            const page = await store.cases.listPage({ ...query, after, limit });
            seen.push(...page.map((c) => names[c.record.reference]));
            if (page.length < limit) break;
            const last = page[page.length - 1];
            after = { id: last.record.id, next: query.order === 'next' ? (last.listing.next?.date ?? null) : null };
          }
          expect(seen, `limit ${limit}`).toEqual(expected);
        }
      });

      it('finds stale listings by basis, and refreshes one only if it has not changed since it was read', async () => {
        const { refs } = await fileAll([
          ['current', listed('2026-11-30', 'B-hos')],
          ['old', listed('2026-11-30', 'B-old')],
          ['never', { next: null, basis: '' }],
          ['gone', listed(null, '!'), { policyId: 'not-loaded' }],
          ['goneStale', listed('2026-11-30', 'B-x'), { policyId: 'not-loaded' }],
          ['fb', listed(null, '-'), { kind: 'feedback' }],
        ]);
        const bases = { 'housing-ombudsman-code': 'B-hos' };
        const stale = await store.cases.staleListings({ bases, afterId: 0, limit: 10 });
        expect(stale.map((s) => [s.record.reference, s.basis, s.events.map((e) => e.type), s.lastEventId > 0])).toEqual([
          [refs.old, 'B-old', ['filed'], true],
          [refs.never, '', ['filed'], true],
          [refs.goneStale, 'B-x', ['filed'], true],
        ]);
        expect((await store.cases.staleListings({ bases, afterId: stale[0].record.id, limit: 1 })).map((s) => s.record.reference)).toEqual([refs.never]);

        const update = { stage: 1, state: 'stage1_open', listing: listed('2026-12-02', 'B-hos') };
        expect(await store.cases.refreshListing(stale[0], update)).toBe(true);
        // Read before an event was recorded on it: the event's listing stands.
        await store.cases.recordEvent(refs.never, 'staff:x', decide('note', 'stage1_open'));
        expect(await store.cases.refreshListing(stale[1], update)).toBe(false);
        // Read before another refresh wrote it: written once.
        expect(await store.cases.refreshListing(stale[0], update)).toBe(false);
        // Still stale: the test's decision wrote basis '-', not this policy's current one.
        expect((await store.cases.staleListings({ bases, afterId: 0, limit: 10 })).map((s) => [s.record.reference, s.basis])).toEqual([
          [refs.never, '-'],
          [refs.goneStale, 'B-x'],
        ]);
        const byRef = new Map((await store.cases.listPage({ order: 'filed', limit: 10 })).map((c) => [c.record.reference, c.listing]));
        expect(byRef.get(refs.old)).toEqual(listed('2026-12-02', 'B-hos'));
        expect(byRef.get(refs.never)).toEqual(NO_LISTING);
      });
    });

    describe('transcripts', () => {
      it('keeps entries in order, per conversation, all of a batch', async () => {
        const entry = (conversationKey: string, text: string, direction: 'in' | 'out' = 'in') => ({ conversationKey, at: T0, direction, activityType: 'message', text, data: { id: text } });
        await store.transcripts.append([]);
        await store.transcripts.append([entry('test:a', 'helo'), entry('test:a', 'Shwmae', 'out'), entry('test:b', 'hi')]);
        await store.transcripts.append(Array.from({ length: 40 }, (_, i) => entry('test:a', `line ${i}`)));
        const a = await store.transcripts.forConversation('test:a');
        expect(a.slice(0, 2)).toEqual([
          { at: T0, direction: 'in', activityType: 'message', text: 'helo' },
          { at: T0, direction: 'out', activityType: 'message', text: 'Shwmae' },
        ]);
        expect(a).toHaveLength(42);
        expect((await store.transcripts.forConversation('test:b')).map((e) => e.text)).toEqual(['hi']);
      });

      it('gives each conversation\'s latest message from the resident that has words', async () => {
        const T1 = '2026-11-23T10:05:00.000Z';
        const entry = (conversationKey: string, direction: 'in' | 'out', text: string | null, at = T0, activityType = 'message') => ({ conversationKey, at, direction, activityType, text, data: {} });
        await store.transcripts.append([
          entry('test:a', 'in', 'first'),
          entry('test:a', 'in', 'Mae’r to yn gollwng 💧', T1),
          entry('test:a', 'out', 'Diolch'),
          entry('test:a', 'in', '  ', T1),
          entry('test:a', 'in', null, T1, 'conversationUpdate'),
          entry('test:b', 'out', 'only the bot'),
          entry('test:c\u0000nul', 'in', 'nul key'),
        ]);
        const last = await store.transcripts.lastFromResident(['test:a', 'test:b', 'test:none', 'test:a', 'test:c\u0000nul']);
        expect(Object.fromEntries(last)).toEqual({ 'test:a': { at: T1, text: 'Mae’r to yn gollwng 💧' }, 'test:c\u0000nul': { at: T0, text: 'nul key' } });
        expect((await store.transcripts.lastFromResident([])).size).toBe(0);
      });

      it('reads a conversation’s latest messages a page at a time, backwards, skipping other activities', async () => {
        const T1 = '2026-11-23T10:05:00.000Z';
        const entry = (conversationKey: string, direction: 'in' | 'out', text: string | null, activityType = 'message') => ({ conversationKey, at: T1, direction, activityType, text, data: {} });
        const rows = [];
        for (let n = 1; n <= 5; n++) {
          rows.push(entry('test:a', 'in', `neges ${n}`), entry('test:b', 'in', `other ${n}`), entry('test:a', 'out', null, 'typing'), entry('test:a', 'out', `ateb ${n}`));
        }
        await store.transcripts.append(rows);
        const newest = await store.transcripts.latestMessages('test:a', 4);
        expect(newest.earlier).toBe(true);
        expect(newest.entries.map((e) => e.text)).toEqual(['neges 4', 'ateb 4', 'neges 5', 'ateb 5']);
        expect(newest.entries[0]).toEqual({ id: expect.any(Number), at: T1, direction: 'in', activityType: 'message', text: 'neges 4' });
        const ids = newest.entries.map((e) => e.id);
        expect([...ids].sort((x, y) => x - y)).toEqual(ids);
        const middle = await store.transcripts.latestMessages('test:a', 4, newest.entries[0].id);
        expect(middle).toEqual({ entries: expect.any(Array), earlier: true });
        expect(middle.entries.map((e) => e.text)).toEqual(['neges 2', 'ateb 2', 'neges 3', 'ateb 3']);
        // The last page: exactly what is left, and nothing before it.
        const last = await store.transcripts.latestMessages('test:a', 4, middle.entries[0].id);
        expect(last.entries.map((e) => e.text)).toEqual(['neges 1', 'ateb 1']);
        expect(last.earlier).toBe(false);
        expect((await store.transcripts.latestMessages('test:a', 10)).entries.map((e) => e.text)).toEqual((await store.transcripts.forConversation('test:a')).filter((e) => e.activityType === 'message').map((e) => e.text));
        expect(await store.transcripts.latestMessages('test:a', 10, last.entries[0].id)).toEqual({ entries: [], earlier: false });
        expect(await store.transcripts.latestMessages('test:none', 10)).toEqual({ entries: [], earlier: false });
      });
    });

    describe('handovers', () => {
      const ref = { conversation: { id: 'c1' }, serviceUrl: 'https://example.org', channelId: 'test' };
      const request = (over: Partial<NewHandoff> = {}): NewHandoff => ({
        conversationKey: 'test:c1',
        conversationRef: ref,
        channelId: 'test',
        language: 'cy',
        reason: 'asked',
        at: T0,
        caseReference: null,
        context: { reason: 'asked', profileId: 'bron-afon' },
        state: 'waiting',
        callback: null,
        ...over,
      });
      const T1 = '2026-11-23T10:05:00.000Z';
      const T2 = '2026-11-23T10:20:00.000Z';

      it('opens one handover per conversation: asking again gives back the open one', async () => {
        const first = await store.handoffs.open(request());
        const again = await store.handoffs.open(request({ reason: 'not_understood' }));
        expect([first.created, again.created]).toEqual([true, false]);
        expect(again.handoff).toEqual(first.handoff);
        expect(first.handoff).toMatchObject({ conversationKey: 'test:c1', conversationRef: ref, language: 'cy', reason: 'asked', at: T0, state: 'waiting', takenBy: null });
        expect(await store.handoffs.openFor('test:c1')).toEqual(first.handoff);
        expect(await store.handoffs.openFor('test:other')).toBeUndefined();
        expect((await store.handoffs.eventsAfter(0, 10)).map((e) => `${e.actor}:${e.kind}`)).toEqual(['bot:requested']);
        expect(await store.handoffs.lastEventId()).toBe((await store.handoffs.eventsAfter(0, 10))[0].id);
      });

      it('opens one handover when the same conversation asks twice at once', async () => {
        const both = await Promise.all([store.handoffs.open(request()), store.handoffs.open(request())]);
        expect(both.filter((r) => r.created)).toHaveLength(1);
        expect(both[0].handoff.id).toBe(both[1].handoff.id);
        expect(await store.handoffs.list({ conversationKey: 'test:c1' })).toHaveLength(1);
      });

      it.each([
        ['waiting', 'accepted'],
        ['callback', 'accepted'],
      ] as const)('accepts from %s: the first taker has it, a second gets a conflict naming who has it', async (state, outcome) => {
        const { handoff } = await store.handoffs.open(request({ state, callback: state === 'callback' ? { why: 'closed', when: null, phone: null, requestedAt: null } : null }));
        const results = await Promise.all([store.handoffs.accept(handoff.id, 'staff:rhian', T1), store.handoffs.accept(handoff.id, 'staff:sam', T1)]);
        expect(results.map((r) => r.outcome).sort()).toEqual([outcome, 'conflict'].sort());
        const winner = results.find((r) => r.outcome === 'accepted')!;
        const loser = results.find((r) => r.outcome === 'conflict') as { handoff: Handoff };
        expect(loser.handoff.takenBy).toBe((winner as { handoff: Handoff }).handoff.takenBy);
        expect(await store.handoffs.get(handoff.id)).toMatchObject({ state: 'taken', takenAt: T1 });
        expect((await store.handoffs.eventsAfter(0, 10, handoff.id)).filter((e) => e.kind === 'accepted')).toHaveLength(1);
      });

      it('answers not_found for a handover that does not exist', async () => {
        expect(await store.handoffs.accept(999_999, 'staff:rhian', T1)).toEqual({ outcome: 'not_found' });
        expect(await store.handoffs.finish(999_999, 'staff:rhian', T1, 'handed_back', {})).toEqual({ outcome: 'not_found' });
      });

      it('hands back only what is taken, recording who and when; then the conversation may ask again', async () => {
        const { handoff } = await store.handoffs.open(request());
        expect((await store.handoffs.finish(handoff.id, 'staff:rhian', T1, 'handed_back', { note: 'x' })).outcome).toBe('conflict');
        await store.handoffs.accept(handoff.id, 'staff:rhian', T1);
        const done = await store.handoffs.finish(handoff.id, 'staff:rhian', T2, 'handed_back', { note: 'sorted' });
        expect(done).toMatchObject({ outcome: 'finished', handoff: { state: 'finished', finishedBy: 'staff:rhian', finishedAt: T2, outcome: 'handed_back' } });
        expect(await store.handoffs.openFor('test:c1')).toBeUndefined();
        expect((await store.handoffs.open(request({ at: T2 }))).created).toBe(true);
        const events = await store.handoffs.eventsAfter(0, 10, handoff.id);
        expect(events.map((e) => [e.kind, e.actor, e.at])).toEqual([
          ['requested', 'bot', T0],
          ['accepted', 'staff:rhian', T1],
          ['handed_back', 'staff:rhian', T2],
        ]);
        expect(events[2].data).toEqual({ note: 'sorted' });
      });

      it('answers who has a conversation as each change commits, also when a finish and a new open are queued together', async () => {
        expect(await store.handoffs.openFor('test:c1')).toBeUndefined();
        const opening = store.handoffs.open(request());
        const { handoff } = await opening;
        expect((await store.handoffs.openFor('test:c1'))?.id).toBe(handoff.id);
        await store.handoffs.accept(handoff.id, 'staff:rhian', T1);
        expect(await store.handoffs.openFor('test:c1')).toMatchObject({ id: handoff.id, state: 'taken' });
        // Queued in one pass: the finish, then the conversation asking again.
        const [finished, again] = await Promise.all([
          store.handoffs.finish(handoff.id, 'staff:rhian', T2, 'handed_back', {}),
          store.handoffs.open(request({ at: T2 })),
        ]);
        expect(finished.outcome).toBe('finished');
        const open = await store.handoffs.openFor('test:c1');
        expect(open?.id).toBe(again.handoff.id);
        expect(open?.state).toBe('waiting');
        await store.handoffs.finish(again.handoff.id, 'hub', T2, 'failed', {});
        expect(await store.handoffs.openFor('test:c1')).toBeUndefined();
      });

      it('lists the queue: open ones oldest first, then those finished since, newest first', async () => {
        const a = (await store.handoffs.open(request({ conversationKey: 'test:a' }))).handoff;
        const b = (await store.handoffs.open(request({ conversationKey: 'test:b' }))).handoff;
        const c = (await store.handoffs.open(request({ conversationKey: 'test:c' }))).handoff;
        await store.handoffs.accept(a.id, 'staff:rhian', T1);
        await store.handoffs.finish(a.id, 'staff:rhian', T1, 'handed_back', {});
        await store.handoffs.accept(b.id, 'staff:rhian', T1);
        expect((await store.handoffs.queue(T0)).map((h) => [h.conversationKey, h.state])).toEqual([
          ['test:b', 'taken'],
          ['test:c', 'waiting'],
          ['test:a', 'finished'],
        ]);
        expect((await store.handoffs.queue(T2)).map((h) => h.conversationKey)).toEqual(['test:b', 'test:c']);
        void c;
      });

      it('moves waiting handovers past their time to a call back, each once, and keeps what the resident asked for', async () => {
        const old = (await store.handoffs.open(request({ conversationKey: 'test:old' }))).handoff;
        await store.handoffs.open(request({ conversationKey: 'test:new', at: T2 }));
        const moved = await Promise.all([store.handoffs.expireWaiting(T1, T2), store.handoffs.expireWaiting(T1, T2)]);
        expect(moved.flat().map((h) => h.id)).toEqual([old.id]);
        expect(moved.flat()[0]).toMatchObject({ state: 'callback', callback: { why: 'unanswered', requestedAt: null } });
        const asked = await store.handoffs.setCallback(old.id, { why: 'unanswered', when: 'Tuesday morning', phone: '07700 900123', requestedAt: T2 }, T2);
        expect(asked).toMatchObject({ state: 'callback', callback: { when: 'Tuesday morning', phone: '07700 900123', requestedAt: T2 } });
        expect((await store.handoffs.eventsAfter(0, 20, old.id)).map((e) => e.kind)).toEqual(['requested', 'callback_offered', 'callback_requested']);
      });

      it('reads events after an id, across handovers, in order, as the staff stream does', async () => {
        const a = (await store.handoffs.open(request({ conversationKey: 'test:a' }))).handoff;
        const b = (await store.handoffs.open(request({ conversationKey: 'test:b' }))).handoff;
        const said = await store.handoffs.appendEvent(a.id, 'resident_message', 'resident', { text: 'Helô? 👋 \u0000' }, T1);
        const all = await store.handoffs.eventsAfter(0, 100);
        expect(all.map((e) => [e.handoffId, e.kind])).toEqual([
          [a.id, 'requested'],
          [b.id, 'requested'],
          [a.id, 'resident_message'],
        ]);
        expect(await store.handoffs.eventsAfter(all[1].id, 100)).toEqual([said]);
        expect(said.data).toEqual({ text: 'Helô? 👋 \u0000' });
      });

      it('reads a handover’s latest events a page at a time, backwards, saying whether earlier ones remain', async () => {
        const a = (await store.handoffs.open(request({ conversationKey: 'test:a' }))).handoff;
        const b = (await store.handoffs.open(request({ conversationKey: 'test:b' }))).handoff;
        for (let n = 1; n <= 6; n++) {
          await store.handoffs.appendEvent(a.id, 'resident_message', 'resident', { text: `neges ${n}` }, T1);
          await store.handoffs.appendEvent(b.id, 'resident_message', 'resident', { text: `other ${n}` }, T1);
        }
        const all = await store.handoffs.eventsAfter(0, 100, a.id);
        expect(all).toHaveLength(7);
        const newest = await store.handoffs.latestEvents(a.id, 3);
        expect(newest).toEqual({ events: all.slice(4), earlier: true });
        const middle = await store.handoffs.latestEvents(a.id, 3, newest.events[0].id);
        expect(middle).toEqual({ events: all.slice(1, 4), earlier: true });
        // The last page: exactly what is left, and nothing before it.
        expect(await store.handoffs.latestEvents(a.id, 3, middle.events[0].id)).toEqual({ events: all.slice(0, 1), earlier: false });
        expect(await store.handoffs.latestEvents(a.id, 7)).toEqual({ events: all, earlier: false });
        expect(await store.handoffs.latestEvents(a.id, 3, all[0].id)).toEqual({ events: [], earlier: false });
        expect(await store.handoffs.latestEvents(9_999_999, 3)).toEqual({ events: [], earlier: false });
      });

      it('reads one kind of a handover’s events, oldest first, and only that handover’s', async () => {
        const a = (await store.handoffs.open(request({ conversationKey: 'test:a' }))).handoff;
        const b = (await store.handoffs.open(request({ conversationKey: 'test:b' }))).handoff;
        const first = await store.handoffs.appendEvent(a.id, 'staff_message', 'person:rhian', { text: 'Bore da', delivered: true }, T1);
        await store.handoffs.appendEvent(a.id, 'resident_message', 'resident', { text: 'Helo' }, T1);
        await store.handoffs.appendEvent(b.id, 'staff_message', 'person:sam', { text: 'Hello', delivered: true }, T1);
        const second = await store.handoffs.appendEvent(a.id, 'staff_message', 'person:rhian', { text: 'Diolch', delivered: true }, T2);
        expect(await store.handoffs.eventsOfKind(a.id, 'staff_message')).toEqual([first, second]);
        expect(await store.handoffs.eventsOfKind(a.id, 'no_such_kind')).toEqual([]);
      });

      it('finds a handover’s held-back staff messages until each is delivered, oldest first, and never a blanked one', async () => {
        const a = (await store.handoffs.open(request({ conversationKey: 'test:a' }))).handoff;
        const b = (await store.handoffs.open(request({ conversationKey: 'test:b' }))).handoff;
        const held = (text: string) => ({ text, delivered: false, reopenRequested: true, shown: `Rhian (aelod o staff): ${text}`, firstName: 'Rhian' });
        expect(await store.handoffs.heldBack(a.id)).toEqual([]);
        await store.handoffs.appendEvent(a.id, 'staff_message', 'person:rhian', { text: 'sent', delivered: true }, T1);
        await store.handoffs.appendEvent(a.id, 'staff_message', 'person:rhian', { text: 'refused, no template', delivered: false }, T1);
        // Words that look like the mark inside a message are not the mark.
        await store.handoffs.appendEvent(a.id, 'staff_message', 'person:rhian', { text: '"reopenRequested":true', delivered: true }, T1);
        const first = await store.handoffs.appendEvent(a.id, 'staff_message', 'person:rhian', held('Bore da'), T1);
        const second = await store.handoffs.appendEvent(a.id, 'staff_message', 'person:rhian', held('Ydych chi yno?'), T2);
        const other = await store.handoffs.appendEvent(b.id, 'staff_message', 'person:sam', held('Hello'), T1);
        await store.handoffs.appendEvent(a.id, 'resident_message', 'resident', { text: 'reopenRequested', of: first.id }, T2);
        expect(await store.handoffs.heldBack(a.id)).toEqual([first, second]);
        expect(await store.handoffs.heldBack(b.id)).toEqual([other]);

        // Delivering one (of either handover) leaves the rest.
        await store.handoffs.appendEvent(a.id, 'staff_message_delivered', 'person:rhian', { of: first.id }, T2);
        expect(await store.handoffs.heldBack(a.id)).toEqual([second]);
        await store.handoffs.appendEvent(b.id, 'staff_message_delivered', 'person:sam', { of: other.id }, T2);
        expect(await store.handoffs.heldBack(a.id)).toEqual([second]);
        expect(await store.handoffs.heldBack(b.id)).toEqual([]);
        await store.handoffs.appendEvent(a.id, 'staff_message_delivered', 'person:rhian', { of: second.id }, T2);
        expect(await store.handoffs.heldBack(a.id)).toEqual([]);
        expect(await store.handoffs.heldBack(999_999)).toEqual([]);
      });

      it('never offers a held-back message again once its words are blanked', async () => {
        const { handoff } = await store.handoffs.open(request({ conversationKey: 'test:forgotten', conversationRef: { ...ref, conversation: { id: 'forgotten' } } }));
        await store.handoffs.appendEvent(handoff.id, 'staff_message', 'person:rhian', { text: 'x', delivered: false, reopenRequested: true, shown: 'x', firstName: null }, T1);
        expect(await store.handoffs.heldBack(handoff.id)).toHaveLength(1);
        await store.retention.forgetUser({ conversationKey: 'test:forgotten', userKey: 'test:u-forgotten', conversationStateKey: 'test/conversations/forgotten/', userStateKey: 'test/users/u-forgotten/' });
        expect((await store.handoffs.eventsAfter(0, 10, handoff.id)).map((e) => e.data)).toContainEqual({ redacted: true });
        expect(await store.handoffs.heldBack(handoff.id)).toEqual([]);
      });

      it('gives the waits of recent acceptances in minutes', async () => {
        const { handoff } = await store.handoffs.open(request());
        await store.handoffs.accept(handoff.id, 'staff:rhian', T2);
        expect(await store.handoffs.recentWaits(T0)).toEqual([20]);
        expect(await store.handoffs.recentWaits('2026-11-24T00:00:00.000Z')).toEqual([]);
      });

      it('counts the handovers waiting ahead of one: only those waiting, only those asked for before it', async () => {
        const open = async (key: string, state: 'waiting' | 'callback' = 'waiting') =>
          (await store.handoffs.open(request({ conversationKey: key, state, callback: state === 'callback' ? { why: 'closed', when: null, phone: null, requestedAt: null } : null }))).handoff;
        const a = await open('test:a');
        const b = await open('test:b');
        const taken = await open('test:taken');
        await store.handoffs.accept(taken.id, 'staff:rhian', T1);
        await open('test:callback', 'callback');
        const done = await open('test:done');
        await store.handoffs.finish(done.id, 'hub', T1, 'failed', {});
        const last = await open('test:last');
        expect(await store.handoffs.waitingAhead(a.id)).toBe(0);
        expect(await store.handoffs.waitingAhead(b.id)).toBe(1);
        expect(await store.handoffs.waitingAhead(last.id)).toBe(2);
        await store.handoffs.accept(a.id, 'staff:rhian', T1);
        expect(await store.handoffs.waitingAhead(last.id)).toBe(1);
        expect(await store.handoffs.waitingAhead(9_999_999)).toBe(0);
      });

      it('counts those ahead in the staff queue\'s own order: a safety handover before every other, then the oldest', async () => {
        const open = async (key: string, reason: NewHandoff['reason']) => (await store.handoffs.open(request({ conversationKey: key, reason }))).handoff;
        const asked1 = await open('test:order-asked1', 'asked');
        const gas = await open('test:order-gas', 'urgent');
        const asked2 = await open('test:order-asked2', 'asked');
        const danger = await open('test:order-danger', 'safeguarding');
        const lookup = await open('test:order-lookup', 'lookup_locked');
        // The queue as staff see it: gas, danger, asked1, asked2, lookup.
        expect(await store.handoffs.waitingAhead(gas.id)).toBe(0);
        expect(await store.handoffs.waitingAhead(danger.id)).toBe(1);
        expect(await store.handoffs.waitingAhead(asked1.id)).toBe(2);
        expect(await store.handoffs.waitingAhead(asked2.id)).toBe(3);
        expect(await store.handoffs.waitingAhead(lookup.id)).toBe(4);
        // A safety handover taken (or moved to call back) is no longer ahead of anyone.
        await store.handoffs.accept(gas.id, 'staff:rhian', T1);
        await store.handoffs.setCallback(danger.id, { why: 'unanswered', when: null, phone: null, requestedAt: null }, T1);
        expect(await store.handoffs.waitingAhead(asked1.id)).toBe(0);
        expect(await store.handoffs.waitingAhead(lookup.id)).toBe(2);
      });

      it('counts the open handovers, and those open from one address, for the caps on open handovers', async () => {
        const open = async (key: string, addressKey: string | null, state: 'waiting' | 'callback' = 'waiting') =>
          (await store.handoffs.open(request({ conversationKey: key, addressKey, state, callback: state === 'callback' ? { why: 'closed', when: null, phone: null, requestedAt: null } : null }))).handoff;
        await open('test:cap-a', 'key-a');
        const taken = await open('test:cap-taken', 'key-a');
        await store.handoffs.accept(taken.id, 'staff:rhian', T1);
        await open('test:cap-callback', 'key-a', 'callback');
        const done = await open('test:cap-done', 'key-a');
        await store.handoffs.open(request({ conversationKey: 'test:cap-other', addressKey: 'key-b' }));
        await open('test:cap-none', null);
        expect(await store.handoffs.openCounts('key-a')).toEqual({ total: 6, fromAddress: 4 });
        // Finished: no longer open, and its address is not kept.
        await store.handoffs.finish(done.id, 'hub', T1, 'failed', {});
        expect(await store.handoffs.openCounts('key-a')).toEqual({ total: 5, fromAddress: 3 });
        expect(await store.handoffs.openCounts('key-b')).toEqual({ total: 5, fromAddress: 1 });
        expect(await store.handoffs.openCounts('key-c')).toEqual({ total: 5, fromAddress: 0 });
        expect(await store.handoffs.openCounts(null)).toEqual({ total: 5, fromAddress: 0 });
        // Opening again in a conversation with one open joins it: counted once.
        await store.handoffs.open(request({ conversationKey: 'test:cap-a', addressKey: 'key-a' }));
        expect((await store.handoffs.openCounts('key-a')).fromAddress).toBe(3);
        // The address is no field of the handover anyone reads.
        expect(Object.keys((await store.handoffs.get(taken.id))!)).not.toContain('addressKey');
      });

      it('opens within caps in one step: of ten asked at once from one address, the cap\'s worth open and the rest are refused', async () => {
        const at = (n: number, addressKey: string | null, caps: { total: number; perAddress: number }) =>
          store.handoffs.open(request({ conversationKey: `test:burst-${addressKey}-${n}`, addressKey }), caps);
        // Asked together, as turns from one address in the same moment are: counting first and
        // opening after, all ten counted none open and all ten opened.
        const burst = await Promise.all(Array.from({ length: 10 }, (_, n) => at(n, 'key-a', { total: 0, perAddress: 3 })));
        expect(burst.filter((r) => 'handoff' in r && r.created)).toHaveLength(3);
        expect(burst.filter((r) => 'full' in r && r.full === 'address')).toHaveLength(7);
        expect((await store.handoffs.openCounts('key-a')).fromAddress).toBe(3);
        // Another address has its own room; the whole queue's cap holds whoever asks.
        expect(await at(0, 'key-b', { total: 0, perAddress: 3 })).toMatchObject({ created: true });
        const queue = await Promise.all(Array.from({ length: 5 }, (_, n) => at(n, `key-q${n}`, { total: 6, perAddress: 3 })));
        expect(queue.filter((r) => 'handoff' in r && r.created)).toHaveLength(2);
        expect(queue.filter((r) => 'full' in r && r.full === 'total')).toHaveLength(3);
        expect((await store.handoffs.openCounts(null)).total).toBe(6);
        // At a cap, a conversation with a handover open still gets its own (counted once, not refused).
        // Which three of the burst opened is the race's to decide (on PostgreSQL, whichever took the
        // lock first), so the one asked again is one that did.
        const won = burst.findIndex((r) => 'handoff' in r && r.created);
        const again = await at(won, 'key-a', { total: 6, perAddress: 3 });
        expect(again).toMatchObject({ created: false, handoff: { conversationKey: `test:burst-key-a-${won}` } });
        // No caps (0): opens whatever the counts; one finished makes room again.
        expect(await at(99, 'key-a', { total: 0, perAddress: 0 })).toMatchObject({ created: true });
        const first = burst.find((r) => 'handoff' in r)!;
        await store.handoffs.finish((first as { handoff: { id: number } }).handoff.id, 'hub', T1, 'failed', {});
        expect(await at(100, 'key-c', { total: 7, perAddress: 3 })).toMatchObject({ created: true });
        expect(await at(101, 'key-c', { total: 7, perAddress: 3 })).toEqual({ full: 'total' });
      });

      it('moves an open handover to the language the resident chose (language_chosen), never a finished one (trial18)', async () => {
        const { handoff } = await store.handoffs.open(request({ conversationKey: 'test:lang', language: 'en' }));
        await store.handoffs.accept(handoff.id, 'person:rhian', T1);
        // Any other event, or one naming no language the bot speaks, leaves it.
        await store.handoffs.appendEvent(handoff.id, 'resident_message', 'resident', { text: 'Cymraeg', language: 'cy' }, T1);
        await store.handoffs.appendEvent(handoff.id, 'language_chosen', 'resident', { language: 'fr' }, T1);
        expect((await store.handoffs.get(handoff.id))!.language).toBe('en');
        await store.handoffs.appendEvent(handoff.id, 'language_chosen', 'resident', { language: 'cy' }, T1);
        expect((await store.handoffs.get(handoff.id))!.language).toBe('cy');
        expect((await store.handoffs.queue(T0)).find((h) => h.id === handoff.id)!.language).toBe('cy');
        await store.handoffs.finish(handoff.id, 'person:rhian', T2, 'handed_back', {});
        await store.handoffs.appendEvent(handoff.id, 'language_chosen', 'resident', { language: 'en' }, T2);
        expect((await store.handoffs.get(handoff.id))!.language).toBe('cy');
      });

      describe('safety alerts: a resident’s emergency message while a person has the conversation, until staff answer', () => {
        const gas = (text = 'I can smell gas') => ({ text, safety: ['gas'] });
        const taken = async (key: string) => {
          const { handoff } = await store.handoffs.open(request({ conversationKey: key }));
          await store.handoffs.accept(handoff.id, 'person:rhian', T1);
          return handoff;
        };

        it('marks the handover with its latest alarm, through plain messages, however many come after', async () => {
          const a = await taken('test:a');
          const b = await taken('test:b');
          await store.handoffs.appendEvent(a.id, 'resident_message', 'resident', { text: 'helo' }, T1);
          expect(await store.handoffs.safetyAlerts()).toEqual([]);
          await store.handoffs.appendEvent(a.id, 'resident_message', 'resident', gas('Mae arogl nwy'), T1);
          const latest = await store.handoffs.appendEvent(a.id, 'resident_message', 'resident', gas('It is getting stronger "now"'), T2);
          // More than a conversation view's page of plain messages after it: still the one shown.
          for (let n = 0; n < 25; n++) await store.handoffs.appendEvent(a.id, 'resident_message', 'resident', { text: `hello? ${n}` }, T2);
          await store.handoffs.appendEvent(b.id, 'resident_message', 'resident', { text: '"safety":["gas"]' }, T2);
          expect(await store.handoffs.safetyAlerts()).toEqual([latest]);
        });

        it('clears it when a member of staff writes, raises it again with the next alarm, and clears it when the handover finishes', async () => {
          const a = await taken('test:a');
          const b = await taken('test:b');
          await store.handoffs.appendEvent(a.id, 'resident_message', 'resident', gas(), T1);
          const other = await store.handoffs.appendEvent(b.id, 'resident_message', 'resident', { text: 'Someone is hurting me', safety: ['abuse'] }, T1);
          await store.handoffs.appendEvent(a.id, 'staff_message', 'person:rhian', { text: 'Please leave the house and ring 0800 111 999', delivered: true }, T2);
          expect(await store.handoffs.safetyAlerts()).toEqual([other]);
          const again = await store.handoffs.appendEvent(a.id, 'resident_message', 'resident', gas('still smells'), T2);
          expect((await store.handoffs.safetyAlerts()).map((e) => e.id)).toEqual([again.id, other.id]);
          await store.handoffs.finish(a.id, 'person:rhian', T2, 'handed_back', {});
          expect(await store.handoffs.safetyAlerts()).toEqual([other]);
          // A staff message the channel refused still answers it: the officer has seen it and acted.
          await store.handoffs.appendEvent(b.id, 'staff_message', 'person:rhian', { text: 'x', delivered: false }, T2);
          expect(await store.handoffs.safetyAlerts()).toEqual([]);
        });

        it('decides by the later of an alarm and a staff reply written at the same moment (two instances)', async () => {
          for (let round = 0; round < 5; round++) {
            const h = await taken(`test:race-${round}`);
            const [alarm, reply] = await Promise.all([
              store.handoffs.appendEvent(h.id, 'resident_message', 'resident', gas(), T1),
              store.handoffs.appendEvent(h.id, 'staff_message', 'person:rhian', { text: 'Leave now', delivered: true }, T1),
            ]);
            const shown = (await store.handoffs.safetyAlerts()).filter((e) => e.handoffId === h.id);
            expect(shown).toEqual(alarm.id > reply.id ? [alarm] : []);
          }
        });

        it('marks only a taken handover (the bot answers the others itself)', async () => {
          const { handoff } = await store.handoffs.open(request({ conversationKey: 'test:waiting' }));
          await store.handoffs.appendEvent(handoff.id, 'resident_message', 'resident', gas(), T1);
          expect(await store.handoffs.safetyAlerts()).toEqual([]);
          await store.handoffs.accept(handoff.id, 'person:rhian', T2);
          expect(await store.handoffs.safetyAlerts()).toEqual([]);
        });

        it('gives the alarm’s words as blanked once a resident’s data is deleted', async () => {
          const { handoff } = await store.handoffs.open(request({ conversationKey: 'test:forgotten', conversationRef: { ...ref, conversation: { id: 'forgotten' } } }));
          await store.handoffs.accept(handoff.id, 'person:rhian', T1);
          await store.handoffs.appendEvent(handoff.id, 'resident_message', 'resident', gas(), T1);
          await store.retention.forgetUser({ conversationKey: 'test:forgotten', userKey: 'test:u-forgotten', conversationStateKey: 'test/conversations/forgotten/', userStateKey: 'test/users/u-forgotten/' });
          expect((await store.handoffs.safetyAlerts()).map((e) => e.data)).toEqual([{ redacted: true }]);
        });
      });
    });

    describe('lookup locks', () => {
      const now = new Date(T0);
      const keys = { reference: 'CMP-2345-6789', asker: 'test:prober' };

      it(`counts misses by reference and by asker, and stops lookups at the ${MAX_MISSES}th`, async () => {
        for (let i = 1; i < MAX_MISSES; i++) expect(await store.lookupLocks.attempt(keys, now, false)).toEqual({ outcome: 'missed', lockedUntil: null });
        const last = await store.lookupLocks.attempt(keys, now, false);
        expect(last).toMatchObject({ outcome: 'missed', lockedUntil: new Date(now.getTime() + 30 * 60_000) });
        expect(await store.lookupLocks.misses('reference', keys.reference, now)).toBe(MAX_MISSES);
        expect(await store.lookupLocks.misses('asker', keys.asker, now)).toBe(MAX_MISSES);
        // Locked: even the right answer is not tried, and nothing more is counted.
        expect(await store.lookupLocks.attempt(keys, now, true)).toMatchObject({ outcome: 'locked' });
        expect(await store.lookupLocks.misses('reference', keys.reference, now)).toBe(MAX_MISSES);
        expect(await store.lookupLocks.lockedUntil({ asker: keys.asker }, now)).toEqual(new Date(now.getTime() + 30 * 60_000));
        expect(await store.lookupLocks.lockedUntil({ reference: 'CMP-BCDF-GHJK', asker: 'test:someone-else' }, now)).toBeNull();
      });

      it("forgets the reference's misses on a match, never the asker's", async () => {
        await store.lookupLocks.attempt(keys, now, false);
        await store.lookupLocks.attempt(keys, now, false);
        expect(await store.lookupLocks.attempt(keys, now, true)).toEqual({ outcome: 'matched' });
        expect(await store.lookupLocks.misses('reference', keys.reference, now)).toBe(0);
        expect(await store.lookupLocks.misses('asker', keys.asker, now)).toBe(2);
      });

      it('counts every one of many guesses sent at once', async () => {
        const outcomes = await Promise.all(Array.from({ length: MAX_MISSES + 3 }, () => store.lookupLocks.attempt(keys, now, false)));
        expect(outcomes.filter((o) => o.outcome === 'missed')).toHaveLength(MAX_MISSES);
        expect(outcomes.filter((o) => o.outcome === 'locked')).toHaveLength(3);
      });

      it('remembers misses for a day only', async () => {
        for (let i = 0; i < MAX_MISSES; i++) await store.lookupLocks.attempt(keys, now, false);
        const nextDay = new Date(now.getTime() + 24 * 3_600_000 + 1);
        expect(await store.lookupLocks.misses('asker', keys.asker, nextDay)).toBe(0);
        expect(await store.lookupLocks.lockedUntil(keys, nextDay)).toBeNull();
      });
    });

    describe('turn replies', () => {
      it('gives back the replies kept for an activity, and the first answer stands', async () => {
        const replies = [{ type: 'message', text: 'Diolch. Eich cyfeirnod yw CMP-2345-6789' }];
        expect(await store.turnReplies.find('test:c1', 'act-1')).toBeUndefined();
        await store.turnReplies.record('test:c1', 'act-1', 'test:u1', replies);
        await store.turnReplies.record('test:c1', 'act-1', 'test:u2', [{ type: 'message', text: 'later' }]);
        expect(await store.turnReplies.find('test:c1', 'act-1')).toEqual({ userKey: 'test:u1', replies });
        expect(await store.turnReplies.find('test:c2', 'act-1')).toBeUndefined();
      });
    });

    describe('retention', () => {
      const seed = async (p: ConversationParty) => {
        // '*': two parties may share a user state key, and a write with no eTag only creates on
        // stores with real optimistic concurrency (see storage-contract.ts, strictETags).
        await store.conversationState.write({ [p.conversationStateKey]: { step: 'x', eTag: '*' }, [p.userStateKey]: { lang: 'cy', eTag: '*' } });
        await store.transcripts.append([{ conversationKey: p.conversationKey, at: clock.now().toISOString(), direction: 'in', activityType: 'message', text: 'helo', data: {} }]);
        await store.turnReplies.record(p.conversationKey, 'act-1', p.userKey, []);
        await store.retention.touch(p, clock.now());
      };
      const kept = async (p: ConversationParty) => ({
        state: Object.keys(await store.conversationState.read([p.conversationStateKey, p.userStateKey])).length,
        transcript: (await store.transcripts.forConversation(p.conversationKey)).length,
        replies: (await store.turnReplies.find(p.conversationKey, 'act-1')) ? 1 : 0,
      });

      it('sweeps conversations idle since the cutoff, in passes, and never cases', async () => {
        const [old1, old2, recent] = [party('1'), party('2'), party('3')];
        const { record } = await store.cases.file(newCase({ conversationKey: old1.conversationKey }));
        await seed(old1);
        await seed(old2);
        clock.advance(10 * 24 * 3_600_000);
        await seed(recent);
        const cutoff = new Date(clock.now().getTime() - 24 * 3_600_000);
        const first = await store.retention.sweep(cutoff, 1);
        expect(first).toMatchObject({ conversations: 1, more: true });
        const second = await store.retention.sweep(cutoff, 1);
        expect(second).toMatchObject({ conversations: 1 });
        expect((await store.retention.sweep(cutoff, 1)).conversations).toBe(0);
        expect(await kept(old1)).toEqual({ state: 0, transcript: 0, replies: 0 });
        expect(await kept(old2)).toEqual({ state: 0, transcript: 0, replies: 0 });
        expect(await kept(recent)).toEqual({ state: 2, transcript: 1, replies: 1 });
        expect(await store.cases.byReference(record.reference)).toBeDefined();
      });

      it('ends a conversation: its state and replies go now, its transcript waits for the sweep', async () => {
        const p = party('end');
        await seed(p);
        await store.retention.endConversation(p, clock.now());
        expect(await kept(p)).toEqual({ state: 1, transcript: 1, replies: 0 });
      });

      it("forgets a resident: their state, and every conversation they were heard in", async () => {
        const a = party('a');
        const b = { ...party('b'), userKey: a.userKey, userStateKey: a.userStateKey };
        const other = party('other');
        await seed(a);
        await seed(b);
        await seed(other);
        const removed = await store.retention.forgetUser(a);
        expect(removed).toMatchObject({ conversations: 2, transcriptRows: 2, replyRows: 2 });
        expect(await kept(a)).toEqual({ state: 0, transcript: 0, replies: 0 });
        expect(await kept(b)).toEqual({ state: 0, transcript: 0, replies: 0 });
        expect(await kept(other)).toEqual({ state: 2, transcript: 1, replies: 1 });
      });

      describe("a handover's words (the audit rows stay, what was said and given is blanked)", () => {
        const REDACTED = { redacted: true };
        /** A handover in the party's conversation: the resident's answers, a callback with a phone number, words both ways. */
        const handover = async (p: ConversationParty, finished: boolean) => {
          const at = clock.now().toISOString();
          const { handoff } = await store.handoffs.open({
            conversationKey: p.conversationKey,
            conversationRef: { conversation: { id: p.conversationKey }, user: { id: p.userKey, name: 'Siân Owen' }, channelId: 'test' },
            channelId: 'test',
            language: 'cy',
            reason: 'asked',
            at,
            caseReference: null,
            context: { reason: 'asked', caseDraft: { description: 'Mae dŵr yn dod drwy’r nenfwd' } },
            state: 'waiting',
            callback: null,
          });
          await store.handoffs.setCallback(handoff.id, { why: 'closed', when: 'ar ôl 3 dydd Llun', phone: '07700 900123', requestedAt: at }, at);
          await store.handoffs.accept(handoff.id, 'staff:alys', at);
          await store.handoffs.appendEvent(handoff.id, 'resident_message', 'resident', { text: 'Rwy’n byw yn 4 Stryd y Bont' }, at);
          await store.handoffs.appendEvent(handoff.id, 'staff_message', 'staff:alys', { text: 'Diolch, Siân', delivered: true }, at);
          if (finished) await store.handoffs.finish(handoff.id, 'staff:alys', at, 'handed_back', { note: 'Siân: damp in the bedroom', answers: {} });
          return handoff.id;
        };
        const events = async (id: number) => (await store.handoffs.eventsAfter(0, 100, id)).map((e) => ({ kind: e.kind, actor: e.actor, data: e.data }));

        it('the sweep blanks an idle conversation’s handover and keeps its audit rows; a live conversation’s open handover is untouched', async () => {
          const [idle, live] = [party('idle-handover'), party('live-handover')];
          await seed(idle);
          const idleId = await handover(idle, true);
          clock.advance(10 * 24 * 3_600_000);
          await seed(live);
          const liveId = await handover(live, false);
          const liveBefore = { handoff: await store.handoffs.get(liveId), events: await events(liveId) };
          const auditBefore = (await store.handoffs.eventsAfter(0, 100, idleId)).map(({ id, handoffId, at, kind, actor }) => ({ id, handoffId, at, kind, actor }));

          const removed = await store.retention.sweep(new Date(clock.now().getTime() - 24 * 3_600_000), 100);

          expect(removed).toMatchObject({ conversations: 1, handoverRequests: 1, handoverEvents: auditBefore.length });
          const after = await store.handoffs.eventsAfter(0, 100, idleId);
          expect(after.map(({ id, handoffId, at, kind, actor }) => ({ id, handoffId, at, kind, actor }))).toEqual(auditBefore);
          expect(after.map((e) => e.data)).toEqual(after.map(() => REDACTED));
          const h = await store.handoffs.get(idleId);
          expect(h).toMatchObject({ state: 'finished', takenBy: 'staff:alys', finishedBy: 'staff:alys', outcome: 'handed_back', reason: 'asked' });
          expect(h?.conversationRef).toBeNull();
          expect(h?.context).toEqual(REDACTED);
          expect(h?.callback).toEqual({ why: 'closed', when: null, phone: null, requestedAt: expect.any(String) });
          expect({ handoff: await store.handoffs.get(liveId), events: await events(liveId) }).toEqual(liveBefore);
          // Nothing left to blank: a second sweep counts nothing.
          expect(await store.retention.sweep(new Date(clock.now().getTime() - 24 * 3_600_000), 100)).toMatchObject({ handoverRequests: 0, handoverEvents: 0 });
        });

        it('forgetting a resident blanks the handovers of every conversation they were heard in; an open one keeps the address that reaches them until it finishes', async () => {
          const a = party('forget-handover');
          const b = { ...party('forget-handover-2'), userKey: a.userKey, userStateKey: a.userStateKey };
          const other = party('forget-handover-other');
          for (const p of [a, b, other]) await seed(p);
          const finishedId = await handover(a, true);
          const openId = await handover(b, false);
          const otherId = await handover(other, true);
          const otherBefore = { handoff: await store.handoffs.get(otherId), events: await events(otherId) };

          const removed = await store.retention.forgetUser(a);

          expect(removed).toMatchObject({ conversations: 2, handoverRequests: 2, handoverEvents: (await events(finishedId)).length + (await events(openId)).length });
          for (const id of [finishedId, openId]) {
            expect((await events(id)).every((e) => JSON.stringify(e.data) === JSON.stringify(REDACTED))).toBe(true);
            expect(await store.handoffs.get(id)).toMatchObject({ context: REDACTED, callback: { when: null, phone: null } });
          }
          expect((await store.handoffs.get(finishedId))?.conversationRef).toBeNull();
          const open = await store.handoffs.get(openId);
          expect(open).toMatchObject({ state: 'taken', conversationRef: { user: { id: b.userKey } } });
          expect({ handoff: await store.handoffs.get(otherId), events: await events(otherId) }).toEqual(otherBefore);

          // Finished later: the next sweep takes the address too, though the conversation is not idle.
          await store.handoffs.finish(openId, 'staff:alys', clock.now().toISOString(), 'handed_back', { note: null, answers: {} });
          expect(await store.retention.sweep(new Date(clock.now().getTime() - 24 * 3_600_000), 100)).toMatchObject({ conversations: 0, handoverRequests: 1 });
          expect((await store.handoffs.get(openId))?.conversationRef).toBeNull();
        });
      });

      describe("a website chat's activity log (what the resident's page shows)", () => {
        const chat = (n: string): ConversationParty => ({
          conversationKey: `webchat:dl-conv-${n}`,
          userKey: `webchat:dl_user-${n}`,
          conversationStateKey: `webchat/conversations/dl-conv-${n}/`,
          userStateKey: `webchat/users/dl_user-${n}/`,
        });
        const logged = async (p: ConversationParty, texts: string[]) => {
          const id = p.conversationKey.slice('webchat:'.length);
          await store.directLine.start(id, p.userKey.slice('webchat:'.length), clock.now());
          for (const text of texts) await store.directLine.append(id, { activity: { type: 'message', text }, clientKey: null }, clock.now(), 100);
          await seed(p);
        };
        const log = async (p: ConversationParty) => (await store.directLine.after(p.conversationKey.slice('webchat:'.length), 0, 100)).map((e) => e.activity.text);

        it.each([
          ['forgetting the resident', (p: ConversationParty) => store.retention.forgetUser(p)],
          ['ending the conversation', (p: ConversationParty) => store.retention.endConversation(p, clock.now())],
        ])('goes on %s, other chats stay, and the numbering carries on', async (_, forget) => {
          const [mine, theirs] = [chat('mine'), chat('theirs')];
          await logged(mine, ['helo', 'fy enw i yw Siân']);
          await logged(theirs, ['hello']);
          await forget(mine);
          expect(await log(mine)).toEqual([]);
          expect(await log(theirs)).toEqual(['hello']);
          const id = mine.conversationKey.slice('webchat:'.length);
          expect(await store.directLine.find(id)).toEqual({ userId: 'dl_user-mine' });
          // A page polling with the watermark it had sees what comes next, not nothing.
          expect(await store.directLine.append(id, { activity: { type: 'message', text: 'again' }, clientKey: null }, clock.now(), 100)).toEqual({ outcome: 'appended', seq: 3 });
        });

        it('goes with every website chat the resident was heard in', async () => {
          const first = chat('first');
          const second = { ...chat('second'), userKey: first.userKey, userStateKey: first.userStateKey };
          await logged(first, ['one']);
          await store.directLine.start('dl-conv-second', 'dl_user-first', clock.now());
          await store.directLine.append('dl-conv-second', { activity: { type: 'message', text: 'two' }, clientKey: null }, clock.now(), 100);
          await seed(second);
          await store.retention.forgetUser(first);
          expect(await log(first)).toEqual([]);
          expect(await log(second)).toEqual([]);
        });
      });
    });
  });
}
