import { normalise, wordsOfNormalised } from '../../src/language/normalise';

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

export function parseCommand(text: string): Command | null {
  const whole = commandForm(text);
  const n = whole.replace(/\b(please|plis|pls|os gwelwch yn dda|diolch)\b/g, '').replace(/\s+/g, ' ').trim();
  const exact = EXACT.get(n) ?? EXACT.get(whole);
  if (exact) return exact;
  if (wordsOfNormalised(whole).length > 9) return null;
  const padded = ` ${n} `;
  if (HUMAN_PADDED.some((h) => padded.includes(h))) return 'human';
  return null;
}
