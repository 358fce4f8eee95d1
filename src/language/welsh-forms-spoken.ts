import { radicals } from './mutations';

/**
 * Welsh as residents write it, beyond the dictionary forms the cue lists use (issue #19, seventh
 * Welsh round): words that look mutated but are words of their own, two words that are a
 * mutation only after the word that causes it, north and south spoken forms and text-speak.
 * Kept apart from tokens.ts and mutations.ts so each rule can be read, tested and reverted alone.
 */

/**
 * Words that are words in their own right, never a mutated form of another. Undoing a mutation
 * here changed the meaning: "nwy" (gas) was read as "dwy" (two), so "am ddwy flynedd" named gas
 * and "ogla nwy" shared a word with two; "dal" (still) as "tâl" (pay); "hyn" (this) as "yn"; "mwy" (more) as "pwy" (who); "ar ran" (on
 * behalf of) as "gran"; "ar fin" (about to) as "bin"; "o'r fath" (such) as "bath"; "hwyr" (late)
 * as "ŵyr" (grandson); "nad" (that … not) as "dad"; "hun" (self) as "un"; "nai" ("na i", I won't)
 * as "dai". All but "fin" and "nai" occur in the training corpora's Welsh (counted in
 * docs/triage/rounds.md: "dal" in 87 lines, "hyn" 66, "nwy" 24). "dan" (under) stays read as "tân": typed
 * without its accent it is also the soft mutation of fire ("mae 'na dân", "ar dân"), which the
 * flag cues must keep (test/triage/safety-flags.test.ts); tried as a word of its own, it lost them.
 */
export const WELSH_OWN_WORDS: ReadonlySet<string> = new Set(['nwy', 'dal', 'hyn', 'mwy', 'ran', 'fin', 'fath', 'hwyr', 'nad', 'hun', 'nai']);

/** `radicals`, except for a word of its own (above): it is what it says. */
export function welshRadicals(word: string): string[] {
  return WELSH_OWN_WORDS.has(word) ? [] : radicals(word);
}

/**
 * A mutated form that is also another word, read as the mutation only after a word that causes
 * it. "gwyn" is "white" ("asbestos gwyn", "Tŷ Gwyn") unless after "y", "ei", "i", "am" …, where
 * it is the soft mutation of "cwyn" (complaint: "y gŵyn", typed without its accent); "chwyn" is
 * "weeds" ("llawn chwyn") unless after "a", "ei", "â", "gyda" …, where it is the aspirate one. The
 * triggers are canonical token forms ("'r" is "y", "efo" is "gyda", "'i" is "ei", "i'w" is "i eu").
 */
const SOFT_TRIGGERS = ['y', 'ei', 'eu', 'dy', 'i', 'am', 'ar', 'o', 'at', 'gan', 'heb', 'tan', 'drwy', 'trwy', 'dros', 'wrth', 'hyd', 'neu', 'pa', 'un', 'ail', 'mor', 'rhy', 'yn', 'sef', 'dyma', 'dyna'];
const ASPIRATE_TRIGGERS = ['a', 'ei', 'gyda', 'tri', 'chwe', 'na', 'tua'];
export const WELSH_MUTATED_IN_CONTEXT: ReadonlyMap<string, { base: string; after: ReadonlySet<string> }> = new Map([
  ['gwyn', { base: 'cwyn', after: new Set(SOFT_TRIGGERS) }],
  ['chwyn', { base: 'cwyn', after: new Set(ASPIRATE_TRIGGERS) }],
]);

/**
 * Everyday Welsh, north and south, and its text-speak, spelt out as the forms the cue lists and
 * the other rewrites use: "dwin" (dw i'n typed without the apostrophe), "wsnos" (wythnos), "deud",
 * "weud" (dweud), "wedon", "ddudodd" (dywedodd, dywedon), "yndi", "odi" (ydy), "nadw", "nagw" (nac ydw),
 * "smo" (southern "is not"), "sgen i" (does gen i), "ffonia" (ffonio), "pnawn", "bora". A form a cue
 * phrase spells itself ("gweud", "wedodd", "dywedodd", "dio") is left out: its phrase would no longer match.
 */
export const WELSH_SPOKEN: ReadonlyArray<[string, string[]]> = [
  ['dwin', ['dw', 'i', 'yn']], ['dwnim', ['dwn', 'i', 'ddim']],
  ['wsnos', ['wythnos']], ['wsos', ['wythnos']], ['wthnose', ['wythnos']], ['wythnose', ['wythnosau']], ['wsnosa', ['wythnosau']],
  ['deud', ['dweud']], ['ddeud', ['dweud']], ['weud', ['dweud']], ['gwed', ['dweud']], ['deutha', ['dweud', 'wrtha']], ['ddeutha', ['dweud', 'wrtha']],
  ['wedws', ['dwedodd']], ['ddudodd', ['dwedodd']], ['dudodd', ['dwedodd']], ['ddeudodd', ['dwedodd']], ['deudodd', ['dwedodd']],
  ['wedon', ['dwedon']], ['ddeudon', ['dwedon']], ['ddudon', ['dwedon']],
  ['wedoch', ['dwedoch']], ['ddeudoch', ['dwedoch']], ['ddudoch', ['dwedoch']], ['ddwedoch', ['dwedoch']], ['dywedoch', ['dwedoch']],
  ['wedes', ['dwedais']], ['wetes', ['dwedais']], ['ddeudis', ['dwedais']], ['ddudis', ['dwedais']], ['dudis', ['dwedais']],
  ['yndi', ['ydy']], ['ydi', ['ydy']], ['odi', ['ydy']], ['ydio', ['ydy', 'o']], ['ydyw', ['ydy']], ['dydio', ['dydy', 'o']],
  ['nadw', ['nac', 'ydw']], ['nagw', ['nac', 'ydw']], ['nagi', ['nac', 'ydy']], ['nagyw', ['nac', 'ydy']], ['nadi', ['nac', 'ydy']],
  ['smo', ['dydy', 'ddim']], ['sgen', ['does', 'gen']], ['sgin', ['does', 'gen']], ['sgynno', ['does', 'gan']],
  ['ffonia', ['ffonio']], ['ffoniwch', ['ffonio']], ['ffonioch', ['ffonio']], ['ffoniodd', ['ffonio']], ['ffonion', ['ffonio']],
  ['pnawn', ['prynhawn']], ['bora', ['bore']],
];

/**
 * A northern or southern plural ending spoken for "-au": "grisia", "petha", "llythyra" (north),
 * "grisie", "pethe", "blynydde" (south). The forms the ending could stand for, to be tried
 * against a vocabulary when the word as typed is not in it.
 */
export function pluralForms(word: string): string[] {
  if (word.length < 5) return [];
  if (word.endsWith('a') || word.endsWith('e')) return [`${word.slice(0, -1)}au`];
  return [];
}
