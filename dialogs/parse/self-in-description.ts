import { PHONE, parseContact } from './contact';

/**
 * The resident's own name and phone number or email, given in a long first message ("I'm Sian
 * Evans on 07700 900123, the damp in my bedroom…", "Dafydd Jones dw i, rhif ffôn 07700 900456…"):
 * taken so the intake does not ask for them again (found by trial12). Only a name the resident
 * gives as theirs counts ("I'm", "my name is", "X dw i", "fy enw i yw"); "my neighbour John Smith"
 * names someone else. A number or email counts only where it is given as a way to reach them
 * ("on 07700…", "my number is", "rhif ffôn", "ffoniwch fi ar"), not a contractor's or a neighbour's.
 */

export interface SelfInDescription {
  name?: string;
  phone?: string;
  email?: string;
}

/** A capitalised word of a name: "Sian", "Siân", "O'Neill", "Jones-Evans", "ap", "ferch" between. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*\p{Ll}`;
const NAME = String.raw`(?<name>${NAME_WORD}(?:\s+(?:(?:ap|ab|ferch|van|de|la|le)\s+)?${NAME_WORD}){0,2})`;

/** Words that follow "I'm" with a capital but are no name: who or what they are. */
const NOT_NAMES = new Set(
  [
    'welsh', 'english', 'british', 'scottish', 'irish', 'polish', 'muslim', 'christian', 'jewish', 'deaf', 'disabled', 'blind',
    'sorry', 'writing', 'not', 'so', 'really', 'very', 'still', 'just', 'also', 'the', 'a', 'an', 'in', 'on', 'at', 'here',
    'tenant', 'resident', 'mum', 'mam', 'dad', 'tad', 'nain', 'taid', 'mamgu', 'tadcu', 'son', 'daughter', 'carer', 'councillor',
    'cymraeg', 'saesneg', 'cymro', 'cymraes', 'blin', 'siomedig', 'grac', 'flin', 'sori', 'tenant', 'mab', 'merch', 'ffrind',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'ok', 'okay', 'fine', 'hello', 'hi', 'helo',
  ],
);

/** Letters either case, for the words around a name: the name itself must keep its capitals, which the 'i' flag would fold. */
const ci = (source: string): string => source.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));

// The name ends at a comma, a full stop, "on"/"ar" and a number, "and", or the end.
const END = String.raw`(?=\s*(?:[,.;:!?)]|\s(?:${ci('on|and|from|at|of|ar|ac|a|o|yn|here|yma|sy')})\b|\s*[+\d]|$))`;
const GREETING = ci("hi|hello|hiya|helo|shwmae|s'mae|bore da|prynhawn da");
const SAYS_NAME = [
  // "I'm Sian Evans", "I am Sian", "my name is Sian Evans", "my name's …", "this is Sian Evans here"; not "it's", as in "it's John Smith next door who …".
  new RegExp(String.raw`(?:^|[.,;!?]\s*|\b(?:${GREETING}),?\s+)(?:${ci("i'?m|i am|my name is|my name's|this is")})\s+${NAME}${END}`, 'u'),
  new RegExp(String.raw`\b${ci('my name is')}\s+${NAME}${END}`, 'u'),
  // "Dafydd Jones dw i", "Siân ydw i", "Sian Evans sy 'ma": the name first, as Welsh says it.
  new RegExp(String.raw`(?:^|[.,;!?]\s*|\b(?:${GREETING}),?\s+)${NAME},?\s+(?:${ci("dw i|dwi|ydw i|ydw|yw fy enw|ydy fy enw|sy 'ma|sy'n siarad|sydd yma")})(?![\p{L}])`, 'u'),
  // "fy enw i yw Dafydd Jones", "fy enw i ydy …", "enw fi yw …".
  new RegExp(String.raw`\b(?:${ci('fy enw i yw|fy enw i ydy|fy enw yw|fy enw ydy|enw fi yw|enw fi ydy|fy enw i ydi')})\s+${NAME}${END}`, 'u'),
];

