import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { defaultClassifier } from '../../src/triage';
import { featuresOf } from '../../src/triage/features';
import { referenceIn, referenceLikeIn } from '../../src/triage/reference-in';
import { createRuleClassifier } from '../../src/triage/rules';

// Issue #19, fourteenth round: references in shapes the bot does not issue, Welsh verb-nouns read as
// history only where told as done, Welsh "eto" as yet, and asking after a matter another route
// handles. Made-up sentences in English and north and south Welsh, with messages of the same shape
// that must not move.
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const rules = createRuleClassifier();
const features = (text: string) => featuresOf(text, rules.analyse(text), rules.classify(text, profile), {}, () => false);

describe('referenceLikeIn: a sign that the matter is already on the books', () => {
  it.each([
    ['Any update on CMP-2026-000412?', 'CMP-2026-000412'],
    ['ref CMP-4XR9-2LPA whats happening', 'CMP-4XR9-2LPA'],
    ['My ref is 12345, is anyone coming?', 'ref is 12345'],
    ['Ref: RC-3390. Has the refund gone?', 'Ref: RC-3390'],
    ['job no. 4471/22 – when is the plumber back?', 'job no. 4471/22'],
    ['Works order 99812 still says open.', 'Works order 99812'],
    ['Case number 5531, any news?', 'Case number 5531'],
    ['Asking about ASB-4471 please', 'ASB-4471'],
    ['Rhif cyfeirnod 8812, oes newyddion?', 'Rhif cyfeirnod 8812'],
    ['Fy nghyfeirnod i ydy 55123', 'nghyfeirnod i ydy 55123'],
    ['Cyfeirnod: TR-2291. Unrhyw newyddion?', 'Cyfeirnod: TR-2291'],
    ['Rhif y swydd 4471, pryd dach chi’n dod?', 'Rhif y swydd 4471'],
    ['I reported it on 3rd March and heard nothing.', 'reported it on 3rd March'],
    ['I rang on 12/10 about the gutter, any news?', 'rang on 12/10'],
    ['Nes i riportio fo ar 3 Mawrth, oes newyddion?', 'riportio fo ar 3 Mawrth'],
  ])('%s → %s', (text, sign) => {
    if (sign === null) expect(referenceLikeIn(text)).toBeNull();
    else expect(referenceLikeIn(text)).toBe(sign);
  });

  it('is the bot’s own reference first', () => {
    expect(referenceLikeIn('Any news on CMP-7KQ4-9TXD?')).toBe(referenceIn('Any news on CMP-7KQ4-9TXD?'));
  });

  it.each([
    'Please ring me on 07700 900123.',
    'I paid £1500 for the carpet in 2023.',
    'The boiler shows error F28 again.',
    'Can you send the EWS1 form?',
    'Flat 12, 3-bed, CF10 3AB.',
    'I need a reference for my new landlord.',
    'Has my refund of 300 pounds gone through?',
    'Mae gen i blentyn 2 oed a covid-19 yn y tŷ.',
    'Ffoniwch fi ar 01248 123456 plis.',
    'The job is taking 3 weeks.',
    'I reported it on Monday.',
  ])('not: %s', (text) => {
    expect(referenceLikeIn(text)).toBeNull();
  });

  it.each(['Any update on job no. 4471/22?', 'Rhif cyfeirnod 8812, oes newyddion?', 'Asking about ASB-4471 please'])('%s raises x:ref_like, not x:ref', (text) => {
    const f = features(text);
    expect(f.has('x:ref_like')).toBe(true);
    expect(f.has('x:ref')).toBe(false);
  });

  it('the bot’s own reference is x:ref alone', () => {
    const f = features('Any news on CMP-7KQ4-9TXD?');
    expect(f.has('x:ref')).toBe(true);
    expect(f.has('x:ref_like')).toBe(false);
  });
});

