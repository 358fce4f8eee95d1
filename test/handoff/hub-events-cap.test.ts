import { describe, expect, it } from 'vitest';
import { checkHubStatus, hubListens } from '../../src/handoff/hub-events';
import { HandoverCap } from '../../src/handoff/cap';

const SECRET = 'hub-secret-0123456789abcdefghij';
const status = (channelId: string, value: unknown) => ({ type: 'event', name: 'handoff.status', channelId, value });

describe('hub events on Direct Line (src/handoff/hub-events.ts)', () => {
  it('sends handoff.initiate on Direct Line only when a hub is set up', () => {
    expect(hubListens('directline', undefined)).toBe(false);
    expect(hubListens('webchat', undefined)).toBe(false);
    expect(hubListens('webchat', SECRET)).toBe(true);
    expect(hubListens('msteams', undefined)).toBe(true);
  });

  it('asks no secret on other channels or of other events', () => {
    expect(checkHubStatus(status('omnichannel', { state: 'accepted' }), undefined)).toBeNull();
    expect(checkHubStatus({ type: 'event', name: 'language', channelId: 'directline', value: 'en' }, undefined)).toBeNull();
    expect(checkHubStatus({ type: 'message', name: 'handoff.status', channelId: 'directline' }, undefined)).toBeNull();
  });

  it('refuses handoff.status on Direct Line without the setting, without the secret or with a wrong one (any case of name)', () => {
    expect(checkHubStatus(status('directline', { state: 'accepted', secret: SECRET }), undefined)).toMatch(/HUB_EVENT_SECRET is not set/);
    expect(checkHubStatus(status('webchat', { state: 'accepted' }), SECRET)).toMatch(/^value\.secret: /);
    expect(checkHubStatus(status('directline', { state: 'accepted', secret: `${SECRET}x` }), SECRET)).toMatch(/^value\.secret: /);
    expect(checkHubStatus(status('directline', { state: 'accepted', secret: 42 }), SECRET)).toMatch(/^value\.secret: /);
    expect(checkHubStatus(status('directline', 'not json'), SECRET)).toMatch(/^value\.secret: /);
    expect(checkHubStatus({ ...status('directline', { state: 'accepted' }), name: ' Handoff.Status ' }, SECRET)).toMatch(/^value\.secret: /);
  });

  it('takes the signed event, with the secret taken out of its value (an object or a JSON string)', () => {
    const a = status('directline', { state: 'accepted', message: 'hi', secret: SECRET });
    expect(checkHubStatus(a, SECRET)).toBeNull();
    expect(a.value).toEqual({ state: 'accepted', message: 'hi' });
    const b = status('webchat', JSON.stringify({ state: 'completed', secret: SECRET }));
    expect(checkHubStatus(b, SECRET)).toBeNull();
    expect(b.value).toEqual({ state: 'completed' });
  });
});

describe('the cap on open handovers (src/handoff/cap.ts)', () => {
  // What Handoffs.openAmong answers when these handovers are open: their count, and which of the asked ids.
  const open = (...ids: number[]) => {
    const asked: number[][] = [];
    const openAmong = async (of: readonly number[]) => {
      asked.push([...of]);
      return { total: ids.length, open: of.filter((id) => ids.includes(id)) };
    };
    return Object.assign(openAmong, { asked });
  };

  it('counts an address\'s handovers while they are open, and forgets those that are not', async () => {
    const cap = new HandoverCap({ perAddress: 2, total: 0 });
    cap.opened('1.2.3.4', 1);
    cap.opened('1.2.3.4', 2);
    const both = open(1, 2);
    expect(await cap.full('1.2.3.4', both)).toBe('address');
    expect(both.asked).toEqual([[1, 2]]);
    expect(await cap.full('5.6.7.8', open(1, 2))).toBeNull();
    expect(await cap.full(undefined, open(1, 2))).toBeNull();
    // One finished (no longer open): room again, and it is forgotten.
    expect(await cap.full('1.2.3.4', open(2))).toBeNull();
    const after = open(2);
    expect(await cap.full('1.2.3.4', after)).toBeNull();
    expect(after.asked).toEqual([[2]]);
  });

  it('caps the whole queue whoever asks, and 0 turns either cap off without asking the store', async () => {
    expect(await new HandoverCap({ perAddress: 0, total: 3 }).full(undefined, open(1, 2, 3))).toBe('total');
    expect(await new HandoverCap({ perAddress: 0, total: 3 }).full('1.2.3.4', open(1, 2))).toBeNull();
    const off = new HandoverCap({ perAddress: 0, total: 0 });
    off.opened('1.2.3.4', 1);
    const many = open(...Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(await off.full('1.2.3.4', many)).toBeNull();
    expect(many.asked).toEqual([]);
  });

  it('lets a safety handover past either cap, up to twice it: staff see someone in danger unless it is plainly a flood', async () => {
    const cap = new HandoverCap({ perAddress: 2, total: 0 });
    cap.opened('1.2.3.4', 1);
    cap.opened('1.2.3.4', 2);
    expect(await cap.full('1.2.3.4', open(1, 2))).toBe('address');
    expect(await cap.full('1.2.3.4', open(1, 2), true)).toBeNull();
    cap.opened('1.2.3.4', 3);
    expect(await cap.full('1.2.3.4', open(1, 2, 3), true)).toBeNull();
    cap.opened('1.2.3.4', 4);
    expect(await cap.full('1.2.3.4', open(1, 2, 3, 4), true)).toBe('address');
    const total = new HandoverCap({ perAddress: 0, total: 3 });
    expect(await total.full(undefined, open(1, 2, 3), true)).toBeNull();
    expect(await total.full(undefined, open(1, 2, 3, 4, 5), true)).toBeNull();
    expect(await total.full(undefined, open(1, 2, 3, 4, 5, 6), true)).toBe('total');
  });
});
