import { describe, expect, it } from 'vitest';
import { addStaff } from '../handoff/people';
import { call, core, file, post } from './helpers';

/**
 * A case's history names people as colleagues know them (their account's display name), while
 * every event keeps who acted as recorded (`person:<sign-in name>`), which audits match on.
 */
describe('GET /staff/cases/:reference: who acted, by name', () => {
  it('gives each person’s display name beside the recorded sign-in name, and none for systems, the bot or the resident', async () => {
    const c = core();
    const ref = await file(c);
    await addStaff(c, 'ffion', 'Ffion Hughes', 'tree kettle violin');
    const record = (actor: string, event: { type: string; data: unknown }) =>
      c.store.cases.recordEvent(ref, actor, (r) => ({ event, stage: r.stage, state: r.state, listing: { next: null, basis: 'test' }, result: null }));
    await record('person:ffion', { type: 'note', data: { text: 'Wedi ffonio' } });
    await record('person:gone', { type: 'note', data: { text: 'an account since removed' } });
    await record('resident', { type: 'location_given', data: { location: 'y gegin' } });
    expect((await post(c, ref, { type: 'note', text: 'from the CMS' })).status).toBe(201);

    const events = (await call(c, { url: `/staff/cases/${ref}` })).json.events as Array<{ actor: string; actorName: string | null }>;
    expect(events.map((e) => [e.actor, e.actorName])).toEqual([
      ['bot', null],
      ['person:ffion', 'Ffion Hughes'],
      ['person:gone', null],
      ['resident', null],
      ['staff:contact-centre', null],
    ]);

    // Renamed: shown by the name now; the record still says who by sign-in name.
    expect(await c.store.staffAccounts.setDisplayName('ffion', 'Ffion Pritchard', '2026-11-24T09:00:00.000Z')).toBe(true);
    const again = (await call(c, { url: `/staff/cases/${ref}` })).json.events as Array<{ actor: string; actorName: string | null }>;
    expect(again[1]).toMatchObject({ actor: 'person:ffion', actorName: 'Ffion Pritchard' });
  });
});
