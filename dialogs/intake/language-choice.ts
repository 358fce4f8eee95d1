import { normalise, words } from '../../src/language/normalise';
import { detectLanguage } from '../../src/language/detect';
import { LANGUAGE_CHOICES } from './choice-sets';

/**
 * The answer to "Cymraeg / English?": the whole answer must be a language ("Cymraeg",
 * "Welsh please", "yn Saesneg") or the number of a button, never a word inside something else,
 * because the first thing many residents type is their address or their problem.
 */
export function languageChoice(text: string): 'cy' | 'en' | null {
  const n = normalise(text)
    .replace(/\b(please|plis|pls|os gwelwch yn dda|diolch|thanks|thank you)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (n === '1') return 'cy';
  if (n === '2') return 'en';
  return LANGUAGE_CHOICES.find((c) => c.synonyms.includes(n))?.value ?? null;
}

// Small words that only a sentence has; not "y", "yr", "ar", "the", which place names have (Heol y Castell).
const SENTENCE_WORDS: Record<'cy' | 'en', ReadonlySet<string>> = {
  cy: new Set(
    "yn mae ma ma'r mae'r mae'n ma'n dw dwi wedi di ddim does oes sy sydd ond gyda efo hefo fy eich ein ei eu roedd oedd odd bod fod heb hefyd nid nad neb dim".split(' '),
  ),
  en: new Set('is are was were my i im ive it its has have had been not but we they our me no nobody still'.split(' ')),
};

export function writesSentence(text: string, lang: 'cy' | 'en'): boolean {
  return words(text).some((w) => SENTENCE_WORDS[lang].has(w));
}

/**
 * The language a sentence is plainly written in, or null: enough signs of one language, at least
 * three words, and the small words only a sentence has. Names alone ("Tŷ Gwyn, Heol Fawr") are
 * not writing in a language.
 */
export function writtenLanguage(text: string): 'cy' | 'en' | null {
  const detected = detectLanguage(text);
  const strong = Math.max(detected.welsh.length, detected.english.length) >= 2;
  if (!strong || (detected.language !== 'cy' && detected.language !== 'en')) return null;
  if (text.split(/\s+/).length < 3 || !writesSentence(text, detected.language)) return null;
  return detected.language;
}
