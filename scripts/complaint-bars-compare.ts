/**
 * Ways of choosing the complaint bars scored on the same leave-corpus-out models (issue #19,
 * eleventh session). `eval:triage -- --cv-corpus --weights-out <dir>` trains once per corpus of
 * the training split left out and writes each training's weights and the inner leave-corpus-out
 * readings its bars were chosen on; here each way of choosing picks its bars on those readings,
 * the classifier runs with them on the corpus that training left out, and the ways are counted
 * side by side: how far the bars move between trainings, accuracy and complaint recall per
 * language, and how often the clarifying question is asked (and of whom). No training, so every
 * way is scored on exactly the same models.
 *
 *   npx tsx scripts/complaint-bars-compare.ts --weights /tmp/bars11/w [--json out.json]
 *
 * Reads only the training split (evalSplit(...).train): never the held-out fold, never a fresh
 * corpus. Counts only: no message is printed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_TODAY, evalSplit, isFresh, loadAll } from '../src/cli/triage-corpora';
import { createProfileRegistry, DEFAULT_POLICY } from '../src/policy/profiles';
import { createClassifier } from '../src/triage/classify';
import { chooseComplaintBars, type BarChoice, type ComplaintRow } from '../src/triage/complaint-bars';
import type { TriageWeights } from '../src/triage/model';
import { isLostComplaint, isRight } from '../src/triage/scoring';
import { chooseAskBar, complaintBars, complaintThresholds, corpusFolds, type LabelledMessage } from '../src/triage/train';

const { values } = parseArgs({ options: { weights: { type: 'string' }, json: { type: 'string' } } });
if (!values.weights) {
  console.error('--weights <dir> (written by eval:triage -- --cv-corpus --weights-out <dir>)');
  process.exit(2);
}

type Bars = { complaint: number; complaintCalm: number; complaintAsk?: number };
const smoothed = (choice: Partial<BarChoice>): ((rows: ComplaintRow[]) => Bars) => (rows) => chooseComplaintBars(rows, { recall: 0.97, margin: 1, spread: 0.5, ...choice });

/** Fixed before measuring (docs/triage/rounds.md, eleventh session). */
const WAYS: Array<{ name: string; choose: (rows: ComplaintRow[]) => Bars }> = [
  { name: 'argmax 97% (today)', choose: (rows) => complaintThresholds(rows, 0.97) },
  { name: 'argmax 97.5%', choose: (rows) => complaintThresholds(rows, 0.975) },
  { name: 'argmax 98%', choose: (rows) => complaintThresholds(rows, 0.98) },
  { name: 'smoothed + 1 SE', choose: smoothed({ margin: 1 }) },
  { name: 'smoothed + 0.5 SE', choose: smoothed({ margin: 0.5 }) },
  { name: 'tied, smoothed + 1 SE', choose: smoothed({ margin: 1, tied: true }) },
  { name: 'tied, smoothed + 0.5 SE', choose: smoothed({ margin: 0.5, tied: true }) },
  { name: 'tied, smoothed, floor 97.5%', choose: smoothed({ recall: 0.975, margin: 0, tied: true }) },
  { name: 'tied, smoothed, floor 98%', choose: smoothed({ recall: 0.98, margin: 0, tied: true }) },
  // Twelfth session (docs/triage/rounds.md, "Asking where the tied bar forced a complaint …"):
  // today's tied bar, and a heard complaint the bar forced asked under argmax's heard bar (A) or always (B).
  { name: 'A: tied + 0.5 SE, heard forced asked under argmax bar', choose: (rows) => ({ ...smoothed({ margin: 0.5, tied: true })(rows), complaintAsk: chooseAskBar(rows, { askHeard: 'argmax' }) }) },
  { name: 'B: tied + 0.5 SE, heard forced always asked', choose: (rows) => ({ ...smoothed({ margin: 0.5, tied: true })(rows), complaintAsk: chooseAskBar(rows, { askHeard: 'all' }) }) },
  // Not a candidate: the least any bar on the grid can lose (every soft reading with a complaint
  // probability of 0.05 or more forced), so what is lost here is out of the bars' reach.
  { name: '(reference: both bars 0.05)', choose: () => ({ complaint: 0.05, complaintCalm: 0.05 }) },
];

const profile = createProfileRegistry().get(DEFAULT_POLICY);
const train = evalSplit(loadAll()).train.filter((m) => !isFresh(m));
const folds = new Map(corpusFolds(train, (m) => m).map((f) => [f.corpus, f.test]));
const files = readdirSync(values.weights)
  .filter((f) => f.endsWith('.json'))
  .sort();
const trainings = files.map((f) => JSON.parse(readFileSync(join(values.weights!, f), 'utf8')) as { without: string; weights: TriageWeights; rows: ComplaintRow[] });

interface Reading {
  item: LabelledMessage;
  kind: string;
  asked: boolean;
}

