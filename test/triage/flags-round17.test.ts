import { describe, expect, it } from 'vitest';
import { createProfileRegistry } from '../../src/policy/profiles';
import { createClassifier } from '../../src/triage/classify';
import type { DangerWords } from '../../src/triage/danger-words';
import committedTrigger from '../../src/triage/danger-words.json';
import { createMatcher } from '../../src/triage/matcher';
import { childAtRisk, coercedByPartner, exploitedAdult, fallingOverhead, meansToHand, nowhereTonight, roofLeakNow, waterOnElectrics, welfareCheck } from '../../src/triage/risk-families';

// Issue #19, seventeenth safety pass (docs/triage/flags.md): the risk families written down before
// any missed line was read, each told by two things together (risk-families.ts) or by a threat's
// own words (cues.ts). Sentences written for these tests, in both languages, never copied from a
// corpus. The learned triggers are held off (they only ask, never flag). Each family sits beside
// hard negatives that must stay unflagged: past, fixed, booked, tested fine, or one half alone.
const profile = createProfileRegistry().get('housing-ombudsman-code');
const matcher = createMatcher();
const off = { ...(committedTrigger as DangerWords), threshold: 1.01, homeThreshold: 1.01 };
const classifier = createClassifier(undefined, matcher, off);
const read = (text: string) => classifier.classify(text, profile, {}, { today: '2026-12-08' });

describe('a vulnerable adult whose home or money others are using (exploitation, cuckooing)', () => {
  it.each([
    'Mae Taid yn ddryslyd a dw i’n meddwl bod y dyn sy’n galw yn cymryd ei bensiwn o.',
    'Ma’ fy mrawd yn awtistig a ma’ bois yn iwso’i fflat e bob nos.',
  ])('safeguarding: %s', (text) => {
    expect(read(text).safeguarding).toBe(true);
  });

  it.each([
    // Money taken, told by the landlord's own charges: no one vulnerable, no one using them.
    'You keep taking money from my account for a service charge I never agreed to.',
    'Dach chi’n cymryd arian o fy nghyfrif i bob mis am wasanaeth sy ddim yn digwydd.',
    // Someone vulnerable, nobody using their home or money: a repair.
    'My brother has a learning disability and his boiler has been broken since Monday.',
    // Over: told as years ago.
    'My son is autistic and two years ago some lads were taking his money. He moved and he is fine now.',
  ])('not safeguarding: %s', (text) => {
    expect(exploitedAdult(text)).toBeNull();
  });
});

describe('a partner in control of money, phone, movement or the home (coercive control)', () => {
  it.each([
    'Her husband takes all her money when she gets paid and she is not allowed out on her own.',
    'Ma’ nghariad i wedi newid y cloeon a dw i ddim yn cael mynd mewn i’r tŷ.',
  ])('safeguarding: %s', (text) => {
    expect(read(text).safeguarding).toBe(true);
  });

  it.each([
    'My partner changed the locks on the shed when we moved in, can you give us a spare key?',
    'Mae fy mhartner yn gweithio nos ac mae’r sŵn o drws nesa yn ei ddeffro fo.',
    'I left him three years ago and I am safe now, I just want my name on the tenancy.',
  ])('not coercion: %s', (text) => {
    expect(coercedByPartner(text)).toBeNull();
  });
});

describe('a neighbour not seen, with the signs at the door (a welfare check)', () => {
  it.each([
    'Dw i heb weld yr hen ŵr yn rhif 6 ers dyddiau, mae’r llenni ar gau a’r llefrith dal ar y stepen.',
    'Dydy’r ddynes drws nesa ddim wedi agor ei drws ers dydd Sul ac mae’r llenni wedi cau. Mae hi’n 91.',
    'I haven’t seen the man at number 4 since Friday and his curtains are still closed. He is 85.',
  ])('urgent and safeguarding: %s', (text) => {
    const r = read(text);
    expect(r.urgent).toBe(true);
    expect(r.safeguarding).toBe(true);
  });

  it.each([
    // Signs at the door, but the neighbour is seen: a note, not a welfare check.
    'Mae llenni’r fflat gwag ar gau ers misoedd, pryd fydd rhywun yn symud i mewn?',
    'The curtains in the empty flat have been shut for months, when will it be let?',
  ])('not a welfare check: %s', (text) => {
    expect(welfareCheck(text)).toBeNull();
  });
});

