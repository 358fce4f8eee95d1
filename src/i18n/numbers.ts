/**
 * Counts said in a sentence ("within five working days", "ymhen chwe diwrnod gwaith"), never in
 * dates. One rule for each language, as the README states:
 * - Welsh: words from one to twenty, with the number's own form before a noun (pum, chwe), its
 *   gender (dwy, tair, pedair wythnos) and the mutation it causes (dau ddiwrnod, dau fis); the
 *   noun stays singular. Beyond twenty, digits ("21 diwrnod"), which read more easily than
 *   "un ar hugain".
 * - English: words from one to nine, digits from 10, as most British style guides have it.
 * The compounds of eleven to nineteen keep the noun after the whole number ("un ar ddeg diwrnod
 * gwaith"), since splitting "diwrnod gwaith" around "ar ddeg" reads badly.
 */

export type Gender = 'masc' | 'fem';

/** A Welsh noun as a count needs it: its dictionary form and gender. */
export interface WelshNoun {
  word: string;
  gender: Gender;
}

export const DIWRNOD: WelshNoun = { word: 'diwrnod', gender: 'masc' };
export const WYTHNOS: WelshNoun = { word: 'wythnos', gender: 'fem' };
export const MIS: WelshNoun = { word: 'mis', gender: 'masc' };

// Before a noun: "pum" and "chwe", not "pump" and "chwech" (which stand alone).
const MASC = ['', 'un', 'dau', 'tri', 'pedwar', 'pum', 'chwe', 'saith', 'wyth', 'naw', 'deg', 'un ar ddeg', 'deuddeg', 'tri ar ddeg', 'pedwar ar ddeg', 'pymtheg', 'un ar bymtheg', 'dau ar bymtheg', 'deunaw', 'pedwar ar bymtheg', 'ugain'];
const FEM_CHANGES: Record<number, string> = { 2: 'dwy', 3: 'tair', 4: 'pedair', 13: 'tair ar ddeg', 14: 'pedair ar ddeg', 17: 'dwy ar bymtheg', 19: 'pedair ar bymtheg' };

const ENGLISH = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** The Welsh number word before a noun of this gender, 1 to 20; null outside that. */
export function welshNumber(n: number, gender: Gender = 'masc'): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 20) return null;
  return (gender === 'fem' ? FEM_CHANGES[n] : undefined) ?? MASC[n];
}

const SOFT: Array<[string, string]> = [['ll', 'l'], ['rh', 'r'], ['p', 'b'], ['t', 'd'], ['c', 'g'], ['b', 'f'], ['d', 'dd'], ['g', ''], ['m', 'f']];
const ASPIRATE: Array<[string, string]> = [['p', 'ph'], ['t', 'th'], ['c', 'ch']];

function mutate(word: string, table: Array<[string, string]>): string {
  // "ch", "ph", "th" are letters of their own, never a mutable c, p or t.
  if (/^(ch|ph|th)/.test(word)) return word;
  for (const [from, to] of table) if (word.startsWith(from)) return to + word.slice(from.length);
  return word;
}

/** The mutation a number word causes on the noun straight after it. */
function afterNumber(n: number, noun: WelshNoun): string {
  const w = noun.word;
  if (n === 2) return mutate(w, SOFT); // dau ddiwrnod, dau fis, dwy wythnos
  if (n === 1 && noun.gender === 'fem' && !/^(ll|rh)/.test(w)) return mutate(w, SOFT); // un ferch, but un llaw
  if ((n === 3 && noun.gender === 'masc') || n === 6) return mutate(w, ASPIRATE); // tri pheth, chwe cheiniog
  return w;
}

/** "dau ddiwrnod", "tair wythnos", "chwe mis", "ugain diwrnod"; "21 diwrnod" beyond twenty. */
export function welshCount(n: number, noun: WelshNoun): string {
  const word = welshNumber(n, noun.gender);
  return word === null ? `${n} ${noun.word}` : `${word} ${afterNumber(n, noun)}`;
}

/** "five", and "10": words from one to nine. */
export function englishNumber(n: number): string {
  return Number.isInteger(n) && n >= 1 && n <= 9 ? ENGLISH[n] : String(n);
}

/**
 * The values a count's template takes: `count` (for English plurals), `n` (the English number
 * as said) and `counted` (the Welsh number with its noun, mutated).
 */
export function countValues(n: number, noun: WelshNoun): { count: number; n: string; counted: string } {
  return { count: n, n: englishNumber(n), counted: welshCount(n, noun) };
}
