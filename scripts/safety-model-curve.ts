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
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createProfileRegistry, DEFAULT_POLICY } from '../src/policy/profiles';
import { dangerNamed } from '../src/triage/hazard';
import { score } from '../src/triage/model';
import type { CueHit } from '../src/triage/matcher';
import { settles } from '../src/triage/rules';
import { classWeights, corpusFolds, trainLinear, TRAIN_OPTIONS, type LabelledMessage } from '../src/triage/train';
import { CORPUS_TODAY, isHeldOut, loadAll, ruleReader } from '../src/cli/triage-corpora';

/**
 * What the safety-flag models read (issue #19, fifth safety pass): the structure of a message,
 * not its words. Cue lists grown from the training errors fit the lines they were written
 * against and carried nothing to fresh writing (docs/triage/rounds.md, "fourth round, and dev7"); a model over
 * raw words would learn the same lines. So the flag models see only:
 *   s:hz:<category>   a hazard of that kind named (the hazard lexicon in cues.ts, written from
 *                     categories, never from a corpus line), crossed with
 *   …:now / …:past    told as happening now (now, tonight, still, at the moment, heno, ar hyn o bryd …)
 *                     or as history and resolution (last year, fixed, "if there was a fire", ago)
 *   s:p:<harm>        a person at risk: self-harm, violence, threat, fear, injury, exploitation,
 *                     neglect, abuse (hazard_person), crossed the same way
 *   s:cold_frail      no heat or hot water beside someone it could harm
 *   s:urgency         the resident says it is urgent, an emergency, or asks for help now
 *   s:many            hazards of two or more kinds in one message
 * Each feature keeps the resident's words behind it, so a flag or a question the model raises is
 * explained as the rules' are. Pure: the analysis in, a Map out.
 */

// A hazard hit's kind, from the resident's words (normalised: accents folded, mutations undone).
const HOME: Array<[string, RegExp]> = [
  ['co', /\b(carbon|co|monocsid|fumes|mygdarth|poison\w*|gwenwyn\w*)\b/],
  ['gas', /\b(gas|gassy|nwy)\b/],
  ['water_electric', /\b(water|leak\w*|drip\w*|wet|soaked|damp|dwr|gollwng|diferu|gwlyb|gollyngiad)\b.*\b(light\w*|lamp\w*|bulb\w*|socket\w*|switch\w*|fuse\w*|electric\w*|wiring|wires|plug\w*|golau|goleuadau|bwlb|soced\w*|switsh\w*|ffiws\w*|trydan|weirio|gwifr\w*|plwg)\b|\b(light\w*|socket\w*|switch\w*|fuse\w*|electric\w*|wiring|golau|goleuadau|soced\w*|switsh\w*|ffiws\w*|trydan|weirio)\b.*\b(water|leak\w*|drip\w*|wet|soaked|dwr|gollwng|diferu|gwlyb)\b/],
  ['electric', /\b(electric\w*|wiring|wires?|fuse\w*|fusebox|socket\w*|plug\w*|switch\w*|spark\w*|shock\w*|trydan|weirio|gwifr\w*|ffiws\w*|soced\w*|plwg|plygiau|switsh\w*|gwreichion\w*|sioc)\b/],
  ['fire', /\b(fire|fires|flames?|smoke|smoky|smoking|burn\w*|smouldering|alarm\w*|tan|fflam\w*|mwg|myglyd|mygu|llosgi|larwm)\b/],
  ['structure', /\b(ceiling|walls?|roof|floor\w*|stairs|staircase|chimney|balcony|beam|joists?|plaster|collaps\w*|subsid\w*|structural|apart|tree|branch|glass|nenfwd|waliau|wal|to|llawr|lloriau|grisiau|star|staer|simdde|balconi|trawst\w*|plastr|strwythurol|ddarnau|darnau|coeden|cangen|gwydr)\b/],
  ['sewage', /\b(sewage|sewer|waste|foul|toilets?|carthion|carthffos\w*|budr|brwnt|toiled|bach)\b/],
  ['security', /\b(doors?|windows?|locks?|latch|secure|insecure|drws|drysau|ffenest\w*|clo|cloeon|clicied|cloi)\b/],
];
const PERSON: Array<[string, RegExp]> = [
  ['self_harm', /\b(suicid\w*|self harm\w*|myself|end it|end my life|overdose|die|cant cope|cant go on|hunanladd\w*|niweidio|hunan|gorddos|marw|ymdopi|cario|tablets|pills|paracetamol|meds|tabledi|pils|moddion)\b/],
  ['violence', /\b(hit|beat\w*|punch\w*|attack\w*|assault\w*|violen\w*|knife|stabbed|strangl\w*|grabbed|pushed|kicked|slapped|choked|shoved|ymosod\w*|treisgar|trais|taro|dyrnu|tagu|cyllell|trywanu|gwthio|cicio|slapio)\b/],
  ['threat', /\b(threat\w*|intimidat\w*|harass\w*|stalk\w*|bygwth\w*|bygythiad\w*|bygythiol|aflonyddu)\b/],
  ['fear', /\b(scared|frightened|afraid|terrified|petrified|fear\w*|panic\w*|unsafe|safe|danger\w*|ofn\w*|dychryn\w*|arswyd\w*|panig|anniogel|ddiogel|diogel|saff|perygl\w*)\b/],
  ['injury', /\b(hurt\w*|injur\w*|bleeding|blood|fell|fallen|fall|tripped|unconscious|collapsed|ambulance|a&e|hospital|trapped|brifo|anaf\w*|gwaedu|gwaed|cwympo|syrthio|disgyn|baglu|anymwybodol|ambiwlans|ysbyty|caeth)\b/],
  ['exploitation', /\b(drugs|county lines|money|pension|bank card|account|cyffuriau|arian|pensiwn|cerdyn)\b/],
  ['neglect', /\b(neglect\w*|esgeulus\w*|risk|risg)\b/],
  ['abuse', /\b(abus\w*|cam drin|camdrin)\b/],
];

