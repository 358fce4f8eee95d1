import { describe, expect, it } from 'vitest';
import { looksLikePlace } from '../../dialogs/parse/place';

describe('an answer to "where is the problem?" that reads like a place', () => {
  it.each([
    // Rooms and parts of a home, English.
    'kitchen', 'the bathroom', 'Bedroom', 'the living room', 'upstairs', 'in the loft', 'back garden', 'the bathroom ceiling',
    'front door', 'the whole house', 'all over the flat', 'everywhere', 'my flat', 'the stairs at Park Court', 'communal hallway',
    'the car park', 'bin store', 'next door', 'the lift in our block', 'Sunnybank Road', 'Maple Close',
    // Addresses and postcodes.
    '12 Weeks Lane', '3 Month Close', 'Flat 3, 12 Park Road', '4 Hill Street', 'CF10 1AA', 'll57 2pw', 'fflat 3, Tŷ Gwyn', 'Tower block, 1 High Street',
    // Welsh, with mutations and everyday northern and southern forms.
    'y gegin', 'yn y gegin', 'fy nghegin', "i'r gegin", 'llofft', 'y lofft', 'lan llofft', 'y grisiau', 'ar y risiau', 'yn yr ardd',
    "'stafell molchi", 'stafell wely', 'yr ystafell fyw', 'y lolfa', 'y tŷ i gyd', 'drwy’r tŷ', 'ym mhobman', 'y to', "o'r to",
    'nenfwd y gegin', 'y ffenestri', 'drws ffrynt', 'y coridor cymunedol', 'Heol y Castell', 'Cwrt y Parc', 'fy nhŷ', 'tŷ bach',
    'y fflat', 'y maes parcio', 'drws nesa', 'tu allan', 'y wal gefn',
    // One slip of the thumb in a longer word (found trying the bot: "bathrom" was asked about again).
    'bathrom', 'the kitchn', 'kitchne', 'bedroon', 'my livingroom', 'the stiars', 'y gegni', 'ystafel wely', 'fy llofftt',
  ])('%j is a place', (answer) => {
    expect(looksLikePlace(answer)).toBe(true);
  });

  it.each([
    'Cwyn', 'cwyn', 'help me', 'can you help me', 'yes', 'do', 'ie', 'no', 'ok', 'I want to complain', 'Dw i isio cwyno',
    'I dont know', 'dwn i ddim', 'what do you mean', 'beth?', 'hello', 'shwmae', 'damp and mould', 'llwydni', 'boiler broken',
    'it is really bad', "mae'n ofnadwy", 'the repairs team', 'thanks', 'diolch', 'x', '',
    // Near a place word but not one: short words are never read loosely, and the first letter must match.
    'hell', 'hello', 'hallo', 'please', 'sorry', 'where', 'there', 'maybe', 'about', 'cannot', 'angry', 'dunno',
    // A time or date answered out of order has a number but is no address (found by the lead: "2 weeks ago" was stored as where).
    '2 weeks ago', '3 months', 'about 6 months ago', 'for 2 years', 'ers 3 mis', '2 flynedd yn ôl', 'ers 10 mlynedd', '12/03/2026', '3/4',
  ])('%j is not', (answer) => {
    expect(looksLikePlace(answer)).toBe(false);
  });
});
