import type { IntakeAnswers } from './intake';

/**
 * The "one thing only the resident knows" check for someone asking about a case from another
 * chat: the postcode or the surname given on the case. A reference alone never reads a case.
 *
 * An answer is ONE guess: one postcode, or one person's name (whose surname is compared). An
 * answer holding more than one candidate (two postcodes, a postcode and a name, a list of
 * surnames) is read as no answer at all, so a message listing every common surname or every
 * postcode in a district is one miss, not forty guesses.
 */
export type SecretAnswer =
  | { kind: 'postcode'; postcode: string }
  | { kind: 'surname'; surname: string; /** The surname's last part, for "Jones" against "Evans-Jones". */ last: string }
  | { kind: 'unreadable'; why: 'empty' | 'too_long' | 'several' | 'not_a_name' };

/** Longer than any one name or postcode with a few words around it. */
export const MAX_ANSWER_LENGTH = 80;
/** Given names and a surname, not counting particles ("ap", "de") or a title. */
const MAX_NAME_WORDS = 3;

const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b/gi;
/** Anything that looks like the start of a postcode or a house number: a second candidate beside a postcode. */
const DIGITS = /\d/;

/** "my surname is", "postcode:", "fy nghyfenw i yw", "it's" …: said before the answer, not part of it. */
const LEAD_INS: RegExp[] = [
  /^(?:it'?s|it is|that'?s|that is|yes|ok|okay|ie|iawn|hi|hello|helo|shwmae)\b[\s,:]*/,
  /^(?:(?:my|our|the|her|his|their)\s+)?(?:sur\s?name|last name|family name|full name|name|post\s?code|post code)\b(?:'s|\s+(?:is|was))?[\s:=-]*/,
  /^(?:(?:fy|ein|y|yr|ei)\s+)?(?:cyfenw|gyfenw|nghyfenw|enw|cod post|god post|nghod post)\b(?:\s+i)?(?:\s+(?:yw|ydy|ydi|oedd))?[\s:=-]*/,
];
const POLITE_ENDINGS = /[\s,]*(?:please|thanks|thank you|diolch(?: yn fawr)?|plis|os gwelwch yn dda)\s*$/;

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'rev', 'revd', 'parch', 'sir', 'dame', 'lady', 'lord']);
/** Parts of a surname that are not a name of their own: "ap Dafydd", "ferch Owen", "de Courcy". */
const PARTICLES = new Set(['ap', 'ab', 'ferch', 'verch', 'van', 'von', 'der', 'den', 'de', 'di', 'da', 'del', 'della', 'du', 'la', 'le', 'st', 'mac', 'mc', 'bin', 'bint', 'ibn', 'al', 'el']);
/** Words that join two candidates into a list. */
const LIST_WORDS = /\b(?:or|and|neu|ac|nor|then|also|maybe|perhaps|efallai)\b|[,;/|&+]/;
/** A name word: letters, with apostrophes and hyphens inside (O'Brien, Evans-Jones). */
const NAME_WORD = /^\p{L}+(?:['-]\p{L}+)*$/u;

/** Lower case, accents folded, curly apostrophes and dashes made plain, spaces squeezed. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function postcodesIn(text: string): string[] {
  return [...text.matchAll(POSTCODE)].map((m) => `${m[1]}${m[2]}`.toUpperCase());
}

function stripLeadIns(text: string): string {
  let rest = text.replace(/[.!?]+$/, '').replace(POLITE_ENDINGS, '').trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const lead of LEAD_INS) {
      const next = rest.replace(lead, '').trim();
      if (next !== rest && next) {
        rest = next;
        changed = true;
      }
    }
  }
  return rest.replace(/^["'(]+|["')]+$/g, '').trim();
}

/** Reads what a resident typed as one postcode, one name, or nothing usable. */
export function readSecret(answer: string): SecretAnswer {
  const folded = fold(answer);
  if (!folded) return { kind: 'unreadable', why: 'empty' };
  if (folded.length > MAX_ANSWER_LENGTH) return { kind: 'unreadable', why: 'too_long' };
  // One candidate a line is still a list.
  if (/[\r\n]/.test(answer.trim())) return { kind: 'unreadable', why: 'several' };
  const rest = stripLeadIns(folded);
  const codes = postcodesIn(rest);
  if (codes.length > 1) return { kind: 'unreadable', why: 'several' };
  if (codes.length === 1) {
    // The postcode must be all there is: "CF10 1AA Jones" or "CF10 1AA 12" is two guesses.
    const around = rest.replace(POSTCODE, ' ').replace(/[.,;:!?"'()-]/g, ' ').trim();
    if (around) return { kind: 'unreadable', why: 'several' };
    return { kind: 'postcode', postcode: codes[0] };
  }
  if (LIST_WORDS.test(rest)) return { kind: 'unreadable', why: 'several' };
  const words = rest.split(' ').filter(Boolean);
  if (words.some((w) => DIGITS.test(w))) return { kind: 'unreadable', why: 'not_a_name' };
  const name = words.map((w) => w.replace(/\.$/, '')).filter((w, i) => !(i === 0 && TITLES.has(w)));
  if (!name.length || !name.every((w) => NAME_WORD.test(w))) return { kind: 'unreadable', why: 'not_a_name' };
  const core = name.filter((w) => !PARTICLES.has(w));
  if (!core.length) return { kind: 'unreadable', why: 'not_a_name' };
  if (core.length > MAX_NAME_WORDS) return { kind: 'unreadable', why: 'several' };
  const surname = surnameOf(name);
  return surname ? { kind: 'surname', ...surname } : { kind: 'unreadable', why: 'not_a_name' };
}

/** The surname of a name as words: its last word, with the particles before it ("ap Dafydd"). */
function surnameOf(words: string[]): { surname: string; last: string } | null {
  const core = words.filter((w) => !PARTICLES.has(w));
  const last = core.at(-1);
  if (!last) return null;
  const parts = last.split('-');
  return { surname: last.replace(/'/g, ''), last: parts[parts.length - 1].replace(/'/g, '') };
}

/** The postcodes and surname a case holds, as an answer would be read. */
function secretsOf(details: IntakeAnswers): { postcodes: string[]; surname: { surname: string; last: string } | null } {
  const postcodes = [...postcodesIn(details.location ?? ''), ...postcodesIn(details.contact?.address ?? '')];
  const words = fold(details.contact?.name ?? '')
    .replace(/[^\p{L}'\s-]/gu, ' ')
    .split(' ')
    .filter((w) => w && !TITLES.has(w.replace(/\.$/, '')));
  const surname = surnameOf(words);
  return { postcodes, surname: surname && surname.surname.length >= 2 ? surname : null };
}

/**
 * Whether an answer is the postcode or the surname given on the case. A surname answer matches
 * the case's surname whole ("Evans-Jones"), or its last part ("Jones" for "Evans-Jones"), or
 * the whole of it ("Evans-Jones" for a case given as "Sian Evans-Jones"); nothing else.
 */
export function matchesSecret(details: IntakeAnswers, answer: string): boolean {
  const given = readSecret(answer);
  const known = secretsOf(details);
  if (given.kind === 'postcode') return known.postcodes.includes(given.postcode);
  if (given.kind !== 'surname' || !known.surname) return false;
  const want = known.surname;
  return given.surname === want.surname || (given.last === want.last && (given.surname === given.last || want.surname === want.last));
}