describe('h:reported in Welsh: a verb-noun only where told as done', () => {
  it.each([
    'Dw i wedi ffonio chi dair gwaith.',
    'Dw i ’di riportio fo mis dwetha.',
    'Dan ni wedi bod yn ffonio ers wythnosau.',
    'Nes i gysylltu efo chi ddydd Llun.',
    'Naethon ni riportio’r sŵn i chi.',
    'Wnes i sôn wrth y swyddog tai.',
    'Rydw i wedi rhoi gwybod i chi am y tamprwydd.',
    'Dw i’n dal i ffonio a neb yn ateb.',
    'Ffonies i chi ddoe.',
    'Ffoniais i’r swyddfa ddwywaith.',
    'Reportais i’r drws fis yn ôl.',
    'Wi wedi’ch ffonio chi bob wythnos.',
    'Rhois i wybod i’r swyddfa.',
    'Wedes i wrthoch chi llynedd.',
    'Dyma’r trydydd tro i mi ffonio am y nwy.',
    'Bob tro dw i’n ffonio dw i’n cael rhywun gwahanol.',
    'Ma fe’n dri mis ers i fi roi gwbod am y tamprwydd.',
    'Sawl gwaith mae’n rhaid i mi riportio’r lifft?',
    'Ffonio ym mis Mehefin, dim ateb.',
    'Third time dw i’n reportio’r ogla gas.',
  ])('%s', (text) => {
    expect(features(text).has('h:reported')).toBe(true);
  });

  it.each([
    // a wish, a need, a question, a future
    'Dw i isio riportio giât wedi torri.',
    'Wi moyn reportio sŵn drws nesa.',
    'Allwch chi decstio fi yn lle ffonio?',
    'Mae angen ffonio cyn dod draw, plis.',
    'Pwy ddylwn i ffonio am y boeler?',
    'Cyn i mi riportio dim, beth yw’r drefn?',
    'Ga i’r manylion i gysylltu â’r swyddfa?',
    'Dyma’r tro cynta i mi ddeud wrthoch chi.',
    'Dyma’r tro cyntaf i fi gysylltu.',
    'Mae’r contractwr wedi deud wrtha i am aros.',
    'Mae mab y drws nesa wedi deud wrth fy mab i.',
    'Mae o wedi sôn am frifo’i hun.',
    // the landlord phoning, or not
    'Tair wythnos heb ddŵr poeth a neb yn ffonio fi nôl.',
    'Allwch chi fy ffonio i cyn dod?',
    // the landlord doing it
    'Diolch i chi am gysylltu drwy e-bost.',
    'Wnaeth hi fy ffonio i wythnos dwetha, diolch.',
    // an emergency service, not the landlord
    'Dw i ’di ffonio’r heddlu.',
    'Oes rhywun wedi ffonio’r frigâd dân?',
    'Dw i wedi ffonio 999.',
    'Ffoniais i’r heddlu neithiwr.',
    'Dan ni di ffonio’r rhif argyfwng ar y lifft.',
  ])('not: %s', (text) => {
    expect(features(text).has('h:reported')).toBe(false);
  });

  it('English telling is unchanged', () => {
    expect(features('I have phoned you three times.').has('h:reported')).toBe(true);
    expect(features('I want to report a leak.').has('h:reported')).toBe(false);
  });
});

describe('Welsh "eto": yet, not again', () => {
  it.each([
    'Dw i ddim wedi cael yr adroddiad eto.',
    'Dydy’r dyn ddim ’di dod eto.',
    'Mae’r cyngor heb benderfynu eto.',
    'Wi heb glywed eto.',
    'Dim byd eto.',
    'Dim gair gan neb eto.',
    'Mae llechi ar goll ond dim dŵr yn dod i mewn eto.',
    'Dw i’n talu tâl gwasanaeth ac eto dw i’n gorfod talu fy hun.',
  ])('%s: no h:again', (text) => {
    expect(features(text).has('h:again')).toBe(false);
  });

  it.each([
    'Mae’r boeler wedi torri eto.',
    'Mae’r tamprwydd yn ôl eto.',
    'Dw i’n trio eto achos aeth y neges ar goll.',
    'Heb i mi orfod ffonio eto, plis.',
    'Wedi torri eto, a dim gwres eto chwaith.',
  ])('%s: h:again', (text) => {
    expect(features(text).has('h:again')).toBe(true);
  });
});

describe('x:asks_after_route: asking after a matter another route handles', () => {
  it.each([
    'Did you send my housing benefit form on to the council?',
    'Any update on the section 20 consultation?',
    'Oes newyddion am yr adolygiad o’r penderfyniad?',
    'Wnaethoch chi anfon fy ffurflen budd-dal tai ymlaen i’r cyngor?',
  ])('%s', (text) => {
    expect(features(text).has('x:asks_after_route')).toBe(true);
  });

  it.each([
    'I want to challenge my service charge.',
    'Any update on the boiler?',
    'Mae’r cyngor wedi gwrthod fy mudd-dal tai.',
    'Dw i isio adolygiad o’r penderfyniad.',
  ])('not: %s', (text) => {
    expect(features(text).has('x:asks_after_route')).toBe(false);
  });
});

describe('a reference in another shape grounds a status reading (classify.ts)', () => {
  const c = defaultClassifier();
  const ombudsman = createProfileRegistry().get('housing-ombudsman-code');
  const kind = (text: string) => c.classify(text, ombudsman, {}, { today: '2026-12-07' }).kind;

  it.each([
    // unhappy, so only a case named lets it through (as "Any news on CMP-7KQ4-9TXD? This is ridiculous." does)
    'Any news on job no. 4471/22? This is ridiculous.',
    'Unrhyw newyddion am gyfeirnod ASB-4471? Mae hyn yn annerbyniol.',
    // a bare one, with nothing else to act on
    'ref CMP-4XR9-2LPA whats happening',
  ])('%s → status question', (text) => {
    expect(kind(text)).toBe('status_query');
  });

  it.each([
    'How much longer will the scaffolding be up? Can you tell me?',
    'My tenancy ref is 12345, can I get a new fob for the bin store?',
  ])('not: %s', (text) => {
    expect(kind(text)).not.toBe('status_query');
  });
});
