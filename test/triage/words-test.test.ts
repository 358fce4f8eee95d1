import { describe, expect, it } from 'vitest';
import { loadAll } from '../../src/cli/triage-corpora';
import { EXPRESSIONS } from '../../src/triage/features';
import { compiled, needsOf, wordsPresent, wordsTest } from '../../src/triage/required-words';

// The prefilter asks every expression's alternatives at once with one generated function
// (`wordsTest`, speed round 14); `compiled` is the same test as a tree of closures, kept for the
// marks. Both must say the same of every alternative, for any flags.
describe('the words test of an expression, written out as one function', () => {
  it('agrees with the tree of closures on every alternative of every expression, on real and random flags', () => {
    const texts = loadAll()
      .filter((_, i) => i % 7 === 0)
      .map((m) => m.text.toLowerCase());
    const needsByExpression = EXPRESSIONS.map(([name, re]) => ({ name, needs: (needsOf(re) ?? []).map((a) => a.need) })).filter((e) => e.needs.length);
    const tests = needsByExpression.map(({ name, needs }) => ({ name, needs, all: wordsTest(needs), each: needs.map((n) => compiled(n, true)) }));
    // Flags made after every expression is compiled, so every group atom has a slot.
    const size = wordsPresent([]).flags.length;
    let seed = 14;
    const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const flagSets: Uint8Array[] = [new Uint8Array(size), new Uint8Array(size).fill(1), ...texts.map((t) => wordsPresent([t]).flags)];
    for (const density of [0.02, 0.1, 0.3, 0.6, 0.9]) for (let k = 0; k < 20; k++) flagSets.push(Uint8Array.from({ length: size }, () => (random() < density ? 1 : 0)));
    let met = 0;
    let unmet = 0;
    const wrong: string[] = [];
    for (const f of flagSets) {
      for (const { name, needs, all, each } of tests) {
        const out = new Uint8Array(needs.length).fill(7);
        const any = all(f, out);
        const expected = each.map((t) => (t(f) ? 1 : 0));
        if ([...out].join() !== expected.join() || any !== expected.includes(1)) wrong.push(name);
        for (const e of expected) if (e) met++;
        else unmet++;
      }
    }
    expect([...new Set(wrong)]).toEqual([]);
    // The check means something: alternatives are met and unmet many times over.
    expect(met).toBeGreaterThan(10_000);
    expect(unmet).toBeGreaterThan(10_000);
  }, 120_000);
});
