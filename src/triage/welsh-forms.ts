/**
 * A Welsh word as a regular-expression alternative of its dictionary form and its mutated forms
 * (soft, nasal, aspirate, h-prothesis). The tokeniser undoes mutations only for words the cue
 * lists know; feature families name other words too, so they match every form a resident types.
 */
const SOFT: Array<[string, string]> = [['p', 'b'], ['t', 'd'], ['c', 'g'], ['b', 'f'], ['d', 'dd'], ['g', ''], ['m', 'f'], ['ll', 'l'], ['rh', 'r']];
const NASAL: Array<[string, string]> = [['p', 'mh'], ['t', 'nh'], ['c', 'ngh'], ['b', 'm'], ['d', 'n'], ['g', 'ng']];
const ASPIRATE: Array<[string, string]> = [['p', 'ph'], ['t', 'th'], ['c', 'ch']];

export function mutated(word: string): string[] {
  const out = new Set([word]);
  for (const table of [SOFT, NASAL, ASPIRATE]) {
    // Longest radical first: "ll" softens to "l", not as "l" + "l".
    const hit = [...table].sort((a, b) => b[0].length - a[0].length).find(([from]) => word.startsWith(from));
    if (hit) out.add(hit[1] + word.slice(hit[0].length));
  }
  if (/^[aeiouwy]/.test(word)) out.add(`h${word}`);
  return [...out];
}

/** "(?:cyfrif|gyfrif|nghyfrif|chyfrif)" for each word given. */
export function cy(...words: string[]): string {
  return `(?:${words.flatMap(mutated).join('|')})`;
}
