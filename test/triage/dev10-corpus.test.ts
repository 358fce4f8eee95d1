import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CORPORA, crossCorpusTraining, evalSplit, inHeldOutFold, isFresh, isHeldOut, loadAll } from '../../src/cli/triage-corpora';
import { foldOf, type LabelledMessage } from '../../src/triage/train';
import { checkNewCorpus } from './new-corpus-checks';

// Issue #19's tenth set: written from decisions no corpus had used, and held out whole this round
// (docs/triage/corpora.md: dev10) so its figures are the round's honest ones. Nothing here prints
// or scores its lines; the wiring is tested on made-up lines.
describe('triage-dev10.jsonl, the tenth set (wholly held out)', () => {
  checkNewCorpus({ name: 'dev10', file: 'test/fixtures/triage-dev10.jsonl', idPrefix: 'd10', minLines: 250, minUrgent: 40, minSafeguarding: 20 });
});

const line = (corpus: string, source: string): LabelledMessage => ({ corpus, id: `${corpus}-${source}`, lang: 'en', text: 'made up', kind: 'none', source });
// Made-up sources, one in the held-out fold and one out of it, found rather than assumed.
const sources = Array.from({ length: 40 }, (_, i) => `made-up:${i}`);
const inFold = sources.find((s) => foldOf(s, 5, 'heldout-1') === 0)!;
const outOfFold = sources.find((s) => foldOf(s, 5, 'heldout-1') !== 0)!;

describe('dev10, the fresh corpus, in the evaluation split', () => {
  it('dev10 is marked fresh and listed last, the only fresh corpus, so no earlier line can move because of it', () => {
    expect(CORPORA.at(-1)).toMatchObject({ name: 'dev10', fresh: true });
    expect(CORPORA.filter((c) => c.fresh).map((c) => c.name)).toEqual(['dev10']);
  });

  it('holds out every dev10 line whatever its source; other corpora, dev9 now among them, keep the fold by source', () => {
    for (const s of [inFold, outOfFold]) expect(isHeldOut(line('dev10', s)), s).toBe(true);
    expect(isHeldOut(line('dev9', inFold))).toBe(true);
    expect(isHeldOut(line('dev9', outOfFold))).toBe(false);
    expect(isFresh(line('dev10', outOfFold))).toBe(true);
    expect(isFresh(line('dev10', inFold))).toBe(true);
    expect(isFresh(line('dev9', inFold))).toBe(false);
    expect(inHeldOutFold(line('dev10', outOfFold))).toBe(false);
  });

  it('never trains on a dev10 line, scores it apart from the fold, and leaves the fold as it was', () => {
    const a = line('casework', inFold);
    const b = line('casework', outOfFold);
    const c = line('dev10', inFold);
    const d = line('dev10', outOfFold);
    const split = evalSplit([a, b, c, d]);
    expect(split.train).toEqual([b]);
    expect(split.fold).toEqual([a]);
    expect(split.fresh).toEqual([c, d]);
  });

  it('leaves dev10 lines out of every cross-corpus training set', () => {
    const all = [line('casework', inFold), line('dev9', outOfFold), line('dev10', inFold), line('dev10', outOfFold)];
    expect(crossCorpusTraining(all, 'casework').map((m) => m.corpus)).toEqual(['dev9']);
    expect(crossCorpusTraining(all, 'dev9').map((m) => m.corpus)).toEqual(['casework']);
    expect(crossCorpusTraining(all, 'dev10').map((m) => m.corpus)).toEqual(['casework', 'dev9']);
  });

  it('keeps the held-out fold exactly as before dev10 (582 messages, the same ids, the 532 of "without dev9")', () => {
    const all = loadAll();
    const { train, fold, fresh } = evalSplit(all);
    expect(fresh.length).toBe(all.filter((m) => m.corpus === 'dev10').length);
    expect(fresh.length).toBeGreaterThanOrEqual(250);
    expect(train.length + fold.length + fresh.length).toBe(all.length);
    expect(train.some((m) => m.corpus === 'dev10')).toBe(false);
    expect(fold.length).toBe(582);
    const perCorpus: Record<string, number> = {};
    for (const m of fold) perCorpus[m.corpus] = (perCorpus[m.corpus] ?? 0) + 1;
    expect(perCorpus).toEqual({ casework: 54, corpus: 86, dev2: 40, examples: 8, dev3: 48, dev4: 37, dev5: 65, dev6: 41, dev7: 87, dev8: 66, dev9: 50 });
    // Ids of the fold measured on main before dev10 was added (sha256 of the sorted corpus/id list).
    const digest = createHash('sha256').update(fold.map((m) => `${m.corpus}/${m.id}`).sort().join('\n')).digest('hex');
    expect(digest).toBe('d77aad2a1f7ed71bb4c6dfff6f20898e3c713716f8d3b4c40d13f504afb057b0');
    // The 532 of the figures before dev9 joined the fold.
    expect(fold.filter((m) => m.corpus !== 'dev9').length).toBe(532);
  });
});
