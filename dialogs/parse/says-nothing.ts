import { normalise } from '../../src/language/normalise';
import { readAnswer } from './yes-no';

/**
 * An answer to "what has gone wrong?" that says nothing of it: a sound ("hmm", "erm"), an "ok", a
 * question mark or dots, "nothing" / "dim byd", or a don't-know ("idk", "not sure", "sa i'n gwbod", "dwn i'm"). Filed as
 * the description, it reached the landlord as the whole complaint (found round 14). A bare yes or
 * no is the intake's own case (asked "Thank you. What has gone wrong?"); this is the rest.
 */
const SOUNDS = /^(?:h+m+|m+|u+m+|e+r+m*|e+h+|a+h+|o+h+|u+h+|h+u+h+|ok+|okay|k+|kk|then|lol|idk|eh|huh|what|wot|beth|be|pardon|sorry|sori|test|testing|iawn|ta|ym+|y+m+|wel|well|so|ummm?|nothing|nothin|nowt|dim|byd)$/;

export function saysNothing(text: string): boolean {
  const n = normalise(text);
  // Punctuation, dots or an emoji alone ("?", "...", "🤔").
  if (!/[\p{L}\p{N}]/u.test(n)) return true;
  if (n.split(' ').every((w) => SOUNDS.test(w))) return true;
  const r = readAnswer(text);
  return r.clear && r.answer === 'unsure';
}
