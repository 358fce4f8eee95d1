import { describe, expect, it } from 'vitest';
import { EventInFuture } from '../../src/cases/lifecycle';
import { all, chat, type Chat, fileComplaint, sqliteOf } from './harness';

const INTAKE = [
  'hello',
  'English',
  'The boiler keeps breaking and nobody has come to fix it',
  'Flat 3, 12 Park Road',
  '3 weeks ago',
  'no',
  'No hot water with two small children',
  'no',
  '1 and 4',
  'large print',
  "I'm the resident",
  'Sam Jones',
  '07700 900123 or sam@example.com',
  'English',
  'after 5pm',
];

const file = (c: Chat, receivedAt: string) => fileComplaint(c, { receivedAt });

describe('one clock: the server decides when, whatever the channel claims', () => {
  // The server's time is Monday 23 November 2026, 10:00 London, in every row.
  it.each([
    ['far in the past', '1999-01-01T00:00:00Z'],
    ['far in the future', '2090-06-01T12:00:00Z'],
    ['a month ahead, as a client lifting a lock would', '2026-12-23T10:00:00Z'],
    ['the next London day', '2026-11-24T00:30:00Z'],
  ])('a claimed timestamp %s changes neither the received date nor "today"', async (_label, claimed) => {
    const c = chat();
    for (const m of INTAKE) await c.say(m, { timestamp: new Date(claimed) });
    const filed = all(await c.say('yes', { timestamp: new Date(claimed) }));
    const reference = /reference is (CMP-\w{4}-\w{4})/.exec(filed)?.[1];
    expect(reference, filed).toBeDefined();
    expect(filed).toMatch(/acknowledge it by Monday 30 November 2026 \(five working days from today\)/);
    expect((await c.core.store.cases.byReference(reference!))!.receivedAt).toBe('2026-11-23T10:00:00.000Z');
    expect((await c.core.store.cases.events((await c.core.store.cases.byReference(reference!))!.id))[0].at).toBe('2026-11-23T10:00:00.000Z');
    // "3 weeks ago" is read from the server's today, too.
    expect((await c.core.store.cases.byReference(reference!))!.details.when).toMatchObject({ date: '2026-11-02' });

    const status = all(await c.say("where's my complaint?", { timestamp: new Date(claimed) }));
    expect(status).toContain(`Your complaint ${reference} (received Monday 23 November 2026) is at stage 1.`);
    expect(status).toContain('The landlord must acknowledge it by Monday 30 November 2026 — five working days from today.');
  }, 60_000);

  it('moves "today" only when the server clock moves', async () => {
    const c = chat();
    const reference = await file(c, '2026-11-23T10:00:00.000Z');
    c.clock.set('2026-11-26T10:00:00Z');
    const reply = all(await c.say(`any update on ${reference}?`, { timestamp: new Date('2026-11-23T10:00:00Z') }));
    expect(reply).toContain('Monday 30 November 2026 — two working days from today');
  });

  it('gives status dates as London dates: a complaint made at 00:30 BST on 1 June was received on 1 June', async () => {
    const c = chat({}, '2026-05-31T23:30:00Z');
    const reference = await file(c, '2026-05-31T23:30:00.000Z');
    const en = all(await c.say(`any update on ${reference}?`));
    expect(en).toContain(`Your complaint ${reference} (received Monday 1 June 2026) is at stage 1.`);
    // Today is 1 June in London too: acknowledge 5 working days after Monday 1 June.
    expect(en).toContain('The landlord must acknowledge it by Monday 8 June 2026 — five working days from today.');
    const cy = chat({}, '2026-05-31T23:30:00Z');
    const cyRef = await file(cy, '2026-05-31T23:30:00.000Z');
    await cy.say('Shwmae');
    await cy.say('Cymraeg');
    await cy.say('canslo');
    expect(all(await cy.say(`Oes newyddion am ${cyRef}?`))).toContain('(a ddaeth i law ddydd Llun 1 Mehefin 2026)');
  });
});

describe('staff dates after today, and the resident on the other end (issue 13)', () => {
  // What happened: on 2026-12-06 staff recorded acknowledged 2026-12-07 and answered 2026-12-08.
  const future = [
    { type: 'acknowledged' as const, date: '2026-12-07' },
    { type: 'answered' as const, date: '2026-12-08', outcome: 'partly_upheld' as const, remedies: [] },
  ];

  it('refuses to record an acknowledgement or answer dated after today', async () => {
    const c = chat({}, '2026-12-06T10:00:00Z');
    const reference = await file(c, '2026-11-23T10:00:00.000Z');
    await expect(c.core.updates.record(reference, 'staff:test', future[0])).rejects.toThrow(EventInFuture);
    await expect(c.core.updates.record(reference, 'staff:test', future[0])).rejects.toThrow(/^date: 2026-12-07 is after today \(2026-12-06\)/);
    (await c.core.updates.record(reference, 'staff:test', { type: 'acknowledged', date: '2026-12-04' }));
    await expect(c.core.updates.record(reference, 'staff:test', future[1])).rejects.toThrow(EventInFuture);
    expect((await c.core.store.cases.events((await c.core.store.cases.byReference(reference))!.id)).map((e) => e.type)).toEqual(['filed', 'acknowledged']);
  });

  it('reads a history recorded before the check without the past tense, and "I\'m not happy" works', async () => {
    const c = chat({}, '2026-12-06T10:00:00Z');
    const reference = await file(c, '2026-11-23T10:00:00.000Z');
    // Recorded before the lifecycle refused future dates: straight into the history.
    const id = (await c.core.store.cases.byReference(reference))!.id;
    const insert = sqliteOf(c).db.prepare('INSERT INTO case_events (case_id, at, actor, type, data) VALUES (?, ?, ?, ?, ?)');
    for (const { type, ...data } of future) insert.run(id, c.clock.now().toISOString(), 'staff:test', type, JSON.stringify(data));
    await c.say('hi');
    await c.say('English');
    await c.say('cancel');

    const status = all(await c.say("where's my complaint?"));
    expect(status).not.toMatch(/was acknowledged on|was answered on/);
    expect(status).toContain('The landlord has recorded that it will be acknowledged on Monday 7 December 2026.');
    expect(status).toContain('a stage 1 answer (partly upheld) dated Tuesday 8 December 2026, a date that has not come yet');
    expect(status).toMatch(/Once that date has come, if you are not happy with the answer, you can ask for stage 2\./);

    const unhappy = all(await c.say("I'm not happy with your answer"));
    expect(unhappy).toMatch(/hasn't had its stage 1 answer yet/);
    expect(unhappy).not.toMatch(/something went wrong/);
    // The conversation still works: the next message is answered, not apologised for.
    expect(all(await c.say("where's my complaint?"))).toContain(`Your complaint ${reference}`);

    // Once the answer's date has come, stage 2 can be asked for.
    c.clock.set('2026-12-09T10:00:00Z');
    expect(all(await c.say("I'm not happy with your answer"))).toMatch(/What are you still unhappy about/);
    await c.say('skip');
    expect(all(await c.say('skip'))).toMatch(new RegExp(`${reference} has moved to stage 2`));
    const last = (await c.core.store.cases.events(id)).at(-1)!;
    expect(last).toMatchObject({ type: 'escalation_received', actor: 'resident', data: { at: '2026-12-09T10:00:00.000Z' } });
  }, 30_000);
});
