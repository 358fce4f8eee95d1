/**
 * The labelled corpora triage is trained and evaluated on, and the fixed held-out split. I/O
 * lives here, not in src/triage/: training itself is a pure function of these messages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PolicyProfile } from '../policy/schema';
import { createRuleClassifier } from '../triage/rules';
import { acceptOf } from '../triage/scoring';
import { foldOf, type LabelledMessage, type RuleReader } from '../triage/train';

/** The date the corpora were written: phrases like "two years ago" are read from it. */
export const CORPUS_TODAY = '2026-11-20';

const ROOT = resolve(__dirname, '../..');
/** The shared references sit beside the repository (see the README's Triage section). */
const SHARED = process.env.TRIAGE_SHARED_DIR ?? resolve(ROOT, '..', 'shared');

/**
 * Training corpora, in a fixed order: files in test/fixtures/ and in ../shared/. `joins`: its
 * lines carry no `source`, and were written after the others, so a line that is nearly the same
 * message as an earlier corpus's line takes that line's source (see `joinNearDuplicates`).
 * `fresh`: held out whole when evaluating (never trained on by `eval:triage`, never seen by
 * `--cv`), because nobody tuning the model has seen it; the shipped weights still train on it.
 * A fresh corpus goes last, so no earlier line's source or fold can move because of it.
 */
export const CORPORA: Array<{ name: string; path: string; joins?: true; fresh?: true }> = [
  { name: 'casework', path: join(SHARED, 'corpora', 'triage-casework.jsonl') },
  { name: 'corpus', path: join(ROOT, 'test', 'fixtures', 'triage-corpus.jsonl') },
  { name: 'dev2', path: join(ROOT, 'test', 'fixtures', 'triage-dev2.jsonl') },
  { name: 'examples', path: join(SHARED, 'spec', 'triage-examples.jsonl') },
  { name: 'dev3', path: join(ROOT, 'test', 'fixtures', 'triage-dev3.jsonl'), joins: true },
  { name: 'dev4', path: join(ROOT, 'test', 'fixtures', 'triage-dev4.jsonl'), joins: true },
  // Issue #19's fifth set: facts from published decisions no other corpus used, so its own sources.
  { name: 'dev5', path: join(ROOT, 'test', 'fixtures', 'triage-dev5.jsonl') },
  // Issue #19's sixth set: held out whole for one round (measured 2026-12-06), then rotated into
  // training like dev5 (docs/triage/corpora.md: dev6), so the next fresh set is the honest test.
  { name: 'dev6', path: join(ROOT, 'test', 'fixtures', 'triage-dev6.jsonl') },
  // Issue #19's seventh set: held out whole for one round (measured 2026-12-06, sixth session),
  // then rotated into training like dev6 (docs/triage/corpora.md: dev7).
  { name: 'dev7', path: join(ROOT, 'test', 'fixtures', 'triage-dev7.jsonl') },
  // Issue #19's eighth set: held out whole for one round (measured 2026-12-07, seventh session),
  // then rotated into training like dev7 (docs/triage/corpora.md: dev8).
  { name: 'dev8', path: join(ROOT, 'test', 'fixtures', 'triage-dev8.jsonl') },
  // Issue #19's ninth set: held out whole for one round (measured 2026-12-07, eighth session),
  // then rotated into training like dev8 (docs/triage/corpora.md: dev9).
  { name: 'dev9', path: join(ROOT, 'test', 'fixtures', 'triage-dev9.jsonl') },
  // Issue #19's tenth set: held out whole for one round (measured 2026-12-07, ninth session),
  // then rotated into training like dev9 (docs/triage/corpora.md: dev10).
  { name: 'dev10', path: join(ROOT, 'test', 'fixtures', 'triage-dev10.jsonl') },
  // Issue #19's eleventh set: held out whole for one round (measured 2026-12-07, tenth session),
  // then rotated into training like dev10 (docs/triage/corpora.md: dev11).
  { name: 'dev11', path: join(ROOT, 'test', 'fixtures', 'triage-dev11.jsonl') },
  // Issue #19's twelfth set: held out whole for one round (measured 2026-12-07, eleventh session),
  // then rotated into training like dev11 (docs/triage/corpora.md: dev12).
  { name: 'dev12', path: join(ROOT, 'test', 'fixtures', 'triage-dev12.jsonl') },
  // Issue #19's thirteenth set: held out whole for one round (measured 2026-12-07, twelfth session),
  // then rotated into training like dev12 (docs/triage/corpora.md: dev13).
  { name: 'dev13', path: join(ROOT, 'test', 'fixtures', 'triage-dev13.jsonl') },
  // Issue #19's fourteenth set: held out whole for one round (measured 2026-12-07, thirteenth session),
  // then rotated into training like dev13 (docs/triage/corpora.md: dev14).
  { name: 'dev14', path: join(ROOT, 'test', 'fixtures', 'triage-dev14.jsonl') },
  // Issue #19's fifteenth set: held out whole for one round (measured 2026-12-07, fourteenth session),
  // then rotated into training like dev14 (docs/triage/corpora.md: dev15).
  { name: 'dev15', path: join(ROOT, 'test', 'fixtures', 'triage-dev15.jsonl') },
  // Issue #19's sixteenth set: held out whole for one round (measured 2026-12-07, fifteenth session),
  // then rotated into training like dev15 (docs/triage/corpora.md: dev16).
  { name: 'dev16', path: join(ROOT, 'test', 'fixtures', 'triage-dev16.jsonl') },
  // Issue #19's seventeenth set: held out whole for one round (measured 2026-12-08, sixteenth session),
  // then rotated into training like dev16 (docs/triage/corpora.md: dev17).
  { name: 'dev17', path: join(ROOT, 'test', 'fixtures', 'triage-dev17.jsonl') },
];

