import { normalise } from '../../src/language/normalise';
import { type Choice, matchOne } from './choices';

export type FirstOrUnhappy = 'clarify.first' | 'clarify.unhappy';

/**
 * "Is this the first time you've told us, or are you unhappy with how we've dealt with it?"
 * answered in words, in either language and everyday forms. The longest phrase wins, so "not the
 * first time" is unhappy although it says "first time".
 */
const CHOICES: Choice<FirstOrUnhappy>[] = (
  [
  {
    value: 'clarify.first' as const,
    synonyms: [
      'first', 'first time', 'the first time', 'its the first time', 'first time ive told you', 'first time i have told you', 'new', 'its new',
      'never reported it', 'havent reported it', 'havent told you before', 'not reported before', 'just reporting it', 'just started',
      'tro cyntaf', 'y tro cyntaf', 'tro cynta', 'y tro cynta', "tro cynta'", "y tro cynta'", 'cynta', 'dyma y tro cyntaf', "dyma'r tro cyntaf", 'cyntaf', 'gyntaf', 'y tro gyntaf', 'newydd', 'mae yn newydd',
      "heb ddweud o'r blaen", 'heb roi gwybod', "dw i ddim wedi dweud o'r blaen", 'dim ond newydd ddechrau',
    ],
  },
  {
    value: 'clarify.unhappy' as const,
    synonyms: [
      'unhappy', 'not happy', 'im unhappy', 'im not happy', 'fed up', 'dissatisfied', 'complain', 'complaint', 'make a complaint',
      'not the first time', 'not the first', 'told you before', 'ive told you before', 'reported it before', 'reported before', 'many times', 'loads of times',
      'several times', 'again', 'still', 'for years', 'for months', 'nobody came', 'no one came', 'noone came', 'how its been dealt with', 'how you dealt with it',
      'anhapus', 'dw i yn anhapus', 'ddim yn hapus', 'dw i ddim yn hapus', 'sa i yn hapus', 'siomedig', 'llond bol', 'cwyn', 'cwyno', 'gwneud cwyn',
      'nid y tro cyntaf', 'ddim y tro cyntaf', "dim y tro cyntaf", "o'r blaen", "wedi dweud o'r blaen", "rhoi gwybod o'r blaen", 'sawl gwaith', 'droeon', 'eto', 'dal',
      'ers blynyddoedd', 'ers misoedd', 'neb wedi dod', 'does neb wedi dod',
    ],
  },
  ] satisfies Choice<FirstOrUnhappy>[]
).map((c) => ({ ...c, synonyms: c.synonyms.map(normalise) }));

export function readFirstOrUnhappy(text: string): FirstOrUnhappy | null {
  return matchOne(text, CHOICES);
}
