import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CORPORA, crossCorpusTraining, evalSplit, inHeldOutFold, isFresh, isHeldOut, loadAll } from '../../src/cli/triage-corpora';
import { foldOf, type LabelledMessage } from '../../src/triage/train';
import { checkNewCorpus } from './new-corpus-checks';

// Issue #19's sixteenth set: written from decisions no corpus had used, held out whole for one round
// (docs/triage/corpora.md: dev16), then trained on. The wiring is tested on made-up lines.
describe('triage-dev16.jsonl, the sixteenth set', () => {
  checkNewCorpus({ name: 'dev16', file: 'test/fixtures/triage-dev16.jsonl', idPrefix: 'd16', minLines: 250, minUrgent: 40, minSafeguarding: 20 });
});

const line = (corpus: string, source: string): LabelledMessage => ({ corpus, id: `${corpus}-${source}`, lang: 'en', text: 'made up', kind: 'none', source });
// Made-up sources, one in the held-out fold and one out of it, found rather than assumed.
const sources = Array.from({ length: 40 }, (_, i) => `made-up:${i}`);
const inFold = sources.find((s) => foldOf(s, 5, 'heldout-1') === 0)!;
const outOfFold = sources.find((s) => foldOf(s, 5, 'heldout-1') !== 0)!;

describe('dev16 after its round held out whole (rotated into training, 2026-12-07, end of the fifteenth session)', () => {
  it('is no longer fresh: its lines are split by source like every other corpus', () => {
    expect(CORPORA.find((c) => c.name === 'dev16')?.fresh).toBeUndefined();
    expect(isFresh(line('dev16', inFold))).toBe(false);
    expect(inHeldOutFold(line('dev16', inFold))).toBe(true);
    expect(isHeldOut(line('dev16', inFold))).toBe(true);
    expect(isHeldOut(line('dev16', outOfFold))).toBe(false);
    const split = evalSplit([line('dev16', inFold), line('dev16', outOfFold)]);
    expect(split.train.map((m) => m.source)).toEqual([outOfFold]);
    expect(split.fold.map((m) => m.source)).toEqual([inFold]);
  });

  it('joins the cross-corpus table as its own corpus', () => {
    const all = [line('casework', inFold), line('dev16', outOfFold)];
    expect(crossCorpusTraining(all, 'casework').map((m) => m.corpus)).toEqual(['dev16']);
    expect(crossCorpusTraining(all, 'dev16').map((m) => m.corpus)).toEqual(['casework']);
  });

  it('adds its own fold-0 sources to the held-out fold and leaves the earlier 962 exactly as they were', () => {
    const all = loadAll();
    const { train, fold, fresh } = evalSplit(all);
    expect(train.length + fold.length + fresh.length).toBe(all.length);
    const perCorpus: Record<string, number> = {};
    for (const m of fold) perCorpus[m.corpus] = (perCorpus[m.corpus] ?? 0) + 1;
    expect(perCorpus).toMatchObject({ casework: 54, corpus: 86, dev2: 40, examples: 8, dev3: 48, dev4: 37, dev5: 65, dev6: 41, dev7: 87, dev8: 66, dev9: 50, dev10: 73, dev11: 71, dev12: 17, dev13: 64, dev14: 74, dev15: 81, dev16: 38 });
    // Ids of the fold measured on main (5a95597) before dev16 was written (sha256 of the sorted corpus/id list).
    // Corpora listed from dev16 on (later ones rotated in after it) are not part of the earlier fold.
    const fromHere = new Set(CORPORA.slice(CORPORA.findIndex((c) => c.name === 'dev16')).map((c) => c.name));
    const earlier = fold.filter((m) => !fromHere.has(m.corpus));
    const digest = createHash('sha256').update(earlier.map((m) => `${m.corpus}/${m.id}`).sort().join('\n')).digest('hex');
    expect(digest).toBe('0af7580a6e7c24b9fcd0b851e3c59ef42ad12c0c1b7fe628757d4681e3e6198a');
    expect(earlier.length).toBe(962);
    expect(earlier.filter((m) => m.corpus !== 'dev15').length).toBe(881);
    expect(fold.length).toBe(1051);
  });
});
