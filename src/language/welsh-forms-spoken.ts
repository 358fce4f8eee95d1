import { radicals } from './mutations';

/**
 * Welsh as residents write it, beyond the dictionary forms the cue lists use (issue #19, eighth
 * Welsh round; first tried in the seventh, taken back out, and brought back here one rule at a
 * time). Kept apart from tokens.ts and mutations.ts so each rule can be read, tested and taken out
 * alone; test/language/reference-tokeniser.ts reads the same tables.
 */

/**
 * Words in their own right that undoing a mutation turned into another word: "nwy" (gas) was read
 * as "dwy" (two), so "am ddwy flynedd" raised the gas cue and "ogla nwy" shared a word with two;
 * "dal" (still) as "tâl" (pay); "hyn" (this) as "yn"; "mwy" (more) as "bwy"; "hwyr" (late) as "ŵyr"
 * (grandson); "nad" (that … not) as "dad"; "hun" (self) as "un" (one); "ran" ("ar ran", on behalf
 * of) as "gran", an English cue word for an older relative, as English "I ran" was too. None is the mutation of a
 * word residents would mean: "fy nwy" or "ei nad" are not Welsh. Never undone: in the tokeniser,
 * in the cue vocabulary (matcher.ts) and in the model's word look-up (features.ts).
 */
export const WELSH_OWN_WORDS: ReadonlySet<string> = new Set(['nwy', 'dal', 'hyn', 'mwy', 'hwyr', 'nad', 'hun', 'ran']);

/** `radicals`, except for a word of its own (above): it is what it says. */
export function welshRadicals(word: string): string[] {
  return WELSH_OWN_WORDS.has(word) ? [] : radicals(word);
}

/**
 * A typed word that is the mutation of another only in some company, and a word of its own
 * elsewhere; likewise a word read two ways by its company ("mai" the month or "mae", "ofnadwy"
 * terrible or terribly), where `otherwise` names the second reading. The tokeniser first reads it as the mutation (`base`, as the cue vocabulary spells
 * it), then keeps the word as typed where `mutated` says the words around it (canonical forms:
 * "'r" is "y", "'i" is "ei", "i'w" is "i eu") do not make it one.
 */
export interface ReadInContext {
  base: string;
  /** `before`/`after`: the canonical forms either side ('' at an end); `text`: the message as typed. */
  mutated(before: string, after: string, text: string): boolean;
  /** What the word reads as where `mutated` says no, if not the word as typed. */
  otherwise?: string;
}

// Words after which "cwyn" (complaint) is soft-mutated to "gŵyn": "y gŵyn", "i'r gŵyn", "ei gŵyn",
// "mae gen i gŵyn", "un gŵyn", "unrhyw gŵyn", and the object of a verb ending in its person ("codaf gŵyn").
const SOFT_BEFORE_CWYN: ReadonlySet<string> = new Set([
  'y', 'ei', 'eu', 'dy', 'i', 'am', 'ar', 'o', 'at', 'gan', 'heb', 'drwy', 'trwy', 'dros', 'wrth', 'hyd', 'neu', 'pa',
  'un', 'dwy', 'ail', 'unrhyw', 'hen', 'mor', 'rhy', 'dyma', 'dyna', 'sef', 'codaf', 'gwnaf', 'wnaf', 'cyflwynaf', 'anfonaf',
]);
// And the aspirate "chwyn" after "ei" (her), "i'w" (to her), "tri", "chwe", "tua". Not after "a"
// or "gyda": "mieri a chwyn", "gardd gyda chwyn" are weeds far more often than a complaint.
const ASPIRATE_BEFORE_CWYN: ReadonlySet<string> = new Set(['ei', 'eu', 'tri', 'chwe', 'tua']);
// "gŵyn" typed with its accent is the complaint wherever it stands: white is "gwyn", never "gŵyn".
const ACCENTED_GWYN = /g(\u0175|\u0174|w\u0302|W\u0302)yn/i;
// "dan" (under) before a determiner or after "o" ("dan y sinc", "o dan ffenest"), and "dan ni"
// (northern "we are"); elsewhere "tân" (fire) typed without its accent, as it was read before:
// "ar dân", "mae 'na dân yn y bloc", "y frigâd dân", and "o dan ddŵr" (flooded), which a hazard cue
// spells "dan ddwr" and the vocabulary folds to "tan dwr".
const UNDER_BEFORE: ReadonlySet<string> = new Set(['ni', 'y', 'ei', 'eu', 'fy', 'dy', 'ein', 'eich']);
const FIRE_AFTER: ReadonlySet<string> = new Set(['ar', 'na', 'yna', 'brigad', 'frigad']);