describe('water reaching an electric fitting, told as now', () => {
  it.each([
    'Rainwater is coming in by the sockets in the back bedroom, the plugs are buzzing.',
    'Mae’r dŵr yn codi dros y llawr ac wrth y socedi yn y lolfa.',
  ])('urgent: %s', (text) => {
    const r = read(text);
    expect(r.urgent).toBe(true);
  });

  it.each([
    // Water and electrics in different sentences, or settled.
    'The kitchen tap drips. Also one socket in the hall is loose.',
    'Water got in by the sockets last year but the electrician came and fixed it.',
    'Roedd dŵr wrth y socedi llynedd ond mae wedi ei drwsio.',
    // A water meter is not an electric one.
    'Can you tell me where my water meter is? It is not by the front door.',
  ])('not urgent: %s', (text) => {
    expect(waterOnElectrics(text)).toBeNull();
  });

  // The family gathers its words from across a sentence, so the sentence's own time decides
  // (found at the merge: an answer about an earlier report drew the emergency lines).
  it.each([
    { text: 'I reported the leak by the fuse box in March', urgent: false },
    { text: 'Mi wnes i riportio dŵr wrth y soced fis Mawrth', urgent: false },
    { text: 'I reported water by the fuse box this morning and nobody came', urgent: true },
  ])('told as a report: $text → urgent $urgent', ({ text, urgent }) => {
    expect(read(text).urgent).toBe(urgent);
  });
});

describe('pills to hand beside despair', () => {
  it.each([
    'Alla i ddim cario mlaen. Mae’r pils i gyd o mlaen i ar y bwrdd.',
  ])('urgent and safeguarding: %s', (text) => {
    const r = read(text);
    expect(r.urgent).toBe(true);
    expect(r.safeguarding).toBe(true);
  });

  it.each([
    'My mum’s tablets are on the table and the damp is making the boxes soggy.',
    'Mae fy nhabledi ar y bwrdd yn y gegin ond mae’r gegin yn llaith.',
  ])('not flagged by means alone: %s', (text) => {
    expect(meansToHand(text)).toBeNull();
  });
});

describe('nowhere to sleep tonight', () => {
  it.each([
    'We have been evicted from the B&B and I am sleeping in the car tonight with my two kids.',
    'Dw i’n cysgu ar y stryd heno, does gen i unman i fynd.',
  ])('urgent and safeguarding: %s', (text) => {
    const r = read(text);
    expect(r.urgent).toBe(true);
    expect(r.safeguarding).toBe(true);
  });

  it.each([
    'I was sleeping in my car before you housed me, now the boiler in my flat is broken.',
    'Roeddwn i’n cysgu yn y car cyn i chi roi’r fflat i mi.',
  ])('not flagged when told as before: %s', (text) => {
    expect(nowhereTonight(text)).toBeNull();
  });
});

describe('a child alone late or long, or in distress beside blows now', () => {
  it.each([
    ['Mae’r hogyn bach drws nesa, tua saith oed, ar ben ’i hunan ers neithiwr.', false],
    ['Ma’r groten fach drws nesa, rhyw chwech oed, ar ben ’i hunan tan un ar ddeg bob nos.', false],
    ['There’s a 6 year old across the landing who has been by herself since last night, nobody is answering.', false],
    ['I can hear a little girl sobbing and a man yelling next door, and banging, for the last twenty minutes.', true],
    ['Dw i’n clywed plentyn bach yn sgrechen a dyn yn gweiddi drws nesa ers ugain munud, a chlec ar y wal.', true],
  ] as const)('safeguarding, and urgent when going on now: %s', (text, now) => {
    const r = read(text);
    expect(r.safeguarding).toBe(true);
    expect(r.urgent).toBe(now);
    expect(childAtRisk(text)?.now).toBe(now);
  });

  it.each([
    'My daughter is 15 and walks to school on her own.',
    'Mae fy mab yn 12 ac yn cerdded adre ar ei ben ei hun.',
    'The baby next door cries at night and keeps us awake, the walls are thin.',
  ])('not a child at risk: %s', (text) => {
    expect(childAtRisk(text)).toBeNull();
  });
});

