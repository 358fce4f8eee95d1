import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { featuresOf } from '../../src/triage/features';
import { createRuleClassifier } from '../../src/triage/rules';

// Issue #19, words round 10: English misses that features did not see, one cause at a time, with
// the Welsh form of each cause (north and south) and a first report that must stay one. Made-up sentences.
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const rules = createRuleClassifier();
const features = (text: string) => featuresOf(text, rules.analyse(text), rules.classify(text, profile), {}, () => false);

describe('a promise told as the reason for asking is no failure on its own (rules)', () => {
  it.each([
    'Hello, you said a surveyor would be in touch with my dad to book a visit. Has a date been set?',
    'The fitter said he’d be here on Tuesday to finish the tiles. Is that still going ahead?',
    'Ddwedoch chi y byddai rhywun yn dod i fesur. Ydy hynny dal wedi’i drefnu?',
    'Following up on the new fence: you said the panels would be in by the end of the month. Ref CMP-2026-000123',
    'Ddwedoch chi y byddai rhywun yn dod ddydd Mawrth. Ydy hynny wedi’i drefnu?',
    'Mi ddudoch chi y bydde rhywun yn ffonio i drefnu. Oes ’na ddyddiad?',
  ])('%s: not dissatisfied', (text) => {
    expect(rules.classify(text, profile).dissatisfied).toBe(false);
  });

  it.each([
    // told, not asked: the promise is what was broken
    'You said you would ring me back and you never did',
    // asked, but with the failure beside it
    'You said someone would come on Tuesday and nobody came. Is anyone coming?',
    'They said they would fix it weeks ago and it is still leaking. When?',
    'Dudoch chi y bydde rhywun yn dod ddydd Llun a ddaeth neb. Pryd?',
  ])('%s: still dissatisfied', (text) => {
    expect(rules.classify(text, profile).dissatisfied).toBe(true);
  });
});

describe('k:only_telling: told only so the landlord knows', () => {
  it.each([
    'The couple next door had a row last night, nobody was hurt. Just so you’re aware.',
    'Not the first time but I’ve never said anything before, just letting you know.',
    'I didn’t know who else to tell. The man downstairs hasn’t been out for days.',
    'Not sure who to tell, there are bags of rubbish piling up on her balcony.',
    'Thought you should know the lads are back on the stairs at night.',
    // north
    'Mi gafodd y cymdogion ffrae neithiwr. Jyst isio i chi wybod.',
    'Dw i ddim yn siŵr pwy i ddeud wrtho fo, ond dydy hi ddim wedi bod allan ers dyddiau.',
    // south
    'Jest moyn i chi wybod, ro’dd sŵn mawr drws nesa neithiwr.',
    'Sa i’n gwybod at bwy arall i droi.',
    'O’n i’n meddwl bod chi moyn gwybod bod y golau ar y landin wedi mynd.',
  ])('%s', (text) => {
    expect(features(text).has('k:only_telling')).toBe(true);
  });

  it.each([
    'Can you let me know when the plumber is coming?',
    'I’ll let you know if it happens again',
    'The boiler has broken, can someone come today',
    'Allwch chi roi gwybod i mi pryd mae’r plymwr yn dod?',
    'Dw i isio gwybod pryd fydd y gwaith yn dechrau',
  ])('%s: no', (text) => {
    expect(features(text).has('k:only_telling')).toBe(false);
  });
});