// Told as happening now: the hazard is live, in the present, tonight, still.
const NOW = /\b(now|right now|tonight|at the moment|currently|still|today|this morning|this evening|this afternoon|as we speak|immediately|straight away|keeps|nawr|rwan|heno|heddiw|ar hyn o bryd|ar y funud|bore ma|o hyd|dal|yn syth|newydd)\b/;
// Told as history or as settled: a time gone, a fix, a condition.
const PAST = /\b(last (year|month|week|winter|summer|spring|autumn|christmas)|years ago|months ago|weeks ago|a year ago|back in|used to|was fixed|were fixed|got fixed|been fixed|fixed it|repaired|sorted|made safe|capped|replaced|if|in case|would|could|llynedd|blwyddyn diwethaf|mis diwethaf|gaeaf diwethaf|blynedd yn ol|blynyddoedd yn ol|misoedd yn ol|wedi trwsio|wedi ei drwsio|wedi cael ei drwsio|os|pe bai|rhag ofn)\b/;
const URGENCY = /\b(urgent\w*|emergency|asap|help me|help us|please help|desperate|999|argyfwng|brys|frys|helpwch|help)\b/;

function kindsOf(hits: readonly CueHit[], table: Array<[string, RegExp]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const h of hits) {
    const words = ` ${h.words} `;
    const kind = table.find(([, re]) => re.test(words));
    if (kind && !out.has(kind[0])) out.set(kind[0], h.words);
  }
  return out;
}

/**
 * The safety-structure features of a message (see above), from the rules' analysis: its tokens
 * (canonical forms) and cue hits. A hazard word inside a setting that names no hazard (a gas
 * bill) or no hazard now (the flags' own settled settings) counts as `…:past`, not as a hazard now.
 */
