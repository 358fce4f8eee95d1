/**
 * Issue #19, fifth safety pass: would a learned flag model carry to writing nobody tuned on?
 * The flag models here read the structure of a message (safetyFeatures, below: hazard and harm
 * kinds, now or history, urgency), not the cue lists grown from training errors. Each training
 * corpus is left out in turn (as `eval:triage -- --cv-corpus`), the models trained on the rest,
 * and the left-out lines scored; per threshold it prints how many urgent / safeguarding lines the
 * model alone raises (and how many false), and how far rules' flags OR the danger question OR the
 * model (as a second trigger for the question) reach, against how many lines with neither label
 * would be asked. Counts only, never lines; never the held-out fold.
 *
 *   npx tsx scripts/safety-model-curve.ts --without dev7     # leave a validation corpus out of everything
 *     --words                     the resident's words as well (a model that can hear wording no list names)
 *     --file f.jsonl              also score a labelled file with models trained on the whole training split
 *     --downgrade                 how many of the rules' true and false flags the model scores low
 *     --show dev8                 also the curve on one corpus's lines alone, scored while it was left out (repeatable)
 *     --ungated                   with --words: small words ("he", "her", "me") read everywhere, as the tenth pass's
 *                                 trigger did (shipped since the eleventh: only beside a harm or a sign of care gone)
 *     --sg-at 0.5                 the safeguarding model held at this threshold (the shipped trigger's), the urgent one
 *                                 (with --words: the home trigger, as shipped since the eleventh pass) swept
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createProfileRegistry, DEFAULT_POLICY } from '../src/policy/profiles';
import { dangerNamed } from '../src/triage/hazard';
import { score } from '../src/triage/model';
import type { CueHit } from '../src/triage/matcher';
import { dangerWordFeatures, fitDangerWords, safetyFeatures } from '../src/triage/danger-words';
import { classWeights, corpusFolds, trainLinear, TRAIN_OPTIONS, type LabelledMessage } from '../src/triage/train';
import { CORPUS_TODAY, isHeldOut, loadAll, ruleReader } from '../src/cli/triage-corpora';

// What the flag models read (the structure of a message, and with --words its words too) is
// src/triage/danger-words.ts since the tenth safety pass, where the shipped trigger reads it.

/** Structure-only flag models (a flag each), as train.ts fits its flag models; with --words, the two shipped triggers. */
function fitSafety(data: Array<{ message: LabelledMessage; features: Map<string, string> }>) {
  if (values.words) return { urgent: fitDangerWords(data, 'urgent'), safeguarding: fitDangerWords(data, 'safeguarding') };
  const flag = (name: 'urgent' | 'safeguarding') => {
    const labels = data.map((d) => (d.message[name] ? 1 : 0));
    const fw = classWeights(labels, 2);
    return trainLinear(data.map((d, i) => ({ features: [...d.features.keys()], label: labels[i], weight: fw[labels[i]] })), ['no', 'yes'], { ...TRAIN_OPTIONS, l2: TRAIN_OPTIONS.flagL2 });
  };
  // Safeguarding as the shipped trigger is trained (the same options, written out there).
  return { urgent: flag('urgent'), safeguarding: fitDangerWords(data) };
}

