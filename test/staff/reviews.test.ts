import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/app';
import { FixedClock } from '../../src/clock/clock';
import { readEnv } from '../../src/config/env';
import { call, file, post, TOKENS } from './helpers';

/**
 * The officers' queue of exclusions a resident disputed straight after they were recorded (a
 * `review_requested` event), and the answer recorded on one. No shipped profile sets a time for
 * this review: each request says how long it has waited, and `due` is null.
 */
function setup() {
  // Requests are stamped by the store's clock: Thursday 26 November 2026.
  const clock = new FixedClock('2026-11-26T15:00:00.000Z');
  const c = createCore(readEnv({ DATABASE_PATH: ':memory:', STAFF_API_TOKENS: TOKENS }), { clock });
  const exclusion = () => file(c, { kind: 'excluded', details: { description: 'My neighbour’s dog barks' }, deadlines: null });
  const ask = (reference: string, words: string) =>
    c.store.cases.recordEvent(reference, 'resident', (r) => ({ event: { type: 'review_requested', data: { words } }, stage: r.stage, state: r.state, listing: { next: null, basis: '-' }, result: null }));
  return { c, clock, exclusion, ask };
}

describe('GET /staff/cases/reviews', () => {
  it('lists the reviews asked for and not answered, oldest first, with how long each has waited and no due date', async () => {
    const { c, clock, exclusion, ask } = setup();
    const [a, b, quiet] = [await exclusion(), await exclusion(), await exclusion()];
    await ask(b, 'Dw i ddim yn cytuno');
    clock.set('2026-11-27T09:00:00.000Z');
    await ask(a, 'I think that’s wrong');
    void quiet;
    // Seen on Wednesday 2 December: b waited Friday, Monday, Tuesday, Wednesday (4 working days, 6 days).
    const r = await call(c, { url: '/staff/cases/reviews', today: '2026-12-02' });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ asOf: '2026-12-02', count: 2, limit: 100, nextCursor: null });
    expect(r.json.reviews).toEqual([
      {
        reference: b,
        kind: 'excluded',
        policy: { id: 'housing-ombudsman-code', version: '2024.1' },
        state: 'excluded',
        stage: 1,
        received: '2026-11-23T10:00:00.000Z',
        language: 'en',
        channel: 'test',
        requestedAt: '2026-11-26T15:00:00.000Z',
        words: 'Dw i ddim yn cytuno',
        waiting: { days: 6, workingDays: 4 },
        due: null,
      },
      expect.objectContaining({ reference: a, requestedAt: '2026-11-27T09:00:00.000Z', words: 'I think that’s wrong', waiting: { days: 5, workingDays: 3 }, due: null }),
    ]);

    // A page at a time.
    const one = await call(c, { url: '/staff/cases/reviews?limit=1', today: '2026-12-02' });
    expect(one.json.reviews.map((x: { reference: string }) => x.reference)).toEqual([b]);
    const two = await call(c, { url: `/staff/cases/reviews?limit=1&cursor=${one.json.nextCursor}`, today: '2026-12-02' });
    expect(two.json.reviews.map((x: { reference: string }) => x.reference)).toEqual([a]);
    expect(two.json.nextCursor).toBeNull();

    for (const bad of ['limit=0', 'limit=1001', 'limit=x', 'cursor=nope', 'cursor=' + Buffer.from('review:0').toString('base64url'), 'state=excluded', 'limit=1&limit=2']) {
      const refused = await call(c, { url: `/staff/cases/reviews?${bad}` });
      expect(refused.status, bad).toBe(400);
    }
    expect((await call(c, { url: '/staff/cases/reviews', token: null })).status).toBe(401);
    expect((await call(c, { method: 'POST', url: '/staff/cases/reviews' })).status).toBe(405);
  });
});

describe('POST /staff/cases/:reference/events: a review answered', () => {
  const answer = (over: Record<string, unknown> = {}) => ({ type: 'review_answered', date: '2026-11-27', decision: 'exclusion_stands', reason: 'Noise between neighbours is for the antisocial behaviour team', ...over });

  it('records the answer on the exclusion, which leaves the queue; the case shows both events', async () => {
    const { c, exclusion, ask } = setup();
    const ref = await exclusion();
    await ask(ref, 'mae’r penderfyniad yn anghywir');
    const r = await post(c, ref, answer(), { today: '2026-11-27' });
    expect(r.status).toBe(201);
    expect(r.headers.location).toBe(`/staff/cases/${ref}`);
    expect(r.json).toMatchObject({ reference: ref, kind: 'excluded', state: 'excluded', event: { type: 'review_answered', actor: 'staff:contact-centre', actorName: null, data: { date: '2026-11-27', decision: 'exclusion_stands', reason: expect.any(String), request: expect.any(Number) } } });
    expect((await call(c, { url: '/staff/cases/reviews', today: '2026-11-27' })).json.reviews).toEqual([]);
    const view = (await call(c, { url: `/staff/cases/${ref}` })).json;
    expect(view.events.map((e: { type: string; actor: string }) => `${e.type} ${e.actor}`)).toEqual(['filed bot', 'review_requested resident', 'review_answered staff:contact-centre']);
    expect(view.status).toBeNull();
  });

  it.each([
    ['a second answer', 'answered', {}, 409, 'no_review_requested'],
    ['an answer nobody asked for', 'none', {}, 409, 'no_review_requested'],
    ['an answer before the request', 'asked', { date: '2026-11-25' }, 409, 'before_review_requested'],
    ['an answer dated after today', 'asked', { date: '2026-11-28' }, 400, 'after_today'],
  ] as const)('refuses %s with its code', async (_label, state, over, status, refusal) => {
    const { c, exclusion, ask } = setup();
    const ref = await exclusion();
    if (state !== 'none') await ask(ref, 'no');
    if (state === 'answered') expect((await post(c, ref, answer(), { today: '2026-11-27' })).status).toBe(201);
    const before = (await c.store.cases.events((await c.store.cases.byReference(ref))!.id)).length;
    const r = await post(c, ref, answer(over), { today: '2026-11-27' });
    expect(r.status).toBe(status);
    expect(r.json.refusal).toBe(refusal);
    expect((await c.store.cases.events((await c.store.cases.byReference(ref))!.id)).length).toBe(before);
  });

  it('refuses it on a complaint, and checks the body', async () => {
    const { c } = setup();
    const complaint = await file(c);
    const r = await post(c, complaint, answer(), { today: '2026-11-27' });
    expect(r.status).toBe(409);
    expect(r.json).toMatchObject({ code: 'Conflict', refusal: 'not_an_exclusion' });
    for (const [body, field] of [
      [answer({ decision: 'maybe' }), 'decision'],
      [answer({ reason: ' ' }), 'reason'],
      [answer({ date: '2026-02-30' }), 'date'],
      [answer({ extra: 1 }), 'extra'],
    ] as const) {
      const bad = await post(c, complaint, body, { today: '2026-11-27' });
      expect(bad.status).toBe(400);
      expect(bad.json.issues.map((i: { field: string }) => i.field)).toContain(field);
    }
    expect((await post(c, 'CMP-2345-6789', answer(), { today: '2026-11-27' })).status).toBe(404);
  });
});
