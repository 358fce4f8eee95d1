import { cy } from './welsh-forms';

/**
 * Welsh counterparts of history and question features the English forms already raise (seventh
 * Welsh round, issue #19), kept apart so rounds merge cleanly; features.ts appends them to its
 * lists under the same names, so Welsh and English evidence share one weight. Each runs over the
 * canonical text (numbers and units in dictionary form: "ddwy flynedd" is "dwy blynedd") and, if
 * it finds nothing there, the text with punctuation kept (mutated forms through `cy`).
 */
const RE = (s: string) => new RegExp(s);

// Welsh numerals in every form a resident types them: "dwy", "ddwy", "dair", "bedair", "bum".
const NUMERAL = `(?:${cy('dau', 'dwy', 'tri', 'tair', 'pedwar', 'pedair', 'pum', 'pump', 'chwe', 'chwech', 'saith', 'wyth', 'naw', 'deg', 'deng', 'sawl', 'ugain')}|\\d+)`;
const LONG_UNIT = `(?:${cy('blynedd', 'blwyddyn', 'mis', 'misoedd', 'gaeaf', 'haf', 'hafau')})`;
const SHORT_UNIT = `(?:${cy('wythnos', 'wythnosau', 'diwrnod')})`;

export const WELSH_HISTORY: Array<[string, RegExp]> = [
  // A span told in Welsh numerals: "dwy flynedd", "tri mis", "ers tair wythnos", "pum niwrnod heb
  // ddŵr". English h:span reads "for three weeks" and "2 years"; the Welsh numerals were missing
  // (only English number words and digits were read after "ers" and "dros").
  ['h:span', RE(
    String.raw`\b${NUMERAL} ${LONG_UNIT}\b|\b(?:ers|dros|am|bron|ers dros|ers bron) ${NUMERAL} ${SHORT_UNIT}\b|\b${NUMERAL} ${SHORT_UNIT} (?:heb|a dim|a does dim|rwan|nawr|bellach)\b|\b(?:ers|dros|am|bron) ${cy('pythefnos')}\b`,
  )],
];

export const WELSH_QUESTION: Array<[string, RegExp]> = [
  // "How much longer" asked the Welsh way: "faint yn rhagor", "faint mwy", "tan pryd", "sawl
  // gaeaf arall", "pryd dach chi'n mynd i …".
  ['q:how_long', RE(
    String.raw`\bfaint (?:yn |o )?(?:rhagor|mwy|hirach)\b|\btan pryd\b|\bsawl (?:${cy('wythnos', 'mis', 'blwyddyn', 'gaeaf', 'haf', 'tro', 'gwaith')}) (?:arall|eto|rhagor)\b|\bpryd (?:dach|ydach|dych|ydych|wyt|ych) (?:chi|ti) (?:yn mynd|am|yn bwriadu)\b`,
  )],
  // "Why" inside a sentence, where the English form reads only a sentence's first word: "… a pham
  // nad oes neb wedi dod?", "ond pam …" ("pham" is canonical "pam").
  ['q:why', RE(String.raw`\b(?:a|ac) pham?\b|\bond pam\b`)],
];
