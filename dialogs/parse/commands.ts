import { normalise, wordsOfNormalised } from '../../src/language/normalise';
import { withinOneEdit } from './place';

// Everyday and mutated forms to one spelling, so "siarad a person", "siarad â pherson" and
// "siarad hefo rhywun" are one phrase, and "dechra'n ôl" is "dechrau yn ol".
const FORMS = new Map(Object.entries({
  pherson: 'person', berson: 'person', ag: 'a', gyda: 'efo', hefo: 'efo', eisiau: 'isio', isie: 'isio', moyn: 'isio',
  dwi: 'dw i', rwy: 'dw i', rydw: 'dw i', dechra: 'dechrau', dechre: 'dechrau', ailgychwyn: 'ailddechrau', 'ail ddechrau': 'ailddechrau',
  plîs: 'plis', helpwch: 'helpu', "'r": 'yr', "'n": 'yn',
}));

/** Normal form for commands: clitics split off ("o'r" → "o yr"), everyday forms to one spelling. */
function commandForm(text: string): string {
  return normalise(text)
    .replace(/(\p{L})'(r|n)(?=\s|$)/gu, "$1 '$2")
    .split(' ')
    .map((w) => FORMS.get(w) ?? w)
    .join(' ');
}

/** What a resident can say at any question. */
export type Command = 'help' | 'restart' | 'cancel' | 'human' | 'welsh' | 'english';

const EXACT = new Map<string, Command>();
const add = (cmd: Command, phrases: string[]) => phrases.forEach((p) => EXACT.set(commandForm(p), cmd));
add('help', ['help', 'help me', 'help please', 'help pls', '?', 'cymorth', 'help plis', 'helpu', 'helpwch fi', 'dw i angen help', 'angen help', 'beth alla i ddweud']);
add('restart', ['start again', 'restart', 'start over', 'begin again', 'reset', 'dechrau eto', 'ailddechrau', "dechrau o'r dechrau", 'cychwyn eto', "dechrau'n ôl", 'dechrau eto plis', 'eto o’r dechrau']);
add('cancel', ['cancel', 'stop', 'quit', 'exit', 'cancel it', 'never mind', 'nevermind', 'canslo', 'stopio', 'diddymu', 'anghofia fe', 'anghofiwch e', 'dim diolch canslo']);
add('welsh', ['cymraeg', 'welsh', 'in welsh', 'yn gymraeg', 'welsh please', 'cymraeg plis', 'cymraeg os gwelwch yn dda', 'newid i gymraeg', 'switch to welsh']);
add('english', ['english', 'saesneg', 'in english', 'yn saesneg', 'english please', 'saesneg plis', 'newid i saesneg', 'switch to english']);

add('human', ['human', 'person', 'a person', 'agent', 'an agent', 'advisor', 'adviser', 'operator', 'real person', 'person go iawn', 'rhywun go iawn', 'aelod o staff']);

// Asking for a person is often said in a sentence ("can I talk to someone please"); these verb
// phrases count when the message is short. Bare nouns do not: "the person who came was rude".
const HUMAN = [
  'speak to a person', 'speak to someone', 'talk to a person', 'talk to someone', 'speak to a human', 'talk to a human',
  'speak to a real person', 'talk to a real person', 'speak with someone', 'speak to an advisor', 'speak to an adviser',
  'speak to staff', 'speak to a member of staff', 'talk to a member of staff', 'want a human', 'want a person',
  'siarad a pherson', 'siarad gyda pherson', 'siarad efo person', 'siarad hefo person', 'siarad gyda rhywun', 'siarad efo rhywun',
  'siarad hefo rhywun', 'siarad a rhywun', 'siarad ag aelod o staff', 'siarad gyda aelod o staff', 'isio siarad efo rhywun',
  "siarad ag aelod o'r staff", 'siarad efo rhywun go iawn', 'siarad efo person go iawn', 'siarad a pherson go iawn', 'siarad efo dyn', 'siarad efo dynes',
].map(commandForm);
// Padded once, so finding one in a message makes no new strings per phrase (this runs every turn).
const HUMAN_PADDED = HUMAN.map((h) => ` ${h} `);

// The last message's command: a turn asks for the same message's up to five times (the router, the
// interruptions, the description step, asksForPersonInPassing, asksForPersonWithin), and a long
// message's normal form costs a millisecond or more. One entry, as normalisedWords keeps: nothing
// grows, and parseCommand is a function of the text alone.
let last: { text: string; command: Command | null } | undefined;

export function parseCommand(text: string): Command | null {
  if (last?.text === text) return last.command;
  const command = readCommand(text);
  last = { text, command };
  return command;
}

function readCommand(text: string): Command | null {
  const whole = commandForm(text);
  const n = whole.replace(/\b(please|plis|pls|os gwelwch yn dda|diolch)\b/g, '').replace(/\s+/g, ' ').trim();
  // Thanks alone ("diolch") is not an empty message: stripped of it, it read as "help" (found by trial11).
  const exact = (n || !whole ? EXACT.get(n) : undefined) ?? EXACT.get(whole) ?? slipOf(n);
  if (exact) return exact;
  if (wordsOfNormalised(whole).length > 9) return null;
  const padded = ` ${n} `;
  const ends = HUMAN_PADDED.filter((h) => padded.includes(h)).map((h) => padded.indexOf(h) + h.length);
  if (ends.length && !REFUSED.test(padded.slice(0, Math.min(...ends)))) return 'human';
  return null;
}

/**
 * A command of two or three words typed with one slip in a word of five letters or more ("strat
 * again", "start agian", "dechrau etoo" is too short a word to count): the whole message must be
 * the phrase, so "cancer" or a sentence is never a command.
 */
function slipOf(n: string): Command | null {
  const words = n.split(' ');
  if (words.length < 2 || words.length > 3) return null;
  for (const [phrase, cmd] of EXACT) {
    const p = phrase.split(' ');
    if (p.length !== words.length) continue;
    let slips = 0;
    const same = p.every((w, i) => w === words[i] || (w.length >= 5 && withinOneEdit(words[i], w) && ++slips === 1));
    if (same && slips === 1) return cmd;
  }
  return null;
}

// "I don't want to talk to a person", "sa i moyn siarad â pherson", "dw i'm isio siarad efo rhywun":
// said before the phrase, these refuse a person rather than ask for one.
const REFUSED = /\b(don't|dont|do not|not|never|won't|wont|ddim|nid|smo|sa i|sai)\b|'m (isio|moyn)\b/;

// "…I rang three times. I asked to speak to someone but…", "I don't want to talk to a person":
// a sentence that reports, tries or refuses is not a request now.
const NOT_A_REQUEST = /\b(asked|tried|trying|wanted|was|were|had|did|didnt|don t|dont|do not|not|never|no|ddim|dim|nid|gofynnais|gofynes|wedi|trio|treio|ceisio)\b/;

/**
 * A longer message whose last sentence asks for a person ("The boiler's been broken for two
 * weeks and nobody's come. Can I speak to someone please?"): too long to be a command, so its
 * words are read as well, but the request is the resident's and is not dropped.
 */
export function asksForPersonInPassing(text: string): boolean {
  if (parseCommand(text)) return false;
  const sentences = text.split(/[.!?\n]+/).map((s) => s.trim()).filter(Boolean);
  if (sentences.length < 2) return false;
  const last = commandForm(sentences[sentences.length - 1]);
  if (wordsOfNormalised(last).length > 9 || NOT_A_REQUEST.test(last)) return false;
  const padded = ` ${last.replace(/\b(please|plis|pls|os gwelwch yn dda|diolch)\b/g, '').replace(/\s+/g, ' ').trim()} `;
  return HUMAN_PADDED.some((h) => padded.includes(h));
}

// Words that ask now, just before the phrase: "I want to", "can I", "dw i isio", "ga i".
const ASKING_NOW = /\b(?:i want to|i wanna|i d like to|id like to|i would like to|i need to|can i|could i|may i|let me|please|dw i isio|dw i angen|isio|angen|ga i|gaf i|alla i|galla i|hoffwn i|hoffwn|plis)$/;
// The clause the request is in starts after the last of these.
const CLAUSE_BREAK = /\b(?:and|but|so|because|then|ac|a|ond|felly|achos|wedyn)\b/;

/**
 * A request for a person in a clause of a longer sentence ("My boiler is broken and I want to
 * speak to a person", "mae'r boeler wedi torri a dw i isio siarad efo rhywun"): too long to be a
 * command and not its own last sentence, so it was read as a description and the request lost.
 * Only a clause that asks now: "I asked to speak to someone" and "I don't want to talk to a
 * person" are not requests. False where `parseCommand` or `asksForPersonInPassing` take it.
 */
export function asksForPersonWithin(text: string): boolean {
  if (parseCommand(text) || asksForPersonInPassing(text)) return false;
  // Punctuation ends a clause; the normal form drops it, so each piece is read on its own.
  for (const piece of text.split(/[.,;:!?\n]+/)) {
    const whole = ` ${commandForm(piece)} `;
    for (const h of HUMAN_PADDED) {
      const at = whole.indexOf(h);
      if (at < 0) continue;
      const clause = whole.slice(0, at).split(CLAUSE_BREAK).at(-1)!.trim();
      const lead = clause.split(' ').slice(-5).join(' ');
      if (REFUSED.test(` ${lead} ${h.trim()} `) || NOT_A_REQUEST.test(lead)) continue;
      if (ASKING_NOW.test(lead) || /^ (?:isio|want) /.test(h)) return true;
    }
  }
  return false;
}

const WELSH_ASKING = /\b(siarad|rhywun|aelod|ga i|dw i|isio|go iawn)\b/;
const ENGLISH_ASKING = /\b(real|speak|talk|someone|somebody|human|agent|advisor|adviser|operator|member of staff|can i|i want)\b/;

/**
 * The language a request for a person is written in ("Ga i siarad â pherson plis" is Welsh, "can
 * I talk to someone" English), so the answer need not come in both; null when it shows neither
 * ("person") or both.
 */
export function personRequestLanguage(text: string): 'cy' | 'en' | null {
  const n = ` ${commandForm(text)} `;
  const cy = WELSH_ASKING.test(n);
  const en = ENGLISH_ASKING.test(n);
  return cy === en ? null : cy ? 'cy' : 'en';
}

const WELSH_RESTART = /\b(dechrau|ailddechrau|cychwyn|eto)\b/;
const ENGLISH_RESTART = /\b(start|begin|again|over)\b/;

/**
 * The language "start again" is written in ("dechrau eto", "ailddechrau" Welsh; "start again",
 * "start over" English), so a restart typed in the other language starts in it, as a request for a
 * person in it does; null for a message that is not a restart or shows neither ("restart", "reset":
 * words typed the same in both).
 */
export function restartLanguage(text: string): 'cy' | 'en' | null {
  if (parseCommand(text) !== 'restart') return null;
  const n = ` ${commandForm(text)} `;
  const cy = WELSH_RESTART.test(n);
  const en = ENGLISH_RESTART.test(n);
  return cy === en ? null : cy ? 'cy' : 'en';
}
