import { normalise } from '../../src/language/normalise';

/**
 * Whether what went wrong is told about someone else's home or on their behalf ("my mum's flat",
 * "on behalf of my client", "tŷ fy nhad", "fflat Mam", "ar ran fy etholwr"): then the intake asks
 * who is complaining before how it has affected them, so that question is put in the right person.
 * Generous on purpose: "my son's bedroom" in the resident's own home only brings "are you the
 * resident?" a few questions forward, which they answer as they would have anyway.
 */
const PEOPLE_EN = [
  'mum', 'mom', 'mam', 'mother', 'dad', 'father', 'nan', 'nana', 'nanna', 'gran', 'granny', 'grandma', 'grandmother',
  'grandad', 'grandfather', 'grandpa', 'son', 'daughter', 'brother', 'sister', 'aunt', 'auntie', 'aunty', 'uncle',
  'niece', 'nephew', 'cousin', 'friend', 'client', 'constituent', 'service user', 'relative',
  'parents', 'partner', 'husband', 'wife',
];
// Normalised (accents folded, lower case); mutated forms after "fy" (nhad, nain, mrawd, nghleient).
const PEOPLE_CY = [
  'mam', 'nhad', 'tad', 'dad', 'nain', 'nhaid', 'taid', 'mam-gu', 'mamgu', 'tad-cu', 'tadcu', 'mrawd', 'brawd', 'chwaer',
  'mab', 'merch', 'modryb', 'ewythr', 'nghefnder', 'nghyfnither', 'ffrind', 'nghleient', 'cleient',
  'etholwr', 'rhieni', 'mhartner', 'mhlant',
];
const HOME_CY = ['ty', 'fflat', 'cartref', 'llofft', 'stafell', "'stafell", 'ystafell', 'gardd', 'byngalo'];

const alt = (words: string[]) => words.map((w) => w.replace(/[-]/g, '[- ]?')).join('|');

const EN = new RegExp(
  String.raw`\bon behalf of\b|\b(?:writing|complaining|acting|messaging|contacting you|getting in touch)\s+for\s+(?:a|my|our)\b|\b(?:my|our)\s+(?:(?:elderly|disabled|late|old|vulnerable|poor)\s+)?(?:${alt(PEOPLE_EN)})(?:'s?\b|\s+(?:lives|is living|has lived|rents|is a tenant))`,
);
const CY = new RegExp(String.raw`\bar ran\b|\b(?:${alt(HOME_CY)})\s+(?:fy\s+|ein\s+)?(?:${alt(PEOPLE_CY)})\b|\bfy\s+(?:${alt(PEOPLE_CY)})\s+(?:yn byw|sy'n byw)\b`);

export function speaksForSomeoneElse(description: string | undefined): boolean {
  if (!description) return false;
  const n = normalise(description);
  return EN.test(n) || CY.test(n);
}
