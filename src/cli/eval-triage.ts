/**
 * `npm run eval:triage`: honest figures for triage. The model is trained on the training split
 * only (every corpus but the held-out fold of sources, see triage-corpora.ts) and scored on the
 * held-out fold, beside the cue rules it replaced, on the same messages; then, apart, each
 * `fresh` corpus (held out whole, see triage-corpora.ts) read by the same model. Then the
 * cross-corpus table: trained on all corpora but one (fresh ones never), tested on that one. `--errors` lists held-out misses
 * (`--flags`: only the safety flags, and which voice raised a false one); `--cv` scores 5-fold cross-validation inside the training split (for development: it never
 * touches the held-out fold); `--cv-corpus` leaves each training corpus out in turn, inside the
 * training split (a stricter proxy for unseen writing than folds of sources). `--file` scores the shipped classifier on other labelled files.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createProfileRegistry, DEFAULT_POLICY } from '../policy/profiles';
import { KINDS, type TriageResult } from '../triage';
import { createClassifier, type Classifier } from '../triage/classify';
import { createRuleClassifier } from '../triage/rules';
import { countedAs, isLostComplaint, isRight } from '../triage/scoring';
import type { ComplaintRow } from '../triage/complaint-bars';
import { chooseBars, complaintBars, corpusFolds, foldOf, trainTriage, trainTriageWithRows, TRAIN_OPTIONS, type LabelledMessage, type TrainOptions } from '../triage/train';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CORPORA, CORPUS_TODAY, crossCorpusTraining, evalSplit, loadAll, loadCorpus, ruleReader } from './triage-corpora';

const { values } = parseArgs({
  options: {
    policy: { type: 'string', default: DEFAULT_POLICY },
    // The date the corpora were written: phrases like "two years ago" are read from it.
    today: { type: 'string', default: CORPUS_TODAY },
    errors: { type: 'boolean', default: false },
    // With --errors: only the safety flags missed or falsely raised (what the flag work reads).
    flags: { type: 'boolean', default: false },
    cv: { type: 'boolean', default: false },
    // Leave each training corpus out in turn (inside the training split): unseen writing, not unseen facts.
    'cv-corpus': { type: 'boolean', default: false },
    'no-cross': { type: 'boolean', default: false },
    // With --cv or --cv-corpus: corpora still trained on but never scored, listed or counted (a
    // validation corpus looked at only a few times a round: its lines stay unread, its figures unseen).
    hide: { type: 'string', multiple: true },
    // With --cv-corpus: leave out only these corpora (one training each: a validation corpus's own row, cheaply).
    only: { type: 'string', multiple: true },
    file: { type: 'string', multiple: true },
    // For choosing settings by cross-validation (with --cv or --cv-corpus): the shipped ones are TRAIN_OPTIONS
    // (--threshold-folds source gives the complaint bars of before the fourth kind round).
    l2: { type: 'string' },
    iterations: { type: 'string' },
    'min-count': { type: 'string' },
    'pair-min-count': { type: 'string' },
    'threshold-folds': { type: 'string' },
    'class-power': { type: 'string' },
    'complaint-recall': { type: 'string' },
    // How the complaint bars are chosen: argmax (the single best pair), smoothed (complaint-bars.ts)
    // or tied (smoothed, one bar for heard and calm), and the smoothed choice's margin and spread
    // (train.ts TrainOptions).
    'complaint-bars': { type: 'string' },
    'bar-margin': { type: 'string' },
    'bar-spread': { type: 'string' },
    // With --threshold-folds corpus (the default): one kind model a group of corpora left out, this many groups (train.ts barGroups).
    'bar-groups': { type: 'string' },
    // The complaint bars held at "heard,calm" (e.g. 0.7,0.3) in every training instead of chosen:
    // how a feature change is measured without the bars moving with it (train.ts fixedBars).
    'fixed-bars': { type: 'string' },
    // Where the rules heard unhappiness and the bar forced the complaint reading: ask none, those
    // under argmax's heard bar, or all (train.ts TrainOptions.askHeard).
    'ask-heard': { type: 'string' },
    // With --cv-corpus or --cv: each fold's models scored twice, with the bars chosen by argmax
    // and as the options say (tied by default since the eleventh session, or --complaint-bars …):
    // the bars alone compared, one training per fold.
    'compare-bars': { type: 'boolean', default: false },
    // With --compare-bars: write each training's cross-validated complaint readings to this file
    // (scripts/complaint-bars-stability.ts --rows reads it): how far the bars move between trainings.
    'bars-rows': { type: 'string' },
    // With --cv-corpus: write every reading (label and kind read, no text) to this file, so runs
    // split by --only on a loaded machine can be put together by --from-readings.
    'readings-out': { type: 'string' },
    // With --cv-corpus: write each training's weights and the readings its bars were chosen on to
    // <dir>/<corpus left out>.json, so other ways of choosing the bars can be scored on the same
    // models afterwards without training (scripts/complaint-bars-compare.ts).
    'weights-out': { type: 'string' },
    // Print the tables of --cv-corpus from files --readings-out wrote (no training).
    'from-readings': { type: 'string', multiple: true },
  },
});
const options: TrainOptions = {
  ...TRAIN_OPTIONS,
  ...(values.l2 ? { l2: Number(values.l2) } : {}),
  ...(values.iterations ? { iterations: Number(values.iterations) } : {}),
  ...(values['min-count'] ? { minCount: Number(values['min-count']) } : {}),
  ...(values['pair-min-count'] ? { pairMinCount: Number(values['pair-min-count']) } : {}),
  ...(values['threshold-folds'] ? { thresholdFolds: values['threshold-folds'] as TrainOptions['thresholdFolds'] } : {}),
  ...(values['class-power'] ? { classPower: Number(values['class-power']) } : {}),
  ...(values['complaint-recall'] ? { complaintRecall: Number(values['complaint-recall']) } : {}),
  ...(values['complaint-bars'] ? { complaintBars: values['complaint-bars'] as TrainOptions['complaintBars'] } : {}),
  ...(values['bar-margin'] ? { barMargin: Number(values['bar-margin']) } : {}),
  ...(values['bar-spread'] ? { barSpread: Number(values['bar-spread']) } : {}),
  ...(values['bar-groups'] ? { barGroups: Number(values['bar-groups']) } : {}),
  ...(values['fixed-bars'] ? { fixedBars: parseFixedBars(values['fixed-bars']) } : {}),
  ...(values['ask-heard'] ? { askHeard: parseAskHeard(values['ask-heard']) } : {}),
};

if (values['complaint-bars'] && !['argmax', 'smoothed', 'tied'].includes(values['complaint-bars'])) {
  console.error(`--complaint-bars is argmax, smoothed or tied; got "${values['complaint-bars']}"`);
  process.exit(2);
}

function parseFixedBars(text: string): { complaint: number; complaintCalm: number } {
  const [complaint, complaintCalm] = text.split(',').map(Number);
  const ok = (n: number | undefined) => n !== undefined && Number.isFinite(n) && n > 0 && n < 1;
  if (!ok(complaint) || !ok(complaintCalm) || text.split(',').length !== 2) {
    console.error(`--fixed-bars wants two bars between 0 and 1, heard then calm (e.g. 0.7,0.3); got "${text}"`);
    process.exit(2);
  }
  return { complaint: complaint!, complaintCalm: complaintCalm! };
}

function parseAskHeard(text: string): TrainOptions['askHeard'] {
  if (text === 'none' || text === 'argmax' || text === 'all') return text;
  console.error(`--ask-heard wants none, argmax or all; got "${text}"`);
  process.exit(2);
}

const profile = createProfileRegistry().get(values.policy!);
const rules = createRuleClassifier();
type Row = { item: LabelledMessage; got: TriageResult };

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '  -  ');
const pad = (s: string | number, n: number) => String(s).padStart(n);
const run = (c: Classifier, items: LabelledMessage[]): Row[] =>
  items.map((item) => ({ item, got: c.classify(item.text, profile, item.answers, { today: item.answers?.today ?? values.today }) }));
const lost = (r: Row) => isLostComplaint(r.item, r.got.kind);
// A reading the line's `accept` allows is right (triage.md); `exact` counts the label's kind only.
const right = (r: Row) => isRight(r.item, r.got.kind);
const label = (r: Row) => countedAs(r.item, r.got.kind);

/** One line of headline figures. */
function headline(rows: Row[]): string {
  const ok = rows.filter(right).length;
  const exact = rows.filter((r) => r.got.kind === r.item.kind).length;
  const c = rows.filter((r) => r.item.kind === 'complaint');
  const flag = (f: 'urgent' | 'safeguarding') => {
    const yes = rows.filter((r) => r.item[f]);
    const fa = rows.filter((r) => r.got[f] && !r.item[f]).length;
    return `${f} ${yes.filter((r) => r.got[f]).length}/${yes.length} (${fa} false)`;
  };
  return `n ${pad(rows.length, 3)}  accuracy ${pad(pct(ok, rows.length), 6)} (exact ${pct(exact, rows.length)})  complaint recall ${pad(pct(c.length - c.filter(lost).length, c.length), 6)} (${c.filter(lost).length}/${c.length} lost)  ${flag('urgent')}  ${flag('safeguarding')}`;
}

