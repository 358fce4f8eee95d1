import { mutatedForms } from '../../src/language/mutations';
import { withinOneEdit } from './place';
import { ROOM_KINDS_CY, ROOM_PARTS_CY, ROOM_PARTS_EN, ROOM_STAFELL_CY, ROOMS_CY, ROOMS_EN } from './rooms';
import { escapePattern } from './pattern-escape';

/**
 * The room a description names in passing ("the mould in the kids' bedroom is back", "mae'r to yn
 * gollwng yn y gegin", "llwydni yn llofft y plant"): "where is the problem?" has been answered, so
 * it is not asked (found by trial12, where it was asked straight after such a message). Only a room
 * or part of a home after a word that places something in it ("in", "on", "yn", "ar"), or named as
 * the thing that is wrong ("the bathroom ceiling", "mae'r bathrwm"), counts; "a new kitchen" or
 * "I want to move" says nothing of where. The address is still asked for with the contact details.
 */

const byLength = (words: Iterable<string>): string[] => [...new Set(words)].sort((x, y) => y.length - x.length);
const ROOMS_EN_RE = byLength(ROOMS_EN).join('|');
const PARTS_EN_RE = byLength(ROOM_PARTS_EN).join('|');
const OWNERS_EN = "the|my|our|his|her|their|your|mum's|mam's|dad's|nan's";

const EN = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:in|on|inside|under|above|through|throughout|from|around|across)\s+(?<a>(?:${OWNERS_EN})\s+(?:[\p{L}']+\s+){0,2}?(?:${ROOMS_EN_RE})(?:\s+(?:${PARTS_EN_RE}))?)` +
    String.raw`|(?<b>(?:${OWNERS_EN})\s+(?:[\p{L}']+\s+){0,1}?(?:${ROOMS_EN_RE})\s+(?:${PARTS_EN_RE})))(?![\p{L}])`,
  'iu',
);

/** A Welsh word as typed, with and without its accents: "tŷ bach" and "ty bach", "sbâr" and "sbar". */
const bothAccents = (w: string): string[] => [w, w.normalize('NFD').replace(/[\u0300-\u036f]/g, '')];

/** Welsh rooms as they stand after "y"/"yr", "fy", "ei" (soft, nasal, aspirate) or with no article. */
// A word that begins with a vowel takes an h after "ei" (her), "ein" and "eu": "yn ei hystafell wely",
// "yn eu hatig" were not read, where "in her bedroom" was (found by trial17).
const withH = (w: string): string[] => (/^[aeiouwy]/i.test(w) ? [w, `h${w}`] : [w]);
const ROOMS_CY_FORMS = [
  ...ROOMS_CY.flatMap(mutatedForms).flatMap(withH).flatMap(bothAccents).map(escapePattern),
  // ystafell is not mutated after the article; its kind follows it.
  `(?:${ROOM_STAFELL_CY.flatMap(withH).map(escapePattern).join('|')})\\s+(?:${byLength(ROOM_KINDS_CY.flatMap(bothAccents)).join('|')})`,
];

// Longest first, and a whole word: "y gegin fach" is not "y gegin", nor "llofftydd" "llofft".
const ROOM_CY = `(?:${byLength(ROOMS_CY_FORMS).join('|')})(?![\\p{L}])`;
const PART_OF_ROOM_CY = `(?:${byLength(ROOM_PARTS_CY).join('|')})\\s+(?:y|yr)\\s+${ROOM_CY}`;

const CY = new RegExp(
  String.raw`(?<![\p{L}'])(?:yn|yng|ym|ar|o|i|dros|drwy|trwy)\s+(?<c>(?:(?:y|yr|fy|ein|eich|ei|eu)\s+)?(?:${PART_OF_ROOM_CY}|${ROOM_CY})(?:\s+(?:y|yr)\s+(?:plant|babi|hogia|bois|merched|mab|ferch))?)` +
    String.raw`|(?<=\p{L})'r\s+(?<d>${PART_OF_ROOM_CY})` +
    String.raw`|(?<=\p{L})'r\s+(?<e>${ROOM_CY})` +
    // "Mae nenfwd yr ystafell ymolchi yn gollwng": the fabric of a room, named as what is wrong with
    // no article before it (the Welsh genitive is definite already), as "the bathroom ceiling" is
    // in English; it was not read, and "where?" was asked (found by trial16).
    String.raw`|(?<![\p{L}'])(?<f>${PART_OF_ROOM_CY})`,
  'iu',
);

/** Words long enough that one slip still names them ("bathrom", "ceilng", "kitchn"), as place.ts reads an answer to "where?". */
const SLIP_WORDS = [...ROOMS_EN, ...ROOM_PARTS_EN, ...ROOMS_CY, ...ROOM_STAFELL_CY, ...ROOM_PARTS_CY].filter((w) => w.length >= 6 && /^\p{L}+$/u.test(w));
/** Everyday words one slip from a room word, read as written: "stains" is no "stairs", "the kitchen floods" no "floors". */
const NOT_SLIPS = new Set(['stains', 'floods', 'collar', 'lending', 'floats']);
/** A mutated room word is as written, no slip: "ei pharlwr" is not "ei parlwr", nor "ei thoiled" "ei toiled". */
const WELSH_FORMS = new Set(ROOMS_CY.flatMap(mutatedForms).flatMap(bothAccents));

/** A word of six letters or more one slip from a room word, with its first letter right, is that word; shorter words are read exactly. */
function mended(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length < 6 || SLIP_WORDS.includes(lower) || NOT_SLIPS.has(lower) || WELSH_FORMS.has(lower)) return word;
  return SLIP_WORDS.find((w) => w[0] === lower[0] && Math.abs(w.length - lower.length) <= 1 && withinOneEdit(lower, w)) ?? word;
}

/** The room as written (a slip mended), tidied for the summary ("the kids' bedroom", "y gegin"); null when none is named. */
export function roomInDescription(text: string): string | null {
  const flat = text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/\p{L}+/gu, mended);
  const en = EN.exec(flat);
  const cy = CY.exec(flat);
  // The first named wins: "the leak in the bathroom comes through to the kitchen" is the bathroom.
  const first = [en, cy].filter((m): m is RegExpExecArray => m !== null).sort((x, y) => x.index - y.index)[0];
  if (!first) return null;
  const g = first.groups ?? {};
  if (g.a || g.b) return (g.a ?? g.b)!.trim();
  if (g.c || g.d || g.f) {
    const room = (g.c ?? g.d ?? g.f)!.trim();
    // "yn ei stafell wely hi", "yn eu cegin nhw", "yn ei lofft e" (south): the pronoun after belongs to the room ("her bedroom").
    const after = /^\s+(hi|o|fo|fe|e|nhw|ni)(?![\p{L}'])/iu.exec(flat.slice(first.index + first[0].length));
    return after && /^(?:ei|eu|ein|eich)\s/i.test(room) ? `${room} ${after[1]}` : room;
  }
  // "mae'r bathrwm …": the article written out, "yr" before a vowel.
  const room = g.e!.trim();
  return `${/^[aeiouwyâêîôûŵŷ']/i.test(room) ? 'yr' : 'y'} ${room.replace(/^'/, '')}`;
}