// "Mai" is the month after "mis" ("ym mis Mai", "fis Mai", "ers mis Mai"), "ers", "tan" or "erbyn", after a day ("2 Mai") or
// before a year ("Mai 2024"); elsewhere it is "mae" as some residents spell it (tokens.ts REWRITE).
// Read as "mae", the month was lost: "ers mis Mai" raised no "since when" and "ym mis mae …" read as a
// verb (issue #19, thirteenth session).
const MONTH_BEFORE: ReadonlySet<string> = new Set(['mis', 'fis', 'ers', 'tan', 'erbyn', 'diwedd', 'ddiwedd', 'dechrau', 'ddechrau', 'canol', 'ganol']);
// "Ofnadwy" after an adjective is "terribly" ("mae'n oer ofnadwy", "swnllyd ofnadwy"), as English
// puts "terribly cold", not "terrible": read as "iawn" (very) there, so the cue list's "ofnadwy"
// (terrible, dissatisfaction) is left to "gwasanaeth ofnadwy", "mae o'n ofnadwy". Fourteen of the
// training split's 23 lines with "ofnadwy" were first reports, seven of them "oer ofnadwy" and the like.
// Mutated forms too: the tokeniser undoes a mutation only for words the cue lists know.
const INTENSIFIED: ReadonlySet<string> = new Set([
  'oer', 'poeth', 'boeth', 'swnllyd', 'drud', 'ddrud', 'araf', 'anodd', 'brwnt', 'frwnt', 'budr', 'fudr', 'llaith', 'gwlyb', 'wlyb',
  'drewllyd', 'uchel', 'isel', 'tywyll', 'dywyll', 'trwm', 'drwm', 'tamp', 'damp', 'llithrig', 'prysur', 'brysur', 'drafftiog',
  'ddrafftiog', 'hen', 'bach', 'fach', 'mawr', 'fawr', 'cul', 'gul', 'poenus', 'boenus', 'peryglus', 'beryglus', 'sal', 'tenau', 'denau',
]);
// "'ma" (yma, here or this) after a word: "bore 'ma" (this morning), "y tai 'ma", "y llythyrau 'ma",
// "fan 'ma". The apostrophe stands for the dropped "y-"; "ma'" and "ma'r", with the apostrophe after,
// are "mae". Read as "mae" (tokens.ts REWRITE "ma"), "bore 'ma" was "bore mae" and no "this morning"
// or "here" was read (issue #19, fifteenth round, cy16). Bare "ma" is "yma" only after a word it
// cannot follow as a verb: "fan ma", "bore ma", "ffor ma" ("lle ma nhw" is "where are they").
const YMA_AFTER: ReadonlySet<string> = new Set(['bore', 'pnawn', 'prynhawn', 'fan', 'ffor', 'ffordd', 'wythnos', 'noson']);
export const WELSH_MUTATED_IN_CONTEXT: ReadonlyMap<string, ReadInContext> = new Map<string, ReadInContext>([
  ["'ma", { base: 'mae', mutated: (before) => before === '', otherwise: 'yma' }],
  ['ma', { base: 'mae', mutated: (before) => !YMA_AFTER.has(before), otherwise: 'yma' }],
  // "gwyn" is white ("asbestos gwyn", "Tŷ Gwyn", "paent gwyn") unless a word before mutates "cwyn".
  ['gwyn', { base: 'cwyn', mutated: (before, _after, text) => SOFT_BEFORE_CWYN.has(before) || ACCENTED_GWYN.test(text) }],
  // "chwyn" is weeds ("llawn chwyn") unless a word before aspirates "cwyn" ("ei chwyn hi").
  ['chwyn', { base: 'cwyn', mutated: (before) => ASPIRATE_BEFORE_CWYN.has(before) }],
  ['dan', { base: 'tan', mutated: (before, after) => FIRE_AFTER.has(before) || !(UNDER_BEFORE.has(after) || (before === 'o' && after !== 'dwr')) }],
  ['mai', { base: 'mae', mutated: (before, after) => !(MONTH_BEFORE.has(before) || /^\d{1,2}(af|ail|ydd|edd|fed|ed|eg)?$/.test(before) || /^(19|20)\d\d$/.test(after)) }],
  ['ofnadwy', { base: 'ofnadwy', mutated: (before) => !INTENSIFIED.has(before), otherwise: 'iawn' }],
]);

