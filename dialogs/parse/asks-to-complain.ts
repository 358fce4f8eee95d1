import { normalise, wordsOfNormalised } from '../../src/language/normalise';

/**
 * Whether a message only asks to complain ("I want to make a complaint", "Hoffwn i wneud cwyn
 * os gwelwch yn dda") and says nothing of what went wrong: then the intake asks "what went
 * wrong?" rather than taking the request itself as the answer. The words of the complaint
 * request, greetings and courtesies are set aside; what is left must be a few words of substance.
 */
const ASKING = new Set(
  [
    // English: the request and its courtesies.
    'i', 'id', 'im', 'want', 'wanna', 'would', 'like', 'to', 'make', 'a', 'an', 'the', 'please', 'pls', 'plz', 'can', 'could', 'may',
    'you', 'help', 'me', 'with', 'my', 'put', 'in', 'raise', 'log', 'file', 'lodge', 'register', 'submit', 'formal', 'official',
    'complaint', 'complain', 'complaining', 'about', 'something', 'need', 'have', 'got', 'hi', 'hello', 'hey', 'morning', 'afternoon',
    'evening', 'good', 'there', 'thanks', 'thank', 'how', 'do', 'how', 'go', 'start', 'new', 'another', 'one', 'again', 'just', 'so',
    // Welsh: the request and its courtesies (dictionary and everyday forms).
    'dw', 'dwi', 'rwy', 'rydw', 'mi', 'fi', 'hoffwn', 'hoffen', 'licien', 'liciwn', 'eisiau', 'isio', 'isie', 'moyn', 'angen', 'gwneud',
    'wneud', 'neud', 'cwyn', 'gwyn', 'cwyno', 'gwyno', 'am', 'ga', 'gaf', 'os', 'gwelwch', 'yn', 'dda', 'plis', 'helo', 'shwmae', 'su',
    'mae', 'bore', 'da', 'prynhawn', 'noswaith', 'diolch', 'sut', 'mae', 'ydw', 'ffurfiol', 'swyddogol', 'rhywbeth', 'arall', 'newydd',
    'ac', 'a', 'ond', 'r', 'y', 'yr', 'n', 'ma', 'chi', 'helpu', 'efo', 'gyda', 'hefo',
  ].map(normalise),
);

export function onlyAsksToComplain(text: string): boolean {
  const words = wordsOfNormalised(normalise(text).replace(/'/g, ' '));
  return words.filter((w) => !ASKING.has(w)).length < 2;
}

/**
 * Said to "what has gone wrong?": the request to complain and nothing else ("I want to make a
 * complaint", "dw i isio gwneud cwyn"), which is no answer to it. Stricter than
 * `onlyAsksToComplain`: not one word of substance, so "a complaint about damp" is an answer.
 */
export function asksToComplainAndNothingElse(text: string): boolean {
  const words = wordsOfNormalised(normalise(text).replace(/'/g, ' '));
  return words.some((w) => /^(?:complain\w*|cwyn\w*|gwyn|gwyno)$/.test(w)) && words.every((w) => ASKING.has(w));
}
