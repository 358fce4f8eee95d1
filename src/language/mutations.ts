/**
 * Welsh initial mutations, undone. Residents write "fy nghwyn", "ei gwyn", "a chwyn" for
 * "cwyn"; a matcher that only knows the dictionary form misses most real Welsh. Given a word
 * as typed (already lower case, accents folded), `radicals` lists the dictionary forms it
 * could be a mutation of, most likely first. Ambiguity is normal ("fam" could be "mam" or
 * "bam"), so callers keep the candidate that is in their vocabulary.
 */

// Longest prefixes first: "ngh" before "ng", "mh" before "m", "dd" before "d", "ll" is radical.
const UNDO: Array<[string, string[]]> = [
  ['ngh', ['c']], // nasal of c: fy nghwyn
  ['mh', ['p']], // nasal of p: fy mhibell
  ['nh', ['t']], // nasal of t: fy nhŷ
  ['ng', ['g']], // nasal of g: fy ngwres
  ['ch', ['c']], // aspirate of c: a chwyn
  ['ph', ['p']], // aspirate of p: a phibell
  ['th', ['t']], // aspirate of t: a thân
  ['dd', ['d']], // soft of d: y ddamwain
  ['f', ['b', 'm']], // soft of b and m: y foeler, ei fam
  ['g', ['c']], // soft of c: ei gwyn
  ['b', ['p']], // soft of p: ei bibell
  ['d', ['t']], // soft of t: ei dŷ
  ['l', ['ll']], // soft of ll: y lythyr
  ['r', ['rh']], // soft of rh: ei rif
  ['m', ['b']], // nasal of b: fy mhlant is "plant"; "fy moeler" is "boeler"
  ['n', ['d']], // nasal of d: fy nrws is rare but "fy nillad" (dillad) is not
];

const VOWEL = /^[aeiouwy]/;

export function radicals(word: string): string[] {
  const out: string[] = [];
  for (const [prefix, bases] of UNDO) {
    if (!word.startsWith(prefix) || word.length <= prefix.length + 1) continue;
    const rest = word.slice(prefix.length);
    for (const b of bases) out.push(b + rest);
  }
  // Soft mutation of g drops it: "ei waith" (gwaith), "y wres" (gwres), "eu galw" → "alw".
  if (VOWEL.test(word) || word.startsWith('l') || word.startsWith('r')) out.push('g' + word);
  // h-prothesis before a vowel after "ei" (her), "ein", "eu": "ei hachos" (achos).
  if (/^h[aeiouwy]/.test(word)) out.push(word.slice(1));
  return out.filter((w, i) => w !== word && out.indexOf(w) === i);
}

// The other way: a radical's first letters and what each mutation makes of them (soft, nasal, aspirate).
const MAKE: Array<[string, string[]]> = [
  ['ll', ['l']],
  ['rh', ['r']],
  ['c', ['g', 'ngh', 'ch']],
  ['p', ['b', 'mh', 'ph']],
  ['t', ['d', 'nh', 'th']],
  ['b', ['f', 'm']],
  ['d', ['dd', 'n']],
  ['g', ['', 'ng']],
  ['m', ['f']],
];

/**
 * A word as it may stand after "y", "fy", "ei" and the like: itself and its soft, nasal and
 * aspirate forms ("cegin": "gegin", "nghegin", "chegin"), for matching text as typed. A phrase
 * mutates its first word. Lower case in, lower case out.
 */
export function mutatedForms(radical: string): string[] {
  const out = [radical];
  for (const [prefix, forms] of MAKE) {
    if (!radical.startsWith(prefix)) continue;
    for (const f of forms) out.push(f + radical.slice(prefix.length));
    break;
  }
  return out;
}
