import { normalise } from '../../src/language/normalise';

/**
 * The one reader for every yes/no question, in Welsh and English as people type them. Welsh
 * has no single word for yes or no: the answer echoes the verb of the question (ydy, ydw, oes,
 * do), in northern and southern forms (ydi, yndi, odi; nadi, nagw). Three rules matter more
 * than coverage:
 * - a negation anywhere ("no", "not", "wrong", "nac", "ddim", "anghywir"…) never reads as yes,
 *   so "No, that's not right" and "yes but the phone number is wrong" cannot file a case;
 * - a clear yes says nothing else that matters ("yep thats right", "ie, diolch", "yndi tad"),
 *   and only a clear yes may file;
 * - hedges ("not sure", "sa i'n siŵr", "dwn i'm") are their own answer, read before the "not"
 *   inside them.
 */
export type YesNoAnswer = 'yes' | 'no' | 'unsure';

export interface YesNoReading {
  answer: YesNoAnswer | null;
  /** Nothing said beyond the answer and politeness: a yes that can file. */
  clear: boolean;
  /** A negation was said, whatever else was. */
  negated: boolean;
}

/**
 * Words the phrase tables match against: normal form, English contractions joined ("that's" →
 * "thats", "don't" → "dont") and Welsh clitics split off ("ma'r" → "ma r", "dwi'm" → "dwi m").
 */
