/**
 * One normal form for matching what residents type: lower case, accents folded (siŵr → siwr),
 * curly apostrophes straightened, punctuation other than apostrophes turned to spaces.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[^\p{L}\p{N}'@.+\s]/gu, ' ')
    .replace(/\.(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function words(text: string): string[] {
  return wordsOfNormalised(normalise(text));
}

/** `words`, for text already through `normalise`. */
export function wordsOfNormalised(normalised: string): string[] {
  return normalised
    .split(' ')
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}
