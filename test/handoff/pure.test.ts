import { EventFactory, TestAdapter, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/deadlines/calendar';
import { handoffContext, handoffInitiation, readHubStatus } from '../../src/handoff/protocol';
import { parseStaffedHours, staffedAt, StaffedHoursError } from '../../src/handoff/staffed-hours';
import { estimateWaitMinutes } from '../../src/handoff/wait';
import { staffMatterIn } from '../../src/policy/staff-matters';
import { createProfileRegistry } from '../../src/policy/profiles';
import { loadHolidays } from '../../src/config/holidays';

const registry = createProfileRegistry();
const calendarOf = (id: string) => buildCalendar(loadHolidays(undefined), { annual: registry.get(id).calendar.annualClosures, dates: registry.get(id).calendar.closureDates });

describe('staffed hours', () => {
  const week = parseStaffedHours('Mon-Fri 09:00-17:00; Sat 10:00-13:00');
  it.each([
    ['Monday 10:00 GMT', '2026-11-23T10:00:00Z', true, null],
    ['Monday 08:59 GMT', '2026-11-23T08:59:00Z', false, { date: '2026-11-23', time: '09:00', today: true }],
    ['Monday 17:00, closing time', '2026-11-23T17:00:00Z', false, { date: '2026-11-24', time: '09:00', today: false }],
    ['Saturday 12:59', '2026-11-28T12:59:00Z', true, null],
    ['Saturday 13:00', '2026-11-28T13:00:00Z', false, { date: '2026-11-30', time: '09:00', today: false }],
    ['Christmas Day (bank holiday, Friday)', '2026-12-25T10:00:00Z', false, { date: '2026-12-26', time: '10:00', today: false }],
    ['Boxing Day substitute Monday 28 December', '2026-12-28T10:00:00Z', false, { date: '2026-12-29', time: '09:00', today: false }],
    ['BST: 08:30 UTC is 09:30 in London', '2026-06-01T08:30:00Z', true, null],
    ['BST: 16:30 UTC is 17:30 in London', '2026-06-01T16:30:00Z', false, { date: '2026-06-02', time: '09:00', today: false }],
  ] as const)('%s', (_name, at, open, next) => {
    expect(staffedAt(at, week, calendarOf('housing-ombudsman-code'))).toEqual({ open, next });
  });

  it("closes on the profile's own closure days (psow-model or any profile's calendar)", () => {
    const cal = buildCalendar(loadHolidays(undefined), { annual: [], dates: ['2026-11-24'] });
    expect(staffedAt('2026-11-24T10:00:00Z', week, cal)).toEqual({ open: false, next: { date: '2026-11-25', time: '09:00', today: false } });
  });

  it.each([
    ['always', '2026-12-25T03:00:00Z', true],
    ['never', '2026-11-23T10:00:00Z', false],
    ['Mon 09:00-12:00,13:00-17:00', '2026-11-23T12:30:00Z', false],
    ['Fri-Mon 22:00-24:00', '2026-11-22T23:00:00Z', true],
  ] as const)('reads "%s"', (spec, at, open) => {
    expect(staffedAt(at, parseStaffedHours(spec), calendarOf('housing-ombudsman-code')).open).toBe(open);
  });

  it.each(['Mon-Fri', 'Funday 09:00-17:00', 'Mon 17:00-09:00', 'Mon 9-5', 'Mon 25:00-26:00'])('refuses "%s"', (spec) => {
    expect(() => parseStaffedHours(spec)).toThrow(StaffedHoursError);
  });
});

describe('the wait told to residents', () => {
  it.each([
    [[], 0, 10],
    [[], 2, 30],
    [[2, 3, 4], 0, 5],
    [[12, 1, 30], 1, 25],
    [[NaN, -1, 7], 0, 10],
  ] as const)('recent waits %j with %i ahead: about %i minutes', (waits, ahead, minutes) => {
    expect(estimateWaitMinutes(waits, ahead)).toBe(minutes);
  });
});

describe('the handoff protocol', () => {
  it("builds handoff.initiate field for field as botbuilder's EventFactory does", async () => {
    const adapter = new TestAdapter(async () => undefined);
    const activity = { type: 'message', id: 'a1', text: 'help', channelId: 'test', serviceUrl: 'https://connector.example', from: { id: 'u1', name: 'Resident' }, recipient: { id: 'bot' }, conversation: { id: 'c1' } };
    const context = new TurnContext(adapter, activity as never);
    const value = handoffContext({ language: 'cy', reason: 'asked', triage: null, caseReference: null, answers: { description: 'Boeler', outcomes: { codes: ['repair'] } }, profileId: 'bron-afon' });
    const transcript = [{ at: '2026-11-23T10:00:00.000Z', direction: 'in' as const, text: 'help' }];
    const ours = handoffInitiation({ id: 'x', timestamp: '2026-11-23T10:00:00.000Z', reference: TurnContext.getConversationReference(activity as never) as never, from: activity.from, context: value, transcript });
    const theirs = EventFactory.createHandoffInitiation(context, value, { activities: ours.attachments[0].content.activities as never });
    const pick = (a: Record<string, unknown>) => ({ type: a.type, name: a.name, value: a.value, conversation: a.conversation, from: a.from, relatesTo: a.relatesTo, replyToId: a.replyToId, serviceUrl: a.serviceUrl, channelId: a.channelId, attachments: a.attachments, entities: a.entities });
    expect(pick(ours as never)).toEqual(pick(theirs as never));
    expect(ours.value).toMatchObject({ caseDraft: { description: 'Boeler' }, outcomeSought: { codes: ['repair'] }, adjustments: null, representative: null });
  });

  it.each([
    [{ state: 'accepted' }, { state: 'accepted', message: null }],
    [{ state: 'Failed', message: 'no agents' }, { state: 'failed', message: 'no agents' }],
    ['{"state":"completed"}', { state: 'completed', message: null }],
    [{ state: 'typing' }, null],
    ['not json', null],
    [null, null],
    [[1, 2], null],
  ])('reads the status %j without ever throwing', (value, expected) => {
    expect(readHubStatus(value)).toEqual(expected);
  });
});

describe("matters a profile gives to staff", () => {
  it.each([
    ['berneslai-homes', 'The cladding is falling off', 'building_safety_high_rise'],
    ['berneslai-homes', "Mae'r drysau tân yn y bloc wedi torri", 'building_safety_high_rise'],
    ['berneslai-homes', 'ein nghladin ni', 'building_safety_high_rise'],
    ['bron-afon', 'District heating bills are wrong', 'heat_network'],
    ['bron-afon', 'Mae ein rhwydwaith gwres ni wedi torri', 'heat_network'],
    ['bron-afon', "mae'r gwres cymunol i ffwrdd", 'heat_network'],
    ['bron-afon', 'The heating is off', null],
    ['housing-ombudsman-code', 'The cladding is falling off', null],
  ] as const)('%s: "%s"', (policy, text, id) => {
    expect(staffMatterIn(text, registry.get(policy))?.id ?? null).toBe(id);
  });
});