export function answerWords(text: string): string[] {
  return normalise(text)
    .replace(/n't\b/g, 'nt')
    .replace(/'(s|m|re|ve|ll|d)\b(?=\s|$)/g, (_m, s: string, offset: number, all: string) =>
      // "i'm" and "that's" are English; "dwi'm", "dwn i'm" are Welsh ("I'm not", "I don't know").
      /(^|\s)(dwi|i)$/.test(all.slice(0, offset)) && s === 'm' ? ' m' : s,
    )
    .replace(/'/g, ' ')
    // "dw i" is typed apart as often as "dwi": one form, so "dw i'm yn siŵr" reads as "dwi'm yn siŵr" (found by trial16).
    .replace(/(^|\s)dw i(?=\s|$)/g, '$1dwi')
    .split(/[\s.+@]+/)
    .filter(Boolean);
}

const phrases = (list: string[]) => list.map((p) => answerWords(p).join(' ')).sort((a, b) => b.split(' ').length - a.split(' ').length);

/** Said with a yes or a no without changing it. */
// "Ia, dyna fo" and "yes, that's it" confirm; they were read as unclear and the summary asked again (found round 14).
const NEUTRAL = phrases(['no problem', 'no worries', 'no bother', 'dim problem', 'dim ots', 'dim ond', 'dyna fo', 'dyna fe', 'dyna ni', 'dyna chi', 'dyna ti', 'thats it', 'that is it']);

const UNSURE = phrases([
  'not sure', 'im not sure', 'unsure', 'dunno', 'dont know', 'do not know', 'idk', 'no idea', 'maybe', 'possibly', 'perhaps',
  'not certain', 'cant remember', 'cannot remember', 'dont remember', 'cant recall', 'not that i know', 'i think so',
  "sa i'n siŵr", "sai'n siŵr", "so i'n siŵr", "dwi'm yn siŵr", 'dw i ddim yn siŵr', 'dwi ddim yn siŵr', 'ddim yn siŵr',
  'dim yn siŵr', "dwn i'm", 'dwn im', 'dwn i ddim', 'wn i ddim', 'dim syniad', 'efallai', 'falle', 'ella', 'hwyrach',
  "sa i'n gwybod", "sai'n gwybod", 'ddim yn gwybod', "dwi'm yn gwybod", 'ddim yn cofio', 'methu cofio', "sa i'n cofio",
  "dwi'm yn cofio", 'dwi ddim yn cofio', 'dw i ddim yn cofio',
  // As said and typed, north and south: "gwbod" for gwybod, "sai'n" for "sa i'n" (found round 14).
  "sa i'n gwbod", "sai'n gwbod", "so i'n gwbod", 'ddim yn gwbod', "dwi'm yn gwbod", "dwi'm yn gwbo", 'dwi ddim yn gwbod',
  'dw i ddim yn gwbod', "sai'n cofio", "so i'n cofio", "wn i'm", 'dim clem',
]);

const NO_PHRASES = phrases([
  'nac ydy', 'nag ydy', 'nac ydi', 'nag ydi', 'nac ydw', 'nag ydw', 'nac oes', 'nag oes', 'nac ydyn', 'nag ydyn', 'nac ydan',
  'nag ydan', 'nac ydych', 'nag ydych', 'ddim yn iawn', 'ddim yn gywir', 'dim yn iawn', 'not right', 'not correct',
  'isnt right', 'isnt correct', 'not really', 'no thanks', 'no thank you', 'dim diolch', 'not yet', 'ddim eto', 'dim eto',
  'dim o gwbl', 'not at all', 'na hoffwn', 'na licen', 'na leiciwn', 'na liciwn', 'na faswn', 'na fyswn',
]);

/** Negations that count wherever they are said. */
const NO_WORDS = new Set([
  'no', 'nope', 'nah', 'naw', 'not', 'never', 'none', 'wrong', 'incorrect', 'cannot', 'nac', 'nag', 'na', 'nadi', 'nadw',
  'nagw', 'nagoes', 'naddo', 'nage',
  // "Nage" as the north says it: found answering "Oes hawliad llys?" with "naci" (round 13).
  'naci',
  // Northern "nac ydi" and kin as they are typed, run together: nacdi, nacdw, nacdo, nacoes.
  'nacdi', 'nacdy', 'nacdw', 'nacdo', 'nacoes', 'nagdi', 'nagdy', 'nagdw', 'nagyw', 'nadyn', 'nagyn', 'nagon', 'nid', 'nad', 'ddim', 'dim', 'anghywir', 'nghywir', 'dyw', 'dydy', 'dydi', 'dydw',
  'sai', 'smo', 'heblaw',
]);
const isNegative = (w: string) => NO_WORDS.has(w) || /^(do|does|did|is|was|are|were|have|has|had|ca|wo|would|could|should|ai|must)nt$/.test(w);

const YES_PHRASES = phrases([
  'thats right', 'that is right', 'thats correct', 'that is correct', 'thats it', 'all correct', 'all right', 'alright', 'all good',
  'looks good', 'looks right', 'sounds good', 'spot on', 'of course', 'go ahead', 'yes please', 'i have', 'i did', 'i am',
  'it is', 'it has', 'they are', 'they have', 'send it', 'wrth gwrs', 'yn sicr', "mae'n gywir", "mae'n iawn", "mae'n berffaith",
  'popeth yn iawn', 'i gyd yn iawn', "mae o'n iawn", "mae e'n iawn", "ma fe'n iawn", "mae hi'n iawn", "ma hi'n iawn", "mae o'n gywir", "mae e'n gywir", 'yn gywir', 'anfonwch hi', 'anfonwch e', 'anfonwch o', 'ie plis', 'do wir', 'oes wir',
]);

/** Yes wherever it is said. */
const YES_WORDS = new Set([
  'yes', 'yeah', 'yea', 'yeh', 'yep', 'yup', 'yas', 'yess', 'aye', 'iep', 'correct', 'definitely', 'absolutely', 'certainly',
  'ie', 'ia', 'ydy', 'ydi', 'yndi', 'odi', 'ydw', 'yndw', 'odw', 'oes', 'ydyn', 'ydan', 'yndan', 'odyn', 'yden', 'cywir', 'gywir',
  // "Hoffech chi…?" is answered with the verb: hoffwn (and the southern licen/leiciwn, "baswn").
  'hoffwn', 'licen', 'leiciwn', 'liciwn', 'baswn', 'byswn',
]);

/** Yes only as the first word: elsewhere they are "do you…", "iawn" (very), "right now". */
const YES_FIRST = new Set(['do', 'iawn', 'right', 'sure', 'ok', 'okay', 'k', 'fine', 'grand', 'ye', 'yh']);

/** Politeness and emphasis that leave a yes clear. */
const FILLER = new Set([
  'please', 'pls', 'plz', 'plis', 'thanks', 'thank', 'you', 'thankyou', 'ta', 'cheers', 'diolch', 'yn', 'fawr', 'tad', 'wir',
  'mate', 'love', 'bach', 'just', 'so', 'that', 'thats', 'it', 'its', 'is', 'all', 'fine', 'good', 'great', 'perfect', 'lovely',
  'right', 'correct', 'ok', 'okay', 'sure', 'send', 'submit', 'file', 'go', 'ahead', 'tbh', 'then', 'well', 'oh', 'um', 'erm',
  'hi', 'sounds', 'looks', 'popeth', 'hynny', 'mae', 'n', 'r', 'iawn', 'e', 'fe', 'fo', 'o', 'anfonwch', 'anfon', 'ymlaen',
  'ewch', 'ydy', 'yes', 'ie', 'ia', 'do', 'indeed', 'siwr', 'sicr', 'plîs', 'and', 'a', 'ac', 'x', 'xx',
  'ma', 'glei', 'wir', 'sori', 'rwan', 'nawr', 'nawr', 'hi', 'hwnna', 'hwnnw',
]);
const NUMBERED: Record<string, YesNoAnswer> = { '1': 'yes', '2': 'no', '3': 'unsure' };
const ENGLISH_SUBJECT = new Set(['you', 'i', 'we', 'they', 'u', 'he', 'she', 'it', 'not']);

/** Each phrase list padded with spaces once, so looking for its phrases makes no new strings. */
const paddedLists = new WeakMap<string[], string[]>();
function padded(list: string[]): string[] {
  let out = paddedLists.get(list);
  if (!out) paddedLists.set(list, (out = list.map((p) => ` ${p} `)));
  return out;
}

/** Takes every phrase out of `words`, returning whether any was there. */
function takePhrases(words: string[], list: string[]): boolean {
  let found = false;
  let joined = ` ${words.join(' ')} `;
  for (const p of padded(list)) {
    while (joined.includes(p)) {
      joined = joined.replace(p, ' ');
      found = true;
    }
  }
  words.splice(0, words.length, ...joined.split(' ').filter(Boolean));
  return found;
}

/**
 * A thumbs up or down, a tick or a cross sent alone (with any skin tone), as people answer on
 * WhatsApp and SMS: a clear yes or no. Other emoji say nothing here.
 */
export function emojiAnswer(text: string): 'yes' | 'no' | null {
  const t = text.replace(/[\s\u{1F3FB}-\u{1F3FF}\uFE0F]/gu, '');
  if (!t) return null;
  if (/^(?:\u{1F44D}|\u{1F44C}|\u2705|\u2714|\u2611)+$/u.test(t)) return 'yes';
  if (/^(?:\u{1F44E}|\u274C|\u2716|\u{1F6AB})+$/u.test(t)) return 'no';
  return null;
}

export function readAnswer(text: string): YesNoReading {
  const emoji = emojiAnswer(text);
  if (emoji) return { answer: emoji, clear: true, negated: emoji === 'no' };
  const words = answerWords(text);
  if (words.length === 0) return { answer: null, clear: false, negated: false };
  if (words.length === 1 && NUMBERED[words[0]]) return { answer: NUMBERED[words[0]], clear: true, negated: false };
  // One letter is an answer only on its own: "y" is also the Welsh article.
  if (words.length === 1 && (words[0] === 'y' || words[0] === 'n')) return { answer: words[0] === 'y' ? 'yes' : 'no', clear: true, negated: words[0] === 'n' };

  const firstWord = words[0];
  const firstYes = YES_FIRST.has(firstWord) && !(firstWord === 'do' && ENGLISH_SUBJECT.has(words[1] ?? ''));
  takePhrases(words, NEUTRAL);
  const unsure = takePhrases(words, UNSURE);
  let negated = takePhrases(words, NO_PHRASES);
  let yes = takePhrases(words, YES_PHRASES);
  const rest: string[] = [];
  for (const [i, w] of words.entries()) {
    if (isNegative(w)) negated = true;
    else if (YES_WORDS.has(w) || (i === 0 && firstYes && w === firstWord)) yes = true;
    else rest.push(w);
  }
  const clear = rest.every((w) => FILLER.has(w));
  if (unsure && !negated && yes) return { answer: 'yes', clear: false, negated };
  if (unsure) return { answer: yes ? null : 'unsure', clear: clear && !yes, negated };
  if (negated) return { answer: yes ? null : 'no', clear: clear && !yes, negated };
  if (yes) return { answer: 'yes', clear, negated };
  return { answer: null, clear: false, negated };
}

/** The answer alone: yes (clear or not), no, unsure, or null when it is none of them. */
export function readYesNo(text: string): YesNoAnswer | null {
  return readAnswer(text).answer;
}
