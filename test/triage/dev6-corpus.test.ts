import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CORPORA, crossCorpusTraining, evalSplit, inHeldOutFold, isFresh, isHeldOut, loadAll } from '../../src/cli/triage-corpora';
import { foldOf, type LabelledMessage } from '../../src/triage/train';
import { checkNewCorpus } from './new-corpus-checks';

// Issue #19's sixth set: written from decisions no corpus had used, and held out whole this round
// (README, Training: dev6). Nothing here prints or scores its lines; the wiring is tested on
// made-up lines.
describe('triage-dev6.jsonl, the sixth set (wholly held out)', () => {
  checkNewCorpus({ name: 'dev6', file: 'test/fixtures/triage-dev6.jsonl', idPrefix: 'd6', minLines: 250, minUrgent: 40, minSafeguarding: 20 });
});

const line = (corpus: string, source: string): LabelledMessage => ({ corpus, id: `${corpus}-${source}`, lang: 'en', text: 'made up', kind: 'none', source });
// Made-up sources, one in the held-out fold and one out of it, found rather than assumed.
const sources = Array.from({ length: 40 }, (_, i) => `made-up:${i}`);
const inFold = sources.find((s) => foldOf(s, 5, 'heldout-1') === 0)!;
const outOfFold = sources.find((s) => foldOf(s, 5, 'heldout-1') !== 0)!;

describe('a fresh corpus in the evaluation split', () => {
  it('dev6 is marked fresh and listed last, so no earlier line can move because of it', () => {
    expect(CORPORA.at(-1)).toMatchObject({ name: 'dev6', fresh: true });
    expect(CORPORA.filter((c) => c.fresh).map((c) => c.name)).toEqual(['dev6']);
  });

  it('holds out every dev6 line whatever its source; other corpora keep the fold by source', () => {
    for (const s of [inFold, outOfFold]) expect(isHeldOut(line('dev6', s)), s).toBe(true);
    expect(isHeldOut(line('dev5', inFold))).toBe(true);
    expect(isHeldOut(line('dev5', outOfFold))).toBe(false);
    expect(isFresh(line('dev6', outOfFold))).toBe(true);
    expect(inHeldOutFold(line('dev6', outOfFold))).toBe(false);
  });

  it('never trains on a fresh line, scores it apart from the fold, and leaves the fold as it was', () => {
    const a = line('casework', inFold);
    const b = line('casework', outOfFold);
    const c = line('dev6', inFold);
    const d = line('dev6', outOfFold);
    const split = evalSplit([a, b, c, d]);
    expect(split.train).toEqual([b]);
    expect(split.fold).toEqual([a]);
    expect(split.fresh).toEqual([c, d]);
  });

  it('leaves fresh lines out of every cross-corpus training set', () => {
    const all = [line('casework', inFold), line('dev5', outOfFold), line('dev6', inFold), line('dev6', outOfFold)];
    expect(crossCorpusTraining(all, 'casework').map((m) => m.corpus)).toEqual(['dev5']);
    expect(crossCorpusTraining(all, 'dev6').map((m) => m.corpus)).toEqual(['casework', 'dev5']);
  });

  it('keeps the held-out fold of the earlier corpora exactly as before dev6 (338 messages, the same ids)', () => {
    const all = loadAll();
    const { train, fold, fresh } = evalSplit(all);
    expect(fresh.length).toBe(all.filter((m) => m.corpus === 'dev6').length);
    expect(train.length + fold.length + fresh.length).toBe(all.length);
    const perCorpus: Record<string, number> = {};
    for (const m of fold) perCorpus[m.corpus] = (perCorpus[m.corpus] ?? 0) + 1;
    expect(perCorpus).toEqual({ casework: 54, corpus: 86, dev2: 40, examples: 8, dev3: 48, dev4: 37, dev5: 65 });
    // Ids of the fold measured on main before dev6 was added (sha256 of the sorted corpus/id list).
    const digest = createHash('sha256').update(fold.map((m) => `${m.corpus}/${m.id}`).sort().join('\n')).digest('hex');
    expect(digest).toBe('ade390f9ed508fe19823c12d7d7377f4b424bd70c5bd9dbfc832a7db7383fdfd');
    // "Held-out without dev5" in eval:triage: the 273 of the figures before dev5.
    expect(fold.filter((m) => m.corpus !== 'dev5').length).toBe(273);
  });
});
