import { normalise, wordsOfNormalised } from '../../src/language/normalise';
import { radicals } from '../../src/language/mutations';

/**
 * Whether an answer to "where is the problem?" reads like a place: a room or part of the home,
 * the building or a shared part of it, an address or postcode, or the whole home. The intake
 * asks once more when it does not ("Cwyn", "can you help me", "yes"), and takes a second answer
 * as written whatever it is, so this only has to catch answers to another question, never to
 * recognise every place: a street without a number or a house name alone is asked about once.
 */

// Single words, in normal form (accents folded); Welsh ones in their dictionary form, as
// mutated forms are undone before looking ("y gegin", "fy nghegin", "ei chegin" are "cegin").
const PLACE_WORDS = new Set(
  [
    // Rooms and parts of a home.
    'kitchen', 'bathroom', 'bedroom', 'bedrooms', 'lounge', 'hall', 'hallway', 'landing', 'stairs', 'staircase', 'stairwell',
    'toilet', 'toilets', 'wc', 'loo', 'loft', 'attic', 'garden', 'gardens', 'garage', 'shed', 'roof', 'ceiling', 'ceilings',
    'wall', 'walls', 'window', 'windows', 'door', 'doors', 'floor', 'floors', 'cupboard', 'cupboards', 'porch', 'balcony',
    'basement', 'cellar', 'conservatory', 'ensuite', 'utility', 'room', 'rooms', 'livingroom', 'upstairs', 'downstairs', 'outside', 'inside',
    'indoors', 'outdoors', 'yard', 'driveway', 'drive', 'path', 'fence', 'fences', 'gate', 'gutter', 'gutters', 'chimney',
    'airing', 'study', 'nursery', 'diner', 'scullery', 'everywhere', 'throughout', 'doorstep', 'letterbox',
    // Homes, buildings and shared parts.
    'flat', 'flats', 'house', 'home', 'property', 'building', 'block', 'bungalow', 'maisonette', 'apartment', 'estate',
    'communal', 'corridor', 'corridors', 'lobby', 'foyer', 'entrance', 'lift', 'lifts', 'bins', 'bin', 'carpark', 'parking',
    'courtyard', 'laundry', 'playground', 'neighbour', 'neighbours', 'above', 'below',
    // Addresses.
    'street', 'road', 'rd', 'lane', 'avenue', 'ave', 'close', 'court', 'crescent', 'terrace', 'place', 'grove', 'square', 'mews',
    'hill', 'park', 'green', 'towers', 'village', 'town', 'address',
    // Welsh: rooms and parts of a home (dictionary forms; "stafell" and "'stafell" for ystafell).
    'cegin', 'ystafell', 'stafell', 'ymolchi', 'molchi', 'gwely', 'llofft', 'lloft', 'lolfa', 'parlwr', 'cyntedd', 'pasej',
    'grisiau', 'grisie', 'staer', 'staerau', 'stâr', 'landin', 'toiled', 'atig', 'nenfwd', 'wal', 'waliau', 'ffenest',
    'ffenestr', 'ffenestri', 'ffenestre', 'drws', 'drysau', 'llawr', 'lloriau', 'cwpwrdd', 'cwpwrdd', 'gardd', 'gerddi', 'sied',
    'garej', 'balconi', 'iard', 'llwybr', 'ffens', 'giat', 'gât', 'simnai', 'cafn', 'cafnau', 'tu', 'ymhobman', 'bobman', 'pobman',
    'mhobman', 'llofftydd', 'cefn', 'blaen',
    // Welsh: homes, buildings, shared parts and addresses.
    // tŷ's mutations are too short for radicals(): fy nhŷ, ei thŷ, ei dŷ.
    'ty', 'nhy', 'thy', 'dy', 'tai', 'cartref', 'fflat', 'fflatiau', 'adeilad', 'bloc', 'stad', 'ystad', 'byngalo', 'cymunedol', 'coridor', 'mynedfa',
    'lifft', 'biniau', 'maes', 'cymydog', 'cymdogion', 'stryd', 'heol', 'hewl', 'ffordd', 'lon', 'cwrt', 'teras', 'rhodfa',
    'clos', 'cilgant', 'llys', 'bryn', 'parc', 'pentref', 'tref', 'cyfeiriad', 'uwchben', 'islaw', 'lan', 'lawr',
  ].map(normalise),
);

// Phrases, in normal form, where the words alone say too little.
const PLACE_PHRASES = [
  'whole house', 'whole flat', 'whole home', 'whole place', 'all over', 'every room', 'all the rooms', 'living room', 'sitting room',
  'front room', 'back room', 'dining room', 'box room', 'spare room', 'shower room', 'en suite', 'car park', 'play area', 'bin store',
  'bin area', 'drying area', 'where i live', 'my place', 'next door',
  // "to" (roof) only with its article: alone it is English, and "do" (yes) is its soft mutation.
  'y to', 'r to', 'y cwbl', 'i gyd', 'trwy r ty', 'drwy r ty', 'pob stafell', 'pob ystafell', 'drws nesa', 'drws nesaf', 'ty bach',
].map((p) => ` ${normalise(p)} `);

function isPlaceWord(word: string): boolean {
  const w = word.replace(/^'+|'+$/g, '');
  if (PLACE_WORDS.has(w)) return true;
  // "stafell" is often typed "'stafell"; mutated forms are tried as their radicals.
  if (radicals(w).some((r) => PLACE_WORDS.has(r))) return true;
  return [w, ...radicals(w)].some(typoOfPlaceWord);
}

/** Place words long enough that one slip of the thumb still names them ("bathrom", "kitchn", "bedroon"). */
const LONG_PLACE_WORDS = [...PLACE_WORDS].filter((p) => p.length >= 5);

/**
 * One letter missing, added, changed or two swapped, in a word of five letters or more with the
 * right first letter: "bathrom" is the bathroom. Shorter words are left alone ("hall"/"hell").
 */
function typoOfPlaceWord(w: string): boolean {
  if (w.length < 5) return false;
  return LONG_PLACE_WORDS.some((p) => p[0] === w[0] && Math.abs(p.length - w.length) <= 1 && withinOneEdit(w, p));
}

export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    if (diff.length === 1) return true;
    // Two neighbours swapped: "kitchne".
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

const TIME_ONLY = new RegExp(
  '^(?:(?:about|around|over|for|since|tua|ers|dros|am) )?\\d+ ?(?:days?|weeks?|wks?|months?|years?|yrs?|diwrnod|niwrnod|wythnos|wsnos|mis|fis|blynedd|mlynedd|flynedd|blwyddyn)(?: (?:ago|now|yn ol|nol))?$' +
    '|^\\d{1,2} \\d{1,2}(?: \\d{2,4})?$',
);

export function looksLikePlace(text: string): boolean {
  const n = normalise(text)
    // Clitics off, so "i'r gegin" and "o'r tŷ" have the words "gegin" and "ty".
    .replace(/(\p{L})'(r|n|i|w)(?=\s|$)/gu, '$1 $2');
  if (!n) return false;
  // A time or a date answered out of order ("2 weeks ago", "ers 3 mis", "12/03/2026") has a number but is no address.
  if (TIME_ONLY.test(n)) return false;
  // A house or flat number, or a postcode ("CF10 1AA", "LL57"): an address.
  if (/\d/.test(n)) return true;
  const padded = ` ${n} `;
  if (PLACE_PHRASES.some((p) => padded.includes(p))) return true;
  return wordsOfNormalised(n).some(isPlaceWord);
}