describe('x:others_conduct: shouting or threats told of a neighbour, no staff named', () => {
  it.each([
    ['The couple next door were having a row last night, shouting and slamming doors till midnight.', 'shouting'],
    ['There’s a group of teenagers shouting in the stairwell most nights.', 'shouting'],
    ['The bloke upstairs keeps swearing at my kids', 'swearing'],
    // north and south
    ['Mae criw o bobl ifanc yn gweiddi ar y grisiau bron bob nos.', 'gweiddi'],
    ['Ma’r dyn drws nesa’n rhegi ar y plant bob bore.', 'rhegi'],
  ])('%s', (text, words) => {
    expect(features(text).get('x:others_conduct')).toBe(words);
  });

  it.each([
    // the landlord's own people: conduct is theirs to answer for
    'The housing officer shouted at me when I told her about my neighbour',
    'Your contractor swore at my neighbour’s kids',
    'Roedd y swyddog tai yn gweiddi arna i am fy nghymydog',
    // no neighbour
    'The man on the phone was rude to me',
    'The couple next door are lovely, no trouble at all',
  ])('%s: no', (text) => {
    expect(features(text).has('x:others_conduct')).toBe(false);
  });
});

describe('k:visit_failed: an earlier visit that did not end it', () => {
  it.each([
    'The mould man came and sprayed and that’s it.',
    'They came out but it’s still dripping',
    'He said it’ll be back if we keep drying clothes inside',
    'Your plumber has been but the tap still drips',
    // north
    'Daeth dyn i chwistrellu’r llwydni a dyna fo.',
    'Mi ddudodd o y bydd o’n ôl erbyn y gaeaf',
    'Ers i’r saer fod yma does dim dŵr poeth',
    // south
    'Daethon nhw mas ond ma’r tap yn dal i ddiferu',
    'Fuodd e ’ma a dyna’r cwbl.',
  ])('%s', (text) => {
    expect(features(text).has('k:visit_failed')).toBe(true);
  });

  it.each([
    'Someone came out but couldn’t get in because I was at work, can I rebook?',
    'He came out but I was at work',
    'The electrician came out yesterday and it’s all working now, thanks',
    'Can I have a new key and that’s all',
    'Dyna fo, diolch',
    'Mae’r gwaith wedi’i orffen a dyna ni, diolch',
    'Ddaeth y plymwr ddoe ac mae popeth yn iawn rŵan',
  ])('%s: no', (text) => {
    expect(features(text).has('k:visit_failed')).toBe(false);
  });
});

describe('k:until_acts: how much more before someone acts', () => {
  it.each([
    'How many more visits from pest control before someone actually seals up the holes?',
    'How many more diary sheets do I have to fill in before you actually do something?',
    'Does someone have to get hurt before you fix the railing?',
    'Will my son have to get ill before you sort the damp?',
    // south and north
    'Faint yn rhagor o hafau sy raid i mi wylio’r clymog yn lledu cyn i chi wneud rhywbeth?',
    'Sawl gaeaf arall cyn i chi drwsio’r to?',
    'Oes rhaid i fy mhartner fod yn waeth cyn i chi drwsio’r ffenestri?',
  ])('%s', (text) => {
    expect(features(text).has('k:until_acts')).toBe(true);
  });

  it.each([
    'Can you ring before you come round?',
    'How many more days until the kitchen fitters start?',
    'Allwch chi ffonio cyn i chi ddod draw?',
    'Faint o amser cyn i chi ddod?',
  ])('%s: no', (text) => {
    expect(features(text).has('k:until_acts')).toBe(false);
  });
});

describe('history: what was due listed as missing, and chasing', () => {
  it.each([
    ['The stage 1 letter was due last Friday. No letter, no call, nothing.', 'k:no_reply'],
    ['Roedd yr ateb i fod erbyn dydd Gwener. Dim llythyr, dim galwad.', 'k:no_reply'],
    ['Please can somebody deal with this without me having to chase', 'h:reported'],
    ['Why do I have to keep ringing you?', 'h:reported'],
    ['Allwch chi ei sortio heb i mi orfod ffonio eto?', 'h:reported'],
  ])('%s: %s', (text, feature) => {
    expect(features(text).has(feature)).toBe(true);
  });

  it.each([
    ['No call-out charge for this one please', 'k:no_reply'],
    ['You’ll have to ring again to book', 'h:reported'],
    ['Dw i wedi gorfod aros adre drwy’r dydd', 'h:reported'],
  ])('%s: no %s', (text, feature) => {
    expect(features(text).has(feature)).toBe(false);
  });
});
