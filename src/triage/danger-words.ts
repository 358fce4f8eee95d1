import type { Features } from './features';
import type { CueHit } from './matcher';
import { score, weightsOf, type LinearModel } from './model';
import { hazardSettingOf } from './hazard';
import { classWeights, trainLinear, type LabelledMessage, type RuleReader, type TrainOptions } from './train';

/**
 * The learned safeguarding trigger for the danger question (issue #19, tenth safety pass): a
 * binary model over the structure of a message (below) and the resident's own words, trained on
 * the training split's safeguarding labels. Where no flag is raised and it reads a person at risk
 * at 0.5 or more, the bot asks the danger question about a person (`confirmDanger: 'person'`),
 * quoting the words that weighed most. It never raises a flag: measured as a flag it was wrong
 * too often (docs/triage/flags.md, fifth pass), but as a second way to ask it carried to writing
 * nobody studied (ninth pass: dev8's training split 17 -> 21 of 21 reached, no more asked there).
 *
 * Kept in src/triage/danger-words.json, beside weights.json rather than in it: it is trained on
 * the training split only (never the held-out fold, which weights.json does train on), from the
 * rules' reading alone, so retraining the kind model leaves it as it is, and a held-out reading
 * of it stays honest. `npm run train:triage` writes both, `-- --check` checks both.
 */

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
export function safetyFeatures(tokens: readonly { form: string }[], hits: readonly CueHit[]): Map<string, string> {
  const out = new Map<string, string>();
  const add = (name: string, words: string) => {
    if (!out.has(name)) out.set(name, words);
  };
  add('bias', '');
  const text = ` ${tokens.map((t) => t.form).join(' ')} `;
  const inSetting = hazardSettingOf(hits);
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


/** The trigger's threshold, chosen on dev8's left-out training split in the ninth pass (not re-tuned since). */
export const DANGER_WORDS_THRESHOLD = 0.5;
/**
 * The home trigger's threshold (eleventh safety pass): chosen from scripts/safety-model-curve.ts
 * --words --sg-at 0.5 --without dev13, left out per corpus, on the training split without dev13.
 */
export const DANGER_WORDS_HOME_THRESHOLD = 0.5;

// The options the ninth pass measured it with (scripts/safety-model-curve.ts): the safety flags'
// stronger penalty, so no everyday word alone carries it. Written out, not taken from
// TRAIN_OPTIONS, so a change to the kind model's options does not move the trigger unseen.
export const DANGER_WORDS_OPTIONS: TrainOptions = { l2: 0.01, iterations: 1000, minCount: 2, flagL2: 0.01, classPower: 0.5 };

/**
 * The committed triggers (src/triage/danger-words.json): a person at risk (`safeguarding`,
 * tenth pass) and an emergency in the home (`home`, eleventh pass, trained on the urgent labels).
 * One file: both read the same features of the same lines, so one training writes both and they
 * cannot be trained on different splits.
 */
export interface DangerWords {
  version: 1 | 2;
  /** The training split's lines it was trained on, by corpus. */
  trainedOn: Array<{ corpus: string; messages: number }>;
  threshold: number;
  safeguarding: LinearModel;
  /** Absent in a version 1 file: no home trigger. */
  homeThreshold?: number;
  home?: LinearModel;
}

/** Which label a trigger is trained on. */
export type DangerWordsLabel = 'safeguarding' | 'urgent';

// Words that say who a message is about, not what happened (the tenth pass's "Left": the
// safeguarding trigger weighed "he", "her", "me" among its heaviest words).
const SMALL = new Set(
  ('he him his himself she her hers herself me my mine myself i im ive id they them their we us our you your ' +
    'e fe fo ef hi fi mi i ni nhw chi ti fy ei eu ein eich dy')
    .split(' '),
);
// A sign that care has gone: a carer who stopped coming, someone not eating or not seen.
const CARE_GONE = /\b(carers?|care (package|worker\w*|plan)|not eat\w*|not been eat\w*|no food|nothing to eat|not been seen|hasnt been seen|havent seen (him|her|them)|left alone|on (his|her|their) own|wander\w*|confused|gofalwr|gofalwyr|gofal|heb fwyta|dim bwyd|ar ei ben ei hun|ar ei phen ei hun)\b/;

/**
 * The small words above are read only beside a harm to a person or a sign of care gone, by both
 * triggers: measured on the training split without dev13, left out per corpus, it reached 2 more
 * urgent and 1 more safeguarding line for 2 more questions (docs/triage/flags.md, eleventh pass).
 */
export const SMALL_WORDS_GATED = true;

/** What the trigger reads: the structure (safetyFeatures) and each word's canonical form (`w:`), with the resident's words behind each. */
export function dangerWordFeatures(tokens: readonly { form: string; raw?: string }[], hits: readonly CueHit[], gated = SMALL_WORDS_GATED): Features {
  const f = safetyFeatures(tokens, hits);
  const keepSmall = !gated || [...f.keys()].some((k) => k.startsWith('s:p:')) || hits.some((h) => h.cue === 'hazard_frail') || CARE_GONE.test(` ${tokens.map((t) => t.form).join(' ')} `);
  for (const t of tokens) if (!f.has(`w:${t.form}`) && (keepSmall || !SMALL.has(t.form))) f.set(`w:${t.form}`, t.raw ?? t.form);
  return f;
}

/** One trigger over those features, as train.ts fits its flag models (balanced, softened). */
export function fitDangerWords(data: ReadonlyArray<{ message: Pick<LabelledMessage, DangerWordsLabel>; features: Features }>, label: DangerWordsLabel = 'safeguarding'): LinearModel {
  const labels = data.map((d) => (d.message[label] ? 1 : 0));
  const fw = classWeights(labels, 2);
  return trainLinear(data.map((d, i) => ({ features: [...d.features.keys()], label: labels[i], weight: fw[labels[i]] })), ['no', 'yes'], DANGER_WORDS_OPTIONS);
}

/** Trains both triggers on `messages` (the caller gives the training split), in their order: the same lines give the same bytes. */
export function trainDangerWords(messages: readonly LabelledMessage[], read: RuleReader): DangerWords {
  const data = messages.map((message) => {
    const { analysis } = read(message);
    return { message, features: dangerWordFeatures(analysis.tokens, analysis.hits) };
  });
  const corpora = [...new Set(messages.map((m) => m.corpus))].sort();
  return {
    version: 2,
    trainedOn: corpora.map((corpus) => ({ corpus, messages: messages.filter((m) => m.corpus === corpus).length })),
    threshold: DANGER_WORDS_THRESHOLD,
    safeguarding: fitDangerWords(data, 'safeguarding'),
    homeThreshold: DANGER_WORDS_HOME_THRESHOLD,
    home: fitDangerWords(data, 'urgent'),
  };
}

/** One feature a line, so a retrained trigger reads as a diff. */
export function dangerWordsFile(d: DangerWords): string {
  const model = (m: LinearModel) => {
    const weights = Object.entries(m.weights).map(([f, ws]) => `      ${JSON.stringify(f)}: ${JSON.stringify(ws)}`).join(',\n');
    return `{\n    "labels": ${JSON.stringify(m.labels)},\n    "weights": {\n${weights}\n    }\n  }`;
  };
  const home = d.home ? `,\n  "homeThreshold": ${d.homeThreshold ?? DANGER_WORDS_HOME_THRESHOLD},\n  "home": ${model(d.home)}` : '';
  return `{\n  "version": ${d.version},\n  "trainedOn": ${JSON.stringify(d.trainedOn)},\n  "threshold": ${d.threshold},\n  "safeguarding": ${model(d.safeguarding)}${home}\n}\n`;
}

export interface DangerWordsReading {
  /** The model's probability that a person is at risk (or, read with `home`, of an emergency in the home). */
  p: number;
  /** The features that weighed most towards it, heaviest first, with the resident's words behind each. */
  weighed: Array<{ feature: string; words: string; weight: number }>;
}

/** A trigger's reading of a message's features: its probability, and what weighed towards it. */
export function readTrigger(model: LinearModel, features: Features): DangerWordsReading {
  const p = score(model, features)[1];
  const weighed: DangerWordsReading['weighed'] = [];
  const table = weightsOf(model);
  for (const [feature, words] of features) {
    const w = table.get(feature);
    if (w && w[1] - w[0] > 0) weighed.push({ feature, words, weight: w[1] - w[0] });
  }
  weighed.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
  return { p, weighed };
}

/** The safeguarding trigger's reading of a message: its probability, and what weighed towards it. */
export function readDangerWords(d: DangerWords, tokens: readonly { form: string; raw?: string }[], hits: readonly CueHit[]): DangerWordsReading {
  return readTrigger(d.safeguarding, dangerWordFeatures(tokens, hits));
}
