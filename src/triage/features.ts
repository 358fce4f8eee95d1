import { referenceIn, referenceLikeIn } from './reference-in';
import { ASKING_AFTER, OTHER_ROUTE_CUES, TOLD_CY } from './status-families';
import { normalisedWords } from '../language/normalise';
import { modelRadicals } from '../language/welsh-forms-spoken';
import type { Token } from '../language/tokens';
import { FAMILIES, LANDLORD_NAMED } from './feature-families';
import { angrySign } from './english-families';
import { FirstReportReading } from './first-report-families';
import type { Analysis } from './rules';
import { prefiltered, wordsPresentInTokens, type Prefiltered } from './required-words';
import type { TriageAnswers, TriageResult } from './types';
import { punctuated } from './punctuated';
import { formsJoined } from './forms-joined';
import { deniedIn, DENIED_BY_NOT, NOT_COMPLAINING, ownNegationIn, ownNegations, ownNegationWords, TURNED_BY_OWN_NOT, withinOwn } from './negation-scope';

export { punctuated };

/**
 * The features the triage model reads, each with the resident's words behind it, so a decision
 * can be explained by what was written. Names are prefixed by what they are:
 *   w:  a word (canonical: contractions spelt out, everyday Welsh forms mapped, mutations undone)
 *   b:  two words in a row
 *   c:  a cue list hit (src/triage/cues.ts), cs: the same cue from a phrase that counts alone
 *   h:  history and time span ("since 2019", "for years", "ers blynyddoedd", "back again", counted calls)
 *   q:  question forms ("who pays", "how much longer", "pam", a question mark)
 *   n:  negation
 *   a:  an answer the intake already has
 *   x:  shape (a case reference, a very short message)
 *   r:  what the cue rules (rules.ts) read: their kind, reason and flags, as one voice among many
 *   k:  what kind of matter (feature-families.ts): no reply, records wrong, adjustments, who is responsible …
 * Features are present or absent (1 or 0): a long message does not shout louder than a short one.
 */
export type Features = Map<string, string>;

/** Which of the model's words a token could be, if the model does not know the form as typed. Its answers must not change: they are remembered per form. */
export type KnownWord = (feature: string) => boolean;

// Phrases that only count with something beside them (see rules.ts WEAK); the model is told
// which hits stand alone so it can weigh "again" and "not happy" differently.
const LONE = /^(not happy|unhappy|dissatisfied|disgust|appall|unacceptable|fed up|complain|complaint|cwyn|cwyno|anhapus|ddim yn hapus|annerbyniol|llond bol)/;

const STANDS_ALONE = /^(failure|conduct|poor_work|handling|agent_fault|escalation|concluded|other_org|data_protection|legal_court|injury|claim_money)$/;
// A cue hit's feature names ("c:…", and "cs:…" where the phrase or the cue counts alone), worked
// out once per cue and phrase: constant data, as many entries as the cue lists have phrases.
const cueNamesOf = new Map<string, Map<string, readonly string[]>>();
function cueNames(cue: string, phrase: string): readonly string[] {
  let byPhrase = cueNamesOf.get(cue);
  if (!byPhrase) cueNamesOf.set(cue, (byPhrase = new Map()));
  let names = byPhrase.get(phrase);
  if (!names) {
    names = LONE.test(phrase) || STANDS_ALONE.test(cue) ? [`c:${cue}`, `cs:${cue}`] : [`c:${cue}`];
    byPhrase.set(phrase, names);
  }
  return names;
}