/**
 * The model's word look-up (features.ts) undoes a mutation when the form as read is not a word
 * it knows: a word of its own, and a word the tokeniser kept as typed by its company, would be
 * turned back into the word they were kept apart from ("gwyn" white into "cwyn").
 */
export function modelRadicals(form: string): string[] {
  return WELSH_MUTATED_IN_CONTEXT.has(form) ? [] : welshRadicals(form);
}

/**
 * Everyday Welsh, north and south, and its text-speak, spelt out as the forms the cue lists and
 * the other rewrites use (tokens.ts REWRITE), where the tokeniser kept them as typed: "dwin" (dw
 * i'n without the apostrophe), "wsnos" (wythnos), "deud", "weud" (dweud), "wedoch", "ddudoch"
 * (ddwedoch), "ddudodd", "wedws" (ddwedodd), "wedes" (dwedais), "yndi", "odi", "ydi" (ydy),
 * "nadw", "nagw" (nac ydw), "sgen i" (does gen i), "ffonia", "ffoniodd" (ffonio). A form a cue
 * phrase spells itself is left as typed (tokens.ts checks the vocabulary), and an expression over
 * the canonical text that spells a typed form must spell its reading too
 * (test/language/welsh-forms.test.ts checks): last round's "odi" read as "ydy" broke an expression
 * written for "odi".
 */
export const WELSH_SPOKEN: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['dwin', ['dw', 'i', 'yn']], ['dwnim', ['dwn', 'i', 'ddim']],
  ['wsnos', ['wythnos']], ['wsos', ['wythnos']], ['wsnose', ['wythnosau']], ['wsnosa', ['wythnosau']],
  ['deud', ['dweud']], ['ddeud', ['dweud']], ['weud', ['dweud']],
  ['wedoch', ['ddwedoch']], ['ddudoch', ['ddwedoch']], ['ddeudoch', ['ddwedoch']], ['dywedoch', ['ddwedoch']],
  ['ddudodd', ['ddwedodd']], ['dudodd', ['ddwedodd']], ['ddeudodd', ['ddwedodd']], ['deudodd', ['ddwedodd']], ['wedws', ['ddwedodd']],
  ['wedes', ['dwedais']], ['ddeudis', ['dwedais']], ['ddudis', ['dwedais']],
  ['yndi', ['ydy']], ['odi', ['ydy']], ['ydi', ['ydy']],
  ['nadw', ['nac', 'dw']], ['nagw', ['nac', 'dw']], ['nadi', ['nac', 'ydy']], ['nagyw', ['nac', 'ydy']],
  ['sgen', ['does', 'gen']], ['sgin', ['does', 'gen']],
  ['ffonia', ['ffonio']], ['ffoniodd', ['ffonio']],
  // English "report" with Welsh endings ("wedi reportio", "reportais i"), read as the Welsh verb the
  // cue lists and the history features know, "riportio". ("Complainio", "claimio" need nothing: the
  // cue lists' stems "complain*", "claim*" already read them.)
  ['reportio', ['riportio']], ['reportais', ['riportio']], ['reportiais', ['riportio']], ['reportiodd', ['riportio']],
  ['reportion', ['riportio']], ['riportiais', ['riportio']], ['riportiodd', ['riportio']], ['riportion', ['riportio']],
];

/**
 * Southern "smo i" ("I'm not", as "sa i" and "so i"), read as "dw i ddim" like them; "budd-dal"
 * (benefit, "budd" and a mutated "tâl"), read as "budd tâl" as the cue lists also spell it: its
 * "dal" was read as "still", so "budd-dal tai" raised the history and "ongoing" readings of "dal".
 */
export const WELSH_SPOKEN_PAIRS: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['smo', 'i', ['dw', 'i', 'ddim']],
  ['budd', 'dal', ['budd', 'tal']], ['fudd', 'dal', ['budd', 'tal']], ['mudd', 'dal', ['budd', 'tal']],
];

/**
 * Welsh clitics a resident types after an apostrophe beyond tokens.ts's own ('n, 'r, 'i, 'w, 'ch):
 * "wedi'u" (wedi eu), and 'm (ddim) after a pronoun, "doedd o'm yn saff", "nhw'm yn gwrando". English
 * "I'm" stays "im": only these pronouns take the Welsh 'm.
 */
export const WELSH_CLITIC_U = 'eu';
export const WELSH_M_AFTER: ReadonlySet<string> = new Set(['o', 'fo', 'chi', 'nhw', 'fi', 'hi', 'ti']);