describe('threats to burn a door, to find a child at school, and orders of protection', () => {
  it.each([
    'The man opposite said he would burn my front door if I called the police again.',
    'Mae’r boi drws nesa wedi deud y bydd o’n llosgi fy nrws i.',
    'He told my son he knows where my daughter goes to school.',
    'Mae o’n gwybod lle mae’r plant yn mynd i’r ysgol ac mae o wedi deud hynny.',
    'I have a non-molestation order and he has turned up on the estate.',
    'Mae gen i waharddeb yn ei erbyn o ac mae o’n ôl ar y stad.',
  ])('safeguarding: %s', (text) => {
    expect(read(text).safeguarding).toBe(true);
  });

  it('a threat to burn the door told as tonight is urgent too', () => {
    expect(read('He is outside shouting that he will burn my door tonight.').urgent).toBe(true);
    expect(read('Mae o tu allan yn gweiddi ei fod o am losgi fy nrws heno.').urgent).toBe(true);
  });

  it.each([
    'I know where the school is, can the bins be moved off the path?',
    'Dw i’n gwybod lle mae’r ysgol, ond mae’r llwybr yn flêr.',
    'In your court papers for the injunction against me you got my name wrong.',
    // Hard negatives of the round: a battery chirp, an alarm tested fine, a repair booked.
    'My smoke alarm keeps chirping, I think the battery needs changing.',
    'The gas engineer came yesterday and everything tested fine.',
    'Mae’r larwm mwg yn bipian, dw i’n meddwl bod angen batri newydd.',
  ])('not flagged: %s', (text) => {
    const r = read(text);
    expect(r.safeguarding).toBe(false);
    expect(r.urgent).toBe(false);
  });
});

describe('a roof or ceiling leaking into a room, told as now', () => {
  it.each([
    'The roof is leaking into the back bedroom right now and it is dripping onto the bed.',
    'Mae’r to’n gollwng i’r gegin bellach, mae’r bowlen yn llawn.',
    'Ma’r to yn gollwng mewn i’r lolfa nawr, mae’n bwrw’n drwm.',
  ])('urgent: %s', (text) => {
    const r = read(text);
    expect(r.urgent).toBe(true);
    expect(r.urgentTopics).toContain('water');
  });

  it.each([
    // Told as before or fixed, or with no word of now.
    'The roof was leaking into the kitchen last winter but the roofer fixed it.',
    'Roedd y to’n gollwng i’r gegin llynedd ond mae wedi stopio.',
    'The roof leaks into the loft when it rains, can someone look at it?',
  ])('not urgent: %s', (text) => {
    expect(roofLeakNow(text)).toBeNull();
  });
});

describe('something heavy hanging or coming down where people pass', () => {
  it.each([
    'The gutter has come loose in the storm and it is hanging over the front door.',
    'Mae’r landar yn hongian uwchben y drws ffrynt ers y gwynt.',
  ])('urgent: %s', (text) => {
    expect(read(text).urgent).toBe(true);
  });

  it.each([
    // Made safe, or nowhere people pass.
    'The gutter was hanging over the front door but your contractor made it safe yesterday.',
    'A slate came off the shed roof and landed in the flower bed.',
    'Mae’r landar yn gollwng pan mae’n bwrw, allwch chi ei glirio?',
  ])('not urgent: %s', (text) => {
    expect(fallingOverhead(text)).toBeNull();
  });
});

// Already flagged before this pass by older cues; kept so the new rules never take them away.
describe('rows the earlier passes already flagged (regression rows)', () => {
  it.each([
    'My uncle has a learning disability and a group of men have taken over his flat, they are using it to sell from.',
    'Mrs Price upstairs is confused and her new lodger keeps her bank card, she had no money for the meter this week.',
    'Mae fy nghefnder yn fregus ac mae dynion diarth wedi cymryd drosodd ei fflat o.',
    'My boyfriend checks my phone every night and won’t let me go out without him.',
    'Mae fy ngŵr yn cadw fy ffôn ac yn rheoli popeth. Dw i ddim yn cael mynd allan.',
    'There is water running down the wall behind the light switch and the bulb keeps flickering.',
    'Mae dŵr yn diferu o’r nenfwd wrth y golau yn y gegin a’r golau’n fflachio.',
    'I can’t go on with the debts and the mould. The tablets are lined up on the table in front of me.',
    'Bits of render keep falling off the wall onto the path where the kids walk.',
    'Mae llechi’n disgyn o’r to ar y llwybr bob tro mae’n chwythu.',
  ])('still flagged: %s', (text) => {
    const r = read(text);
    expect(r.urgent || r.safeguarding).toBe(true);
  });
});
