import { answerWords, readAnswer } from './yes-no';

/**
 * An answer to a pick-any question (what would put things right, what would make it easier) that
 * plainly answers something else: a bare yes or no, a case reference, or a puzzled "what?". Each
 * was filed as the resident's own words ("What you want: "CMP-…"", "Adjustments: "what?"", found
 * by trial16), where an officer would have noticed and asked again. Only the whole message counts:
 * "what I want is an apology" or "yes, an apology" is an answer.
 */
export type NonAnswer = 'yes_no' | 'reference' | 'puzzled';

/** A case reference as typed, whether or not it is a real one ("CMP-ABCD-1234" has vowels, so is none). */
const REFERENCE_ALONE = /^(?:(?:my|the|our|it'?s|its|fy|y|ein)\s+)?(?:(?:complaint\s+)?(?:ref(?:erence)?|number|no|rhif|cyfeirnod(?:\s+cwyn)?)\s*(?:is|yw|ydy|:)?\s*)?CMP[\s-]*[A-Z0-9]{4}[\s-]*[A-Z0-9]{4}[.!]?$/i;

/**
 * "What?", "pardon?", "what do you mean", "dw i ddim yn deall", "be dach chi'n feddwl?": asking
 * what the question means, in both languages, north and south. Read as whole messages in
 * `answerWords`' form (clitics split: "dwi'm" is "dwi m", "ti'n" is "ti n").
 */
const PUZZLED = new Set(
  [
    'what', 'wot', 'wat', 'wha', 'huh', 'eh', 'pardon', 'sorry what', 'what sorry', 'you what', 'come again',
    'what do you mean', 'what you mean', 'wdym', 'what does that mean', 'what does it mean', 'meaning', 'like what', 'such as',
    'i dont understand', 'dont understand', 'i dont get it', 'dont get it', 'i dont know what you mean', 'not sure what you mean',
    'what are you asking', 'what do i say', 'what do i put', 'what should i say', 'what is that', 'whats that', 'what do you want',
    'beth', 'be', 'pardwn', 'sori beth', 'sori be', 'fel beth', 'fel be',
    "beth ydych chi'n ei feddwl", "beth ydych chi'n feddwl", "beth dych chi'n feddwl", "be dach chi'n feddwl", "be ych chi'n feddwl",
    "be chi'n feddwl", "beth chi'n feddwl", "be ti'n feddwl", "beth ti'n feddwl", "be ti'n meddwl", "be dach chi'n meddwl",
    "dw i ddim yn deall", "dwi ddim yn deall", "dwi'm yn deall", "sa i'n deall", "sai'n deall", "so i'n deall", 'ddim yn deall',
    "dwi ddim yn dallt", "dwi'm yn dallt", 'ddim yn dallt', "be di hynna", "be 'di hynna", 'beth yw hynny', 'beth ydy hynny',
    "beth mae hynny'n ei feddwl", "be ma hynna'n feddwl", "beth dw i fod i ddweud", "be dw i fod i ddeud",
  ].map((p) => answerWords(p).join(' ')),
);

export function nonAnswer(text: string): NonAnswer | null {
  const t = text.trim();
  if (!t) return null;
  if (REFERENCE_ALONE.test(t)) return 'reference';
  const words = answerWords(t);
  // Question marks alone ("?", "??"): puzzled. Other marks and emoji say nothing either way.
  if (words.length === 0) return /\?/.test(t) ? 'puzzled' : null;
  if (PUZZLED.has(words.join(' '))) return 'puzzled';
  const r = readAnswer(t);
  if (r.clear && (r.answer === 'yes' || r.answer === 'no')) return 'yes_no';
  return null;
}
