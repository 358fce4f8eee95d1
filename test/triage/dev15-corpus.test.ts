import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CORPORA, crossCorpusTraining, evalSplit, inHeldOutFold, isFresh, isHeldOut, loadAll } from '../../src/cli/triage-corpora';
import { foldOf, type LabelledMessage } from '../../src/triage/train';
import { checkNewCorpus } from './new-corpus-checks';

// Issue #19's fifteenth set: written from decisions no corpus had used, held out whole for one round
// (docs/triage/corpora.md: dev15), then trained on. The wiring is tested on made-up lines.
describe('triage-dev15.jsonl, the fifteenth set', () => {
  checkNewCorpus({ name: 'dev15', file: 'test/fixtures/triage-dev15.jsonl', idPrefix: 'd15', minLines: 250, minUrgent: 40, minSafeguarding: 20 });
});

const line = (corpus: string, source: string): LabelledMessage => ({ corpus, id: `${corpus}-${source}`, lang: 'en', text: 'made up', kind: 'none', source });
// Made-up sources, one in the held-out fold and one out of it, found rather than assumed.
const sources = Array.from({ length: 40 }, (_, i) => `made-up:${i}`);
const inFold = sources.find((s) => foldOf(s, 5, 'heldout-1') === 0)!;
const outOfFold = sources.find((s) => foldOf(s, 5, 'heldout-1') !== 0)!;

describe('dev15 after its round held out whole (rotated into training, 2026-12-07, end of the fourteenth session)', () => {
  it('is no longer fresh: its lines are split by source like every other corpus', () => {
    expect(CORPORA.find((c) => c.name === 'dev15')?.fresh).toBeUndefined();
    expect(isFresh(line('dev15', inFold))).toBe(false);
    expect(inHeldOutFold(line('dev15', inFold))).toBe(true);
    expect(isHeldOut(line('dev15', inFold))).toBe(true);
    expect(isHeldOut(line('dev15', outOfFold))).toBe(false);
    const split = evalSplit([line('dev15', inFold), line('dev15', outOfFold)]);
    expect(split.train.map((m) => m.source)).toEqual([outOfFold]);
    expect(split.fold.map((m) => m.source)).toEqual([inFold]);
  });

  it('joins the cross-corpus table as its own corpus', () => {
    const all = [line('casework', inFold), line('dev15', outOfFold)];
    expect(crossCorpusTraining(all, 'casework').map((m) => m.corpus)).toEqual(['dev15']);
    expect(crossCorpusTraining(all, 'dev15').map((m) => m.corpus)).toEqual(['casework']);
  });

  it('adds its own fold-0 sources to the held-out fold and leaves the earlier 881 exactly as they were', () => {
    const all = loadAll();
    const { train, fold, fresh } = evalSplit(all);
    expect(train.length + fold.length + fresh.length).toBe(all.length);
    const perCorpus: Record<string, number> = {};
    for (const m of fold) perCorpus[m.corpus] = (perCorpus[m.corpus] ?? 0) + 1;
    expect(perCorpus).toMatchObject({ casework: 54, corpus: 86, dev2: 40, examples: 8, dev3: 48, dev4: 37, dev5: 65, dev6: 41, dev7: 87, dev8: 66, dev9: 50, dev10: 73, dev11: 71, dev12: 17, dev13: 64, dev14: 74, dev15: 81 });
    // Ids of the fold measured on main (b6f14ed) before dev15 was written (sha256 of the sorted corpus/id list).
    // Corpora listed from dev15 on (later ones rotated in after it) are not part of the earlier fold.
    const fromHere = new Set(CORPORA.slice(CORPORA.findIndex((c) => c.name === 'dev15')).map((c) => c.name));
    const earlier = fold.filter((m) => !fromHere.has(m.corpus));
    const digest = createHash('sha256').update(earlier.map((m) => `${m.corpus}/${m.id}`).sort().join('\n')).digest('hex');
    expect(digest).toBe('3d7b826d7ebf5bd9991d6f08ae400942a4047a22e244d865311f58bdbabd689b');
    expect(earlier.length).toBe(881);
    expect(earlier.filter((m) => m.corpus !== 'dev14').length).toBe(807);
    expect(fold.length).toBe(1051);
  });
});
