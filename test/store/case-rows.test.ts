import { describe, expect, it } from 'vitest';
import { caseFromRow, StoredRowError } from '../../src/store/rows';

/** Stored case rows across releases: the "when" answer before and after issue #19 added `ongoing`. */
const row = (details: unknown) => ({
  id: 7,
  reference: 'CMP-AB12-CD34',
  kind: 'complaint',
  policy_id: 'housing-ombudsman-code',
  policy_version: '2024.1',
  stage: 1,
  state: 'stage1_open',
  language: 'en',
  channel_id: 'test',
  user_key: 'test:u1',
  conversation_key: 'test:c1',
  conversation_ref: '{}',
  received_at: '2026-11-23T10:00:00.000Z',
  // SQLite hands JSON columns over as text, PostgreSQL already parsed: both are read.
  details,
  triage: null,
  deadlines: '{}',
  created_at: '2026-11-23T10:00:00.000Z',
});

describe('a case row\'s "when" answer', () => {
  it('decodes a row filed before issue #19 unchanged: no `ongoing`, read as a one-off', () => {
    const old = '{"description":"Fence broken","when":{"text":"12/03/2024","date":"2024-03-12","precision":"day"},"chatLanguage":"en"}';
    const r = caseFromRow(row(old));
    expect(r.details.when).toEqual({ text: '12/03/2024', date: '2024-03-12', precision: 'day' });
    expect(r.details.when?.ongoing).toBeUndefined();
    expect(r.details.chatLanguage).toBe('en');
  });

  it('decodes one still going on, with its start date, from text or parsed JSON', () => {
    const when = { text: "since October 2024 and it's still happening", date: '2024-10-01', precision: 'month', ongoing: true };
    expect(caseFromRow(row(JSON.stringify({ when }))).details.when).toEqual(when);
    expect(caseFromRow(row({ when: { text: 'ongoing', date: null, precision: null, ongoing: true } })).details.when).toMatchObject({ date: null, ongoing: true });
  });

  it('decodes details without a "when" (an exclusion or a request filed by triage)', () => {
    expect(caseFromRow(row({ description: 'Boiler' })).details.when).toBeUndefined();
  });

  it.each([
    [{ when: { text: 'x', date: '12/03/2024', precision: 'day' } }, 'details.when.date'],
    [{ when: { text: 'x', date: null, precision: null, ongoing: 'yes' } }, 'details.when.ongoing'],
    [{ when: 'last week' }, 'details.when'],
  ])('fails loudly, naming the case and the field, on a damaged answer: %j', (details, field) => {
    expect(() => caseFromRow(row(details))).toThrow(StoredRowError);
    expect(() => caseFromRow(row(details))).toThrow(new RegExp(`case CMP-AB12-CD34 cannot be read: ${field.replace(/\./g, '\\.')}`));
  });
});
