const ASCII = /^[\x00-\x7f]*$/;

/**
 * The text with sentence breaks kept, which question forms read: lower case, accents folded,
 * apostrophes deleted, every run of anything but letters, digits and . ! ? one space.
 */
export function punctuated(text: string): string {
  // A message's whole text is read by the rules' negation scope and again by the model's
  // features: the last long text is remembered (one entry). Short texts (a cue hit's words, asked
  // of each hit) are read afresh, so they do not push the message out.
  if (text.length < REMEMBER_FROM) return reading(text);
  if (text !== lastText) (lastRead = reading(text)), (lastText = text);
  return lastRead;
}
const REMEMBER_FROM = 200;
let lastText = '';
let lastRead = '';

function reading(text: string): string {
  const lower = text.toLowerCase();
  // In ASCII the letters and digits are a-z and 0-9 once lower case, and there is no curly
  // apostrophe: the same text by a plainer (faster) expression.
  if (ASCII.test(text)) return lower.replace(/'/g, '').replace(/[^a-z0-9.!?]+/g, ' ');
  return byCharacter(text) ?? punctuatedSlowly(lower);
}

function punctuatedSlowly(lower: string): string {
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’']/g, '').replace(/[^\p{L}\p{N}.!?]+/gu, ' ');
}

// Welsh text (ŵ, ŷ, â, ô), a pound sign or a dash is not ASCII, and the four passes above (lower
// case, NFD, accents, the Unicode classes) were most of a long message's reading. Below U+0250
// (Latin letters with their accents) and in General Punctuation, each character is read alone the
// same way wherever it stands: lower case has no context there (no final sigma), and NFD reorders
// only combining marks, of which there are none. So each such character's reading is worked out
// once, by the full reading itself (a space standing for "not a letter, digit or . ! ?"), and a
// text of only such characters is those readings in a row, every run of spaces made one.
// By character code: what it reads as, one character (a space: not a letter, digit or . ! ?),
// -1 nothing (an apostrophe), -2 more than one character (then `READINGS`); 0 not worked out yet.
const OWN_READING = new Int32Array(0x2070);
const READINGS = new Map<number, string>();
function readingOf(c: number): number {
  let r = OWN_READING[c];
  if (r !== 0) return r;
  const read = String.fromCharCode(c).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’']/g, '').replace(/[^\p{L}\p{N}.!?]/gu, ' ');
  r = read.length === 0 ? -1 : read.length === 1 ? read.charCodeAt(0) : -2;
  if (r === -2) READINGS.set(c, read);
  OWN_READING[c] = r;
  return r;
}
let readBuffer = new Uint16Array(4096);
function byCharacter(text: string): string | null {
  // At most three characters a character (ŉ is two): room for each. The buffer is kept for
  // messages of ordinary length only; a very long text gets its own, dropped after.
  const room = 4 * text.length;
  if (readBuffer.length < room && room <= 65_536) readBuffer = new Uint16Array(room);
  const out = readBuffer.length >= room ? readBuffer : new Uint16Array(room);
  let k = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c < 0x250 || (c >= 0x2000 && c <= 0x206f))) return null;
    const r = readingOf(c);
    if (r === 32) {
      if (!space) (out[k++] = 32), (space = true);
    } else if (r > 0) {
      out[k++] = r;
      space = false;
    } else if (r === -2) {
      const read = READINGS.get(c)!;
      if (k + read.length > out.length) return null;
      for (let j = 0; j < read.length; j++) {
        const d = read.charCodeAt(j);
        if (d !== 32) (out[k++] = d), (space = false);
        else if (!space) (out[k++] = 32), (space = true);
      }
    }
  }
  // In pieces: a call takes only so many arguments.
  let s = '';
  for (let at = 0; at < k; at += 8192) s += String.fromCharCode.apply(null, out.subarray(at, Math.min(k, at + 8192)) as unknown as number[]);
  return s;
}
