import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CORPORA, crossCorpusTraining, evalSplit, inHeldOutFold, isFresh, isHeldOut, loadAll } from '../../src/cli/triage-corpora';
import { foldOf, type LabelledMessage } from '../../src/triage/train';
import { checkNewCorpus } from './new-corpus-checks';

// Issue #19's thirteenth set: written from decisions no corpus had used, and held out whole this
// round (docs/triage/corpora.md: dev13) so its figures are the round's honest ones. Nothing here
// prints or scores its lines; the wiring is tested on made-up lines.
describe('triage-dev13.jsonl, the thirteenth set (wholly held out)', () => {
  checkNewCorpus({ name: 'dev13', file: 'test/fixtures/triage-dev13.jsonl', idPrefix: 'd13', minLines: 250, minUrgent: 40, minSafeguarding: 20 });
});

const line = (corpus: string, source: string): LabelledMessage => ({ corpus, id: `${corpus}-${source}`, lang: 'en', text: 'made up', kind: 'none', source });
// Made-up sources, one in the held-out fold and one out of it, found rather than assumed.
const sources = Array.from({ length: 40 }, (_, i) => `made-up:${i}`);
const inFold = sources.find((s) => foldOf(s, 5, 'heldout-1') === 0)!;
const outOfFold = sources.find((s) => foldOf(s, 5, 'heldout-1') !== 0)!;

describe('dev13, the fresh corpus, in the evaluation split', () => {
  it('dev13 is marked fresh and listed last, the only fresh corpus, so no earlier line can move because of it', () => {
    expect(CORPORA.at(-1)).toMatchObject({ name: 'dev13', fresh: true });
    expect(CORPORA.filter((c) => c.fresh).map((c) => c.name)).toEqual(['dev13']);
  });

  it('holds out every dev13 line whatever its source; other corpora, dev12 now among them, keep the fold by source', () => {
    for (const s of [inFold, outOfFold]) expect(isHeldOut(line('dev13', s)), s).toBe(true);
    expect(isHeldOut(line('dev12', inFold))).toBe(true);
    expect(isHeldOut(line('dev12', outOfFold))).toBe(false);
    expect(isFresh(line('dev13', outOfFold))).toBe(true);
    expect(isFresh(line('dev13', inFold))).toBe(true);
    expect(isFresh(line('dev12', inFold))).toBe(false);
    expect(inHeldOutFold(line('dev13', outOfFold))).toBe(false);
  });

  it('never trains on a dev13 line, scores it apart from the fold, and leaves the fold as it was', () => {
    const a = line('casework', inFold);
    const b = line('casework', outOfFold);
    const c = line('dev13', inFold);
    const d = line('dev13', outOfFold);
    const split = evalSplit([a, b, c, d]);
    expect(split.train).toEqual([b]);
    expect(split.fold).toEqual([a]);
    expect(split.fresh).toEqual([c, d]);
  });

  it('leaves dev13 lines out of every cross-corpus training set', () => {
    const all = [line('casework', inFold), line('dev12', outOfFold), line('dev13', inFold), line('dev13', outOfFold)];
    expect(crossCorpusTraining(all, 'casework').map((m) => m.corpus)).toEqual(['dev12']);
    expect(crossCorpusTraining(all, 'dev12').map((m) => m.corpus)).toEqual(['casework']);
    expect(crossCorpusTraining(all, 'dev13').map((m) => m.corpus)).toEqual(['casework', 'dev12']);
  });

  it('keeps the held-out fold exactly as before dev13 (743 messages, the same ids, 17 of them from dev12)', () => {
    const all = loadAll();
    const { train, fold, fresh } = evalSplit(all);
    expect(fresh.length).toBe(all.filter((m) => m.corpus === 'dev13').length);
    expect(fresh.length).toBeGreaterThanOrEqual(250);
    expect(train.length + fold.length + fresh.length).toBe(all.length);
    expect(train.some((m) => m.corpus === 'dev13')).toBe(false);
    expect(fold.length).toBe(743);
    const perCorpus: Record<string, number> = {};
    for (const m of fold) perCorpus[m.corpus] = (perCorpus[m.corpus] ?? 0) + 1;
    expect(perCorpus).toEqual({ casework: 54, corpus: 86, dev2: 40, examples: 8, dev3: 48, dev4: 37, dev5: 65, dev6: 41, dev7: 87, dev8: 66, dev9: 50, dev10: 73, dev11: 71, dev12: 17 });
    // Ids of the fold measured on main (0ec66bc) before dev13 was added (sha256 of the sorted corpus/id list).
    const digest = createHash('sha256').update(fold.map((m) => `${m.corpus}/${m.id}`).sort().join('\n')).digest('hex');
    expect(digest).toBe('01c6c799263df9b9b01fc7d3859624928464937864b3484a0d6d18d508d0136a');
  });
});
