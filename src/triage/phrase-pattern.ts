/**
 * A cue phrase (cues.ts syntax: "a|b" alternatives, "stem*" a word starting with stem, "word?"
 * optional, "~" up to three words, "~~" up to seven, "_" joining the words of one alternative)
 * compiled into a pattern over canonical tokens, and matched token by token. It replaces one
 * regular expression per phrase over the tokens joined with spaces, and must read exactly as that
 * expression did: the leftmost start wins; at a start, alternatives are tried in the order
 * written, an optional part is tried present before absent, and a gap takes as many words as it
 * can before fewer. That order decides which of the resident's words a hit quotes.
 */

/** One alternative: whole tokens, then (for "stem*") one token that starts with the stem. */
export interface Alternative {
  words: readonly string[];
  stem: string | null;
}

export type Part =
  | { kind: 'gap'; max: number }
  | { kind: 'group'; optional: boolean; alternatives: readonly Alternative[] };

export interface PhrasePattern {
  parts: readonly Part[];
  /** The first part a match cannot do without (index into parts), or -1 if every part may be empty. */
  anchor: number;
  /** The most tokens the parts before the anchor can take: a match starts at most this far before it. */
  lead: number;
  /**
   * How many tokens every match takes, or -1 when matches differ (a gap, an optional part, or
   * alternatives of different lengths): a match found at a start then ends at start + fixed,
   * with no need to read it again.
   */
  fixed: number;
}

/**
 * How the cue lists spell words, folded the way the tokeniser reads a message: no accents or
 * apostrophes, "no one" as one word, "&" and "-" as spaces, "yr" as "y".
 */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/'/g, '')
    .replace(/\bno one\b/g, 'noone')
    .replace(/[&-]/g, ' ')
    // "y" and "yr" are one article to the matcher, as the tokeniser reads them.
    .replace(/\byr\b/g, 'y')
    .replace(/\s+/g, ' ')
    .trim();

const isGap = (part: string) => part === '~' || part === '~~';
const isOptional = (part: string) => part.endsWith('?') && part.length > 1;

/**
 * `canonical` maps a mutated spelling the cue lists use to the dictionary form the tokeniser
 * gives ("ddim" → "dim"); whole words are mapped, the words of a "stem*" alternative are not.
 */
export function compilePhrase(phrase: string, canonical: ReadonlyMap<string, string>): PhrasePattern {
  const parts: Part[] = phrase
    .trim()
    .split(/\s+/)
    .map((part): Part => {
      if (isGap(part)) return { kind: 'gap', max: part === '~' ? 3 : 7 };
      const optional = isOptional(part);
      const alternatives = (optional ? part.slice(0, -1) : part).split('|').map((alt): Alternative => {
        const prefix = alt.endsWith('*');
        const body = fold((prefix ? alt.slice(0, -1) : alt).replace(/_/g, ' '));
        const words = body === '' ? [] : body.split(' ');
        if (!prefix) return { words: words.map((w) => canonical.get(w) ?? w), stem: null };
        const stem = words.pop() ?? '';
        return { words, stem };
      });
      return { kind: 'group', optional, alternatives };
    });
  let anchor = -1;
  let lead = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.kind === 'group' && !part.optional && part.alternatives.every((a) => a.words.length > 0 || a.stem !== null)) {
      anchor = i;
      break;
    }
    lead += part.kind === 'gap' ? part.max : Math.max(...part.alternatives.map(length));
  }
  let fixed = 0;
  for (const part of parts) {
    const lengths = part.kind === 'gap' || part.optional ? [] : [...new Set(part.alternatives.map(length))];
    if (lengths.length !== 1) {
      fixed = -1;
      break;
    }
    fixed += lengths[0];
  }
  return { parts, anchor, lead: anchor < 0 ? 0 : lead, fixed };
}

/** How many tokens an alternative takes. */
export function length(a: Alternative): number {
  return a.words.length + (a.stem === null ? 0 : 1);
}

/** Whether alternative `a` reads the tokens from `at`. */
export function alternativeAt(a: Alternative, forms: readonly string[], at: number): boolean {
  const n = a.words.length;
  if (at + n + (a.stem === null ? 0 : 1) > forms.length) return false;
  for (let k = 0; k < n; k++) if (forms[at + k] !== a.words[k]) return false;
  return a.stem === null || forms[at + n].startsWith(a.stem);
}

/**
 * The end (exclusive token index) of the match of `parts[from..]` starting at token `at`, in the
 * order the regular expression tried them, or -1.
 */
function matchFrom(parts: readonly Part[], from: number, forms: readonly string[], at: number): number {
  if (from === parts.length) return at;
  const part = parts[from];
  if (part.kind === 'gap') {
    for (let take = Math.min(part.max, forms.length - at); take >= 0; take--) {
      const end = matchFrom(parts, from + 1, forms, at + take);
      if (end >= 0) return end;
    }
    return -1;
  }
  for (const a of part.alternatives) {
    if (!alternativeAt(a, forms, at)) continue;
    const end = matchFrom(parts, from + 1, forms, at + length(a));
    if (end >= 0) return end;
  }
  return part.optional ? matchFrom(parts, from + 1, forms, at) : -1;
}

/** The end of a match of the whole pattern starting at token `start`, or -1. */
export function matchAt(pattern: PhrasePattern, forms: readonly string[], start: number): number {
  return matchFrom(pattern.parts, 0, forms, start);
}

/** The leftmost match anywhere in the tokens, as [start, end), or null: the reference reading. */
export function leftmostMatch(pattern: PhrasePattern, forms: readonly string[]): [number, number] | null {
  for (let start = 0; start <= forms.length; start++) {
    const end = matchAt(pattern, forms, start);
    if (end >= 0) return [start, end];
  }
  return null;
}
