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
  String.raw`\b(wedi |di |ive |weve |i have |we have |have |i |we )?(reported|told|called|rang|rung|phoned|contacted|informed|been to|gone to|went to|ffonio|ffono|ffonior|ffonor|cysylltu a|cysylltu efo|cysylltu gyda|dweud wrth|deud wrth|riportio)( it| this| him| her| them| hyn| fo| fe| hi| nhw)?( to| i| wrth)?( the| y| yr)? (police|999|101|heddlu|ambulance|ambiwlans|social services|gwasanaethau cymdeithasol|rspca)\b`,
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
