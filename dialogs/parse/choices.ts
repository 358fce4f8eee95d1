import { normalise } from '../../src/language/normalise';

/**
 * Choice answers in Welsh or English, typed or tapped, by number or in words. botbuilder's
 * built-in recognisers have no Welsh culture, so each choice carries its own synonyms.
 */
export interface Choice<T extends string> {
  value: T;
  /** Phrases that pick this choice, in either language, already in normal form. */
  synonyms: string[];
}

/** Normal form with Welsh clitics split off, so "trwsio'r boeler" has the word "trwsio" in it. */
function forMatching(text: string): string {
  return normalise(text).replace(/(\p{L})'(r|n|i|w|ch)(?=\s|$)/gu, "$1 '$2");
}

/**
 * A synonym's matching form. Synonyms are the code's and the locale files' own phrases, so each is
 * worked out once rather than on every answer read (every synonym of every choice, each turn).
 * Bounded all the same, in case a caller ever builds choices from what residents type.
 */
const synonymForms = new Map<string, string>();
function synonymForm(synonym: string): string {
  let form = synonymForms.get(synonym);
  if (form === undefined) {
    if (synonymForms.size >= 10_000) synonymForms.clear();
    synonymForms.set(synonym, (form = forMatching(synonym)));
  }
  return form;
}

/** A choice's synonyms in matching form, longest first (for matchMany), kept per choice object. */
const longestFirst = new WeakMap<Choice<string>, string[]>();
function formsLongestFirst(choice: Choice<string>): string[] {
  let forms = longestFirst.get(choice);
  if (!forms) longestFirst.set(choice, (forms = choice.synonyms.map(synonymForm).sort((a, b) => b.length - a.length)));
  return forms;
}

function phraseIn(haystack: string, phrase: string): boolean {
  return ` ${haystack} `.includes(` ${phrase} `);
}

/** One choice from a list: the number shown, or words that belong to exactly one choice. */
export function matchOne<T extends string>(text: string, choices: readonly Choice<T>[]): T | null {
  const n = forMatching(text);
  const num = /^(\d{1,2})$/.exec(n);
  if (num) return choices[Number(num[1]) - 1]?.value ?? null;
  const plain = normalise(text);
  const exact = choices.find((c) => c.synonyms.includes(n) || c.synonyms.includes(plain));
  if (exact) return exact.value;
  // Longest matching phrase wins, so "not sure" beats "sure" and "power of attorney" beats "attorney".
  let best: { value: T; len: number } | null = null;
  let tie = false;
  for (const c of choices) {
    for (const s of c.synonyms) {
      // "y" is "yes" on its own but the Welsh article inside a sentence.
      if (s.length < 2 || !phraseIn(n, synonymForm(s))) continue;
      if (!best || s.length > best.len) {
        tie = false;
        best = { value: c.value, len: s.length };
      } else if (s.length === best.len && best.value !== c.value) tie = true;
    }
  }
  return best && !tie ? best.value : null;
}

/** Several choices: "1, 3 and 5", "apology and compensation", "ymddiheuriad ac iawndal". */
export function matchMany<T extends string>(text: string, choices: readonly Choice<T>[]): { values: T[]; rest: string } {
  const n = forMatching(text);
  const values = new Set<T>();
  let rest = ` ${n} `;
  for (const m of n.matchAll(/\b(\d{1,2})\b/g)) {
    const c = choices[Number(m[1]) - 1];
    if (c) {
      values.add(c.value);
      rest = rest.replace(` ${m[1]} `, ' ');
    }
  }
  for (const c of choices) {
    for (const s of formsLongestFirst(c)) {
      if (phraseIn(rest, s)) {
        values.add(c.value);
        rest = rest.replace(` ${s} `, ' ');
      }
    }
  }
  const leftover = rest
    // Courtesy is not an answer of its own: "large print please" is large print, not also "please".
    .replace(/\b(please|pls|plz|plis|thanks|thank you|cheers|diolch yn fawr|diolch|os gwelwch yn dda)\b/g, ' ')
    .replace(/\b(and|a|ac|neu|or|also|hefyd|plus|i|want|would|like|hoffwn|dw|dwi|isio|eisiau|moyn|an|the|y|yr|'r)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { values: [...values], rest: leftover };
}