// Signs that something is wrong, which turn praise beside them to irony. Not repetition alone:
// "mae o'n mynd y filltir ychwanegol bob tro" is praise every time. Paying for a service not
// delivered is trouble ("we pay for cleaning that never happens. Lovely."), and
// so is "again" after a fault ("the boiler's gone again, brilliant service as always", "wedi torri
// eto": AGAIN_TROUBLE), not "again" alone ("thanks again", "the kids can play out again"). Sixteenth round.
const TROUBLE = /^(c:failure|c:poor_work|c:dissatisfaction|h:back|h:fixed_then|k:no_reply|k:charge_unserved)$/;
const AGAIN_TROUBLE = /\b(gone|broken|broke|broke down|leaking|flooded|flooding|blocked|stopped|failed|missed|cancelled|dripping|packed up|not working|cut off|tripped|off|no show|didnt (turn up|come|show)|nobody came|wedi torri|torri|gollwng|ddim yn gweithio|wedi stopio|stopio|methu|wedi mynd)( \w+){0,3} (again|eto|unwaith eto)\b/;

// Features the resident's own negated telling turns round (negation-scope.ts).
const OWN_NOT_TURNS = new Set(['h:reported', 'h:again', 'k:no_reply']);

// The landlord's own people, whose conduct is the landlord's: with one named, shouting is theirs to answer for.
const STAFF = / (officer|officers|staff|contractor|contractors|workman|workmen|engineer|engineers|operative|operatives|plumber|electrician|surveyor|caretaker|receptionist|call centre|manager|repairs team|swyddog|swyddogion|contractwr|contractwyr|peiriannydd|plymwr|trydanwr|syrfewr|gofalwr|derbynnydd|rheolwr) /;