function detail(title: string, rows: Row[]) {
  if (!rows.length) return;
  const exact = rows.filter((r) => right(r) && (r.got.kind !== 'excluded' || r.item.kind !== 'excluded' || r.got.reason === r.item.reason)).length;
  console.log(`\n== ${title} ==\n${headline(rows)}; kind+reason ${pct(exact, rows.length)}`);
  console.log(`${'kind'.padEnd(16)} ${pad('precision', 9)} ${pad('recall', 7)} ${pad('n', 4)}  (a reading the line accepts counts as its label)`);
  for (const k of KINDS) {
    const tp = rows.filter((r) => r.got.kind === k && label(r) === k).length;
    const predicted = rows.filter((r) => r.got.kind === k).length;
    const actual = rows.filter((r) => label(r) === k).length;
    if (predicted || actual) console.log(`${k.padEnd(16)} ${pad(pct(tp, predicted), 9)} ${pad(pct(tp, actual), 7)} ${pad(actual, 4)}`);
  }
  for (const flag of ['urgent', 'safeguarding'] as const) {
    const tp = rows.filter((r) => r.got[flag] && r.item[flag]).length;
    const predicted = rows.filter((r) => r.got[flag]).length;
    const actual = rows.filter((r) => r.item[flag]).length;
    console.log(`${('flag ' + flag).padEnd(16)} ${pad(pct(tp, predicted), 9)} ${pad(pct(tp, actual), 7)} ${pad(actual, 4)}`);
  }
  const short = { complaint: 'cmp', service_request: 'srv', excluded: 'exc', escalation: 'esc', status_query: 'sts', feedback: 'fbk', none: 'non' };
  console.log(`confusion (rows: label as written, columns: triage)\n${''.padEnd(16)}${KINDS.map((k) => pad(short[k], 5)).join('')}`);
  for (const a of KINDS) console.log(`${a.padEnd(16)}${KINDS.map((g) => pad(rows.filter((r) => r.item.kind === a && r.got.kind === g).length, 5)).join('')}`);
}

