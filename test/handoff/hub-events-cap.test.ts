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
  // What Handoffs.openCounts answers when handovers are open from these addresses (undefined: no
  // address kept), and which keys it was asked about.
  const store = (cap: HandoverCap, ...from: Array<string | undefined>) => {
    const keys = from.map((a) => cap.addressKey(a));
    const asked: Array<string | null> = [];
    const openCounts = async (key: string | null) => {
      asked.push(key);
      return { total: keys.length, fromAddress: key === null ? 0 : keys.filter((k) => k === key).length };
    };
    return Object.assign(openCounts, { asked });
  };

  it('counts an address\'s open handovers from the store, by a digest that is not the address', async () => {
    const cap = new HandoverCap({ perAddress: 2, total: 0 });
    const key = cap.addressKey('1.2.3.4');
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key).not.toContain('1.2.3.4');
    expect(cap.addressKey('1.2.3.5')).not.toBe(key);
    expect(cap.addressKey(undefined)).toBeNull();
    const both = store(cap, '1.2.3.4', '1.2.3.4');
    expect(await cap.full('1.2.3.4', both)).toBe('address');
    expect(both.asked).toEqual([key]);
    expect(await cap.full('5.6.7.8', store(cap, '1.2.3.4', '1.2.3.4'))).toBeNull();
    expect(await cap.full(undefined, store(cap, '1.2.3.4', '1.2.3.4'))).toBeNull();
    // One finished (the store no longer counts it): room again.
    expect(await cap.full('1.2.3.4', store(cap, '1.2.3.4'))).toBeNull();
  });

  it('caps the whole queue whoever asks, and 0 turns either cap off without asking the store or keeping an address', async () => {
    const total = new HandoverCap({ perAddress: 0, total: 3 });
    expect(total.addressKey('1.2.3.4')).toBeNull();
    expect(await total.full(undefined, store(total, undefined, undefined, undefined))).toBe('total');
    expect(await total.full('1.2.3.4', store(total, undefined, undefined))).toBeNull();
    const off = new HandoverCap({ perAddress: 0, total: 0 });
    const many = store(off, ...Array.from({ length: 1000 }, () => '1.2.3.4'));
    expect(await off.full('1.2.3.4', many)).toBeNull();
    expect(many.asked).toEqual([]);
  });

  it('lets a safety handover past either cap, up to twice it: staff see someone in danger unless it is plainly a flood', async () => {
    const cap = new HandoverCap({ perAddress: 2, total: 0 });
    const from = (n: number) => store(cap, ...Array.from({ length: n }, () => '1.2.3.4'));
    expect(await cap.full('1.2.3.4', from(2))).toBe('address');
    expect(await cap.full('1.2.3.4', from(2), true)).toBeNull();
    expect(await cap.full('1.2.3.4', from(3), true)).toBeNull();
    expect(await cap.full('1.2.3.4', from(4), true)).toBe('address');
    const total = new HandoverCap({ perAddress: 0, total: 3 });
    const open = (n: number) => store(total, ...Array.from({ length: n }, () => undefined));
    expect(await total.full(undefined, open(3), true)).toBeNull();
    expect(await total.full(undefined, open(5), true)).toBeNull();
    expect(await total.full(undefined, open(6), true)).toBe('total');
  });
});
