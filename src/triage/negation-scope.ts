/**
 * Whose "not" it is. "Nobody has phoned back" is the landlord failing; "dw i ddim wedi ffonio
 * eto" ("I haven't phoned yet") and "I haven't reported it before" are the resident saying this is
 * a first report. The cue lists match the words either way ("ddim wedi ffonio", "o'r blaen"), so
 * the rules (rules.ts) and the model's features (features.ts) both leave out a failure or
 * repetition cue that sits inside the resident's own negated telling, and "no complaints" is
 * not a complaint word.
 */
import { punctuated } from './punctuated';

/** Said of the wish to complain, not a complaint: "not a complaint", "no complaints, lovely job", "dim cwyn". Over canonical text. */
export const NOT_COMPLAINING = new RegExp(
  String.raw`\b(not|never|dont want to|do not want to|no need to|cannot|cant|nothing to|nothing much to|nowt to) (complain|complaining|make a complaint)\b|\bnot a complaint\b|\bno (complaints?|grumbles)\b(?! (was|were|has|have|had|been|reference|ref|number|response|reply|logged|raised|recorded|record|procedure|process|policy|form|acknowledgement|letter|officer|team|made|about the|about how|about your))` +
    String.raw`|\bddim yn cwyno\b|\bdim (cwyn|cwynion)\b|\bnid cwyn\b|\bdim (byd )?i cwyno\b|\bdim rheswm i cwyno\b` +
    // "dim isio cwyno", "sa i moyn cwyno" (canonical "dw i dim moyn"), "dw i ddim eisiau gwneud cwyn": not wanting to complain.
    String.raw`|\b(dim|ddim|heb) (isio|eisiau|eisio|isie|ishe|moyn|angen) (cwyno|gwneud cwyn|neud cwyn|gneud cwyn|rhoi cwyn|cwyn)\b`,
);

// The resident as subject, typed (apostrophes deleted, so "I've" is "ive") or canonical ("sa i" is "dw i dim").
const SUBJECT = String.raw`(i|we|ive|weve|id|wed|i have|we have|dw i|dwi|dydw i|dydwi|rydw i|rwy|rwyf|wi|sa i|so i|smo i|nes i|wnes i|naethon ni|wnaethon ni|dan ni|dyn ni|dyw i|dydyn ni|rydyn ni|ryn ni)`;
const NOT = String.raw`(havent|have not|hadnt|had not|didnt|did not|never|not|ddim|dim|heb)`;
const TELLING = String.raw`(reported|report|told|tell|called|call|rang|ring|rung|phoned|phone|contacted|contact|emailed|email|complained|chased|mentioned|raised|said|say|ffonio|ffono|cysylltu|galw|riportio|rhoi gwybod|roi gwybod|dweud|ddweud|deud|ddeud|gweud|weud|son|ebostio|e bostio)`;
/** "I haven't reported it", "dw i ddim wedi ffonio", "so i di cysylltu": the resident's own not, with a telling verb. */
// Southern "sa i", "so i", "smo i" are "I'm not" in one ("so i di cysylltu": I haven't been in touch).
const OWN_NOT = new RegExp(String.raw`\b(${SUBJECT} ${NOT}|sa i|so i|smo i|sai|soi) (yet |even |actually |ever |ever really |wedi |di |yn )?${TELLING}\b`, 'g');
// How far after the resident's "not … phoned" a cue may begin and still be read in it ("… a chi o'r blaen", "… it before").
const REACH = 16;

/**
 * "I've reported it to the police", "dw i 'di ffonio'r heddlu", "I've rung 999": told to another
 * body, the telling is no history with the landlord (typed "ffonio'r" is "ffonior", canonical "ffonio y").
 */
const TOLD_OTHERS = new RegExp(
  String.raw`\b(wedi |di |ive |weve |i have |we have |have |i |we )?(reported|told|called|rang|rung|phoned|contacted|informed|been to|gone to|went to|ffonio|ffono|ffonior|ffonor|cysylltu a|cysylltu efo|cysylltu gyda|dweud wrth|deud wrth|riportio)( it| this| him| her| them| hyn| fo| fe| hi| nhw)?( to| i| ir| wrth)?( the| y| yr)? (police|999|101|heddlu|ambulance|ambiwlans|social services|gwasanaethau cymdeithasol|rspca)\b` +
    // Told without a teller ("police were called", "the police have been rung", "galwyd yr heddlu"):
    // the same telling to another body, so its "called" is no history with the landlord (sixteenth round).
    String.raw`|\b(the |y |yr )?(police|heddlu|ambulance|ambiwlans) (were|was|have been|has been|had been|got|wedi cael eu|wedi cael ei) (called|rung|phoned|contacted|informed|galw|ffonio)\b|\b(galwyd|ffoniwyd) (y |yr )?(heddlu|ambiwlans)\b`,
  'g',
);

