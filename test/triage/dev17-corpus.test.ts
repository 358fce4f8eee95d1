import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CORPORA, crossCorpusTraining, evalSplit, inHeldOutFold, isFresh, isHeldOut, loadAll } from '../../src/cli/triage-corpora';
import { foldOf, type LabelledMessage } from '../../src/triage/train';
import { checkNewCorpus } from './new-corpus-checks';

// Issue #19's seventeenth set: written from decisions no corpus had used, and held out whole this
// round (docs/triage/corpora.md: dev17) so its figures are the round's honest ones. Nothing here
// prints or scores its lines; the wiring is tested on made-up lines.
describe('triage-dev17.jsonl, the seventeenth set (wholly held out)', () => {
  checkNewCorpus({ name: 'dev17', file: 'test/fixtures/triage-dev17.jsonl', idPrefix: 'd17', minLines: 250, minUrgent: 40, minSafeguarding: 20 });
});

const line = (corpus: string, source: string): LabelledMessage => ({ corpus, id: `${corpus}-${source}`, lang: 'en', text: 'made up', kind: 'none', source });
// Made-up sources, one in the held-out fold and one out of it, found rather than assumed.
const sources = Array.from({ length: 40 }, (_, i) => `made-up:${i}`);
const inFold = sources.find((s) => foldOf(s, 5, 'heldout-1') === 0)!;
const outOfFold = sources.find((s) => foldOf(s, 5, 'heldout-1') !== 0)!;

describe('dev17, the fresh corpus, in the evaluation split', () => {
  it('dev17 is marked fresh and listed last, the only fresh corpus, so no earlier line can move because of it', () => {
    expect(CORPORA.at(-1)).toMatchObject({ name: 'dev17', fresh: true });
    expect(CORPORA.filter((c) => c.fresh).map((c) => c.name)).toEqual(['dev17']);
  });

  it('holds out every dev17 line whatever its source; other corpora, dev16 now among them, keep the fold by source', () => {
    for (const s of [inFold, outOfFold]) expect(isHeldOut(line('dev17', s)), s).toBe(true);
    expect(isHeldOut(line('dev16', inFold))).toBe(true);
    expect(isHeldOut(line('dev16', outOfFold))).toBe(false);
    expect(isFresh(line('dev17', outOfFold))).toBe(true);
    expect(isFresh(line('dev17', inFold))).toBe(true);
    expect(isFresh(line('dev16', inFold))).toBe(false);
    expect(inHeldOutFold(line('dev17', outOfFold))).toBe(false);
  });

  it('never trains on a dev17 line, scores it apart from the fold, and leaves the fold as it was', () => {
    const a = line('casework', inFold);
    const b = line('casework', outOfFold);
    const c = line('dev17', inFold);
    const d = line('dev17', outOfFold);
    const split = evalSplit([a, b, c, d]);
    expect(split.train).toEqual([b]);
    expect(split.fold).toEqual([a]);
    expect(split.fresh).toEqual([c, d]);
  });

  it('leaves dev17 lines out of every cross-corpus training set', () => {
    const all = [line('casework', inFold), line('dev16', outOfFold), line('dev17', inFold), line('dev17', outOfFold)];
    expect(crossCorpusTraining(all, 'casework').map((m) => m.corpus)).toEqual(['dev16']);
    expect(crossCorpusTraining(all, 'dev16').map((m) => m.corpus)).toEqual(['casework']);
    expect(crossCorpusTraining(all, 'dev17').map((m) => m.corpus)).toEqual(['casework', 'dev16']);
  });

  it('keeps the held-out fold exactly as before dev17 (1,000 messages, the same ids, 38 of them from dev16)', () => {
    const all = loadAll();
    const { train, fold, fresh } = evalSplit(all);
    expect(fresh.length).toBe(all.filter((m) => m.corpus === 'dev17').length);
    expect(fresh.length).toBeGreaterThanOrEqual(250);
    expect(train.length + fold.length + fresh.length).toBe(all.length);
    expect(train.some((m) => m.corpus === 'dev17')).toBe(false);
    expect(fold.length).toBe(1000);
    const perCorpus: Record<string, number> = {};
    for (const m of fold) perCorpus[m.corpus] = (perCorpus[m.corpus] ?? 0) + 1;
    expect(perCorpus).toEqual({ casework: 54, corpus: 86, dev2: 40, examples: 8, dev3: 48, dev4: 37, dev5: 65, dev6: 41, dev7: 87, dev8: 66, dev9: 50, dev10: 73, dev11: 71, dev12: 17, dev13: 64, dev14: 74, dev15: 81, dev16: 38 });
    // Ids of the fold on main (c011f54) before dev17 was added (sha256 of the sorted corpus/id list).
    const digest = createHash('sha256').update(fold.map((m) => `${m.corpus}/${m.id}`).sort().join('\n')).digest('hex');
    expect(digest).toBe('0df17adb453e7a0db198c64b2f4f7f7e9ad14aeaf140ef10fc1f480919a10434');
  });
});