/** Above this share of words in common (Jaccard, as the casework README checks) two lines are one message. */
export const NEAR_DUPLICATE = 0.6;

/**
 * Messages of one held-out fold out of five, by `source`, never trained on when evaluating.
 * The salt fixes which fold; changing it rotates the split (say so in the README if you do).
 */
export const HELD_OUT = { folds: 5, salt: 'heldout-1' } as const;

const FRESH = new Set(CORPORA.filter((c) => c.fresh).map((c) => c.name));

/** A line of a corpus held out whole (`fresh` in CORPORA). */
export function isFresh(m: Pick<LabelledMessage, 'corpus'>): boolean {
  return FRESH.has(m.corpus);
}

/** In the fixed held-out fold by source: the split every earlier figure was measured on. */
export function inHeldOutFold(m: Pick<LabelledMessage, 'source'>): boolean {
  return foldOf(m.source, HELD_OUT.folds, HELD_OUT.salt) === 0;
}

/** Never trained on when evaluating: the held-out fold, and every line of a fresh corpus. */
export function isHeldOut(m: LabelledMessage): boolean {
  return isFresh(m) || inHeldOutFold(m);
}

/**
 * How `eval:triage` divides the messages: `train` (what its model learns from), `fold` (the fixed
 * held-out fold of the non-fresh corpora, as before fresh corpora existed) and `fresh`.
 */
export function evalSplit<M extends LabelledMessage>(all: M[]): { train: M[]; fold: M[]; fresh: M[] } {
  return {
    train: all.filter((m) => !isHeldOut(m)),
    fold: all.filter((m) => !isFresh(m) && inHeldOutFold(m)),
    fresh: all.filter((m) => isFresh(m)),
  };
}

/** The cross-corpus table's training set for `name`: every other corpus, fresh ones never. */
export function crossCorpusTraining<M extends LabelledMessage>(all: M[], name: string): M[] {
  return all.filter((m) => m.corpus !== name && !isFresh(m));
}

export function loadCorpus(name: string, path: string): LabelledMessage[] {
  if (!existsSync(path)) {
    throw new Error(
      `triage corpus "${name}" not found at ${path}. The casework corpus and the spec examples live in the shared ` +
        'references beside the repository (../shared/corpora/, ../shared/spec/); clone or link them there, or set TRIAGE_SHARED_DIR.',
    );
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      const raw = JSON.parse(line) as Omit<LabelledMessage, 'corpus' | 'source' | 'id'> & { id?: string; source?: string; group?: string };
      const id = raw.id ?? `${name}-${i + 1}`;
      // Lines that share a group are versions of one message; composed lines share no facts.
      const source = raw.group ? `group:${raw.group}` : raw.source && raw.source !== 'composed' ? raw.source : `${name}:${id}`;
      return { ...raw, corpus: name, id, source, reason: raw.reason ?? undefined, accept: acceptOf(raw.accept) } as LabelledMessage;
    });
}

export function loadAll(): LabelledMessage[] {
  const out: LabelledMessage[] = [];
  for (const c of CORPORA) {
    const lines = loadCorpus(c.name, c.path);
    out.push(...(c.joins ? joinNearDuplicates(lines, out) : lines));
  }
  return out;
}

/** A message's words as the near-duplicate test compares them: lower case, accents and punctuation dropped. */
export const wordSet = (text: string) => new Set(text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * A line nearly the same as an earlier one (another wording of one message) takes the earlier
 * line's source, so the two never sit on both sides of a split. Earlier corpora keep their own
 * sources: adding a corpus never moves a line already held out into training.
 */
export function joinNearDuplicates(lines: LabelledMessage[], earlier: LabelledMessage[]): LabelledMessage[] {
  const before = earlier.map((m) => ({ source: m.source, words: wordSet(m.text) }));
  const joined: LabelledMessage[] = [];
  for (const m of lines) {
    const words = wordSet(m.text);
    let best: { source: string; share: number } | null = null;
    for (const e of before) {
      let common = 0;
      for (const w of words) if (e.words.has(w)) common++;
      const share = common / (words.size + e.words.size - common || 1);
      if (share > NEAR_DUPLICATE && (!best || share > best.share)) best = { source: e.source, share };
    }
    const line = best ? { ...m, source: best.source } : m;
    joined.push(line);
    before.push({ source: line.source, words });
  }
  return joined;
}

/**
 * The rules' reading of a labelled message, under the default profile, for training. Each message
 * is read once per reader: training reads every message again for each of its folds and each
 * model it fits (the kind model, the flags, the danger trigger; `eval:triage -- --cv-corpus`
 * trains once per corpus left out), and the reading is a function of the text and the answers
 * alone, so a message whose text or answers were replaced since is read afresh.
 */
export function ruleReader(profile: PolicyProfile, today: string): RuleReader {
  const rules = createRuleClassifier();
  const read: RuleReader = (m) => ({ analysis: rules.analyse(m.text), ruled: rules.classify(m.text, profile, m.answers, { today: m.answers?.today ?? today }) });
  const seen = new WeakMap<LabelledMessage, { text: string; answers: LabelledMessage['answers']; reading: ReturnType<RuleReader> }>();
  return (m) => {
    const memo = seen.get(m);
    if (memo && memo.text === m.text && memo.answers === m.answers) return memo.reading;
    const reading = read(m);
    seen.set(m, { text: m.text, answers: m.answers, reading });
    return reading;
  };
}
