/**
 * Long replies cut to a channel's limit (capabilities.ts), in order, at the last sentence end
 * that fits (after a paragraph or line break or ". ", "? ", "! "), else between words; a
 * "word" longer than the limit (a pasted URL) is the only thing ever cut inside.
 */

export type Unit = 'chars' | 'utf8';

export function measure(text: string, unit: Unit): number {
  return unit === 'utf8' ? Buffer.byteLength(text, 'utf8') : text.length;
}

// Zero-width points just after a sentence end and its space, or after a line break.
const SENTENCE_END = /(?<=[.!?…]['"”’)\]]*\s)|(?<=\n)/u;
const WORD_END = /(?<=\s)/u;

function pack(pieces: string[], max: number, unit: Unit, smaller: (piece: string) => string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (measure((current + piece).trimEnd(), unit) <= max) {
      current += piece;
      continue;
    }
    if (current.trim()) out.push(current.trim());
    current = '';
    if (measure(piece.trimEnd(), unit) <= max) current = piece;
    else {
      const parts = smaller(piece);
      // The last part may share its message with what follows; the space it was cut at goes back.
      const last = parts.pop();
      current = last ? `${last} ` : '';
      out.push(...parts);
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** Cuts a single over-long word at the limit, keeping whole characters (never half a surrogate pair). */
function hardCut(word: string, max: number, unit: Unit): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of word) {
    if (measure(current + ch, unit) > max) {
      out.push(current);
      current = '';
    }
    current += ch;
  }
  if (current) out.push(current);
  return out;
}

function byWords(text: string, max: number, unit: Unit): string[] {
  return pack(text.split(WORD_END), max, unit, (word) => hardCut(word.trim(), max, unit));
}

/** The text as messages of at most `max` (in `unit`), in order; one message when it fits. */
export function splitText(text: string, max: number, unit: Unit = 'chars'): string[] {
  if (measure(text, unit) <= max) return [text];
  return pack(text.split(SENTENCE_END), max, unit, (sentence) => byWords(sentence, max, unit));
}
