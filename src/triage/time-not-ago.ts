import { normalisedWords } from '../language/normalise';

/**
 * A count of years the cue list reads as "long ago" ("three years", "pum mlynedd") that the words
 * around it say is no past event (seventh kind round, issue #19): a span "in three years" ("for
 * the second time in three years", "I haven't been out in three years"), a wait still to come
 * ("another five years", "aros pum mlynedd arall", "two years to go"). Neither names a matter that
 * happened beyond the time limit; read as one, complaints about a long wait were excluded. A year
 * named ("in 2019") or "ago" / "yn ôl" is left to the deadline engine as before.
 */
const BEFORE = /(?:^| )(?:in|within|in the (?:last|past)|another|wait|waiting|wait for|waited|aros|am|mewn|o fewn) $/;
const AFTER = /^ (?:more|to go|from now|time|arall|eto|ychwanegol|i fynd)(?= |$)/;

export function yearsNotAgo(words: string, text: string): boolean {
  if (/\b(?:ago|yn ol|nol|20\d\d|19\d\d)\b/.test(words)) return false;
  const n = ` ${normalisedWords(text).join(' ').replace(/'/g, ' ').replace(/\s+/g, ' ')} `;
  const w = ` ${words.trim()} `;
  let seen = false;
  // Every place the words stand must be a span or a wait: one "three years" told as ago still counts.
  for (let at = n.indexOf(w); at >= 0; at = n.indexOf(w, at + 1)) {
    seen = true;
    if (!BEFORE.test(n.slice(0, at + 1)) && !AFTER.test(n.slice(at + w.length - 1))) return false;
  }
  return seen;
}
