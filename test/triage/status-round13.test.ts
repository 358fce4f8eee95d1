import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { defaultClassifier } from '../../src/triage';
import { featuresOf } from '../../src/triage/features';
import { createRuleClassifier } from '../../src/triage/rules';

// Issue #19, thirteenth round: asking after progress told apart from unhappiness about progress and
// from a first report, and a general "never"/"always" about the landlord's work. Made-up sentences in
// English and north and south Welsh, each cause with messages of the same shape that must not move.
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const rules = createRuleClassifier();
const features = (text: string) => featuresOf(text, rules.analyse(text), rules.classify(text, profile), {}, () => false);
const calm = (text: string) => rules.classify(text, profile).dissatisfied;

describe('no news told beside a question is the reason for asking (rules)', () => {
  it.each([
    'Any update on the new back door? I have not heard anything.',
    'Have you had the photos of the bathroom ceiling? I haven’t heard anything since.',
    'Still waiting to hear about the fence panels. Any news?',
    'Dach chi wedi cael y ffurflen nes i yrru? Dwi heb glywed dim.',
    'Unrhyw newyddion am y ffens? Dim gair ers wythnos.',
    'Oes newyddion am y drws cefn? Wi’n dal i aros.',
    'Ydy’r ffenestri yn dal i fod yn y rhaglen ar gyfer y gwanwyn?',
    'The roofer booked me in for Friday. Should I still clear the loft?',
    'Has the damp survey come back yet? I haven’t heard.',
    'Ydi canlyniad y prawf wedi dod nôl eto?',
    'Is anyone going to come back to me about the asbestos sample?',
  ])('%s: not dissatisfied', (text) => {
    expect(calm(text)).toBe(false);
  });

  it.each([
    // told, not asked
    'Still waiting for the back door. I have heard nothing.',
    'Dwi heb glywed dim ers mis am y to.',
    // asked, with a second sign of unhappiness beside the no news
    'Still waiting and it is ridiculous. Any update?',
    'I have not heard anything again. Any news?',
    'Dwi heb glywed dim, mae hyn yn annerbyniol. Unrhyw newyddion?',
    // a fault that comes back is still one
    'The mould has come back again. When are you coming?',
    'Mae’r ffenest yn dal i ollwng. Pryd dach chi’n dod?',
    // a stage 2 reply that said nothing about something is what it left out, not no news
    'Ges i ymateb cam 2 ddoe. Dim gair am y llythyrau coll. Be nesa?',
  ])('%s: dissatisfied', (text) => {
    expect(calm(text)).toBe(true);
  });
});

describe('k:asks_after: asking after something in hand', () => {
  it.each([
    'Can you tell me where my transfer application has got to?',
    'Do you know when the new handset will be in?',
    'Is the gas engineer still coming on Thursday?',
    'Did my rent payment go through?',
    'Is anyone going to get back to me about the survey?',
    'Unrhyw news am y boeler?',
    'Update ar y cais plis?',
    'Pryd ydach chi’n dod i nôl y sbwriel?',
    'Ydy’r trydanwr yn dod heddiw?',
    'Odi’r dyn yn dod fory?',
    'Dach chi’n gwybod pryd mae’r sgaffald yn mynd?',
    'Y’ch chi’n gwbod pryd ma fe’n dod?',
    'Oes canlyniad i’r prawf?',
    'Lle mae’r cais arni?',
    'Shwt mae’r cais yn dod yn ei flaen?',
  ])('%s', (text) => {
    expect(features(text).has('k:asks_after')).toBe(true);
  });

  it.each([
    'Can you tell me how to pay my rent?',
    'I know when the bins go out.',
    'The engineer is coming to fix the boiler.',
    'Where is the nearest office?',
    'Mae’r dyn yn dod i drwsio’r drws.',
    'Dw i’n gwybod pryd mae’r biniau’n mynd.',
    'Pryd mae’r swyddfa ar agor ddydd Sadwrn?',
  ])('not: %s', (text) => {
    expect(features(text).has('k:asks_after')).toBe(false);
  });
});

describe('k:in_hand: a step already taken, with when or a number', () => {
  it.each([
    'I reported the broken gate on Tuesday.',
    'We applied for a transfer in March.',
    'They took a sample from the ceiling two weeks ago.',
    'The surveyor came out to measure the windows.',
    'We were told it was booked for the spring.',
    'The fitter said a new part had to be ordered.',
    'Nes i ffonio ddydd Llun.',
    'Ffonies i ddydd Mawrth.',
    'Daeth y dyn i fesur y ffenestri.',
    'Mae wedi ei drefnu ar gyfer dydd Iau.',
  ])('%s', (text) => {
    expect(features(text).has('k:in_hand')).toBe(true);
  });

  // A number quoted is read by the one reader of references since the fourteenth round (reference-in.ts).
  it.each(['My job number is 448812.', 'Cyfeirnod 55123.'])('%s: x:ref_like', (text) => {
    expect(features(text).has('x:ref_like')).toBe(true);
  });

  it.each([
    'I want to report a broken gate.',
    'Can you book someone to measure the windows?',
    'The gate is broken and needs a new part.',
    'Dw i isio riportio giât wedi torri.',
    'Allwch chi drefnu rhywun i fesur?',
  ])('not: %s', (text) => {
    expect(features(text).has('k:in_hand')).toBe(false);
  });
});

describe('k:always_fails: a general never or always about the landlord’s work', () => {
  it.each([
    'The repairs are never done properly.',
    'Your contractors are always late.',
    'Nothing you fix ever stays fixed.',
    'The communal stairs are never cleaned.',
    'They never turn up on time.',
    'Mae’r gwaith trwsio byth yn cael ei wneud yn iawn.',
    'Ma’r gwaith byth yn cael ’i neud yn iawn.',
    'Dych chi wastad yn hwyr.',
    'Maen nhw bob amser yn canslo.',
    'Sdim byd chi’n neud byth yn para.',
  ])('%s', (text) => {
    expect(features(text).has('k:always_fails')).toBe(true);
  });

  it.each([
    'The boiler never gets warm.',
    'I have never had a problem before.',
    'The bathroom is always cold.',
    'Always happy with your repairs team.',
    'Dw i byth yn defnyddio’r lifft.',
    'Mae’r stafell wastad yn oer.',
  ])('not: %s', (text) => {
    expect(features(text).has('k:always_fails')).toBe(false);
  });

  it.each(['The repairs are never done properly.', 'Mae’r gwaith trwsio byth yn cael ei wneud yn iawn.'])(
    '%s is not filed as a first report without asking',
    (text) => {
      const r = defaultClassifier().classify(text, profile, {}, { today: '2026-12-07' });
      expect(r.kind === 'complaint' || (r.kind === 'service_request' && r.clarify !== undefined)).toBe(true);
    },
  );
});

describe('k:yet: Welsh "eto" is "yet" only after a wedi or a not', () => {
  it.each(['Ydy o wedi ei drefnu eto?', 'Dim eto?', 'Ydy’r adroddiad wedi cyrraedd eto?'])('%s', (text) => {
    expect(features(text).has('k:yet')).toBe(true);
  });
  it.each(['Ga i fenthyg dadleithydd eto plis?', 'Oes rhaid i mi lenwi’r ffurflen eto?', 'Allwch chi ddod eto?'])('not: %s', (text) => {
    expect(features(text).has('k:yet')).toBe(false);
  });
});
