/** The bench's 2,000-character messages: corpus lines run together by a fixed-seed generator, the same on every run. */
export function longMessages(texts: string[], count = 400, length = 2000): string[] {
  const flat = texts.map((t) => t.replace(/\n/g, ' '));
  let seed = 19;
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = '';
    while (t.length < length) t += flat[Math.floor(next() * flat.length)] + ' ';
    out.push(t.slice(0, length));
  }
  return out;
}
