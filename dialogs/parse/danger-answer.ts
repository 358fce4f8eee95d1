import { normalise, wordsOfNormalised } from '../../src/language/normalise';
import { radicals } from '../../src/language/mutations';

/**
 * An address given with the answer to "is anyone in danger, or is your home unsafe, right now?"
 * ("Yes, we're at 14 Oak Road, CF5 2AB", "ydy, fflat 3 Tŷ Gwyn, Heol Fawr"). Someone in danger
 * says where they are; it is kept for the case and the handover so that nobody asks again.
 *
 * Only an address counts, not a room: "yes, my son is in the bedroom" says where the son is,
 * not where the home is. So a clause must carry a postcode, a street word ("Road", "Heol"), a
 * flat number, or a house number before a name ("22 Maes y Deri"); "2 kids in the house" does not.
 */

// Street and building words that make an address of a clause on their own (normal form; Welsh in
// dictionary form, as mutated forms are undone before looking).
const STREET_WORDS = new Set(
  [
    'street', 'st', 'road', 'rd', 'lane', 'avenue', 'ave', 'close', 'court', 'crescent', 'terrace', 'mews', 'grove', 'square',
    'gardens', 'drive', 'way', 'walk', 'row', 'flat', 'flats', 'apartment', 'postcode',
    'heol', 'hewl', 'stryd', 'ffordd', 'lon', 'cwrt', 'teras', 'rhodfa', 'clos', 'cilgant', 'fflat', 'fflatiau', 'cyfeiriad',
  ].map(normalise),
);

const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i;
/** A house number before a capitalised name: "14 Elm Court", "22 Maes y Deri". */
const NUMBER_AND_NAME = /\b\d+[a-z]?,?\s+\p{Lu}/u;

// What people put before an address, taken off the front of the clause ("it's 14 Oak Road").
const LEAD_INS = [
  "we're at", 'we are at', "i'm at", 'i am at', 'i live at', 'we live at', "we're in", "i'm in", 'my address is', 'the address is',
  'address is', 'address', "it's", 'its', 'it is', 'at', 'in', 'this is', 'here at',
  "rydyn ni yn", "rydyn ni'n", "ry'n ni yn", "ry'n ni'n", "dan ni yn", "dan ni'n", "dw i yn", "dw i'n", "rydw i yn", "rydw i'n",
  "dwi'n", "dwi yn", 'but', 'and', 'ond', "mae e yn", "mae e'n", "mae o yn", "mae o'n", "mae hi yn", "mae hi'n", "fy nghyfeiriad i yw", "fy nghyfeiriad yw", "fy nghyfeiriad i ydy", "fy nghyfeiriad ydy", "cyfeiriad", 'yn', 'ym', 'yng',
].sort((a, b) => b.length - a.length);

function hasStreetWord(clause: string): boolean {
  return wordsOfNormalised(normalise(clause)).some((w) => STREET_WORDS.has(w) || radicals(w).some((r) => STREET_WORDS.has(r)));
}

function isAddress(clause: string): boolean {
  return POSTCODE.test(clause) || NUMBER_AND_NAME.test(clause) || hasStreetWord(clause);
}

function withoutLeadIn(clause: string): string {
  let s = clause.trim();
  for (let changed = true; changed; ) {
    changed = false;
    const lower = s.toLowerCase().replace(/[’‘]/g, "'");
    for (const lead of LEAD_INS) {
      if (lower.startsWith(`${lead} `) || lower.startsWith(`${lead}:`)) {
        s = s.slice(lead.length).replace(/^[\s:]+/, '');
        changed = true;
        break;
      }
    }
  }
  return s;
}

/** The address in an answer to the danger question, from its first clause that reads as one to the end; null if none. */
export function addressInDangerAnswer(text: string): string | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  // Clauses split at commas and sentence ends; an address that runs on across commas is kept whole.
  const starts: number[] = [0];
  for (const m of flat.matchAll(/[,.;!?]\s+|\s[-–]\s/g)) starts.push(m.index + m[0].length);
  for (const [i, start] of starts.entries()) {
    const end = starts[i + 1] ?? flat.length;
    if (!isAddress(flat.slice(start, end))) continue;
    let address = withoutLeadIn(stripAnswerWord(flat.slice(start))).replace(/[\s,.;!?]+$/, '');
    // A house name in the clauses before ("Tŷ Gwyn, Heol y Bont"): part of the address, where it
    // was dropped (found adding an address to a request over WhatsApp).
    for (let j = i - 1; j >= 0; j--) {
      const name = houseName(flat.slice(starts[j], starts[j + 1]));
      if (!name) break;
      address = `${name}, ${address}`;
    }
    return address.length >= 3 ? address : null;
  }
  return null;
}

