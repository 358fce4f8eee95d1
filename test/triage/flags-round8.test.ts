import { describe, expect, it } from 'vitest';
import { createProfileRegistry } from '../../src/policy/profiles';
import { defaultClassifier } from '../../src/triage';
import { dangerTime } from '../../src/triage/flag-time';
import { createRuleClassifier } from '../../src/triage/rules';

// Issue #19, eighth safety pass (docs/triage/flags.md): causes found in dev10's flag errors and
// the other training corpora's. Sentences written for these tests, in both languages; each table
// holds near misses that must keep (or must not gain) their flag, so a rule that simply added or
// dropped a flag would fail.
const profile = createProfileRegistry().get('housing-ombudsman-code');
const rules = createRuleClassifier();
const read = (text: string) => rules.classify(text, profile, {}, { today: '2026-11-23' });
const shipped = defaultClassifier();
const asked = (text: string) => shipped.classify(text, profile, {}, { today: '2026-11-23' }).confirmDanger ?? null;

describe("the resident's own first action ('I've turned off the meter') does not make an emergency safe", () => {
  it.each([
    ['There is a strong smell of gas in the kitchen, I have turned off the meter and opened the windows.', true],
    ['Strong smell of gas, I’ve switched it off at the meter, please send someone.', true],
    ['Ogla nwy cryf yn y gegin, dw i wedi diffodd y popty ac agor y drws.', true],
    ['Mae arogl nwy yn y tŷ, dwi wedi diffodd y nwy wrth y mesurydd.', true],
    // Someone else's fix still settles it.
    ['The smell of gas was sorted, the engineer turned it off and capped it.', false],
    ['Mae’r gollyngiad nwy wedi cael ei drwsio gan y peiriannydd.', false],
  ])('%s → urgent %s', (text, urgent) => {
    expect(read(text).urgent).toBe(urgent);
  });
});

describe('a danger told as coming back on a pattern is a repair, asked about instead', () => {
  it.each([
    ['Every few months the stack pipe blocks and waste water backs up into my bath.', false],
    ['My flat floods from the drain two or three times a year and you do nothing.', false],
    ['Mae’r draen yn blocio ddwy neu dair gwaith y flwyddyn a dŵr budr yn codi i’r bath.', false],
    ['She has had floods from the flat above three times this year.', false],
    ['Mae hi wedi cael llifogydd o’r fflat uwchben deirgwaith eleni.', false],
    // Now is now, and gas and electrics are never settled by a pattern.
    ['Every few months the pipe blocks and waste water is backing up into my bath right now.', true],
    ['Mae’r dŵr budr yn codi i’r bath eto heno.', true],
    ['Every winter the boiler room smells of gas.', true],
    ['Bob gaeaf mae ogla nwy yn y gegin.', true],
    ['Waste water backs up into my bath.', true],
    // "Every time" tells what happens whenever, so now too.
    ['Sewage backs up into the bath every time next door flushes.', true],
    ['Mae carthion yn codi i’r bath bob tro mae drws nesa’n fflysio.', true],
  ])('%s → urgent %s', (text, urgent) => {
    expect(read(text).urgent).toBe(urgent);
  });

  it('the danger question still asks about a recurring sewage flood', () => {
    expect(asked('Every few months the stack pipe blocks and sewage comes up into my bath.')).toBe('home');
  });

  it.each([
    ['every few months the pipe blocks', 'chronic'],
    ['mae o yn codi bob gaeaf', 'chronic'],
    ['it floods every time it rains now', 'now'],
    ['the pipe blocks', 'untold'],
  ])('dangerTime(%s) → %s', (text, when) => {
    expect(dangerTime(text.split(' '))).toBe(when);
  });
});

describe('"when we moved in" places what the home was like then', () => {
  it.each([
    ['When we moved in there was a tree leaning over the shed and a broken fence.', false],
    ['There is a tree leaning over the shed after the storm.', true],
  ])('%s → urgent %s', (text, urgent) => {
    expect(read(text).urgent).toBe(urgent);
  });
});

describe('hazards named in words the lists did not have', () => {
  it.each([
    // a lift stuck, in the English word a Welsh message borrows
    ['Lifft wedi stuck rhwng llawr 3 a 4 efo dyn tu mewn.', true],
    ['Roedd y lifft wedi stuck rhwng lloriau wythnos diwetha.', false],
    // a leak through a light, the fitting named in English
    ['Mae’r leak yn dod drwy’r light fitting rŵan.', true],
    ['Mae’r golau’n dod drwy’r ffenest yn y bore.', false],
    // water rising to the sockets, or a wet socket
    ['Mae’r dŵr wedi dod i mewn o’r ardd ac mae’n codi at y socedi.', true],
    ['The flood water is rising up to the sockets in the kitchen.', true],
    ['I can hear water in the wall and the socket next to it is wet.', true],
    ['Mae’r soced yn y gegin yn wlyb.', true],
    ['The socket in the kitchen is loose.', false],
    // a branch broken and hanging
    ['A branch has snapped in the wind and is hanging over the trampoline by a thread.', true],
    ['Mae cangen wedi torri yn y gwynt ac yn hongian dros y llwybr.', true],
    ['Branches from next door’s tree are hanging over my fence and need cutting back.', false],
    ['My patience has snapped, I’m hanging on by a thread with your repairs team.', false],
    // a window come loose from its frame
    ['The bedroom window on the ninth floor has come loose from its frame.', true],
    ['Mae’r ffenest ar y nawfed llawr wedi dod yn rhydd o’i ffrâm.', true],
    ['The window frame needs painting.', false],
  ])('%s → urgent %s', (text, urgent) => {
    expect(read(text).urgent).toBe(urgent);
  });
});

