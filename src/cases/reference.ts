import { randomInt } from 'node:crypto';

/**
 * Case references: easy to read over the phone (no 0/O, 1/I/L, no vowels, so no words) and
 * random, so one reference says nothing about another. 28^8 ≈ 3.8 × 10^11 possibilities.
 */
const ALPHABET = '23456789BCDFGHJKMNPQRSTVWXYZ';
export const REFERENCE_PATTERN = /^CMP-[23456789BCDFGHJKMNPQRSTVWXYZ]{4}-[23456789BCDFGHJKMNPQRSTVWXYZ]{4}$/;

export function newReference(random: (max: number) => number = randomInt): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += ALPHABET[random(ALPHABET.length)];
  return `CMP-${s.slice(0, 4)}-${s.slice(4)}`;
}

/** Finds a reference in what people type: any case, spaces or dashes or none, with or without "CMP". */
export function findReference(text: string): string | null {
  // Every candidate, not just the first: "not happy with your answer to CMP-…" starts with two
  // four-letter words ("with your") that are not a reference.
  for (const m of text.matchAll(/(?:^|[^A-Z0-9])(CMP[\s-]*)?([A-Z0-9]{4})[\s-]*([A-Z0-9]{4})(?![A-Z0-9])/gi)) {
    // Without the CMP prefix, two four-letter words ("Dydy drws") are not a reference: demand a digit.
    if (!m[1] && !/\d/.test(m[2] + m[3])) continue;
    const ref = `CMP-${m[2]}-${m[3]}`.toUpperCase();
    if (REFERENCE_PATTERN.test(ref)) return ref;
  }
  return null;
}

/**
 * A reference given as the whole of an answer ("What is your reference?") or a staff lookup, however
 * typed: what findReference reads, and also eight reference characters with no digit and no "CMP"
 * ("styb mjxx"), which findReference leaves alone inside a sentence because two Welsh words can
 * look like one. About one reference in fifteen has no digit. Dashes a word processor made of the
 * hyphens (en and em dashes, minus signs) read as hyphens.
 */
export function wholeReference(text: string): string | null {
  const dashed = text.replace(/[\u2010-\u2015\u2212]/g, '-');
  const found = findReference(dashed);
  if (found) return found;
  const bare = dashed.replace(/[\s-]+/g, '').toUpperCase().replace(/^CMP(?=[A-Z0-9]{8}$)/, '');
  const whole = /^[A-Z0-9]{8}$/.test(bare) ? `CMP-${bare.slice(0, 4)}-${bare.slice(4)}` : '';
  return REFERENCE_PATTERN.test(whole) ? whole : null;
}