const { values } = parseArgs({ options: { without: { type: 'string' }, file: { type: 'string', multiple: true }, words: { type: 'boolean', default: false }, downgrade: { type: 'boolean', default: false }, show: { type: 'string', multiple: true }, 'sg-at': { type: 'string' }, ungated: { type: 'boolean', default: false } } });
const sgAt = values['sg-at'] === undefined ? undefined : Number(values['sg-at']);
// --words: the resident's words (canonical forms) beside the structure, to compare a model that can hear wording no list names.
const featuresOf = (tokens: readonly { form: string }[], hits: readonly CueHit[]) => (values.words ? dangerWordFeatures(tokens, hits, !values.ungated) : safetyFeatures(tokens, hits));
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const read = ruleReader(profile, CORPUS_TODAY);
const lines = loadAll().filter((m) => !isHeldOut(m) && m.corpus !== values.without);
const data = lines.map((message) => {
  const { analysis, ruled } = read(message);
  return { message, features: featuresOf(analysis.tokens, analysis.hits), ruled, asked: dangerNamed(analysis.hits, message.text) !== null };
});
type Row = { m: LabelledMessage; pu: number; ps: number; ruledU: boolean; ruledS: boolean; asked: boolean };
const rows: Row[] = [];
for (const { train, test } of corpusFolds(data, (d) => d.message)) {
  const models = fitSafety(train);
  for (const d of test) rows.push({ m: d.message, pu: score(models.urgent, d.features)[1], ps: score(models.safeguarding, d.features)[1], ruledU: Boolean(d.ruled.urgent), ruledS: Boolean(d.ruled.safeguarding), asked: d.asked });
}
function curve(title: string, rows: Row[]) {
  console.log(`\n== ${title}`);
  const others = rows.filter((r) => !r.m.urgent && !r.m.safeguarding);
  const reached = (r: Row, t: number) => r.ruledU || r.ruledS || r.asked || r.pu >= t || r.ps >= (sgAt ?? t);
  // With --sg-at the base already holds the safeguarding trigger at its threshold: what the home one adds.
  const base = (r: Row) => r.ruledU || r.ruledS || r.asked || (sgAt !== undefined && r.ps >= sgAt);
  for (const t of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const u = rows.filter((r) => r.m.urgent);
    const s = rows.filter((r) => r.m.safeguarding);
    console.log([
      `t ${t}`,
      `model alone: urgent ${u.filter((r) => r.pu >= t).length}/${u.length} (false ${rows.filter((r) => !r.m.urgent && r.pu >= t).length})`,
      `sg ${s.filter((r) => r.ps >= t).length}/${s.length} (false ${rows.filter((r) => !r.m.safeguarding && r.ps >= t).length})`,
      `| reach flag/ask: urgent ${u.filter(base).length} -> ${u.filter((r) => reached(r, t)).length}`,
      `sg ${s.filter(base).length} -> ${s.filter((r) => reached(r, t)).length}`,
      `others ${others.filter(base).length} -> ${others.filter((r) => reached(r, t)).length}/${others.length}`,
    ].join('  '));
  }
}
curve('leave-corpus-out, training split' + (values.without ? ` without ${values.without}` : ''), rows);
for (const name of values.show ?? []) curve(`leave-corpus-out, ${name} alone (left out)`, rows.filter((r) => r.m.corpus === name));
const all = fitSafety(data);
for (const file of values.file ?? []) {
  const fileRows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    const m = { id: `${i + 1}`, corpus: file, source: file + i, kind: 'none', ...JSON.parse(l) } as LabelledMessage;
    const { analysis, ruled } = read(m);
    const f = featuresOf(analysis.tokens, analysis.hits);
    return { m, pu: score(all.urgent, f)[1], ps: score(all.safeguarding, f)[1], ruledU: Boolean(ruled.urgent), ruledS: Boolean(ruled.safeguarding), asked: dangerNamed(analysis.hits, m.text) !== null };
  });
  curve(`${file}, trained on the whole training split${values.without ? ` without ${values.without}` : ''}`, fileRows);
}
if (values.downgrade) {
  for (const t of [0.1, 0.2, 0.3, 0.4]) {
    const ru = rows.filter((r) => r.ruledU);
    const rs = rows.filter((r) => r.ruledS);
    console.log(`rules' flags below ${t}: urgent true ${ru.filter((r) => r.m.urgent && r.pu < t).length}/${ru.filter((r) => r.m.urgent).length} false ${ru.filter((r) => !r.m.urgent && r.pu < t).length}/${ru.filter((r) => !r.m.urgent).length}; sg true ${rs.filter((r) => r.m.safeguarding && r.ps < t).length}/${rs.filter((r) => r.m.safeguarding).length} false ${rs.filter((r) => !r.m.safeguarding && r.ps < t).length}/${rs.filter((r) => !r.m.safeguarding).length}`);
  }
}
