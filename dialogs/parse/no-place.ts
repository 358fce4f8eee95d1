import { normalise, wordsOfNormalised } from '../../src/language/normalise';
import { radicals } from '../../src/language/mutations';
import { ROOM_PARTS_CY, ROOM_PARTS_EN, ROOMS_CY, ROOMS_EN } from './rooms';

/**
 * A matter with no place: money (the rent, a service charge, arrears, a refund, benefits), how
 * someone was treated or answered (rude staff, calls and letters never answered), or personal
 * data. "Where is the problem?" was asked of "you put my rent up" and "dych chi wedi codi'r rhent"
 * as if they were repairs (found trying the bot as a resident, round 14), which reads as not
 * listening. Only when nothing in the words names a repair, a part of a home or a shared place: "you
 * put my rent up and the boiler is still broken" has a place, and "where?" is asked as before.
 * Words, not triage's reading: a rise in rent is a complaint or a request whatever triage makes of it.
 */

/** Money, treatment and answers, in English (normal form, whole words). */
const NO_PLACE_EN = new Set([
  'rent', 'rents', 'charge', 'charges', 'charged', 'overcharged', 'overcharging', 'arrears', 'bill', 'bills', 'billed', 'invoice',
  'payment', 'payments', 'refund', 'refunded', 'deposit', 'fee', 'fees', 'money', 'debt', 'debts', 'benefit', 'benefits',
  'rude', 'rudely', 'rudeness', 'shouted', 'shouting', 'swore', 'swearing', 'attitude', 'unprofessional', 'disrespectful',
  'patronising', 'patronizing', 'ignored', 'ignoring', 'reply', 'replied', 'replies', 'response', 'responded', 'calls',
  'emails', 'email', 'letter', 'letters', 'data', 'gdpr', 'discriminated', 'discrimination', 'racist', 'staff', 'officer',
]);
const NO_PLACE_EN_PHRASES = ['direct debit', 'standing order', 'universal credit', 'council tax', 'call back', 'called back', 'rang back', 'ring back', 'get back to me', 'got back to me', 'personal information', 'customer service'];

/** The same in Welsh, dictionary forms: mutated forms are undone before looking ("eich nhâl" is "tâl"). */
const NO_PLACE_CY = new Set(
  [
    'rhent', 'tâl', 'taliad', 'taliadau', 'ôl-ddyledion', 'dyled', 'dyledion', 'bil', 'biliau', 'ad-daliad', 'blaendal', 'arian',
    'anghwrtais', 'digywilydd', 'gweiddi', 'rhegi', 'agwedd', 'anwybyddu', 'ateb', 'atebion', 'galwad', 'galwadau', 'e-bost',
    'ebost', 'negeseuon', 'llythyr', 'llythyrau', 'data', 'gwahaniaethu', 'hiliol', 'staff', 'swyddog',
  ].map(normalise),
);
const NO_PLACE_CY_PHRASES = ['debyd uniongyrchol', 'budd-dal tai', 'budd dal tai', 'credyd cynhwysol', 'treth gyngor', 'gwybodaeth bersonol', 'ffonio n ol', 'ffonio nol'];

/** A repair, a part of a home or a shared place: any of these and the matter has a place. */
const PLACE_EN = new Set([
  ...ROOMS_EN.filter((w) => !w.includes(' ')),
  ...ROOM_PARTS_EN,
  'repair', 'repairs', 'repaired', 'fix', 'fixed', 'fixing', 'broken', 'broke', 'leak', 'leaks', 'leaking', 'leaky', 'damp', 'mould',
  'mold', 'mouldy', 'moldy', 'condensation', 'boiler', 'heating', 'heater', 'radiator', 'radiators', 'water', 'gas', 'electric',
  'electrics', 'electricity', 'socket', 'sockets', 'light', 'lights', 'fuse', 'roof', 'gutter', 'gutters', 'lock', 'sink', 'tap',
  'taps', 'shower', 'bath', 'drain', 'drains', 'blocked', 'pipe', 'pipes', 'floorboards', 'lift', 'garden', 'fence', 'bins',
  'rubbish', 'pest', 'pests', 'mice', 'rats', 'rat', 'mouse', 'cockroaches', 'bedbugs', 'infestation', 'cold', 'freezing', 'draught',
  'crack', 'cracks', 'cracked', 'asbestos', 'alarm', 'cooker', 'oven', 'contractor', 'contractors', 'plumber', 'electrician',
  'workman', 'workmen', 'engineer', 'inspection', 'noise', 'noisy', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'smell',
  'smells', 'sewage', 'communal', 'corridor', 'parking', 'garage', 'shed', 'balcony', 'estate',
]);

const PLACE_CY = new Set(
  [
    ...ROOMS_CY.filter((w) => !w.includes(' ')),
    ...ROOM_PARTS_CY.filter((w) => w !== 'to' && w !== 'llawr'),
    'atgyweirio', 'atgyweiriad', 'atgyweiriadau', 'trwsio', 'torri', 'gollwng', 'tamp', 'tamprwydd', 'lleithder', 'llwydni',
    'anwedd', 'boeler', 'gwres', 'gwresogi', 'rheiddiadur', 'dŵr', 'nwy', 'trydan', 'soced', 'golau', 'goleuadau', 'ffiws', 'cafn',
    'drysau', 'clo', 'sinc', 'tap', 'cawod', 'bath', 'draen', 'pibell', 'pibellau', 'lifft', 'gardd', 'ffens', 'biniau', 'sbwriel',
    'llygod', 'llygoden', 'chwilod', 'oer', 'rhewi', 'crac', 'popty', 'contractwr', 'plymwr', 'trydanwr', 'sŵn', 'swnllyd',
    'cymydog', 'cymdogion', 'arogl', 'drewi', 'carthion', 'cymunedol', 'coridor', 'garej', 'sied', 'balconi', 'stad', 'ystad',
  ].map(normalise),
);
// "to" (roof) with its article only ("to" is English, "do" is yes); "llawr" (floor) as written, as "lawr" is "down".
const PLACE_PHRASES = [' y to ', ' r to ', ' llawr ', ' hot water ', ' dwr poeth ', ' anti social ', ' wedi torri '];

const has = (padded: string, phrases: readonly string[]) => phrases.some((p) => padded.includes(` ${normalise(p).trim()} `));
const named = (words: readonly string[], en: ReadonlySet<string>, cy: ReadonlySet<string>) =>
  words.some((w) => en.has(w) || cy.has(w) || radicals(w).some((r) => cy.has(r)));

/** Whether what went wrong is a matter with no place in a home, so "where is the problem?" is not asked. */
export function hasNoPlace(description: string | undefined): boolean {
  if (!description) return false;
  // Clitics off, so "codi'r rhent" has "rhent" and "i'r gegin" has "gegin".
  const n = normalise(description).replace(/(\p{L})'(r|n|i|w|m)(?=\s|$)/gu, '$1 $2');
  const words = wordsOfNormalised(n);
  const padded = ` ${n} `;
  if (named(words, PLACE_EN, PLACE_CY) || PLACE_PHRASES.some((p) => padded.includes(p))) return false;
  return named(words, NO_PLACE_EN, NO_PLACE_CY) || has(padded, NO_PLACE_EN_PHRASES) || has(padded, NO_PLACE_CY_PHRASES);
}
