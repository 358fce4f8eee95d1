import { describe, expect, it } from 'vitest';
import { saysNoReference } from '../../dialogs/parse/no-reference';

// Answers to "please send its reference" from someone who has none to give, in both languages,
// north and south; and answers that are something else.
const NONE = [
  "I don't have one", "I don't have a reference", 'havent got it', "I've lost it", 'lost the letter', "can't find it", 'no idea',
  'dunno', 'no', 'nope', 'not sure', "I never got one", "it's a repair not a complaint", 'its about a repair',
  "Does gen i ddim un", "Sgen i ddim cyfeirnod", "sgin i'm un", 'dim cyfeirnod', "Dw i wedi'i golli", 'dwi wedi colli fo',
  "dwn i'm", 'dim syniad', "dw i ddim yn gwybod", 'na', 'nac oes', "Ches i ddim un", "methu ffeindio fo", "nid cwyn, atgyweiriad",
  'Mae hyn am waith trwsio',
];
const OTHER = [
  'CMP-7KQ4-9TXD', 'yes', 'ydy', 'The boiler is still broken', 'no, the boiler is still broken and nobody has come',
  'Mae gen i un', 'it is on the letter somewhere, hold on', 'hello',
];

describe('saying there is no reference to give', () => {
  it.each(NONE)('%s', (text) => expect(saysNoReference(text)).toBe(true));
  it.each(OTHER)('not: %s', (text) => expect(saysNoReference(text)).toBe(false));
});