describe('who is cold: a grandparent with an age; heating capped', () => {
  it.each([
    ['Dim gwres na dŵr poeth a Nain (92) yn byw efo ni.', true],
    ['Mae’r gwres wedi torri a mam-gu 88 yn byw gyda ni.', true],
    ['No heating and my grandmother 91 lives with us.', true],
    ['No heating and my grandmother lives with us.', false],
    ['heating wedi cael ei gapio ers 6 wythnos a dw i efo babi 4 mis.', true],
    ['The heating was capped after the leak and I have a newborn.', true],
    ['The heating was capped after the leak.', false],
  ])('%s → urgent %s', (text, urgent) => {
    expect(read(text).urgent).toBe(urgent);
  });
});

describe('a person at risk: who, and seen now', () => {
  it.each([
    ['The little boy next door told my daughter his dad locks him in the shed.', true],
    ['Mae’r hogyn drws nesa yn deud bod ei dad yn ei gloi o yn y sied.', true],
    ['Someone keeps breaking the lock on the bike shed.', false],
    ['I’ve heard the man next door screaming at his mum and she has been crying for help.', true],
    ['Dw i wedi clywed hi’n crio am help drwy’r wal neithiwr.', true],
    ['I’ve been crying out for help about this damp for months.', false],
    ['Dw i wedi bod yn gweiddi am help ers misoedd am y lleithder.', false],
    ['The children next door are out in the street on their own after 10 at night.', true],
    ['Mae’r plant drws nesa allan ar y stryd ar eu pennau eu hunain ar ôl 10 bob nos.', true],
    ['Sa i di gweld Mrs Hughes drws nesa ers dyddie.', true],
    ['Haven’t seen Mrs Jones next door for days and her curtains are shut.', true],
    ['Dw i ddim wedi gweld y syrfëwr ers wythnos.', false],
    ['The man next door hit his girlfriend in the street just now.', true],
    ['Mae’r dyn drws nesa newydd daro ei gariad yn y stryd.', true],
    ['My brother’s support worker hasn’t been for a fortnight and he isn’t answering.', true],
    ['Dydy gweithiwr cymorth fy mrawd ddim wedi bod ers pythefnos.', true],
    ['He threatened me with a knife in the lift.', true],
    ['Mae o wedi bygwth fi efo cyllell.', true],
    ['The support worker came yesterday and helped with the forms.', false],
  ])('%s → safeguarding %s', (text, flagged) => {
    expect(read(text).safeguarding).toBe(flagged);
  });
});

describe('hard negatives: word sense and a complaint about how hate abuse was handled', () => {
  it.each([
    ['I have a disability and I can’t get out to a launderette.', 'urgent', false],
    ['Dw i’n anabl ac yn methu mynd allan i’r siop.', 'urgent', false],
    ['I can’t get out, the door is jammed and I’m inside.', 'urgent', true],
    ['There is traffic outside all morning and the exhaust smoke is coming into the house.', 'urgent', false],
    ['Smoke is coming into the flat from the hallway.', 'urgent', true],
    ['One of the sockets has stopped working. Nothing burning or anything.', 'urgent', false],
    ['Dydy’r soced ddim yn boeth, jyst ddim yn gweithio.', 'urgent', false],
    ['The socket is hot and crackling.', 'urgent', true],
    ['Dydy’r ateb gawson ni am yr aflonyddu hiliol ddim yn ddigon.', 'safeguarding', false],
    ['Your response to the racist abuse complaint ignored my evidence.', 'safeguarding', false],
    ['Mae’r aflonyddu hiliol wedi dechrau eto wrth y drws.', 'safeguarding', true],
  ] as const)('%s → %s %s', (text, flag, raised) => {
    expect(read(text)[flag]).toBe(raised);
  });
});

// Found in the tenth session's resident trial: "ending it all" said beside a repair was read as
// the repair alone. Thoughts of suicide are safeguarding whatever else the message says.
describe('"ending it all" and "rhoi diwedd ar y cwbl" are thoughts of suicide, beside a repair too', () => {
  it.each([
    ['I feel like ending it all, the damp is so bad', true],
    ['Honestly I feel like ending it all', true],
    ["Dw i'n teimlo fel rhoi diwedd ar y cwbl, mae'r tamprwydd mor ddrwg", true],
    ['Dwi isio rhoi diwedd ar bob dim', true],
    // Ending a tenancy or a contract is not.
    ['I feel like ending my tenancy and moving out, the damp is so bad', false],
    ["Dw i isio rhoi diwedd ar y contract a symud allan", false],
  ])('%s → safeguarding %s', (text, safeguarding) => {
    expect(read(text).safeguarding).toBe(safeguarding);
  });
});
