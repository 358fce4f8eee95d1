import { emptyTags, numberOf, tokenSlot, TOKEN_SLOTS, type Token } from '../language/tokens';
import { vocabularyOf } from './matcher';

/**
 * Hazard words typed with a slip ("leeking", "celing", "elecrtic", "gass"; issue #19, tenth safety
 * pass): the tokeniser corrects only slips it can tell from other words of the cue lists, and a
 * three- to six-letter hazard word is too short for that, so "water leaking from the celing" was
 * neither flagged nor asked about while "…the ceiling" is urgent. Here a word no list and no
 * model knows is taken for a hazard word when it is one slip from it, and the safety reading
 * (flags and the danger question, never the kind) is made on the message respelt.
 *
 * One slip is an adjacent pair swapped, a letter dropped or added, or (in a word of six letters or
 * more) a letter changed, with the first letter kept; a word of three or four letters ("gas",
 * "fire", "nwy") only with a letter doubled, since one changed letter makes another word ("has",
 * "fine"). Words a resident writes that are one slip from a hazard word and mean something else
 * are never respelt (NOT_SLIPS, and every word the cue lists or the kind model know).
 * Nothing is remembered between messages: the check runs on a message's unknown words only.
 */

// The hazards' own words, from the categories the hazard and urgent lists are written for.
const HAZARD_WORDS = [
  'gas', 'fire', 'leak', 'leaks', 'leaky', 'leaking', 'leaked', 'ceiling', 'ceilings', 'electric', 'electrics', 'electrical', 'electricity',
  'socket', 'sockets', 'sparks', 'sparking', 'sparked', 'smoke', 'smoking', 'smouldering', 'burning', 'flames', 'flooding', 'flooded',
  'sewage', 'collapsed', 'collapsing', 'wiring', 'wires', 'dripping', 'pouring', 'carbon', 'monoxide', 'fumes', 'burst', 'light', 'lights',
  'nwy', 'mwg', 'nenfwd', 'trydan', 'gollwng', 'gollyngiad', 'diferu', 'gwreichion', 'llosgi', 'carthion', 'soced', 'socedi', 'gwifrau', 'llifogydd',
];
// Real words one slip from a hazard word.
const NOT_SLIPS = new Set([
  'leaving', 'leaning', 'leading', 'leaping', 'leaned', 'leaped', 'leaded', 'flooring', 'floored', 'sparkling', 'sparkled', 'sparing', 'sparring', 'sparred',
  'spanking', 'spanked', 'sparky', 'flares', 'flared', 'flaring', 'stoking', 'burying', 'burping', 'wiping', 'flakes', 'flamed', 'carton', 'pouting', 'poring', 'trydar',
]);
const BY_FIRST = new Map<string, string[]>();
for (const w of HAZARD_WORDS) BY_FIRST.set(w[0], [...(BY_FIRST.get(w[0]) ?? []), w]);

/** Whether `typed` is one slip (above) from the hazard word `word`. */
export function oneSlipFrom(typed: string, word: string): boolean {
  if (typed === word || typed[0] !== word[0]) return false;
  if (word.length <= 4) {
    // Only a letter doubled: "gass", "fiire".
    if (typed.length !== word.length + 1) return false;
    for (let i = 1; i < typed.length; i++) if (typed[i] === typed[i - 1] && typed.slice(0, i) + typed.slice(i + 1) === word) return true;
    return false;
  }
  if (typed.length < 5) return false;
  if (typed.length === word.length) {
    let i = 0;
    while (typed[i] === word[i]) i++;
    // Swapped with the next letter, or (six letters or more) one letter changed.
    if (i + 1 < typed.length && typed[i] === word[i + 1] && typed[i + 1] === word[i] && typed.slice(i + 2) === word.slice(i + 2)) return true;
    return word.length >= 6 && typed.slice(i + 1) === word.slice(i + 1);
  }
  if (Math.abs(typed.length - word.length) !== 1) return false;
  const [long, short] = typed.length > word.length ? [typed, word] : [word, typed];
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}

let cueWords: ((w: string) => boolean) | null = null;
function cueKnows(w: string): boolean {
  if (!cueWords) {
    const vocab = vocabularyOf();
    cueWords = (x) => vocab.words.has(x) || vocab.canonical.has(x) || vocab.prefixes.some((p) => x.startsWith(p));
  }
  return cueWords(w);
}

/** The hazard word a token's form is one slip from, or null; the same for a token every time. */
function nearHazard(t: Token): string | null {
  const typed = t.form;
  // A word the tokeniser spelt out or took back from a mutation is not a slip.
  if (t.raw !== typed || typed.length < 4 || typed.length > 13 || !/^[a-z]+$/.test(typed) || NOT_SLIPS.has(typed)) return null;
  return BY_FIRST.get(typed[0])?.find((w) => oneSlipFrom(typed, w)) ?? null;
}

// A typed word's shared token is asked once in the life of its number (tokens.ts NUMBER), not once
// a message: a long message's 400 tokens each took the checks above, nearly always for nothing.
const slipTag = emptyTags();
const slipNear: Array<string | null> = new Array<string | null>(TOKEN_SLOTS).fill(null);
function slipOf(t: Token): string | null {
  const num = numberOf(t);
  if (num < 0) return nearHazard(t);
  const s = tokenSlot(num);
  if (slipTag[s] !== num) (slipTag[s] = num), (slipNear[s] = nearHazard(t));
  return slipNear[s];
}

/**
 * The message with its hazard slips respelt, or null when it has none. `known`: words the caller
 * knows besides the cue lists' (the kind model's words), never respelt.
 */
export function respeltHazards(text: string, tokens: readonly Token[], known: (form: string) => boolean): { text: string; slips: Array<{ typed: string; word: string }> } | null {
  const slips: Array<{ typed: string; word: string }> = [];
  for (const t of tokens) {
    const near = slipOf(t);
    if (near === null) continue;
    const typed = t.form;
    if (known(typed) || cueKnows(typed) || slips.some((s) => s.typed === typed)) continue;
    slips.push({ typed, word: near });
  }
  if (!slips.length) return null;
  let out = text;
  for (const { typed, word } of slips) out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${typed}(?![\\p{L}\\p{N}])`, 'giu'), word);
  return out === text ? null : { text: out, slips };
}

/** Words quoted from the respelt message, as the resident typed them. */
export function asTyped(text: string, slips: ReadonlyArray<{ typed: string; word: string }>): string {
  return slips.reduce((t, { typed, word }) => t.replace(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu'), typed), text);
}
