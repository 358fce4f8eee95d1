/**
 * Long text in parts of at most `max` characters, in order, each ending at the last sentence
 * end that fits (a blank line, a line break, ". ", "? ", "! "), else between words; only a single
 * "word" longer than the limit (a pasted URL) is cut inside. Counted in UTF-16 code units, as the
 * Cloud API counts; a surrogate pair is never cut in half.
 */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = -1;
    for (const mark of ['\n', '. ', '? ', '! ']) {
      const at = window.lastIndexOf(mark, max - 1);
      if (at > 0) cut = Math.max(cut, at + mark.trimEnd().length);
    }
    if (cut <= 0) cut = window.lastIndexOf(' ', max);
    if (cut <= 0) {
      cut = max;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
    }
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}