const HISTORY: Array<[string, RegExp]> = [
  ['h:year', /\b(since|from|in|back in|ers|o|yn|ym|nol yn|around|about|early|late) (19|20)\d\d\b/],
  ['h:bare_year', /\b(19|20)\d\d\b/],
  ['h:for_long', /\b(for|over) (years|months|ages|a long time|the last (few )?(years|months))\b|\bfor (a while|a good while|quite a while|some time|a while now)\b|\bers (blynyddoedd|misoedd|oesoedd|amser|talwm|sbel|tro|peth amser|cryn amser|dipyn)\b|\b(flynyddoedd|blynyddoedd|misoedd)\b/],
  // A span told roughly counts as one ("for about a fortnight", "for the best part of a year", "for a
  // good few months", "ers rhyw bythefnos", "ers tua mis"), and one counted in Welsh ("ers dwy flynedd").
  ['h:span', /\b(for|over|ers|dros) ((about|around|nearly|almost|roughly|over|well over|the best part of|the better part of|getting on for|rhyw|tua|bron|bron i|dros|ymhell dros) )?(a|one|two|three|four|five|six|eight|ten|several|many|a few|a good few|a good|a fair few|dwy|ddwy|tair|dair|pedair|bedair|pum|chwe|tri|dri|\d+) (year|years|month|months|weeks|fortnight|fortnights|blynedd|flynedd|mlynedd|mis|fis|wythnos)\b|\b(for|over) (about|around|nearly|almost|the best part of|the better part of) a (year|month|fortnight)\b|\bers (rhyw|tua|bron|bron i|dros) (blwyddyn|flwyddyn|mis|fis|pythefnos|bythefnos|phythefnos|wythnos|wythnosau|misoedd|blynyddoedd|flynyddoedd)\b|\b\d+ (years|months|yrs|mlynedd|blynedd|mis)\b/],
  ['h:ago', /\b(years|months|year|month) ago\b|\b(flynedd|blynedd|mlynedd|fis|mis) (yn )?(ol|nol)\b/],
  ['h:on_off', /\bon and off\b|\bevery (month|week|few weeks)\b|\bbob (mis|wythnos|pythefnos)\b|\boff and on\b|\bbob hyn a hyn\b|\bo bryd i gilydd\b|\bkeeps? (coming|happening)\b|\bkeeps (on )?[a-z]+ing\b|\bkeep (on )?(breaking|leaking|failing|tripping|cutting out|flooding|blocking|going off)\b|\bevery (winter|year|time)\b|\bbob (gaeaf|blwyddyn|tro)\b/],
  ['h:back', /\b(fel o y blaen|fel or blaen|as before|like before|same as before|back again|came back|come back|comes back|coming back|back on|returned|has returned|is back|its back|dod yn ol|yn ol eto|wedi dod nol|nol eto|returning)\b/],
  ['h:again', /\b(again|eto|unwaith eto|yet again|once more|time after time|time and again|tro ar ol tro|dro ar ol tro|dro ar ol dro)\b/],
  // Not the "dâl" of "budd-dal" (benefit): the tokeniser reads it as "tâl", the typed text keeps it.
  ['h:still', /\b(still|(?<![bfm]udd[ -])dal|yn dal|o hyd|even now)\b/],
  ['h:counted', /\b(two|three|four|five|six|seven|eight|nine|ten|several|many|numerous|countless|multiple|\d+) (times|calls|emails|letters|visits|occasions|gwaith|galwad|o alwadau|e byst|ymweliad)\b|\b(twice|ddwywaith|dwywaith|droeon|sawl gwaith|lost count|colli cownt|in a row|yn olynol|dozens of times|hundreds of times|umpteen times|teirgwaith|deirgwaith|pedair gwaith|bedair gwaith|pum gwaith|bum gwaith|chwe gwaith|degau o weithiau|ddegau o weithiau|dwsinau o weithiau)\b|\b(second|third|fourth|fifth|2nd|3rd|4th|5th|ail|trydydd|pedwerydd|pumed) (time|tro|call|letter|email)\b/],
  ['h:each_time', /\b(each|every) time\b|\bbob tro\b|\bevery call\b|\bsame (answer|thing|story|response|problem|issue)\b|\byr un (ateb|peth|stori|broblem)\b/],
  // "Without me having to chase", "heb i mi orfod ffonio eto": calls already made (issue #19, words round 10).
  // The Welsh verb-nouns only where told as done (status-families.ts TOLD_CY, fourteenth round).
  ['h:reported', new RegExp(String.raw`\b(having|had) to (chase|keep chasing|keep ringing|keep calling|keep phoning|ring again|call again|phone again)\b|\b(have|has) to (chase|keep chasing|keep ringing|keep calling|keep phoning)\b|\b(gorfod|orfod) (ffonio eto|ffonio o hyd|cadw i ffonio|mynd ar ol|swnian|cwrso)\b|\b(reported|reporting|been (ringing|calling|phoning|emailing|chasing)|keep (ringing|calling|phoning|emailing|chasing|reporting)|told you|told them|rang|phoned|called|emailed|wrote|chased|contacted|raised it)\b|${TOLD_CY}`)],
  ['h:fixed_then', /\b(fixed|repaired|patched|sorted|painted|treated|trwsio|peintio|paentio)\b.*\b(back|again|returned|eto|yn ol|nol|still|dal)\b/],
  ['h:waiting', /\b(waiting|waited|wait|aros|disgwyl)\b.*\b(weeks|months|years|since|wythnosau|misoedd|ers|blwyddyn)\b/],
  ['h:promised', /\b(promised|said (they|he|she|you) would|told (me|us) (it|they|someone) would|addo|wedi addo|i fod i)\b/],
];

const QUESTION: Array<[string, RegExp]> = [
  ['q:who_pays', /\bwho (pays|is paying|will pay|is responsible|s responsible|covers|foots)\b|\bpwy (sy yn|sydd yn|sy) (talu|gyfrifol|cyfrifol)\b|\bpwy fydd yn talu\b|\bpwy (sy|sydd) am (dalu|talu)\b|\bwhose (fault|responsibility)\b|\bwho is (actually |really )?(going to|gonna) (fix|sort|repair|pay)\b|\bpwy (sy|sydd|sy yn|sydd yn) (yn )?mynd i (trwsio|drwsio|talu|dalu|sortio|thrwsio)\b/],
  ['q:how_long', /\bhow (much )?long(er)?\b|\bpa mor hir\b|\bfaint (yn )?hirach\b|\bfaint o amser\b|\bwhen (will|is|are) (this|it|you|someone|anyone)\b|\bpryd (bydd|fydd|dych|ydych|mae)\b|\bhow many (more )?(times|visits|inspections|calls|emails|letters)\b/],
  ['q:why', /(^|[.!?] )(why|how come|pam|sut bod|sut fod)\b|\b(explain|tell me|tell us) why\b|\b(egluro|esbonio|deud wrtha i|dweud wrtha i) pam\b/],
  ['q:what_doing', /\bwhat (are|is) (you|the council|the landlord|anyone) (actually |really |even )?(doing|going to do)\b|\b(beth|be) (dych|ydych|dach|ydach|mae) (chi|nhw) yn (ei )?(wneud|gwneud|neud)\b/],
  ['q:can_i', /(^|[.!?] )(can|could|may|would|ga|gaf|allwch|allech|fedrwch) (i|you|someone|rhywun|chi)\b/],
  ['q:is_it', /(^|[.!?] )(is|are|do|does|ydy|oes|ydi|ai) /],
];