function safetyFeatures(tokens: readonly { form: string }[], hits: readonly CueHit[]): Map<string, string> {
  const out = new Map<string, string>();
  const add = (name: string, words: string) => {
    if (!out.has(name)) out.set(name, words);
  };
  add('bias', '');
  const text = ` ${tokens.map((t) => t.form).join(' ')} `;
  const settings = hits.filter((h) => h.cue === 'hazard_setting' || (h.cue === 'not_now' && settles(h))).map((h) => ` ${h.words} `);
  const inSetting = (h: CueHit) => settings.some((w) => w.includes(` ${h.words} `));
  const now = NOW.exec(text)?.[0];
  const past = PAST.exec(text)?.[0];
  const live = (cue: CueHit['cue']) => hits.filter((h) => h.cue === cue && !inSetting(h));
  const settled = hits.filter((h) => h.cue.startsWith('hazard') && h.cue !== 'hazard_setting' && inSetting(h));
  if (settled.length) add('s:settled', settled[0].words);

  const home = kindsOf(live('hazard'), HOME);
  const person = kindsOf(live('hazard_person'), PERSON);
  const frail = live('hazard_frail');
  const cold = frail.length ? live('hazard_cold') : [];
  if (cold.length) home.set('cold_frail', `${cold[0].words}, ${frail[0].words}`);
  for (const [prefix, kinds] of [['s:hz', home], ['s:p', person]] as const) {
    for (const [kind, words] of kinds) {
      add(`${prefix}:${kind}`, words);
      if (now) add(`${prefix}:${kind}:now`, `${words}, ${now.trim()}`);
      if (past) add(`${prefix}:${kind}:past`, `${words}, ${past.trim()}`);
    }
  }
  const any = [...home.values(), ...person.values()];
  if (any.length) {
    if (now) add('s:any:now', `${any[0]}, ${now.trim()}`);
    if (past) add('s:any:past', `${any[0]}, ${past.trim()}`);
    if (!now && !past) add('s:any:untimed', any[0]);
  }
  if (home.size + person.size >= 2) add('s:many', any.join(', '));
  if (person.size && frail.length) add('s:p:frail', `${[...person.values()][0]}, ${frail[0].words}`);
  const urgency = URGENCY.exec(text)?.[0];
  if (urgency) {
    add('s:urgency', urgency.trim());
    if (any.length) add('s:urgency:hazard', `${urgency.trim()}, ${any[0]}`);
  }
  return out;
}

/** Structure-only flag models (a flag each), as train.ts fits its flag models. */
function fitSafety(data: Array<{ message: LabelledMessage; features: Map<string, string> }>) {
  const flag = (name: 'urgent' | 'safeguarding') => {
    const labels = data.map((d) => (d.message[name] ? 1 : 0));
    const fw = classWeights(labels, 2);
    return trainLinear(data.map((d, i) => ({ features: [...d.features.keys()], label: labels[i], weight: fw[labels[i]] })), ['no', 'yes'], { ...TRAIN_OPTIONS, l2: TRAIN_OPTIONS.flagL2 });
  };
  return { urgent: flag('urgent'), safeguarding: flag('safeguarding') };
}

const { values } = parseArgs({ options: { without: { type: 'string' }, file: { type: 'string', multiple: true }, words: { type: 'boolean', default: false }, downgrade: { type: 'boolean', default: false }, show: { type: 'string', multiple: true } } });
// --words: the resident's words (canonical forms) beside the structure, to compare a model that can hear wording no list names.
const featuresOf = (tokens: readonly { form: string }[], hits: readonly CueHit[]) => {
  const f = safetyFeatures(tokens, hits);
  if (values.words) for (const t of tokens) if (!f.has(`w:${t.form}`)) f.set(`w:${t.form}`, t.form);
  return f;
};
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const read = ruleReader(profile, CORPUS_TODAY);
const lines = loadAll().filter((m) => !isHeldOut(m) && m.corpus !== values.without);
const data = lines.map((message) => {
  const { analysis, ruled } = read(message);
  return { message, features: featuresOf(analysis.tokens, analysis.hits), ruled, asked: dangerNamed(analysis.hits) !== null };
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
  const reached = (r: Row, t: number) => r.ruledU || r.ruledS || r.asked || r.pu >= t || r.ps >= t;
  const base = (r: Row) => r.ruledU || r.ruledS || r.asked;
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
    return { m, pu: score(all.urgent, f)[1], ps: score(all.safeguarding, f)[1], ruledU: Boolean(ruled.urgent), ruledS: Boolean(ruled.safeguarding), asked: dangerNamed(analysis.hits) !== null };
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
