import { describe, expect, it } from 'vitest';
import { router } from './router';

// After an urgent request is recorded the bot says "once everyone is safe, I can carry on"; what
// often comes next is where they are. That is the request's address, not a new complaint.
const URGENT = { en: 'Water is coming through the light in the kitchen', cy: "Mae dŵr yn dod trwy'r golau yn y gegin" };
const ADDRESS = { en: 'yes, flat 3 White House, High Street', cy: 'ydy, fflat 3 Tŷ Gwyn, Heol Fawr' };
const NOTED = { en: /added that address to your request (CMP-\w{4}-\w{4}): flat 3 White House, High Street/, cy: /ychwanegu'r cyfeiriad hwnnw at eich cais (CMP-\w{4}-\w{4}): fflat 3 Tŷ Gwyn, Heol Fawr/ };
const RECORDED = { en: /reference is (CMP-\w{4}-\w{4})/, cy: /cyfeirnod yw (CMP-\w{4}-\w{4})/ };

describe('an address sent on its own right after a service request', () => {
  it.each(['en', 'cy'] as const)('%s: is added to that request, and no complaint is started', async (lang) => {
    const r = router();
    const reference = (await r.say(URGENT[lang])).text.match(RECORDED[lang])?.[1];
    expect(reference).toBeDefined();
    const reply = await r.say(ADDRESS[lang]);
    expect(reply.text.match(NOTED[lang])?.[1]).toBe(reference);
    expect(reply.text).not.toMatch(/You told me|Dywedoch chi|Where is the problem|Ble mae'r broblem/);
    expect(r.kinds()).toEqual(['service_request']);
    expect(r.events(reference!)).toContainEqual({ type: 'location_given', data: { location: ADDRESS[lang].replace(/^(yes|ydy), /, '') } });
  });

  it('a longer message with an address in it is read as a message, not taken as the address', async () => {
    const r = router();
    await r.say(URGENT.en);
    const reply = await r.say("I've rung three times about this leak at flat 3 White House, High Street and nobody has come");
    expect(reply.text).not.toMatch(/added that address/);
    expect(reply.text).toMatch(/You told me/);
  });
});
