import { describe, expect, it } from 'vitest';
import { createProfileRegistry } from '../../src/policy/profiles';
import { createClassifier } from '../../src/triage/classify';
import type { DangerWords } from '../../src/triage/danger-words';
import committedTrigger from '../../src/triage/danger-words.json';
import { harmToldNow } from '../../src/triage/harm-now';
import { homeOpenNow } from '../../src/triage/home-open';
import { createMatcher } from '../../src/triage/matcher';

// Issue #19, sixteenth safety pass (docs/triage/flags.md): urgent and safeguarding flags for the
// groups the training split's misses fell into: a home that cannot be locked tonight with someone
// at risk, violence told as now, no point in living told in Welsh, an age told as "I'm 88", the
// power failing beside a ventilator, a ceiling come down or bulging, scalding water, a whiff of
// gas, a lift or stairlift with someone shut in it, an ex who has broken in. Sentences written
// for these tests, in both languages, never copied from a corpus. The learned triggers are held
// off (they only ask, never flag). Every table of flags sits beside hard negatives that must stay
// unflagged: the same words told as past, fixed, booked, long-standing or about something else.
const profile = createProfileRegistry().get('housing-ombudsman-code');
const matcher = createMatcher();
const off = { ...(committedTrigger as DangerWords), threshold: 1.01, homeThreshold: 1.01 };
const classifier = createClassifier(undefined, matcher, off);
const read = (text: string) => classifier.classify(text, profile, {}, { today: '2026-12-07' });

describe('a home that cannot be locked now, with someone at risk or after someone tried to get in', () => {
  it.each([
    'The lock on the back door broke this evening and won’t lock at all, I’m here alone with my two kids.',
    'Our front door won’t shut since tonight’s storm and I’ve got a baby upstairs.',
    'The key just spins in the front door lock, it’s 11pm and it’s just me and my daughter.',
    'The patio door doesn’t lock and last night someone tried the handle.',
    'Dydy’r drws ffrynt ddim yn cloi o gwbl heno, a dw i ar fy mhen fy hun efo’r plant.',
    'Mae’r clo wedi torri ar y drws cefn a fedra i ddim cloi heno. Mae gen i fabi bach.',
  ])('urgent: %s', (text) => {
    const r = read(text);
    expect(r.urgent).toBe(true);
    expect(r.urgentTopics).toContain('security');
  });

  it.each([
    // Closes, but not properly: a repair.
    'The back door doesn’t shut properly, it sticks in the frame. I have two kids.',
    'Dydy’r drws cefn ddim yn cau’n iawn ers wythnosau, mae gen i blant.',
    // Long-standing, with no word of tonight.
    'The bedroom window hasn’t locked since March and I have a toddler.',
    // The block's door, a fire door.
    'The communal entrance door won’t lock tonight, anyone can walk in.',
    // Fixed.
    'The front door wouldn’t lock last night but the locksmith has been and it was fixed this morning, thanks. My kids are fine.',
    // Nobody at risk named, nobody tried to get in.
    'The shed door won’t lock now, the hasp has come off.',
  ])('not urgent for the lock: %s', (text) => {
    expect(read(text).urgentTopics).not.toContain('security');
  });

  it('quotes the resident’s words', () => {
    expect(homeOpenNow('The front door won’t lock at all tonight and I’m alone', false)).toBe('wont lock');
    expect(homeOpenNow('The front door won’t lock at all tonight', false)).toBeNull();
  });
});

describe('violence or a threat told as now is urgent as well as safeguarding', () => {
  it.each([
    'My neighbour has just punched me on the landing and he’s still out there now.',
    'Mae’r dyn drws nesa yn bygwth fi ar y landin rwan, dw i wedi cloi’r drws.',
    'Mae ei thad yn ei churo hi, dw i’n clywed y cyfan drwy’r wal rwan.',
  ])('urgent and safeguarding: %s', (text) => {
    const r = read(text);
    expect(r.safeguarding).toBe(true);
    expect(r.urgent).toBe(true);
  });

  it.each([
    // Over and reported, or told as history: safeguarding only.
    'The man upstairs threatened me in the car park this morning. I’ve reported it to the police.',
    'He assaulted me back in April. Now I just want to know why nobody has moved me.',
    'Mi wnaeth y dyn drws nesa fy mygwth i llynedd. Rwan dw i isio gwybod be ddigwyddodd i’r achos.',
  ])('safeguarding, not urgent: %s', (text) => {
    const r = read(text);
    expect(r.safeguarding).toBe(true);
    expect(r.urgentTopics).not.toContain('person_at_risk');
  });

  it('reads only violence, not every safeguarding word', () => {
    const hit = { cue: 'safeguarding' as const, lang: 'en' as const, phrase: 'x', words: 'dont feel safe' };
    expect(harmToldNow('I don’t feel safe right now', [hit], () => null)).toEqual([]);
  });
});

describe('no point in living or being here, in Welsh as in English', () => {
  it.each([
    'Does dim pwynt i fi fod yma rhagor, sori.',
    'Dw i ddim yn gweld pwynt cario ymlaen efo dim byd.',
    'Dwi jyst isio rhoi’r gorau i bopeth, dw i wedi blino.',
    'He told me on the phone he can’t see the point in living any more.',
  ])('urgent and safeguarding: %s', (text) => {
    const r = read(text);
    expect(r.urgent).toBe(true);
    expect(r.safeguarding).toBe(true);
  });

  it.each([
    'Does dim pwynt ffonio’r swyddfa, does neb yn ateb.',
    'Sa i’n gweld pwynt talu am wasanaeth sy byth yn digwydd.',
    'There’s no point me ringing you again, is there?',
  ])('not flagged: %s', (text) => {
    const r = read(text);
    expect(r.urgent).toBe(false);
    expect(r.safeguarding).toBe(false);
  });
});

