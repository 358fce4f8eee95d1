import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { createClassifier } from '../../src/triage/classify';
import type { ComplaintRow } from '../../src/triage/complaint-bars';
import type { TriageWeights } from '../../src/triage/model';
import { chooseAskBar, complaintBars, complaintThresholds } from '../../src/triage/train';
import type { TriageKind } from '../../src/triage/types';
import committed from '../../src/triage/weights.json';

// Issue #19, twelfth session: a complaint reading the bar forced where the rules heard unhappiness
// is asked "first time, or unhappy?" under a second bar training chooses (thresholds.complaintAsk).

const row = (kind: TriageKind, best: TriageKind, p: number, heard: boolean): ComplaintRow => ({ kind, best, p, heard });

describe('the second bar for heard forced complaints, chosen on made-up readings', () => {
  // Heard: ten complaints, eight ranked first, two ranked a first report at 0.45 (losing both is
  // 80% recall, so the heard bar must reach them), and first reports at 0.3 it need not force.
  const rows: ComplaintRow[] = [
    ...Array.from({ length: 8 }, () => row('complaint', 'complaint', 0.8, true)),
    row('complaint', 'service_request', 0.45, true),
    row('complaint', 'service_request', 0.45, true),
    ...Array.from({ length: 6 }, () => row('service_request', 'service_request', 0.3, true)),
    ...Array.from({ length: 6 }, () => row('service_request', 'service_request', 0.1, false)),
  ];

  it('argmax: the heard bar the two-bar choice puts on the same readings', () => {
    expect(complaintThresholds(rows).complaint).toBe(0.45);
    expect(chooseAskBar(rows, { askHeard: 'argmax' })).toBe(0.45);
  });

  it('moves with the readings, not a constant', () => {
    const lower = rows.map((r) => (r.kind === 'complaint' && r.best === 'service_request' ? { ...r, p: 0.35 } : r));
    expect(chooseAskBar(lower, { askHeard: 'argmax' })).toBe(0.35);
  });

  it('all: every heard forced complaint asked; none (or unset): none asked', () => {
    expect(chooseAskBar(rows, { askHeard: 'all' })).toBe(1);
    expect(chooseAskBar(rows, { askHeard: 'none' })).toBeUndefined();
    expect(chooseAskBar(rows, {})).toBeUndefined();
  });

  it('is carried in the thresholds only when chosen', () => {
    expect(complaintBars({ complaint: 0.25, complaintCalm: 0.25, complaintAsk: 0.45 })).toEqual({ complaint: 0.25, complaintCalm: 0.25, clarify: 0.25, complaintAsk: 0.45 });
    expect(complaintBars({ complaint: 0.25, complaintCalm: 0.25 })).not.toHaveProperty('complaintAsk');
  });
});

describe('asking where the bar forced a complaint the rules heard unhappiness in (made-up sentences)', () => {
  const profile = createProfileRegistry().get(DEFAULT_POLICY);
  const base = committed as TriageWeights;
  // The shipped kind model with the bars placed around the message: only the bars are made up.
  const withBars = (bar: number, complaintAsk?: number) => createClassifier({ ...base, thresholds: { ...base.thresholds, complaint: bar, complaintCalm: bar, clarify: bar, complaintAsk } });
  const read = (c: ReturnType<typeof createClassifier>, text: string) => c.classify(text, profile, {}, { today: '2026-11-23' });
  // Unhappy in words the rules hear, and a plain repair request the model ranks first.
  // (The optimum-trained model of the sixteenth session ranks "…the door, I'm unhappy" a complaint
  // itself, so the premise needs a milder unhappiness.)
  const heard = { en: "Please send someone to fix the door lock, I'm annoyed", cy: "Allwch chi anfon rhywun i drwsio'r boeler os gwelwch yn dda, dw i'n siomedig" };

  it.each(['en', 'cy'] as const)('%s: the premise — heard, and read as a first report without the bar', (lang) => {
    const r = read(withBars(0.99), heard[lang]);
    expect(r.kind).toBe('service_request');
    expect(r.dissatisfied).toBe(true);
  });

  it.each(['en', 'cy'] as const)('%s: forced under the second bar, asked, and the reading says why', (lang) => {
    const r = read(withBars(0.01, 1), heard[lang]);
    expect(r).toMatchObject({ kind: 'complaint', clarify: 'first_or_unhappy', clarifyWhy: 'forced_heard' });
  });

  it.each(['en', 'cy'] as const)('%s: at or over the second bar, or with none, filed without a question', (lang) => {
    expect(read(withBars(0.01, 0.01), heard[lang])).toMatchObject({ kind: 'complaint' });
    expect(read(withBars(0.01, 0.01), heard[lang]).clarify).toBeUndefined();
    expect(read(withBars(0.01), heard[lang]).clarify).toBeUndefined();
  });

  it('a calm forced complaint is asked as before, whatever the second bar', () => {
    const calm = 'Unfortunately the shower has stopped working';
    const none = read(withBars(0.99), calm);
    expect(none).toMatchObject({ kind: 'service_request', dissatisfied: false });
    expect(read(withBars(0.01), calm)).toMatchObject({ kind: 'complaint', clarify: 'first_or_unhappy', clarifyWhy: 'forced_calm' });
    expect(read(withBars(0.01, 0.01), calm)).toMatchObject({ kind: 'complaint', clarifyWhy: 'forced_calm' });
  });

  it('a complaint the model ranks first is not asked, however low the bars', () => {
    const r = read(withBars(0.01, 1), 'I rang last week about the fence and nobody came');
    expect(r.kind).toBe('complaint');
    expect(r.clarify).toBeUndefined();
  });

  it('a first report with history is asked as a leaned request', () => {
    expect(read(withBars(0.99, 1), 'The gutter is blocked again')).toMatchObject({ kind: 'service_request', clarifyWhy: 'leaned_request' });
  });
});
