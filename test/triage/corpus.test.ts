import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createProfileRegistry } from '../../src/policy/profiles';
import { defaultClassifier, KINDS } from '../../src/triage';
import { ExclusionReason } from '../../src/policy/schema';

// Regression floors for the labelled corpus; `npm run eval:triage` prints the full figures.
const load = (f: string) =>
  readFileSync(`test/fixtures/${f}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const dev = load('triage-corpus.jsonl');
const profile = createProfileRegistry().get('housing-ombudsman-code');
const classifier = defaultClassifier();

describe('the labelled triage corpus', () => {
  it('has at least 400 messages covering every kind, reason and language', () => {
    expect(dev.length).toBeGreaterThanOrEqual(400);
    for (const k of KINDS) expect(dev.some((x) => x.kind === k), k).toBe(true);
    for (const r of ExclusionReason.options) expect(dev.filter((x) => x.reason === r).length, r).toBeGreaterThanOrEqual(10);
    for (const l of ['en', 'cy', 'mixed']) expect(dev.filter((x) => x.lang === l).length, l).toBeGreaterThanOrEqual(50);
  });

  it('is classified well enough, and rarely loses a complaint', () => {
    const got = dev.map((x) => classifier.classify(x.text, profile, x.answers, { today: x.answers?.today ?? '2026-11-20' }));
    const correct = got.filter((g, i) => g.kind === dev[i].kind).length;
    const complaints = dev.filter((x) => x.kind === 'complaint').length;
    const lost = got.filter((g, i) => dev[i].kind === 'complaint' && ['service_request', 'feedback', 'none'].includes(g.kind)).length;
    expect(correct / dev.length).toBeGreaterThanOrEqual(0.82);
    expect(lost / complaints).toBeLessThanOrEqual(0.12);
    for (const lang of ['en', 'cy', 'mixed']) {
      const idx = dev.map((x, i) => (x.lang === lang ? i : -1)).filter((i) => i >= 0);
      const ok = idx.filter((i) => got[i].kind === dev[i].kind).length;
      expect(ok / idx.length, lang).toBeGreaterThanOrEqual(0.75);
    }
  });

  it('holds up on the other development sets, written in other voices, and rarely misses an urgent flag there', () => {
    for (const [file, floor] of [['triage-dev2.jsonl', 0.88], ['triage-dev3.jsonl', 0.84], ['triage-dev4.jsonl', 0.78]] as const) {
      const set = load(file);
      const got = set.map((x) => classifier.classify(x.text, profile, x.answers, { today: x.answers?.today ?? '2026-11-20' }));
      const ok = got.filter((g, i) => g.kind === set[i].kind).length;
      expect(ok / set.length, file).toBeGreaterThanOrEqual(floor);
      const urgentMissed = got.filter((g, i) => set[i].urgent && !g.urgent).length;
      expect(urgentMissed / set.filter((x) => x.urgent).length, `${file} urgent missed`).toBeLessThanOrEqual(0.2);
    }
  });

  it('explains every decision with at least one signal, except a bare "nothing yet"', () => {
    for (const x of dev) {
      const r = classifier.classify(x.text, profile, x.answers, { today: '2026-11-20' });
      if (r.kind !== 'none') expect(r.signals.length, x.id).toBeGreaterThan(0);
      if (r.kind === 'excluded') expect(r.clause, x.id).toBeTruthy();
    }
  });
});