/** A clause that is a house or building name and nothing else ("Tŷ Gwyn", "we're at Bryn Awel"): one to three capitalised words. */
function houseName(clause: string): string | null {
  const name = withoutLeadIn(stripAnswerWord(clause.replace(/[\s,.;!?–-]+$/, '').trim()));
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 1 || words.length > 3) return null;
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:y|yr|'r|of|the)$/i.test(w)) && /^\p{Lu}/u.test(words[0]) ? name : null;
}

// "Yes 14 Oak Road" has the answer and the address in one clause.
const ANSWER_WORDS = /^(?:yes|yeah|yep|yup|no|nope|ok|ydy|ydi|yndi|odi|oes|do|ie|ia|na|naddo|nac ydy|nag ydy|nac ydi|nag ydi|nadi|nacdi|nac oes|nag oes|nagoes|nacoes)\b[\s,:;!.-]*/i;

function stripAnswerWord(clause: string): string {
  return clause.replace(ANSWER_WORDS, '');
}

/** "who lives at", "I live at", "my address is", "dw i'n byw yn", "fy nghyfeiriad yw": an address follows. */
const LIVES_AT = /\b(?:lives? at|living at|i'?m at|we'?re at|my address is|her address is|his address is|their address is|address:|byw yn|byw ym|byw yng|byw at|nghyfeiriad i yw|nghyfeiriad yw|nghyfeiriad i ydy|nghyfeiriad ydy)\s+/i;

/**
 * The address in what went wrong, where the resident says it is where they (or the person they
 * write for) live ("… my mum who lives at 4 Heol y Bryn. Her bathroom …", "dw i'n byw yn Fflat 3, Tŷ
 * Gwyn"): to the end of the sentence, and only if it reads as an address. Null otherwise: an address
 * mentioned in passing ("the lift at Park Court") may not be where the problem is, so "where?" asks.
 */
export function addressInDescription(text: string): string | null {
  const flat = text.replace(/\s+/g, ' ');
  const m = LIVES_AT.exec(flat);
  if (!m) return null;
  const rest = flat.slice(m.index + m[0].length);
  // To the end of the sentence, or of a clause that goes on into something else ("… and the damp …").
  const sentence = rest.split(/[.;!?](?:\s|$)|\s(?:and|but|ac|a|ond)\s|,\s(?:and|but|she|he|they|we|i|her|his|mae|ac|ond)\b/i)[0]!.trim().replace(/[\s,]+$/, '');
  // A number, a postcode or a name: "the end of the road" has a street word but is no address.
  if (!sentence || sentence.split(/\s+/).length > 12 || !isAddress(sentence) || !(/\d/.test(sentence) || /^\p{Lu}/u.test(sentence))) return null;
  return unmutatedAfterYn(m[0], sentence);
}

/**
 * "byw yng Nghwrt y Parc", "byw ym Mhlas Newydd", "byw yn Nhŷ Gwyn": the address said back and
 * recorded as its name is written ("Cwrt y Parc"), not as "yn" mutated it ("Nghwrt y Parc").
 * Only where the mutation can be undone for certain: "ym M…" may be Bangor or Merthyr, "yn N…"
 * Dolgellau or Nefyn, so those are kept as typed.
 */
function unmutatedAfterYn(leadIn: string, address: string): string {
  const lead = leadIn.trim().toLowerCase();
  const undo = (from: RegExp, to: string) => (from.test(address) ? address.replace(from, (f) => (f[0] === f[0]!.toUpperCase() ? to.toUpperCase() : to)) : address);
  if (lead === 'byw yng') return /^ngh/i.test(address) ? undo(/^ngh/i, 'c') : undo(/^ng/i, 'g');
  if (lead === 'byw ym') return undo(/^mh/i, 'p');
  if (lead === 'byw yn') return undo(/^nh/i, 't');
  return address;
}