function table(title: string, before: Row[], after: Row[]) {
  console.log(`\n######## ${title}`);
  for (const lang of ['all', 'en', 'cy', 'mixed'] as const) {
    const pick = (rows: Row[]) => (lang === 'all' ? rows : rows.filter((r) => r.item.lang === lang));
    if (!pick(after).length) continue;
    console.log(`${lang.padEnd(5)} rules  ${headline(pick(before))}`);
    console.log(`${''.padEnd(5)} model  ${headline(pick(after))}`);
  }
}

/** Misses; `rules` (the same messages, same order) says which voice raised a false flag. */
function errors(rows: Row[], rules?: Row[]) {
  console.log('\nerrors:');
  rows.forEach((r, i) => {
    for (const flag of ['urgent', 'safeguarding'] as const) {
      if (Boolean(r.got[flag]) === Boolean(r.item[flag])) continue;
      const voice = !r.item[flag] ? (rules?.[i].got[flag] ? ' (rules)' : ' (model)') : '';
      const cues = r.got.signals.filter((s) => /^(urgent_|danger_now|no_heat|vulnerable|safeguarding)/.test(s.cue)).map((s) => `${s.cue}:${s.text}`);
      console.log(`${r.item.id}\t${flag} ${r.item[flag] ? 'missed' : 'false alarm'}${voice}\t${r.item.text}${cues.length ? `\t[${cues.join('; ')}]` : ''}`);
    }
    if (values.flags) return;
    if (!right(r) || (r.item.kind === 'excluded' && r.got.kind === 'excluded' && r.got.reason !== r.item.reason)) {
      console.log(`${r.item.id}\t${r.item.kind}${r.item.reason ? '/' + r.item.reason : ''}${r.item.accept ? ` (or ${r.item.accept.join(', ')})` : ''} → ${r.got.kind}${r.got.reason ? '/' + r.got.reason : ''}\t${r.item.text}\t[${r.got.signals.map((s) => `${s.cue}:${s.text}`).join('; ')}]`);
    }
  });
}