/** The name the resident gives as theirs, and where the saying of it ends, or null. */
function nameOf(text: string): { name: string; start: number; end: number } | null {
  for (const re of SAYS_NAME) {
    const m = re.exec(text);
    const name = m?.groups?.name?.trim();
    if (!name) continue;
    const words = name.split(/\s+/);
    if (words.some((w) => NOT_NAMES.has(w.toLowerCase()))) continue;
    // "I'm Sian's mum": who they are to someone, not their name.
    if (/^['’]s\b/.test(text.slice(m!.index + m![0].length))) continue;
    return { name, start: m!.index, end: m!.index + m![0].length };
  }
  return null;
}

/** Said just before a number or email that is theirs: "on", "my number is", "call me on", "rhif ffôn", "ffoniwch fi ar". */
const THEIRS_BEFORE = /(?:\bon|\bmy (?:phone |mobile |contact )?(?:number|mobile|phone|email)(?: is|'s)?|\b(?:call|ring|text|contact|reach|email) me(?: on| at)?|\bnumber(?: is)?|\bmobile|\bphone|\bemail|\bar|\brhif(?: ffôn| ffon| symudol)?(?: i| fi)?(?: yw| ydy| ydi)?|\bffôn|\bffon|\bffoniwch fi(?: ar)?|\bcysylltwch (?:â|a) fi(?: ar)?|\be-?bost(?: fi| i)?(?: yw| ydy)?)[\s:,-]*$/iu;
/** Someone else's number: "the contractor on", "my neighbour's number". */
const OTHERS = String.raw`neighbou?r|contractor|plumber|officer|landlord|council|office|repairs? line|helpline|cymydog|gymydog|nghymydog|contractwr|plymar|swyddog|swyddfa|cyngor`;
const SOMEONE_ELSE = new RegExp(String.raw`\b(?:${OTHERS}|his|her|their|ei|eu)\b[^.,;]{0,25}$`, 'iu');
/** Said just after: "07700 900123 is the contractor's number", "… yw rhif y contractwr". */
const SOMEONE_ELSES_AFTER = new RegExp(String.raw`^\s*(?:is|was|yw|ydy|ydi|oedd)\b[^.,;]{0,30}\b(?:${OTHERS}|his|her|their)\b`, 'iu');

/**
 * Theirs when said as a way to reach them, or straight after they say who they are, with only
 * punctuation between: "Sian Evans dw i, 07700 900123" and "I'm Sian Evans, 07700 900123" give
 * the number as part of the introduction (found trying the bot as a resident, round 13).
 */
function theirs(text: string, found: string, introEnd: number | undefined): boolean {
  const at = text.indexOf(found);
  if (at < 0) return false;
  if (SOMEONE_ELSES_AFTER.test(text.slice(at + found.length))) return false;
  if (introEnd !== undefined && introEnd <= at && /^[\s,;:.-]*$/.test(text.slice(introEnd, at))) return true;
  const before = text.slice(Math.max(0, at - 40), at);
  return THEIRS_BEFORE.test(before) && !SOMEONE_ELSE.test(before);
}

export function selfInDescription(text: string): SelfInDescription | null {
  const flat = text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  const out: SelfInDescription = {};
  const intro = nameOf(flat);
  if (intro) out.name = intro.name;
  const contact = parseContact(flat);
  if (contact?.phone) {
    const raw = PHONE.exec(flat)?.[0]?.trim();
    if (raw && theirs(flat, raw, intro?.end)) out.phone = contact.phone;
  }
  if (contact?.email && theirs(flat, contact.email, intro?.end)) out.email = contact.email;
  return out.name || out.phone || out.email ? out : null;
}

/** A greeting that opens a message: "Hi there,", "Hello,", "Helo", "Shwmae,", "Bore da". */
const OPENING_GREETING = /^(?:(?:hi|hello|hiya|hey|helo|shwmae|shwmai|s'mae|smae|bore da|prynhawn da|noswaith dda|good (?:morning|afternoon|evening))(?:\s+(?:there|all|pawb))?)(?![\p{L}'])[\s,.!;:-]*/iu;
/** Where they live, said with who they are: "and I live in Cardiff", "from Rhyl", "a dw i'n byw yn Nhreorci". */
const LIVES = /^(?:(?:and|ac|a)\s+)?(?:i\s+live\s+(?:in|at|on)|i'm\s+from|from|dw\s*i'?n\s+byw\s+(?:yn|yng|ym|ar)|rwy'?n\s+byw\s+(?:yn|yng|ym|ar)|o)\s+(?:(?!\s(?:and|ac|a|but|ond)\s)[^.,;!?])*[\s,.;:!?-]*/iu;

/** "my name is dave jones", "fy enw i yw dafydd": one to three words, before a word no name is. */
const NOT_NAME_WORDS = "the|my|our|a|an|and|i|i'm|im|its|it's|it|there|theres|there's|we|me|this|since|for|from|at|in|on|mae|ma|ma'|dw|dwi|does|y|yr|a|ac|ers|o|yn|fy|ein|mae'r|ma'r";
const SPOKEN_NAME = new RegExp(
  String.raw`^(?:my name is|my names|my name's|fy enw i yw|fy enw i ydy|fy enw yw|fy enw ydy|enw fi yw|enw fi ydy)\s+(?:(?!(?:${NOT_NAME_WORDS})\b)[\p{L}'-]+\s*){1,3}?(?=[\s,.;:!?-]*(?:(?:${NOT_NAME_WORDS})\b|$))[\s,.;:!?-]*`,
  'iu',
);

/**
 * What went wrong, without the greeting and the introduction before it: "Hi there, my name is Sian
 * Evans and I live in Cardiff. I reported damp…" is "I reported damp…". The short "You told me…"
 * over SMS quoted "Hi there, my name is Sian Evans and I live in…" as if that were the problem
 * (found round 14). The whole message when nothing follows them, so nothing is lost.
 */
export function afterIntroduction(text: string): string {
  const flat = text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  let rest = flat.replace(OPENING_GREETING, '');
  const intro = nameOf(rest);
  // Only an introduction that opens the message (after any greeting): a name later is part of the story.
  // Voice-to-text writes the name in lower case with no stop after it: "my name is dave jones the
  // toilet upstairs…" (found round 14). Only after words that can only introduce a name, up to
  // the first word a name never is.
  const spoken = intro ? null : SPOKEN_NAME.exec(rest);
  const end = spoken ? spoken[0].length : intro?.start === 0 ? intro.end : null;
  if (end !== null) {
    rest = rest.slice(end).replace(/^[\s,.;:!?-]+/, '');
    // "Sian Evans, 07700 900123.": a number given with the name is part of the introduction.
    const phone = PHONE.exec(rest);
    if (phone && phone.index <= 3) rest = rest.slice(phone.index + phone[0].length).replace(/^[\s,.;:!?-]+/, '');
    rest = rest.replace(LIVES, '');
    // "…and my boiler is broken": the joining word goes with the introduction.
    rest = rest.replace(/^(?:and|ac|a|but|ond)\s+/iu, '');
  }
  rest = rest.trim();
  if (rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 3) return flat;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

