/**
 * The labelled corpora triage is trained and evaluated on, and the fixed held-out split. I/O
 * lives here, not in src/triage/: training itself is a pure function of these messages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PolicyProfile } from '../policy/schema';
import { createRuleClassifier } from '../triage/rules';
import { foldOf, type LabelledMessage, type RuleReader } from '../triage/train';

/** The date the corpora were written: phrases like "two years ago" are read from it. */
export const CORPUS_TODAY = '2026-11-20';

const ROOT = resolve(__dirname, '../..');
/** The shared references sit beside the repository (see the README's Triage section). */
const SHARED = process.env.TRIAGE_SHARED_DIR ?? resolve(ROOT, '..', 'shared');

/** Training corpora, in a fixed order: files in test/fixtures/ and in ../shared/. */
export const CORPORA: Array<{ name: string; path: string }> = [
  { name: 'casework', path: join(SHARED, 'corpora', 'triage-casework.jsonl') },
  { name: 'corpus', path: join(ROOT, 'test', 'fixtures', 'triage-corpus.jsonl') },
  { name: 'dev2', path: join(ROOT, 'test', 'fixtures', 'triage-dev2.jsonl') },
  { name: 'examples', path: join(SHARED, 'spec', 'triage-examples.jsonl') },
];

/**
 * Messages of one held-out fold out of five, by `source`, never trained on when evaluating.
 * The salt fixes which fold; changing it rotates the split (say so in the README if you do).
 */
export const HELD_OUT = { folds: 5, salt: 'heldout-1' } as const;

export function isHeldOut(m: LabelledMessage): boolean {
  return foldOf(m.source, HELD_OUT.folds, HELD_OUT.salt) === 0;
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
      return { ...raw, corpus: name, id, source, reason: raw.reason ?? undefined } as LabelledMessage;
    });
}

export function loadAll(): LabelledMessage[] {
  return CORPORA.flatMap((c) => loadCorpus(c.name, c.path));
}

/** The rules' reading of a labelled message, under the default profile, for training. */
export function ruleReader(profile: PolicyProfile, today: string): RuleReader {
  const rules = createRuleClassifier();
  return (m) => ({ analysis: rules.analyse(m.text), ruled: rules.classify(m.text, profile, m.answers, { today: m.answers?.today ?? today }) });
}
