import { describe, expect, it } from 'vitest';
import { corpusFolds, corpusGroupFolds } from '../../src/triage/train';

// Leave-corpus-out folds (eval:triage --cv-corpus, and the complaint bars under `thresholdFolds: 'corpus'`).
describe('corpus folds', () => {
  const lines = [
    { id: 'a1', corpus: 'a', source: 's1' },
    { id: 'a2', corpus: 'a', source: 's2' },
    { id: 'b1', corpus: 'b', source: 's3' },
    // A joined near-duplicate of a1: it shares a1's source, so it never trains a model tested on a1.
    { id: 'c1', corpus: 'c', source: 's1' },
    { id: 'c2', corpus: 'c', source: 's4' },
  ];
  const folds = corpusFolds(lines, (l) => l);
  const ids = (xs: typeof lines) => xs.map((x) => x.id);

  it.each([
    ['a', ['a1', 'a2'], ['b1', 'c2']],
    ['b', ['b1'], ['a1', 'a2', 'c1', 'c2']],
    ['c', ['c1', 'c2'], ['a2', 'b1']],
  ])('leaving %s out tests on %j and trains on %j', (corpus, test, train) => {
    const fold = folds.find((f) => f.corpus === corpus)!;
    expect(ids(fold.test)).toEqual(test);
    expect(ids(fold.train)).toEqual(train);
  });

  it('tests every line exactly once', () => {
    expect(folds.flatMap((f) => ids(f.test)).sort()).toEqual(ids(lines).sort());
  });
});

// The complaint bars' readings from groups of corpora (train.ts barGroups): fewer models, each
// reading still from a model that never saw that corpus's writing.
describe('corpus group folds', () => {
  // Sizes 4, 3, 2, 2, 1 lines: dealt largest first to the lightest group (ties to the lower group).
  const lines = [
    ...['a', 'a', 'a', 'a', 'b', 'b', 'b', 'c', 'c', 'd', 'd', 'e'].map((corpus, i) => ({ id: `${corpus}${i}`, corpus, source: `s${i}` })),
    // A joined near-duplicate of a0 in corpus e: it leaves training with a0's group.
    { id: 'e-dup', corpus: 'e', source: 's0' },
  ];
  const groups = corpusGroupFolds(lines, (l) => l, 2);

  it('deals the corpora into groups of about equal lines, the same way every run', () => {
    // a (4) to group 0, b (3) to group 1; then c, d, e (2 each, e with its duplicate) in name
    // order: c to group 1 (3 < 4), d to group 0 (4 < 5), e to group 1 (5 < 6).
    expect(groups.map((g) => g.corpora)).toEqual([
      ['a', 'd'],
      ['b', 'c', 'e'],
    ]);
    expect(corpusGroupFolds([...lines].reverse(), (l) => l, 2).map((g) => g.corpora)).toEqual(groups.map((g) => g.corpora));
  });

  it('never trains a group on its own corpora or a line sharing their source', () => {
    for (const g of groups) {
      const left = new Set(g.corpora);
      const sources = new Set(g.test.map((l) => l.source));
      expect(g.train.some((l) => left.has(l.corpus) || sources.has(l.source))).toBe(false);
    }
    // a0 is tested in group 0 and its duplicate in group 1: neither group trains on the pair.
    expect(groups[0].train.map((l) => l.id)).not.toContain('e-dup');
    expect(groups[1].train.map((l) => l.id)).not.toContain('a0');
  });

  it('tests every line exactly once', () => {
    expect(groups.flatMap((g) => g.test.map((l) => l.id)).sort()).toEqual(lines.map((l) => l.id).sort());
  });

  it('gives one group a corpus when there are fewer corpora than groups', () => {
    expect(corpusGroupFolds(lines, (l) => l, 9).map((g) => g.corpora)).toEqual([['a'], ['b'], ['c'], ['d'], ['e']]);
  });
});
