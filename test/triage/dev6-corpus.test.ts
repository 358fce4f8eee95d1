import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CORPORA, crossCorpusTraining, evalSplit, isFresh, isHeldOut, loadAll } from '../../src/cli/triage-corpora';
import { foldOf, type LabelledMessage } from '../../src/triage/train';
import { checkNewCorpus } from './new-corpus-checks';

// Issue #19's sixth set: written from decisions no corpus had used, held out whole for one round
// (docs/triage/corpora.md: dev6), then trained on. The wiring is tested on made-up lines.
describe('triage-dev6.jsonl, the sixth set', () => {
  checkNewCorpus({ name: 'dev6', file: 'test/fixtures/triage-dev6.jsonl', idPrefix: 'd6', minLines: 250, minUrgent: 40, minSafeguarding: 20 });
});

const line = (corpus: string, source: string): LabelledMessage => ({ corpus, id: `${corpus}-${source}`, lang: 'en', text: 'made up', kind: 'none', source });
// Made-up sources, one in the held-out fold and one out of it, found rather than assumed.
const sources = Array.from({ length: 40 }, (_, i) => `made-up:${i}`);
const inFold = sources.find((s) => foldOf(s, 5, 'heldout-1') === 0)!;
const outOfFold = sources.find((s) => foldOf(s, 5, 'heldout-1') !== 0)!;

describe('dev6 after its round held out whole (rotated into training, 2026-12-06)', () => {
  it('is no longer fresh: its lines are split by source like every other corpus', () => {
    expect(CORPORA.find((c) => c.name === 'dev6')?.fresh).toBeUndefined();
    expect(isFresh(line('dev6', inFold))).toBe(false);
    expect(isHeldOut(line('dev6', inFold))).toBe(true);
    expect(isHeldOut(line('dev6', outOfFold))).toBe(false);
    const split = evalSplit([line('dev6', inFold), line('dev6', outOfFold)]);
    expect(split.train.map((m) => m.source)).toEqual([outOfFold]);
    expect(split.fold.map((m) => m.source)).toEqual([inFold]);
  });

  it('joins the cross-corpus table as its own corpus', () => {
    const all = [line('casework', inFold), line('dev6', outOfFold)];
    expect(crossCorpusTraining(all, 'casework').map((m) => m.corpus)).toEqual(['dev6']);
    expect(crossCorpusTraining(all, 'dev6').map((m) => m.corpus)).toEqual(['casework']);
  });

  it('adds its own fold-0 sources to the held-out fold and leaves the earlier 338 exactly as they were', () => {
    const all = loadAll();
    const { train, fold, fresh } = evalSplit(all);
    expect(train.length + fold.length + fresh.length).toBe(all.length);
    const perCorpus: Record<string, number> = {};
    for (const m of fold) perCorpus[m.corpus] = (perCorpus[m.corpus] ?? 0) + 1;
    expect(perCorpus).toMatchObject({ casework: 54, corpus: 86, dev2: 40, examples: 8, dev3: 48, dev4: 37, dev5: 65, dev6: 41 });
    // Ids of the fold measured on main before dev6 was written (sha256 of the sorted corpus/id list).
    // Corpora listed from dev6 on (dev7 rotated in later) are not part of the earlier fold.
    const later = new Set(CORPORA.slice(CORPORA.findIndex((c) => c.name === 'dev6')).map((c) => c.name));
    const earlier = fold.filter((m) => !later.has(m.corpus));
    const digest = createHash('sha256').update(earlier.map((m) => `${m.corpus}/${m.id}`).sort().join('\n')).digest('hex');
    expect(digest).toBe('ade390f9ed508fe19823c12d7d7377f4b424bd70c5bd9dbfc832a7db7383fdfd');
    // "Held-out without dev5 and dev6" in eval:triage: the 273 of the figures before dev5.
    expect(earlier.filter((m) => m.corpus !== 'dev5').length).toBe(273);
  });
});