const NEGATION_RE = /\b(not|never|no|nobody|noone|nothing|none|didnt|dont|doesnt|havent|hasnt|hadnt|wont|cant|couldnt|wouldnt|isnt|arent|wasnt|werent|ddim|dim|neb|byth|heb|na|nid|nad|chwaith)\b/;

/** Every expression features.ts runs over a message's texts, for tests of how they are run. */
export const EXPRESSIONS: ReadonlyArray<readonly [string, RegExp]> = [...HISTORY, ...QUESTION, ...FAMILIES, ['landlord', LANDLORD_NAMED], ['n:neg', NEGATION_RE]];

// Each expression runs only with the words it needs present (required-words.ts), built at load.
const HISTORY_RUN = HISTORY.map(([name, re]) => [name, prefiltered(re)] as const);
const QUESTION_RUN = QUESTION.map(([name, re]) => [name, prefiltered(re)] as const);
const FAMILIES_RUN = FAMILIES.map(([name, re]) => [name, prefiltered(re)] as const);
const LANDLORD_RUN = prefiltered(LANDLORD_NAMED);
const NEGATION = prefiltered(NEGATION_RE);
// Characters on which the tokeniser's words (accents folded, then lower case) and the punctuated
// text's (lower case, then accents folded) cut the same words: ASCII but the backtick, Latin-1 and
// Latin Extended-A letters (Welsh ŵ, ŷ, â …) but the acute accent, the curly apostrophe and a few
// dashes and quotes. A backtick or an acute is an apostrophe to the tokeniser and a space to the
// punctuated text; anything else is read from the punctuated text itself.
const PLAIN_LATIN = /^[\x00-\x5f\x61-\xb3\xb5-\u017f\u2013\u2014\u2019\u201c\u201d\u2026]*$/;
/** Whether the words of the text with punctuation kept can be read from the typed words (see `collect`). */
export const typedWordsSuffice = (text: string) => PLAIN_LATIN.test(text);

/**
 * The features of a message. `known` says which words the model has weights for: a Welsh word
 * it does not know as typed is tried in its unmutated forms ("nhŷ" → "tŷ"), beyond the cue
 * vocabulary the tokeniser already undoes mutations against.
 */
export function featuresOf(text: string, analysis: Analysis, ruled: TriageResult, answers: TriageAnswers, known: KnownWord): Features {
  const out: Features = new Map();
  const add = (name: string, words: string) => {
    if (!out.has(name)) out.set(name, words);
  };
  const words = wordsFor(known);
  collect(text, analysis, ruled, answers, {
    add,
    tokens(tokens) {
      const forms = tokens.map((t) => words(t.form));
      for (let i = 0; i < tokens.length; i++) {
        add(forms[i][1], tokens[i].raw);
        if (i + 1 < tokens.length) add(`b:${forms[i][0]}_${forms[i + 1][0]}`, joinRaw(tokens[i], tokens[i + 1]));
      }
    },
  });
  return out;
}

/**
 * Where `collect` puts what it reads: the named features one by one, and the words and word
 * pairs in one go (the Map above names them by string, `MessageFeatures` by number).
 */
