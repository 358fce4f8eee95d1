import { describe, expect, it } from 'vitest';
import { acceptOf, countedAs, isLostComplaint, isRight, type Labelled } from '../../src/triage/scoring';
import { complaintThresholds, type ComplaintRow } from '../../src/triage/train';
import type { TriageKind } from '../../src/triage/types';

// triage.md: `accept` lists other kinds a careful officer could reasonably choose.
describe('scoring a reading against a label', () => {
  const exclusionOrComplaint: Labelled = { kind: 'excluded', accept: ['complaint'] };
  const complaintOrRequest: Labelled = { kind: 'complaint', accept: ['service_request'] };
  it.each<[string, Labelled, TriageKind, boolean, TriageKind, boolean]>([
    // label, reading, right?, counted as, complaint lost?
    ['the label itself', { kind: 'complaint' }, 'complaint', true, 'complaint', false],
    ['another kind, no accept', { kind: 'excluded' }, 'complaint', false, 'excluded', false],
    ['a kind the line accepts', exclusionOrComplaint, 'complaint', true, 'complaint', false],
    ['a kind the line does not accept', exclusionOrComplaint, 'service_request', false, 'excluded', false],
    ['a complaint read as a request it accepts: right, but still a lost complaint', complaintOrRequest, 'service_request', true, 'service_request', true],
    ['a complaint read as feedback', { kind: 'complaint' }, 'feedback', false, 'complaint', true],
    ['a complaint read as an escalation is not lost', { kind: 'complaint' }, 'escalation', false, 'complaint', false],
  ])('%s', (_, label, got, right, counted, lost) => {
    expect(isRight(label, got)).toBe(right);
    expect(countedAs(label, got)).toBe(counted);
    expect(isLostComplaint(label, got)).toBe(lost);
  });

  it.each<[unknown, TriageKind[] | undefined]>([
    [['complaint', 'service_request'], ['complaint', 'service_request']],
    [['complaint', 'not_a_kind'], ['complaint']],
    [[], undefined],
    ['complaint', undefined],
    [undefined, undefined],
  ])('accept %j is read as %j', (raw, kinds) => {
    expect(acceptOf(raw)).toEqual(kinds);
  });
});

describe('complaint thresholds', () => {
  const row = (kind: TriageKind, best: TriageKind, p: number, heard: boolean, accept?: TriageKind[]): ComplaintRow => ({ kind, best, p, heard, accept });
  it('sets the two bars apart when that reads more messages right', () => {
    const rows: ComplaintRow[] = [
      // Unhappy complaints the model ranks second: only a low bar keeps them.
      ...Array.from({ length: 40 }, () => row('complaint', 'service_request', 0.15, true)),
      // Calm first reports with a middling complaint probability: a low bar would lose them.
      ...Array.from({ length: 20 }, () => row('service_request', 'service_request', 0.3, false)),
      ...Array.from({ length: 60 }, () => row('complaint', 'complaint', 0.9, false)),
    ];
    const t = complaintThresholds(rows);
    expect(t.complaint).toBeLessThanOrEqual(0.15);
    expect(t.complaintCalm).toBeGreaterThan(0.3);
  });

  it('keeps complaint recall at 97% before accuracy', () => {
    const rows: ComplaintRow[] = [
      ...Array.from({ length: 10 }, () => row('complaint', 'service_request', 0.25, false)),
      ...Array.from({ length: 30 }, () => row('service_request', 'service_request', 0.3, false)),
      ...Array.from({ length: 90 }, () => row('complaint', 'complaint', 0.9, true)),
    ];
    // Reading the 30 requests right would lose 10 complaints of 100: recall wins.
    expect(complaintThresholds(rows).complaintCalm).toBeLessThanOrEqual(0.25);
  });

  it('counts a reading the line accepts as right', () => {
    const rows: ComplaintRow[] = [
      ...Array.from({ length: 20 }, () => row('service_request', 'service_request', 0.3, false, ['complaint'])),
      ...Array.from({ length: 10 }, () => row('complaint', 'none', 0.3, false)),
      ...Array.from({ length: 100 }, () => row('complaint', 'complaint', 0.9, false)),
    ];
    // Forcing 0.3 to complaint keeps the 10 and costs nothing: the 20 accept a complaint.
    expect(complaintThresholds(rows).complaintCalm).toBeLessThanOrEqual(0.3);
  });
});
