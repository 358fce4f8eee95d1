import { describe, expect, it } from 'vitest';
import type { IntakeAnswers } from '../../src/cases/intake';
import { matchesSecret, readSecret } from '../../src/cases/verify';

const jones: IntakeAnswers = { location: 'Flat 3, 12 Park Road, Cardiff CF10 1AA', contact: { anonymous: false, name: 'Mrs Siân Jones' } };
const apDafydd: IntakeAnswers = { location: '5 Heol y Castell', contact: { anonymous: false, name: 'Gwenllian ap Dafydd', address: '5 Heol y Castell, Abertawe SA1 1AA' } };
const evansJones: IntakeAnswers = { location: 'NP20 2BB', contact: { anonymous: false, name: 'Rhys Evans-Jones' } };
const anonymous: IntakeAnswers = { location: '7 Stryd Fawr, LL55 4AB', contact: { anonymous: true } };
const obrien: IntakeAnswers = { location: 'B1 1AA', contact: { anonymous: false, name: "Mary O'Brien" } };

// [case, answer, matches]
const table: Array<[string, IntakeAnswers, string, boolean]> = [
  // one surname, said any plausible way
  ['surname alone', jones, 'Jones', true],
  ['surname in lower case with a full stop', jones, 'jones.', true],
  ['title and full name', jones, 'Mrs Sian Jones', true],
  ['full name with the accent', jones, 'Siân Jones', true],
  ['"my surname is"', jones, 'my surname is Jones', true],
  ['"surname:"', jones, 'Surname: Jones', true],
  ['"my name is" with a full name', jones, 'My name is Sian Jones', true],
  ['"it\'s" and thanks', jones, "it's Jones thanks", true],
  ['Welsh lead-in', jones, 'Fy nghyfenw i yw Jones', true],
  ['Welsh lead-in with diolch', jones, 'cyfenw Jones diolch', true],
  ['initial and surname', jones, 'S. Jones', true],
  ['ap Dafydd with the particle', apDafydd, 'ap Dafydd', true],
  ['ap Dafydd in full', apDafydd, 'Gwenllian ap Dafydd', true],
  ['ap Dafydd without the particle', apDafydd, 'Dafydd', true],
  ['hyphenated surname whole', evansJones, 'Evans-Jones', true],
  ['hyphenated surname, last part', evansJones, 'Jones', true],
  ['apostrophe in a surname, curly', obrien, 'O’Brien', true],
  // one postcode, said any plausible way
  ['postcode', jones, 'CF10 1AA', true],
  ['postcode without a space, lower case', jones, 'cf101aa', true],
  ['"postcode is"', jones, 'postcode is CF10 1AA', true],
  ['"my postcode is" with a full stop', jones, 'My postcode is cf10 1aa.', true],
  ['Welsh: "fy nghod post yw"', apDafydd, 'fy nghod post yw SA1 1AA', true],
  ['postcode from the contact address', apDafydd, 'sa11aa', true],
  ['postcode on an anonymous case', anonymous, 'LL55 4AB', true],
  // wrong, plainly
  ['another surname', jones, 'Smith', false],
  ['the given name', jones, 'Sian', false],
  ['another postcode', jones, 'CF10 1AB', false],
  ['another hyphenated surname with the same last part', evansJones, 'Smith-Jones', false],
  ['a surname on an anonymous case', anonymous, 'Jones', false],
  ['the title alone', jones, 'Mrs', false],
  ['empty', jones, '   ', false],
  ['the street', jones, '12 Park Road', false],
  // more than one candidate: a miss even when the right one is among them
  ['four surnames', jones, 'Jones Smith Evans Williams', false],
  ['four surnames, right one last', jones, 'Smith Evans Williams Jones', false],
  ['surnames with commas', jones, 'Smith, Jones', false],
  ['surnames with "or"', jones, 'Smith or Jones', false],
  ['Welsh "neu"', jones, 'Jones neu Davies', false],
  ['surnames one a line', jones, 'Smith\nJones', false],
  ['forty surnames', jones, Array.from({ length: 39 }, (_, i) => `Name${'abcdefghij'[i % 10]}`).concat('Jones').join(' '), false],
  ['two postcodes', jones, 'CF10 1AA, NP20 2BB', false],
  ['two postcodes, no punctuation', jones, 'NP20 2BB CF10 1AA', false],
  ['a postcode and a surname', jones, 'CF10 1AA Jones', false],
  ['a surname and a postcode', jones, 'Jones CF10 1AA', false],
  ['three hundred postcodes', jones, Array.from({ length: 300 }, (_, i) => `CF${i % 99} ${i % 9}AA`).concat('CF10 1AA').join(' '), false],
  ['surname and slash', jones, 'Jones/Smith', false],
];

describe('a verification answer is one postcode or one surname', () => {
  it.each(table)('%s', (_, details, answer, matches) => {
    expect(matchesSecret(details, answer)).toBe(matches);
  });

  it.each([
    ['Jones Smith Evans Williams', 'several'],
    ['CF10 1AA, NP20 2BB', 'several'],
    ['Smith or Jones', 'several'],
    ['x'.repeat(200), 'too_long'],
    ['', 'empty'],
    ['12 Park Road', 'not_a_name'],
  ])('reads %j as no single candidate (%s)', (answer, why) => {
    expect(readSecret(answer)).toEqual({ kind: 'unreadable', why });
  });
});