export interface FeatureSink {
  add(name: string, words: string): void;
  /** Every token's word (`w:`) and each pair with the next (`b:`), in token order, right after `bias`. */
  tokens(tokens: readonly Token[]): void;
}

/** Every feature of a message, in the one order both readings share (a model's score sums in it). */
export function collect(text: string, analysis: Analysis, ruled: TriageResult, answers: TriageAnswers, sink: FeatureSink): void {
  let praise: string | null = null;
  let trouble: string | null = null;
  let conduct: string | null = null;
  let neighbour = false;
  let asking: string | null = null;
  const firstReport = new FirstReportReading();
  const add = (name: string, words: string) => {
    firstReport.note(name, words);
    if (ASKING_AFTER.has(name)) asking ??= words;
    if (name === 'c:praise') praise ??= words;
    else if (TROUBLE.test(name) || (name === 'h:again' && AGAIN_TROUBLE.test(canonical))) trouble ??= words;
    if (name === 'c:conduct') conduct ??= words;
    else if (name === 'k:neighbour') neighbour = true;
    sink.add(name, words);
  };
  add('bias', '');
  const tokens = analysis.tokens;
  sink.tokens(tokens);
  const canonical = ` ${formsJoined(tokens)} `;
  // Negation scope (negation-scope.ts): "no complaints" is no complaint word, and a failure or
  // repetition inside the resident's own "I haven't phoned" is no failure of the landlord's.
  const notComplaining = NOT_COMPLAINING.exec(canonical);
  const ownNot = ownNegationIn(text);
  let denied: ((words: string) => boolean) | undefined;
  for (const h of analysis.hits) {
    // The hazard words only decide whether to ask about danger (hazard.ts), not the kind.
    if (h.cue.startsWith('hazard')) continue;
    if (notComplaining && h.cue === 'complaint_word') continue;
    if (ownNot && TURNED_BY_OWN_NOT.has(h.cue) && ownNot(h.words)) continue;
    // "ddim yn dda iawn", "not very helpful", "not happy with": praise the resident denies is none.
    if (h.cue === 'praise' && praiseDenied(text, h.words)) {
      add('n:denied', h.words);
      continue;
    }
    if (DENIED_BY_NOT.has(h.cue) && (denied ??= deniedIn(text))(h.words)) {
      add('n:denied', h.words);
      continue;
    }
    const names = cueNames(h.cue, h.phrase);
    add(names[0], h.words);
    if (names.length > 1) add(names[1], h.words);
  }
  if (notComplaining) add('n:not_complaining', notComplaining[0]);
  if (ownNot) {
    const { ownNot: mine, toldOthers } = ownNegationWords(canonical);
    if (mine) add('n:own_not', mine);
    if (toldOthers) add('n:told_others', toldOthers);
  }
  // Sentence breaks matter to question forms: read those from the text with punctuation kept
  // (accents folded; text all ASCII has none to fold). Worked out only if an expression reads it.
  let sentencesText: string | null = null;
  const sentences = () => {
    if (sentencesText !== null) return sentencesText;
    return (sentencesText = punctuated(text));
  };
  // The words both texts hold, for the expressions' prefilters. In text of plain Latin letters,
  // the words of the punctuated text are the typed words (the tokens' raw words) with apostrophes
  // deleted: no need to cut it up again.
  const simple = typedWordsSuffice(text);
  const present = simple ? wordsPresentInTokens([], tokens, true) : wordsPresentInTokens([sentences()], tokens, false);
  // The first text's match, else the second's; each text asked only for the alternatives whose
  // words and marks it holds (the canonical text has no "?": those wanting one are not run on it).
  const run = (p: Prefiltered, first: () => string, second: () => string) => {
    if (!p.could(present)) return null;
    const a = first();
    const m = p.for(present, a)?.exec(a);
    if (m) return m;
    const b = second();
    return p.for(present, b)?.exec(b) ?? null;
  };
  const canonicalText = () => canonical;
  // A telling or a no-reply that is the resident's own "not" ("dw i ddim wedi ffonio") tells of no history.
  const own = (name: string, m: RegExpExecArray) => ownNot !== null && OWN_NOT_TURNS.has(name) && withinOwn(ownNegations(m.input), m.index + m[0].length - m[0].trimStart().length);
  for (const [name, p] of HISTORY_RUN) {
    const m = run(p, canonicalText, sentences);
    if (m && !(name === 'h:again' && m[0].trim() === 'eto' && onlyYet(sentences())) && !own(name, m)) add(name, m[0].trim());
  }
  // The landlord named decides which of the two other-body features a message raises.
  const landlord = LANDLORD_RUN.for(present, canonical)?.exec(canonical) ?? null;
  for (const [name, p] of FAMILIES_RUN) {
    const m = run(p, canonicalText, sentences);
    if (m && !own(name, m)) add(name === 'k:other_body' ? (landlord ? 'k:other_body_and_landlord' : 'k:other_body_only') : name, m[0].trim());
  }
  if (landlord) add('k:landlord_named', landlord[0]);
  for (const [name, p] of QUESTION_RUN) {
    const m = run(p, sentences, canonicalText);
    if (m) add(name, m[0].replace(/^[.!?\s]+/, '').trim());
  }
  if (text.includes('?')) add('q:mark', '?');
  const neg = NEGATION.for(present, canonical)?.exec(canonical) ?? null;
  if (neg) add('n:neg', neg[0].trim());
  const reference = referenceIn(text);
  if (reference) add('x:ref', reference);
  // A reference in another shape, a job number, the date it was reported (reference-in.ts).
  const referenceLike = reference ? null : referenceLikeIn(text);
  if (referenceLike) add('x:ref_like', referenceLike);
  // Asking after a matter another route handles (status-families.ts): the pair, as one feature.
  const route = asking !== null ? analysis.hits.find((h) => OTHER_ROUTE_CUES.has(h.cue)) : undefined;
  if (route) add('x:asks_after_route', `${asking}, ${route.words}`);
  if (tokens.length <= 3) add('x:short', text.trim());
  // An angry emoji, a shouted word or "?!" (english-families.ts): the canonical text has none of them.
  const angry = angrySign(text);
  if (angry) add('x:angry', angry);
  // Thanks with nothing wrong is feedback; thanks beside a fault come back or a failure is often
  // irony ("Lovely to see the damp back"). A linear model cannot combine two features: the pair is one.
  if (praise !== null) add(trouble !== null ? 'x:praise_and_trouble' : 'x:praise_only', trouble !== null ? `${praise}, ${trouble}` : praise);
  // Shouting, swearing, threats told of a neighbour with none of the landlord's people named: a
  // report of someone else's behaviour, not of staff conduct (issue #19, words round 10: "the couple
  // next door were shouting", "criw o bobl ifanc yn gweiddi" were read as complaints). One feature,
  // as the pair is what tells it.
  if (conduct !== null && neighbour && !STAFF.test(canonical)) add('x:others_conduct', conduct);
  const because = ruled.signals.filter((s) => s.source === 'text').map((s) => s.text).join(', ') || text.trim().slice(0, 80);
  add(`r:${ruled.kind}`, because);
  if (ruled.reason) add(`r:${ruled.kind}:${ruled.reason}`, because);
  if (ruled.dissatisfied) add('r:dissatisfied', because);
  if (ruled.urgent) add('r:urgent', ruled.signals.filter((s) => /^(urgent_|danger_now|no_heat|vulnerable)/.test(s.cue)).map((s) => s.text).join(', ') || because);
  if (ruled.safeguarding) add('r:safeguarding', ruled.signals.filter((s) => /^(danger_now|safeguarding)/.test(s.cue)).map((s) => s.text).join(', ') || because);
  for (const key of ['reportedBefore', 'hasComplaint'] as const) if (answers[key] === true) add(`a:${key}`, 'true');
  if (answers.reportedBefore === false) add('a:firstReport', 'false');
  // How bad it is, or whose doing, with no sign of how the landlord handled it (first-report-families.ts).
  firstReport.features(analysis.hits, add, text);
}