/** Spans [start, end) of the resident's own negated telling, or of a telling to another body, in `text` (typed or canonical). */
export function ownNegations(text: string): Array<[number, number]> {
  return [...spansOf(OWN_NOT, text), ...spansOf(TOLD_OTHERS, text)];
}

/** The first words of each kind, for the model's features: `n:own_not` and `n:told_others`. */
export function ownNegationWords(text: string): { ownNot?: string; toldOthers?: string } {
  const own = spansOf(OWN_NOT, text)[0];
  const others = spansOf(TOLD_OTHERS, text)[0];
  return { ownNot: own && text.slice(own[0], own[1]).trim(), toldOthers: others && text.slice(others[0], others[1]).trim() };
}

function spansOf(re: RegExp, text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(re)) spans.push([m.index!, m.index! + m[0].length]);
  return spans;
}

/** Whether the words at [start, end) of `text` begin inside, or just after, one of the spans. */
export function withinOwn(spans: Array<[number, number]>, start: number): boolean {
  return spans.some(([s, e]) => start >= s && start <= e + REACH);
}

/**
 * For one message: whether a cue's matched words (the resident's, as the matcher gives them)
 * stand in the resident's own negated telling. Null where the message has none (the usual case).
 */
export function ownNegationIn(text: string): ((words: string) => boolean) | null {
  // The rules and the model's features both ask of the same message in turn: one entry remembered,
  // as referenceIn does, so its punctuated reading and the two expressions run once.
  if (lastOwn?.text !== text) lastOwn = { text, reader: readOwnNegation(text) };
  return lastOwn.reader;
}
let lastOwn: { text: string; reader: ((words: string) => boolean) | null } | null = null;

function readOwnNegation(text: string): ((words: string) => boolean) | null {
  const typed = punctuated(text);
  const spans = ownNegations(typed);
  if (!spans.length) return null;
  return (words) => {
    const w = punctuated(words).trim();
    if (!w) return false;
    for (let at = typed.indexOf(w); at >= 0; at = typed.indexOf(w, at + 1)) if (withinOwn(spans, at)) return true;
    return false;
  };
}

/** The cues the resident's own "not" (or a telling to the police) turns round: a failure or a repetition that is not the landlord's. */
export const TURNED_BY_OWN_NOT: ReadonlySet<string> = new Set(['failure', 'repeated']);

// "No legal claim has been issued", "we haven't gone to court", "dim achos llys": a step at court
// denied is no legal proceedings. The "not" must stand within two words before the cue's words.
const DENIED_BEFORE = /\b(no|not|never|havent|hasnt|hadnt|didnt|dont|ddim|dim|heb|nid|nad)( \w+){0,2} $/;

/** For one message: whether a court cue's matched words are denied just before them. */
export function deniedIn(text: string): (words: string) => boolean {
  const typed = punctuated(text);
  return (words) => {
    const w = punctuated(words).trim();
    if (!w) return false;
    for (let at = typed.indexOf(w); at >= 0; at = typed.indexOf(w, at + 1)) {
      const before = typed.slice(Math.max(0, at - 40), at);
      if (DENIED_BEFORE.test(before)) return true;
    }
    return false;
  };
}

/** The cues a "not" just before them denies: a claim at court that has not been made. */
export const DENIED_BY_NOT: ReadonlySet<string> = new Set(['legal_court']);

/**
 * Issue #19, ninth safety pass: a hazard told as absent ("nobody smelt a gas leak", "there is not a
 * gas smell", "it does not smell of gas any more", "dim arogl nwy", "sa i'n gallu clywed arogl
 * nwy") is not a present one. The cue lists match the hazard's words either way, so the gas and
 * fire flags were raised on a resident telling that there was none. A hit is absent when, read
 * back from its first word within its clause, only small words (pronouns, auxiliaries, "a", "any",
 * "yn", "wedi", "gallu") and words of perceiving ("smell", "smelt", "hear", "arogl", "clywed",
 * "sign of") stand between it and a "not" ("not", "never", "nobody", "dim", "ddim", "heb", "neb",
 * "sa i"). A "not" that governs anything else ("nobody has come about the gas leak", "I can't
 * stand the smell of gas") leaves the hazard present. Two kinds of sentence keep it present
 * whatever the "not": one that doubts ("I can't tell if it's gas", "not sure but I think I smell
 * gas", "dwn i ddim", "falle"): doubt about gas is still a gas emergency; and one that goes on after
 * the hit with "but", "until", "still", "ond", "tan", "dal" ("didn't smell gas until this morning").
 */
