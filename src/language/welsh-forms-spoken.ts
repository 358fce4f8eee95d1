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