// A "not" right before the praise words, with at most a softener between ("not very", "ddim yn").
export const PRAISE_NOT = / (?:not|never|isnt|wasnt|arent|werent|aint|ddim|dim|nid|nad|byth)(?: (?:yn|n|mor|rhy|very|so|that|too|really|particularly|exactly|overly|always))? $/;
// A match of PRAISE_NOT is at most 21 characters (" werent particularly "), all at the end of what
// it reads, so the last 64 characters before the praise find the same (a long message's praise
// words were read from its start, eleventh speed round).
export const PRAISE_NOT_READS = 64;
// The message's words joined, for its last text (a long message has several praise hits; each
// joined all its words again).
let praiseText: string | null = null;
let praiseJoined = '';
function praiseDenied(text: string, words: string): boolean {
  if (text !== praiseText) (praiseJoined = ` ${normalisedWords(text).join(' ')} `), (praiseText = text);
  const n = praiseJoined;
  const at = n.indexOf(` ${words} `);
  return at >= 0 && PRAISE_NOT.test(n.slice(Math.max(0, at + 1 - PRAISE_NOT_READS), at + 1));
}

// Welsh "eto" is "again" and "yet": at the end of a question ("Ydy o wedi'i drefnu eto?") or
// after a "not" ("dim eto", "heb … eto") it asks after progress, which is no sign of history.
// Fourteenth round: also with words between a perfect's "not" and the "eto" ("Dw i ddim wedi cael yr
// adroddiad eto", "heb benderfynu eto", but not "heb i mi orfod ffonio eto", without phoning again),
// "dim byd / dim gair … eto" (nothing yet), "dim dŵr yn dod i mewn eto" (none coming in yet), and "ac
// eto" (and yet). A "not" in the present ("ddim yn gweithio eto") can be either: left as again.
const ETO_YET =
  /\b(d?dim|heb|ddim wedi|heb ei|heb eu) eto\b|\beto\s*\?|\b(ddim|dim) (wedi|di) ([^\s.,!?;:]+ ){0,5}eto\b|\bheb (?!i |iddo |iddi |iddyn )([^\s.,!?;:]+ ){1,5}eto\b|\b(dim|dal dim) (byd|gair|newyddion|ateb|son|diweddariad|llythyr|galwad|dyddiad|golwg|arwydd)( [^\s.,!?;:]+){0,3} eto\b|\bdim [^\s.,!?;:]+ (yn |n )(dod|digwydd)( i mewn)? eto\b|\bac eto\b/g;
function onlyYet(sentences: string): boolean {
  const all = sentences.match(/\beto\b/g)?.length ?? 0;
  return all > 0 && (sentences.match(ETO_YET)?.length ?? 0) >= all && !/\b(unwaith|yn ol|nol) eto\b/.test(sentences);
}

export function wordOf(form: string, known: KnownWord): string {
  if (known(`w:${form}`)) return form;
  return modelRadicals(form).find((r) => known(`w:${r}`)) ?? form;
}

// A token form's model word and its feature name, worked out once per form and model (`known`):
// forms recur within and across messages, and a long message has hundreds.
const wordCaches = new WeakMap<KnownWord, Map<string, [string, string]>>();
function wordsFor(known: KnownWord): (form: string) => [string, string] {
  let cache = wordCaches.get(known);
  if (!cache) wordCaches.set(known, (cache = new Map()));
  const forms = cache;
  return (form) => {
    let found = forms.get(form);
    if (found) return found;
    const word = wordOf(form, known);
    found = [word, `w:${word}`];
    if (forms.size >= 50_000) forms.clear();
    forms.set(form, found);
    return found;
  };
}

export function joinRaw(a: Token, b: Token): string {
  return a.raw === b.raw ? a.raw : `${a.raw} ${b.raw}`;
}
