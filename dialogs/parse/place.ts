import { normalise, wordsOfNormalised } from '../../src/language/normalise';
import { radicals } from '../../src/language/mutations';
import { ROOM_KINDS_CY, ROOM_PARTS_CY, ROOM_PARTS_EN, ROOM_STAFELL_CY, ROOMS_CY, ROOMS_EN } from './rooms';

/**
 * Whether an answer to "where is the problem?" reads like a place: a room or part of the home,
 * the building or a shared part of it, an address or postcode, or the whole home. The intake
 * asks once more when it does not ("Cwyn", "can you help me", "yes"), and takes a second answer
 * as written whatever it is, so this only has to catch answers to another question, never to
 * recognise every place: a street without a number or a house name alone is asked about once.
 */

const isPhrase = (w: string): boolean => w.includes(' ');
// The rooms and their fabric (rooms.ts), shared with the reader of a room named in the description.
// "to" (roof) only with its article, below: alone it is English, and "do" (yes) is its soft mutation.
const ROOM_WORDS = [...ROOMS_EN, ...ROOM_PARTS_EN, ...ROOMS_CY, ...ROOM_STAFELL_CY, ...ROOM_PARTS_CY.filter((w) => w !== 'to')];

// Single words, in normal form (accents folded); Welsh ones in their dictionary form, as
// mutated forms are undone before looking ("y gegin", "fy nghegin", "ei chegin" are "cegin").
const PLACE_WORDS = new Set(
  [
    ...ROOM_WORDS.filter((w) => !isPhrase(w)),
    // Rooms and parts of a home, besides the rooms above.
    'stairs', 'cupboard', 'cupboards', 'garden', 'gardens', 'garage', 'shed', 'roof', 'balcony', 'utility', 'room', 'rooms',
    'upstairs', 'downstairs', 'outside', 'inside', 'indoors', 'outdoors', 'yard', 'driveway', 'drive', 'path', 'fence', 'fences', 'gate',
    'gutter', 'gutters', 'chimney', 'airing', 'study', 'diner', 'everywhere', 'throughout', 'doorstep', 'letterbox',
    // Homes, buildings and shared parts.
    'flat', 'flats', 'house', 'home', 'property', 'building', 'block', 'bungalow', 'maisonette', 'apartment', 'estate',
    'communal', 'corridor', 'corridors', 'lobby', 'foyer', 'entrance', 'lift', 'lifts', 'bins', 'bin', 'carpark', 'parking',
    'courtyard', 'laundry', 'playground', 'neighbour', 'neighbours', 'above', 'below',
    // Addresses.
    'street', 'road', 'rd', 'lane', 'avenue', 'ave', 'close', 'court', 'crescent', 'terrace', 'place', 'grove', 'square', 'mews',
    'hill', 'park', 'green', 'towers', 'village', 'town', 'address',
    // Welsh, besides the rooms above ("stafell" and "'stafell" for ystafell there); of the kinds of ystafell, only these alone.
    'ymolchi', 'molchi', 'gwely', 'lloft', 'grisie', 'staerau', 'stâr', 'cwpwrdd', 'gardd', 'gerddi', 'sied', 'garej', 'balconi', 'iard',
    'llwybr', 'ffens', 'giat', 'gât', 'simnai', 'cafn', 'cafnau', 'tu', 'ymhobman', 'bobman', 'pobman', 'mhobman', 'cefn', 'blaen',
    // Welsh: homes, buildings, shared parts and addresses.
    // tŷ's mutations are too short for radicals(): fy nhŷ, ei thŷ, ei dŷ.
    'ty', 'nhy', 'thy', 'dy', 'tai', 'cartref', 'fflat', 'fflatiau', 'adeilad', 'bloc', 'stad', 'ystad', 'byngalo', 'cymunedol', 'coridor', 'mynedfa',
    'lifft', 'biniau', 'maes', 'cymydog', 'cymdogion', 'stryd', 'heol', 'hewl', 'ffordd', 'lon', 'cwrt', 'teras', 'rhodfa',
    'clos', 'cilgant', 'llys', 'bryn', 'parc', 'pentref', 'tref', 'cyfeiriad', 'uwchben', 'islaw', 'lan', 'lawr',
  ].map(normalise),
);