const reader = ruleReader(profile, values.today!);
const trained = (items: LabelledMessage[]) => createClassifier(trainTriage(items, reader, options));
/** One training, two classifiers: the bars chosen as before (argmax) and as `options` says; the rest of the weights the same. */
const barRuns: Array<{ without: string; before: { complaint: number; complaintCalm: number }; after: { complaint: number; complaintCalm: number }; rows: ComplaintRow[] }> = [];
function trainedBoth(items: LabelledMessage[], without: string): { old: Classifier; now: Classifier } {
  const { weights, complaintRows } = trainTriageWithRows(items, reader, options);
  const before = chooseBars(complaintRows, { ...options, complaintBars: 'argmax' });
  const after = { complaint: weights.thresholds.complaint, complaintCalm: weights.thresholds.complaintCalm ?? weights.thresholds.complaint };
  barRuns.push({ without, before, after, rows: complaintRows });
  // Written after every training, so a run stopped early still leaves what it measured.
  if (values['bars-rows']) writeFileSync(values['bars-rows'], JSON.stringify(barRuns));
  if (values['weights-out']) {
    mkdirSync(values['weights-out'], { recursive: true });
    writeFileSync(join(values['weights-out'], `${without}.json`), JSON.stringify({ without, weights, rows: complaintRows }));
  }
  console.log(`bars trained without ${without}: before ${before.complaint} / ${before.complaintCalm}, after ${after.complaint} / ${after.complaintCalm}`);
  return { old: createClassifier({ ...weights, thresholds: { ...weights.thresholds, ...complaintBars(before) } }), now: createClassifier(weights) };
}

/** A reading without the message's words: what the tables count. */
const bare = (r: Row): Row => {
  const { text: _text, ...item } = r.item;
  return { item: { ...item, text: '' }, got: { kind: r.got.kind, reason: r.got.reason, urgent: r.got.urgent, safeguarding: r.got.safeguarding, signals: [] } as unknown as TriageResult };
};
type Readings = { before: Row[]; after: Row[]; oldBars: Row[] };
function cvCorpusTables(rows: Readings) {
  table('leave-corpus-out inside the training split, all corpora together (development figures, not held-out)', rows.before, rows.after);
  if (rows.oldBars.length) {
    table('leave-corpus-out, the same models with the complaint bars chosen by argmax ("rules" row: the bars as the options say)', rows.after, rows.oldBars);
    detail('leave-corpus-out, model, complaint bars chosen as before (argmax)', rows.oldBars);
  }
  detail('leave-corpus-out, model', rows.after);
}

