import { describe, expect, it } from 'vitest';
import { corpusFolds } from '../../src/triage/train';

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