const logit = (p: number) => Math.log(p / (1 - p));
const sd = (xs: number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length);
};
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');

const results: unknown[] = [];
/** Each way's readings, in the same order (training by training, line by line), for the line-by-line count at the end. */
const byWay = new Map<string, Reading[]>();
console.log(`left out: ${trainings.map((t) => `${t.without} (${folds.get(t.without)?.length ?? 0})`).join(', ')}\n`);
console.log('| way of choosing | heard bar: range, SD log-odds | calm bar: range, SD log-odds | pairs | accuracy all / en / cy / mixed | complaint recall (lost) all / en / cy / mixed | asked: all (complaints) | complaints lost but asked | service requests asked |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const way of WAYS) {
  const chosen: Array<Bars & { without: string }> = [];
  const readings: Reading[] = [];
  for (const t of trainings) {
    const test = folds.get(t.without);
    if (!test) throw new Error(`no corpus ${t.without} in the training split`);
    const bars = way.choose(t.rows);
    chosen.push({ without: t.without, ...bars });
    // complaintAsk set (undefined where the way chooses none), so the trained weights' own does not carry over.
    const classifier = createClassifier({ ...t.weights, thresholds: { ...t.weights.thresholds, complaintAsk: undefined, ...complaintBars(bars) } });
    for (const item of test) {
      const got = classifier.classify(item.text, profile, item.answers, { today: item.answers?.today ?? CORPUS_TODAY });
      readings.push({ item, kind: got.kind, asked: got.clarify !== undefined });
    }
  }
  byWay.set(way.name, readings);
  const langs = ['all', 'en', 'cy', 'mixed'] as const;
  const pick = (lang: (typeof langs)[number]) => readings.filter((r) => lang === 'all' || r.item.lang === lang);
  const acc = langs.map((l) => pct(pick(l).filter((r) => isRight(r.item, r.kind as never)).length, pick(l).length));
  const rec = langs.map((l) => {
    const c = pick(l).filter((r) => r.item.kind === 'complaint');
    const lost = c.filter((r) => isLostComplaint(r.item, r.kind as never)).length;
    return `${pct(c.length - lost, c.length)} (${lost}/${c.length})`;
  });
  const asked = readings.filter((r) => r.asked);
  const lostAsked = readings.filter((r) => r.asked && isLostComplaint(r.item, r.kind as never)).length;
  const requests = readings.filter((r) => r.item.kind === 'service_request');
  const range = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}, ${sd(xs.map(logit)).toFixed(2)}`;
  const heard = chosen.map((c) => c.complaint);
  const calm = chosen.map((c) => c.complaintCalm);
  console.log(
    `| ${way.name} | ${range(heard)} | ${range(calm)} | ${new Set(chosen.map((c) => `${c.complaint}/${c.complaintCalm}`)).size} | ${acc.join(' / ')} | ${rec.join(' / ')} | ${asked.length} (${asked.filter((r) => r.item.kind === 'complaint').length}) | ${lostAsked} | ${requests.filter((r) => r.asked).length}/${requests.length} (${pct(requests.filter((r) => r.asked).length, requests.length)}) |`,
  );
  console.error(`${way.name}: ${chosen.map((c) => `${c.without} ${c.complaint}/${c.complaintCalm}`).join('; ')}`);
  results.push({
    way: way.name,
    bars: chosen,
    sdHeard: sd(heard.map(logit)),
    sdCalm: sd(calm.map(logit)),
    byLang: Object.fromEntries(
      langs.map((l) => {
        const rs = pick(l);
        const c = rs.filter((r) => r.item.kind === 'complaint');
        return [l, { n: rs.length, right: rs.filter((r) => isRight(r.item, r.kind as never)).length, complaints: c.length, lost: c.filter((r) => isLostComplaint(r.item, r.kind as never)).length }];
      }),
    ),
    asked: asked.length,
    askedComplaints: asked.filter((r) => r.item.kind === 'complaint').length,
    lostAsked,
    requests: requests.length,
    requestsAsked: requests.filter((r) => r.asked).length,
  });
}
if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 1));

// The twelfth session's counts (its rule, docs/triage/rounds.md): per language, complaints lost
// without a question, lines that are not complaints filed as one without a question, questions
// asked (complaints among them), service requests asked, accuracy as read and with a question
// counted right on a complaint or a service request (the answer routes it to its label).
const TWELFTH = ['argmax 97% (today)', 'tied, smoothed + 0.5 SE', 'A: tied + 0.5 SE, heard forced asked under argmax bar', 'B: tied + 0.5 SE, heard forced always asked'];
const unasked = (r: Reading) => !r.asked;
const lostUnasked = (r: Reading) => r.item.kind === 'complaint' && isLostComplaint(r.item, r.kind as never) && unasked(r);
const filedUnasked = (r: Reading) => r.kind === 'complaint' && !isRight(r.item, 'complaint') && unasked(r);
const answeredRight = (r: Reading) => isRight(r.item, r.kind as never) || (r.asked && (r.item.kind === 'complaint' || r.item.kind === 'service_request'));
console.log('\nTwelfth session: per language all / en / cy / mixed');
console.log('| way | heard ask bar: range | accuracy as read | accuracy, asked counted by label | complaints lost unasked | not complaints filed unasked (service requests) | asked (complaints) | service requests asked |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
const twelfth: Record<string, unknown> = {};
for (const name of TWELFTH) {
  const rs = byWay.get(name)!;
  const langs = ['all', 'en', 'cy', 'mixed'] as const;
  const pick = (lang: (typeof langs)[number]) => rs.filter((r) => lang === 'all' || r.item.lang === lang);
  const per = (f: (xs: Reading[]) => string) => langs.map((l) => f(pick(l))).join(' / ');
  const asks = (results as Array<{ way: string; bars: Bars[] }>).find((x) => x.way === name)!.bars.map((b) => b.complaintAsk).filter((x): x is number => x !== undefined);
  const count = (f: (r: Reading) => boolean) => (xs: Reading[]) => String(xs.filter(f).length);
  console.log(
    `| ${name} | ${asks.length ? `${Math.min(...asks).toFixed(2)}–${Math.max(...asks).toFixed(2)}` : '-'} | ${per((xs) => pct(xs.filter((r) => isRight(r.item, r.kind as never)).length, xs.length))} | ${per((xs) => pct(xs.filter(answeredRight).length, xs.length))} | ${per(count(lostUnasked))} | ${per((xs) => `${xs.filter(filedUnasked).length} (${xs.filter((r) => filedUnasked(r) && r.item.kind === 'service_request').length})`)} | ${per((xs) => `${xs.filter((r) => r.asked).length} (${xs.filter((r) => r.asked && r.item.kind === 'complaint').length})`)} | ${per((xs) => `${xs.filter((r) => r.asked && r.item.kind === 'service_request').length}/${xs.filter((r) => r.item.kind === 'service_request').length}`)} |`,
  );
  twelfth[name] = Object.fromEntries(
    langs.map((l) => {
      const xs = pick(l);
      return [l, { n: xs.length, right: xs.filter((r) => isRight(r.item, r.kind as never)).length, answeredRight: xs.filter(answeredRight).length, lostUnasked: xs.filter(lostUnasked).length, filedUnasked: xs.filter(filedUnasked).length, asked: xs.filter((r) => r.asked).length, askedComplaints: xs.filter((r) => r.asked && r.item.kind === 'complaint').length, requests: xs.filter((r) => r.item.kind === 'service_request').length, requestsAsked: xs.filter((r) => r.asked && r.item.kind === 'service_request').length }];
    }),
  );
}
if (values.json) writeFileSync(values.json.replace(/\.json$/, '') + '-twelfth.json', JSON.stringify(twelfth, null, 1));

// Line by line, today's argmax against the default since the eleventh session: label: read before
// -> read after ("?" where the clarifying question is asked), and whether each reading is right.
const before = byWay.get(WAYS[0].name)!;
const after = byWay.get('tied, smoothed + 0.5 SE')!;
const moved = new Map<string, number>();
before.forEach((x, i) => {
  const y = after[i];
  if (x.kind === y.kind && x.asked === y.asked) return;
  const ok = (r: Reading) => (isRight(r.item, r.kind as never) ? 'right' : 'wrong');
  const key = `${x.item.kind}: ${x.kind}${x.asked ? '?' : ''} -> ${y.kind}${y.asked ? '?' : ''} (${ok(x)} -> ${ok(y)})`;
  moved.set(key, (moved.get(key) ?? 0) + 1);
});
console.log(`\nLines read differently, ${WAYS[0].name} -> tied, smoothed + 0.5 SE (label: before -> after; ? asked):`);
for (const [key, n] of [...moved].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`${String(n).padStart(4)}  ${key}`);

// The same count, today's tied bar against each twelfth-session candidate (only questions can differ).
for (const name of TWELFTH.slice(2)) {
  const after = byWay.get(name)!;
  const moved = new Map<string, number>();
  byWay.get('tied, smoothed + 0.5 SE')!.forEach((x, i) => {
    const y = after[i];
    if (x.kind === y.kind && x.asked === y.asked) return;
    const key = `${x.item.kind} (${x.item.lang}): ${x.kind}${x.asked ? '?' : ''} -> ${y.kind}${y.asked ? '?' : ''}`;
    moved.set(key, (moved.get(key) ?? 0) + 1);
  });
  console.log(`\nLines read or asked differently, tied, smoothed + 0.5 SE -> ${name} (label (language): before -> after; ? asked):`);
  for (const [key, n] of [...moved].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`${String(n).padStart(4)}  ${key}`);
}
