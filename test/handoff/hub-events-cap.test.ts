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
  it('keeps a digest of the address for the store to count by, not the address, and none without a per-address cap', () => {
    const cap = new HandoverCap({ perAddress: 2, total: 0 });
    const key = cap.addressKey('1.2.3.4');
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key).not.toContain('1.2.3.4');
    expect(cap.addressKey('1.2.3.4')).toBe(key);
    expect(cap.addressKey('1.2.3.5')).not.toBe(key);
    expect(cap.addressKey(undefined)).toBeNull();
    expect(new HandoverCap({ perAddress: 0, total: 3 }).addressKey('1.2.3.4')).toBeNull();
  });

  it('hands the store its caps, twice them for a safety handover (staff see someone in danger unless it is plainly a flood), 0 staying off', () => {
    expect(new HandoverCap({ perAddress: 2, total: 500 }).caps()).toEqual({ perAddress: 2, total: 500 });
    expect(new HandoverCap({ perAddress: 2, total: 500 }).caps(true)).toEqual({ perAddress: 4, total: 1000 });
    expect(new HandoverCap({ perAddress: 0, total: 0 }).caps(true)).toEqual({ perAddress: 0, total: 0 });
  });
});