if (values['from-readings']?.length) {
  const rows: Readings = { before: [], after: [], oldBars: [] };
  for (const file of values['from-readings']) {
    const r = JSON.parse(readFileSync(file, 'utf8')) as Readings;
    rows.before.push(...r.before);
    rows.after.push(...r.after);
    rows.oldBars.push(...r.oldBars);
  }
  cvCorpusTables(rows);
} else if (values.file?.length) {
  const shipped = createClassifier();
  for (const file of values.file) {
    const items = loadCorpus(file, join(process.cwd(), file));
    const started = process.hrtime.bigint();
    const after = run(shipped, items);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const before = run(rules, items);
    table(`${file}: the shipped weights (which may have been trained on it), ${(ms / items.length).toFixed(3)} ms a message`, before, after);
    if (values.errors) errors(after, before);
  }
} else {
  const all = loadAll();
  const train = evalSplit(all).train;
  const hidden = new Set(values.hide ?? []);
  const shown = (m: LabelledMessage) => !hidden.has(m.corpus);
  if (values['cv-corpus']) {
    // Each corpus was written by other hands in its own style: a model that never saw a corpus's
    // writing, scored on it, is the nearest the training split gets to messages written in ways
    // it has not seen. Lines sharing a source with the left-out corpus (joined near-duplicates)
    // leave training with it.
    const rows: { before: Row[]; after: Row[]; oldBars: Row[] } = { before: [], after: [], oldBars: [] };
    for (const fold of corpusFolds(train, (m) => m)) {
      if (hidden.has(fold.corpus) || (values.only && !values.only.includes(fold.corpus))) continue;
      const both = values['compare-bars'] || values['weights-out'] ? trainedBoth(fold.train, fold.corpus) : null;
      if (both) rows.oldBars.push(...run(both.old, fold.test));
      const after = run(both ? both.now : trained(fold.train), fold.test);
      const before = run(rules, fold.test);
      table(`leave-corpus-out inside the training split: trained without ${fold.corpus}, tested on its ${fold.test.length} training lines`, before, after);
      rows.after.push(...after);
      rows.before.push(...before);
      if (values['readings-out']) writeFileSync(values['readings-out'], JSON.stringify({ before: rows.before.map(bare), after: rows.after.map(bare), oldBars: rows.oldBars.map(bare) }));
    }
    cvCorpusTables(rows);
    if (values.errors) errors(rows.after, rows.before);
  } else if (values.cv) {
    const rows: { before: Row[]; after: Row[]; oldBars: Row[] } = { before: [], after: [], oldBars: [] };
    for (let f = 0; f < 5; f++) {
      const test = train.filter((m) => foldOf(m.source, 5, 'dev') === f && shown(m));
      const items = train.filter((m) => foldOf(m.source, 5, 'dev') !== f);
      const both = values['compare-bars'] ? trainedBoth(items, `fold ${f}`) : null;
      if (both) rows.oldBars.push(...run(both.old, test));
      rows.after.push(...run(both ? both.now : trained(items), test));
      rows.before.push(...run(rules, test));
    }
    table('5-fold cross-validation inside the training split (development figures, not held-out)', rows.before, rows.after);
    if (rows.oldBars.length) {
      table('5-fold cross-validation, the same models with the complaint bars chosen by argmax ("rules" row: the bars as the options say)', rows.after, rows.oldBars);
      detail('cross-validation, model, complaint bars chosen as before (argmax)', rows.oldBars);
    }
    for (const c of CORPORA) {
      const pick = (rs: Row[]) => rs.filter((r) => r.item.corpus === c.name);
      if (pick(rows.after).length) table(`cross-validation, ${c.name} only`, pick(rows.before), pick(rows.after));
    }
    detail('cross-validation, model', rows.after);
    if (values.errors) errors(rows.after, rows.before);
  } else {
    // The fold is what every earlier figure was measured on; fresh corpora are scored apart.
    const { fold: held, fresh } = evalSplit(all);
    const model = trained(train);
    const after = run(model, held);
    const before = run(rules, held);
    table(`held-out fold: ${held.length} messages, ${new Set(held.map((m) => m.source)).size} sources, none shared with the ${train.length} training messages`, before, after);
    // The held-out lines of the corpora listed before dev3 (the first that joins): the same 188 messages as earlier figures.
    const earlier = new Set(CORPORA.slice(0, CORPORA.findIndex((c) => c.joins)).map((c) => c.name));
    const first = (rows: Row[]) => rows.filter((r) => earlier.has(r.item.corpus));
    if (first(after).length < after.length) table('held-out, corpora before dev3 and dev4 (the split of earlier figures)', first(before), first(after));
    // Without the corpora whose lines joined the split later (dev5, then each later set as it was
    // rotated into training after its round held out whole): the fold of the figures before each.
    const without = (names: string[]) => (rows: Row[]) => rows.filter((r) => !names.includes(r.item.corpus));
    const rotated = CORPORA.slice(CORPORA.findIndex((c) => c.name === 'dev5')).filter((c) => !c.fresh).map((c) => c.name);
    rotated.forEach((name, i) => {
      const later = rotated.slice(i);
      const pick = without(later);
      const span = later.length === 1 ? name : later.length === 2 ? `${name} and ${later[1]}` : `${name} to ${later.at(-1)}`;
      if (pick(after).length < after.length) table(`held-out without ${span} (the ${pick(after).length} of the figures before ${name} joined)`, pick(before), pick(after));
    });
    for (const c of CORPORA) {
      const pick = (rows: Row[]) => rows.filter((r) => r.item.corpus === c.name);
      if (!c.fresh && pick(after).length) table(`held-out, ${c.name} only`, pick(before), pick(after));
    }
    detail('held-out, model, all languages', after);
    if (values.errors) errors(after, before);
    for (const c of CORPORA.filter((x) => x.fresh)) {
      const items = fresh.filter((m) => m.corpus === c.name);
      if (!items.length) continue;
      const freshAfter = run(model, items);
      const freshBefore = run(rules, items);
      table(`fresh: ${c.name} (wholly held out): ${items.length} messages, the same model, trained on the ${train.length} training messages`, freshBefore, freshAfter);
      detail(`fresh: ${c.name} (wholly held out), model, all languages`, freshAfter);
      // Ids only: a fresh set's words stay unseen, so the next round can still trust it.
      if (values.errors) console.log(`\nfresh ${c.name} misses (ids only): ${freshAfter.filter((r) => !right(r) || Boolean(r.got.urgent) !== Boolean(r.item.urgent) || Boolean(r.got.safeguarding) !== Boolean(r.item.safeguarding)).map((r) => r.item.id).join(' ') || 'none'}`);
    }
    if (!values['no-cross']) {
      for (const c of CORPORA) {
        const test = all.filter((m) => m.corpus === c.name);
        table(`cross-corpus: trained on every corpus but ${c.name}${c.fresh ? '' : ' (fresh ones never)'}, tested on ${c.name}`, run(rules, test), run(trained(crossCorpusTraining(all, c.name)), test));
      }
    }
  }
}