describe('someone frail without heat or power, told as residents tell it', () => {
  it.each([
    'The heating has packed up since yesterday and I’m 87 and live alone.',
    'Mae’r boeler wedi torri ers neithiwr. Dw i’n 84 ac yn byw ar ben fy hun.',
    'My husband is on a home ventilator and the power keeps tripping.',
    'Mae’r trydan wedi mynd yn y fflat i gyd ac mae Taid ar beiriant ocsigen.',
  ])('urgent: %s', (text) => {
    expect(read(text).urgent).toBe(true);
  });

  it.each([
    'I’m on oxygen at night and the electricity bill has gone up, can I get help with it?',
    'I’m 88 and would like to know when the gardens are being cut.',
    // Damp and mould beside a child with asthma is a serious repair and often a complaint, but no
    // danger now by the spec (gas, water through a ceiling, no heat beside a baby or someone frail,
    // fire, trapped): not flagged unless told as an attack now.
    'The damp is back in my daughter’s bedroom and she has asthma. When will someone come?',
    'Mae’r tamprwydd yn ôl yn llofft y plant ac mae gan fy merch asthma.',
  ])('not urgent: %s', (text) => {
    expect(read(text).urgent).toBe(false);
  });
});

describe('the home coming down, scalding water, a whiff of gas, shut in a lift', () => {
  it.each([
    'The kitchen ceiling has come down on the table, there’s plaster everywhere.',
    'The ceiling in the hall has a huge bulge in it and it’s dripping.',
    'Mae nenfwd y lolfa wedi dechrau sigo ac mae’n cracio.',
    'The crack above the window has widened overnight, I can fit my hand in it.',
    'Boiling water is coming out of the cold tap in the bath.',
    'Mae dŵr berwedig yn dod o’r tap oer yn y gegin.',
    'There’s a whiff of gas in the hall by the meter.',
    'Mae drewdod nwy yn y gegin ers i mi godi.',
    'My dad is shut in the lift at the flats, it stopped between floors.',
    'The stairlift has stopped halfway up with my mum sat on it.',
  ])('urgent: %s', (text) => {
    expect(read(text).urgent).toBe(true);
  });

  it.each([
    'The ceiling came down in the bathroom in 2022 and the repair was never finished properly.',
    'There was a whiff of gas last year but the engineer fixed it.',
    'The shower fills the bathroom with steam because the extractor fan is broken.',
    'The lift has been out of order for three weeks and I’m fed up of the stairs.',
  ])('not urgent: %s', (text) => {
    expect(read(text).urgent).toBe(false);
  });
});

describe('an ex who has broken in or walked in is a safeguarding matter', () => {
  it.each([
    'My ex forced the back door on Saturday and took the kids’ tablets.',
    'Mae fy nghyn-bartner wedi torri i mewn drwy’r ffenest gefn.',
  ])('safeguarding: %s', (text) => {
    expect(read(text).safeguarding).toBe(true);
  });

  it('not a contractor who walked in', () => {
    expect(read('The contractor walked in without knocking and left mud on the carpet.').safeguarding).toBe(false);
  });
});

describe('a window open at height beside a young child or above people', () => {
  it.each([
    'The fitters left the bedroom window with no restrictor, it opens right out. We’re on the 4th floor and I’ve got a toddler.',
    'They took the old window out and left the gap boarded with plastic. Second floor, and my 2 year old keeps pulling at it.',
    'Does dim cyfyngwr ar ffenest y llofft ac mae hi’n agor yn llydan. Ail lawr, ac mae gen i fabi.',
    'Mae colfach ffenest y lolfa wedi torri a mae hi’n hongian. Trydydd llawr, ac mae plant yn chwarae oddi tani.',
  ])('urgent: %s', (text) => {
    const r = read(text);
    expect(r.urgent).toBe(true);
    expect(r.urgentTopics).toContain('emergency_repair');
  });

  it.each([
    // Closes, but not properly; long-standing with no word of now; no young child; on the ground floor.
    'The children’s bedroom window on the first floor doesn’t close properly and lets the rain in.',
    'The window restrictor in the back bedroom has been broken since August. We’re on the 2nd floor and have a baby.',
    'Second floor flat, the kitchen window won’t close and it’s very draughty.',
    'Mae ffenest y gegin ar agor a dydy hi ddim yn cau. Mae gen i fabi. Fflat ar y llawr gwaelod.',
  ])('not urgent: %s', (text) => {
    expect(read(text).urgentTopics).not.toContain('emergency_repair');
  });
});

describe('"again" dated to a day or a month is when it last happened, not now', () => {
  it.each([
    'Water came through the bathroom ceiling at Easter and again in October, and you keep sending the builder.',
    'Daeth dŵr drwy nenfwd y gegin adeg Nadolig ac eto ym mis Mawrth. Dach chi byth yn ateb.',
  ])('not flagged: %s', (text) => {
    expect(read(text).urgent).toBe(false);
  });

  it.each([
    'Water is coming through the ceiling again in the kitchen.',
    'Water came through the ceiling again on Sunday and it’s still dripping now.',
    'Mae dŵr yn dod drwy’r nenfwd eto heno.',
  ])('urgent: %s', (text) => {
    expect(read(text).urgent).toBe(true);
  });
});
