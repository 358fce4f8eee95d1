import { describe, expect, it } from 'vitest';
import { namesCallTime } from '../../dialogs/parse/callback-time';

describe('namesCallTime: does an answer to the call-back offer say when?', () => {
  it.each([
    'Tuesday after 2pm on 07700 900123',
    'tomorrow morning',
    'any time',
    'anytime after lunch',
    'weekday evenings please',
    'as soon as you can',
    '10.30',
    'Dydd Mawrth ar ôl 2',
    'ddydd Llun yn y bore',
    'fory pnawn',
    'unrhyw bryd',
    'heno plis',
    "gyda'r nos",
    'cyn gynted â phosib',
    'rŵan os gwelwch yn dda',
    // An address with a time in it still says when.
    '12 Heol y Parc, any time after 2',
  ])('when: %s', (text) => expect(namesCallTime(text)).toBe(true));

  it.each([
    'i need big writing and a home visit pls',
    'the mould is getting worse',
    'can you send it in large print',
    'mae angen print bras arna i',
    "dw i isio i rywun ddod i'r tŷ",
    'my daughter speaks for me',
    'I am deaf so please text',
    // An address, answering the question the offer came after (found over SMS in the ninth session).
    'Fflat 3, 12 Heol y Parc',
    'flat 2, 10 Castle Street, CF10 1AA',
  ])('not when: %s', (text) => expect(namesCallTime(text)).toBe(false));
});