const NEGATORS = new Set([
  'not', 'no', 'never', 'nobody', 'noone', 'neither', 'nor', 'cant', 'cannot', 'couldnt', 'didnt', 'dont', 'doesnt', 'havent', 'hasnt', 'hadnt', 'wont', 'wouldnt', 'isnt', 'wasnt', 'arent', 'werent', 'aint',
  'ddim', 'dim', 'heb', 'neb', 'nid', 'nad', 'erioed', 'smo', 'sai', 'soi', 'dyw', 'dydy', 'dydi', 'dydw', 'doedd', 'dydyn',
]);
// Southern "sa i", "so i'n", "smo fi": "so" and "sa" are a "not" only before the person (English "so" is not).
const NOT_BEFORE_PERSON = new Set(['sa', 'so']);
const PERSON_AFTER = new Set(['i', 'in', 'fi', 'ni', 'nin', 'chi', 'e', 'hi']);
// Words that may stand between a "not" and the hazard it denies: no word of this list names
// anything the "not" could be about instead.
const BETWEEN = new Set([
  'i', 'we', 'you', 'they', 'he', 'she', 'it', 'its', 'one', 'anyone', 'anybody', 'any', 'a', 'an', 'the', 'there', 'theres', 'is', 'was', 'are', 'were', 'be', 'been', 'have', 'has', 'had', 'able', 'to', 'can', 'could', 'do', 'did', 'does', 'of', 'really', 'actually', 'even', 'ever', 'yet', 'at', 'all', 'longer',
  'yn', 'n', 'in', 'wedi', 'di', 'gallu', 'allu', 'medru', 'fedru', 'unrhyw', 'y', 'yr', 'r', 'o', 'fo', 'fe', 'hi', 'ni', 'nhw', 'chi', 'does', 'oes', 'mae', 'wir', 'byth', 'ddim', 'dim', 'wi', 'dw', 'dwi',
]);
const PERCEIVING = new Set([
  'smell', 'smells', 'smelt', 'smelled', 'smelling', 'sniff', 'whiff', 'hear', 'heard', 'see', 'seen', 'saw', 'detect', 'detected', 'notice', 'noticed', 'sign', 'signs', 'trace', 'hint',
  'arogl', 'arogli', 'ogla', 'oglau', 'ogleuo', 'gwynt', 'gwynto', 'clywed', 'glywed', 'gweld', 'weld', 'sylwi', 'synhwyro', 'arwydd', 'ol',
]);
const DOUBT = /\b(sure|certain|unsure|tell|know|idea|whether|if|maybe|might|perhaps|possibly|think|siwr|sicr|gwybod|wybod|dwn|falle|efallai|ella|tybed|os|meddwl|feddwl)\b/;
const GOES_ON = /\b(but|until|till|though|although|however|still|ond|tan|dal)\b/;

// Lower case, accents folded, apostrophes deleted, clause marks kept as words of their own.
const folded = (s: string) =>
  s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’']/g, '').replace(/([.!?,;:])/g, ' $1 ').replace(/[^\p{L}\p{N}.!?,;:]+/gu, ' ').trim();
const CLAUSE_MARK = /^[.!?,;:]$/;
const SENTENCE_MARK = /^[.!?]$/;

/**
 * For one message: whether a hazard cue's matched words are told as absent (see above). True only
 * when every place the words stand is so told, so "no gas smell upstairs; gas smell in the kitchen"
 * keeps the flag.
 */
export function absentHazardIn(text: string): (words: string) => boolean {
  const ws = folded(text).split(' ');
  return (words) => {
    const want = folded(words).split(' ').filter((w) => !CLAUSE_MARK.test(w));
    if (!want.length) return false;
    let seen = 0;
    for (let at = 0; at + want.length <= ws.length; at++) {
      if (!want.every((w, k) => ws[at + k] === w)) continue;
      seen++;
      if (!absentAt(ws, at, at + want.length)) return false;
    }
    return seen > 0;
  };
}

function absentAt(ws: readonly string[], start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !SENTENCE_MARK.test(ws[from - 1])) from--;
  let to = end;
  while (to < ws.length && !SENTENCE_MARK.test(ws[to])) to++;
  if (DOUBT.test(ws.slice(from, to).join(' ')) || GOES_ON.test(ws.slice(end, to).join(' '))) return false;
  for (let i = start - 1, read = 0; i >= 0 && read < 8 && !CLAUSE_MARK.test(ws[i]); i--, read++) {
    if (NEGATORS.has(ws[i]) || (NOT_BEFORE_PERSON.has(ws[i]) && PERSON_AFTER.has(ws[i + 1]))) return true;
    if (!BETWEEN.has(ws[i]) && !PERCEIVING.has(ws[i])) return false;
  }
  return false;
}

/** The flag cues an absent telling cancels: the hazards a resident says they cannot smell or see. */
export const ABSENT_WHEN_DENIED: ReadonlySet<string> = new Set(['urgent_gas', 'urgent_fire']);
