/**
 * How steady the complaint-bar choice is, and whether fewer models choose it as well (issue #19,
 * fourteenth session). On the training split only (never the held-out fold, never a fresh
 * corpus): for the whole split and for it with each corpus left out in turn, the readings the bar
 * is chosen on, two ways: one kind model per corpus left out (what training does since the fourth
 * kind round) and one per group of corpora (corpusGroupFolds, 5 groups). Writes them with each
 * reading's corpus and language (no text) so scripts/complaint-bars-rules.ts can apply ways of
 * choosing without training.
 *
 *   npx tsx scripts/complaint-bars-nested.ts --out /tmp/bars14/nested-0.json --part 0/2
 *
 * `--part k/n` takes every n-th training from the k-th (the whole split is the first), so two
 * processes can share the work, or `--part 0/16` the whole split alone. All of it is 16 × 20 + 21
 * kind models; the whole split alone took 28 minutes at a load of 20 (fourteenth session).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CORPUS_TODAY, evalSplit, loadAll, ruleReader } from '../src/cli/triage-corpora';
import { createProfileRegistry, DEFAULT_POLICY } from '../src/policy/profiles';
import type { ComplaintRow } from '../src/triage/complaint-bars';
import { complaintRow, corpusFolds, corpusGroupFolds, decidedByAnswers, featurise, fitKind, TRAIN_OPTIONS, type Featurised } from '../src/triage/train';

const { values } = parseArgs({ options: { out: { type: 'string' }, part: { type: 'string', default: '0/1' }, groups: { type: 'string', default: '5' }, 'groups-only': { type: 'boolean', default: false } } });
const [part, parts] = values.part!.split('/').map(Number);
const groups = Number(values.groups);

/** `group`: with the group readings, which of the groups (corpusGroupFolds' order) the line was left out with. */
export type Reading = ComplaintRow & { corpus: string; lang: string; group?: number };
export type Run = { without: string; byCorpus: Reading[]; byGroup: Reading[]; ms: { byCorpus: number; byGroup: number } };

const train = evalSplit(loadAll()).train;
const reader = ruleReader(createProfileRegistry().get(DEFAULT_POLICY), CORPUS_TODAY);
const subsets = [{ without: '(none)', train }, ...corpusFolds(train, (m) => m).map((f) => ({ without: f.corpus, train: f.train }))].filter((_, i) => i % parts === part);

const readings = (folds: Array<{ train: Featurised[]; test: Featurised[] }>, grouped = false): Reading[] =>
  folds.flatMap(({ train: t, test }, g) => {
    const kind = fitKind(t, TRAIN_OPTIONS);
    return test.filter((d) => !decidedByAnswers(d.message.answers)).map((d) => ({ ...complaintRow(kind, d), corpus: d.message.corpus, lang: d.message.lang, ...(grouped ? { group: g } : {}) }));
  });

const runs: Run[] = [];
for (const s of subsets) {
  const data = featurise(s.train, reader, TRAIN_OPTIONS.minCount);
  let t = Date.now();
  const byGroup = readings(corpusGroupFolds(data, (d) => d.message, groups), true);
  if (values.out) writeFileSync(`${values.out}.groups`, JSON.stringify(byGroup));
  const msGroup = Date.now() - t;
  t = Date.now();
  // --groups-only: another group count measured against one-model-a-corpus readings written before.
  const byCorpus = values['groups-only'] ? [] : readings(corpusFolds(data, (d) => d.message));
  runs.push({ without: s.without, byCorpus, byGroup, ms: { byCorpus: Date.now() - t, byGroup: msGroup } });
  console.error(`without ${s.without}: ${s.train.length} messages, groups ${msGroup} ms, corpora ${Date.now() - t} ms`);
  if (values.out) writeFileSync(values.out, JSON.stringify(runs));
}
console.error('done');
