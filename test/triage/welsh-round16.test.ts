import { describe, expect, it } from 'vitest';
import { createRuleClassifier } from '../../src/triage/rules';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { features, table } from './feature-table';

const profile = createProfileRegistry().get(DEFAULT_POLICY);

// Issue #19, fifteenth round (cy16): Welsh as residents write it, north and south, one reading at a
// time, each with the messages that must not raise it. Made-up sentences, not corpus lines.
const rules = createRuleClassifier();
const forms = (text: string) => rules.analyse(text).tokens.map((t) => t.form);

table(
  'k:not_told_before',
  [
    // north
    "Mae'r giât gefn wedi malu. Dydy Taid ddim wedi sôn wrthoch chi o'r blaen achos doedd o ddim isio ffŷs.",
    'Dw i heb ddeud wrth neb o’r blaen ond mae’r sŵn drws nesa yn ddrwg.',
    "Dyma'r tro cynta i mi gysylltu am y gwter.",
    // south
    "Sa i 'di gweud wrthoch chi o'r blân, ond ma'r ffenest yn sownd.",
    "Smo i wedi cysylltu cyn hyn am y ffens.",
    "Y tro cynta i fi sôn am y llygod yn y sied.",
    // English
    "My mum hasn't mentioned it to you before, she didn't want to be a nuisance.",
    "This is the first time I've contacted you about the tree.",
    'We have not reported the damp before.',
  ],
  [
    // told before: history
    "Dw i wedi deud wrthoch chi o'r blaen am y gwter.",
    "Ma' hi wedi sôn wrthoch chi deirgwaith o'r blân.",
    'I have told you before about the tree.',
    // complaining is no telling: a complaint made, not a first report
    "Dw i heb gwyno tan nawr, ond dw i isio gwneud cwyn.",
    "I've never had to complain before but this is too much.",
    // the landlord's not, not the household's
    'Nobody has phoned back before the weekend.',
  ],
);

table(
  'k:contact_wish',
  [
    // north
    'Fedrwch chi fy nhecstio i yn lle ffonio? Dw i’n fyddar.',
    "Plis allwch chi ffonio cyn dod draw, mae'r ci yn cyfarth ar bobl ddiarth.",
    'Fasa’n bosib i chi anfon llythyrau ata i yn Gymraeg o hyn ymlaen?',
    // south
    "Allech chi hala llythyrau mewn print bras, ma' fy llyged i'n wael.",
    'O hyn ymlaen, e-bost os gwelwch yn dda, sa i’n gallu ateb y ffôn yn y gwaith.',
    // English
    'Could you text me instead of ringing? I work nights.',
    'Please phone before you come, my dad has dementia and gets frightened.',
    'Can I have letters in large print from now on?',
  ],
  [
    // asked before and not done: history, not this reading
    'Gofynnais i chi ffonio cyn dod a ddaeth y plymwr heb rybudd eto.',
    'I asked three times for letters in large print and they still come in tiny type.',
    // a telling, not a wish
    'Dw i wedi ffonio dair gwaith am y to.',
    'Allwch chi drwsio’r boeler heddiw?',
  ],
);

table(
  'k:council_housing',
  [
    // north
    'Dw i wedi bod ar restr dai’r cyngor ers pedair blynedd a dal ym Mand 2.',
    "Mae'r cyngor yn deud nad ydw i'n ddigartref. Be fedra i neud?",
    // south
    'Ni mewn llety dros dro gan y cyngor ers mis Hydref, sa i’n gwybod pryd gewn ni dŷ.',
    // English
    "The council's housing options team say my band is right but I disagree.",
    'We were put in temporary accommodation by the council and nobody answers.',
  ],
  [
    // the landlord's own doing
    'Mae’r cyngor wedi trwsio’r boeler, diolch.',
    'Dw i isio cwyno am y cymydog sy’n chwarae miwsig.',
    'My band practice next door is too loud',
  ],
);

table(
  'k:street_outside',
  [
    // north
    "Mae golau'r stryd tu allan i rif 3 wedi diffodd ers wythnos.",
    'Twll yn y ffordd wrth y fynedfa, mae o’n mynd yn fwy.',
    // south
    "Sneb wedi casglu'r biniau ers pythefnos, ma' nhw'n drewi.",
    // English
    'The streetlight by the bus stop has been flickering all week.',
    'Massive pothole outside the flats, a car lost a tyre in it.',
  ],
  [
    'Mae golau’r landin wedi torri.',
    'The light in the stairwell is out.',
    'Mae’r bin yn y gegin wedi torri.',
  ],
);

describe('the street outside in Welsh is another body\'s, as the English cue list already reads it (rules)', () => {
  it.each([
    'Mae lamp y stryd tu allan i rif 5 wedi diffodd ers wythnos.',
    'Twll yn y ffordd tu allan i’r fflatiau, bron i fi gwympo.',
    'Mae twll mawr yn y ffordd wrth yr ysgol.',
    "Does neb wedi casglu'r biniau ers pythefnos.",
    'The street lamp outside number 5 is out.',
  ])('%s: excluded, another organisation', (text) => {
    const r = rules.classify(text, profile);
    expect([r.kind, r.reason]).toEqual(['excluded', 'other_organisation']);
  });

  it.each(['Mae golau’r landin wedi torri ers wythnos.', 'Mae twll yn y to uwchben y gegin.'])('%s: not excluded', (text) => {
    expect(rules.classify(text, profile).kind).not.toBe('excluded');
  });
});

describe('k:worried_for reads southern "becso" and someone not seen (cy16)', () => {
  it.each([
    'Fi’n becso am fy nghymydog, sa i wedi gweld e ers dydd Llun.',
    'Dw i heb weld Mr Pritchard ers wythnos ac mae’r post yn pentyrru.',
    'Dydw i ddim wedi gweld hi ers dyddiau.',
    "Dw i'n poeni'n ofnadwy am y ddynes drws nesa.",
  ])('%s', (text) => {
    expect(features(text).has('k:worried_for')).toBe(true);
  });

  it.each(['Dw i heb weld y contractwr ers mis Mai.', 'Sa i’n becso dim am y paent.', 'Dw i heb weld y llythyr.'])('%s: no', (text) => {
    expect(features(text).has('k:worried_for')).toBe(false);
  });
});

describe('"\'ma" after a word is "yma" (here, this), not "mae" (cy16)', () => {
  it.each([
    ["Mae'r boeler wedi stopio bore 'ma", ['bore', 'yma']],
    ["Ma'r llythyrau 'ma yn codi ofn arna i", ['llythyrau', 'yma']],
    ['Dewch draw fan ma plis', ['fan', 'yma']],
    ["Ers bore 'ma does dim dŵr", ['bore', 'yma']],
  ])('%s', (text, pair) => {
    const f = forms(text as string);
    const at = f.indexOf((pair as string[])[0]);
    expect(f[at + 1]).toBe((pair as string[])[1]);
  });

  it.each([
    ['Ma nhw wedi dod', 'mae'],
    ["Bob tro ma' hi'n bwrw mae'n gollwng", 'mae'],
    ["'Ma hi'n oer yn y tŷ", 'mae'],
  ])('%s: still "mae"', (text, form) => {
    expect(forms(text)).toContain(form);
    expect(forms(text)).not.toContain('yma');
  });

  it('the model reads "bore \'ma" as the words "bore yma" (this morning), as it reads "bore yma" typed in full', () => {
    const f = features("Dim dŵr poeth ers bore 'ma");
    expect(f.has('b:bore_yma')).toBe(true);
    expect(f.has('b:bore_mae')).toBe(false);
  });
});
