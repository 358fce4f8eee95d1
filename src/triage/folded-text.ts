/**
 * The folded text the rules' sentence-level readers share (risk-families.ts, home-open.ts,
 * hazard.ts, harm-now.ts): lower case, accents and apostrophes gone, every run of anything but
 * letters, digits and "&" one space, a space at each end ("won't" → "wont", "dŵr" → "dwr").
 *
 * Those readers each folded the same message again: a long message was folded nearly thirteen
 * times and cut into sentences three times per reading, each fold a lower-casing, a Unicode
 * normalisation and three replacements over 2,000 characters (about 5% of a new long message's
 * CPU, speed17 profile, docs/triage/speed.md). The fold depends on the text alone, so the last
 * text's fold (and its sentences') is kept, one entry each: a memo of a pure function, invisible to
 * callers, as `normalisedWords` keeps its last text.
 */

/** The fold itself, not remembered (for short pieces: a sentence, a hit's words). */
export const fold = (text: string): string =>
  ` ${text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/['’‘]/g, '').replace(/[^a-z0-9&]+/g, ' ')} `;

let lastText: string | null = null;
let lastFolded = '';
/** A whole message's fold; the last message's is remembered. */
export function folded(text: string): string {
  if (text !== lastText) (lastFolded = fold(text)), (lastText = text);
  return lastFolded;
}

let lastSentencesOf: string | null = null;
let lastSentences: readonly string[] = [];
/** A message cut after each . ! ? or line end, each sentence folded; the last message's is remembered. */
export function foldedSentences(text: string): readonly string[] {
  if (text !== lastSentencesOf) (lastSentences = Object.freeze(text.split(/(?<=[.!?\n])\s+/).map(fold))), (lastSentencesOf = text);
  return lastSentences;
}