// Phrases, in normal form, where the words alone say too little.
const PLACE_PHRASES = [
  ...ROOM_WORDS.filter(isPhrase),
  'whole house', 'whole flat', 'whole home', 'whole place', 'all over', 'every room', 'all the rooms', 'play area', 'bin store',
  'car park', 'bin area', 'drying area', 'where i live', 'my place', 'next door',
  'y to', 'r to', 'y cwbl', 'i gyd', 'trwy r ty', 'drwy r ty', 'pob stafell', 'pob ystafell', 'drws nesa', 'drws nesaf',
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

/**
 * Words that stand around a place without saying anything else: "in the bathroom", "it's in the
 * kitchen", "yn y lolfa", "lan lofft", "i fyny'r grisiau". In normal form, clitics split as below.
 */
const AROUND_A_PLACE = new Set(
  [
    'in', 'the', 'my', 'our', 'his', 'her', 'their', 'at', 'on', 'by', 'of', 'a', 'an', 'it', 'its', 'is', 's', 'and', 'mainly', 'mostly', 'all',
    'yn', 'y', 'yr', 'r', 'fy', 'ein', 'eu', 'ei', 'ym', 'yng', 'mewn', 'ar', 'wrth', 'o', 'i', 'mae', 'ma', 'fe', 'fo', 'e', 'hi', 'a', 'ac',
    'fyny', 'lawr', 'mas', 'allan', 'gyd', 'gan', 'fwyaf', 'ngan', 'n',
  ].map(normalise),
);
const STAFELL_KINDS = new Set(ROOM_KINDS_CY.flatMap((k) => [normalise(k), ...radicals(normalise(k))]));

/**
 * The place words of an answer that is a place and nothing else ("in the bathroom", "yn y lolfa",
 * "upstairs"), or null: an answer to another question that names a room in passing ("I can't use
 * the bathroom", "mae'r plant yn cysgu yn y lolfa") says more, and is not one.
 */
export function placeOnly(text: string): string[] | null {
  if (!looksLikePlace(text)) return null;
  const n = normalise(text).replace(/(\p{L})'(r|n|i|w|s)(?=\s|$)/gu, '$1 $2');
  const words = wordsOfNormalised(n);
  if (words.length === 0 || words.length > 8) return null;
  // "The whole house", "pawb", "all of us": at "how has it affected you?" that is who, not where.
  if (words.some((w) => /^(?:whole|every\w*|all|pawb|cwbl|gyd|household|family|teulu)$/.test(w))) return null;
  const places = words.filter((w) => !AROUND_A_PLACE.has(w));
  const isPart = (w: string, i: number) =>
    isPlaceWord(w) || /^\d+[a-z]?$/.test(w) || STAFELL_KINDS.has(w) || PLACE_PHRASES.some((p) => p.includes(` ${w} `) && ` ${n} `.includes(p)) || (i > 0 && /^(?:room|rooms)$/.test(w));
  return places.length > 0 && places.every(isPart) ? places : null;
}

/** Whether where it is, as noted, already names these place words ("the bathroom ceiling" has "bathroom"). */
export function placeNamedIn(location: string, places: readonly string[]): boolean {
  const noted = new Set(wordsOfNormalised(normalise(location).replace(/(\p{L})'(r|n|i|w|s)(?=\s|$)/gu, '$1 $2')).flatMap((w) => [w, ...radicals(w)]));
  return places.every((p) => /^\d/.test(p) || [p, ...radicals(p)].some((r) => noted.has(r)));
}
