import { describe, expect, it } from 'vitest';
import { createProfileRegistry } from '../../src/policy/profiles';
import { createClassifier } from '../../src/triage/classify';
import type { DangerWords } from '../../src/triage/danger-words';
import committedTrigger from '../../src/triage/danger-words.json';
import { dangerNamed } from '../../src/triage/hazard';
import { createMatcher } from '../../src/triage/matcher';
import { createRuleClassifier } from '../../src/triage/rules';

// Issue #19, twelfth safety pass (docs/triage/flags.md): the hazard words' questions cut where
// they named no danger (a door that closes but not properly, a fitting come loose, gas as a bill,
// a hospital appointment, a threat of court). Sentences written for these tests, in both
// languages, never copied from a corpus. The learned triggers are held off, so each case reads
// the hazard words alone and does not move with a retraining; every "not asked" table sits beside
// one that must still ask, so dropping a hazard word wholesale would fail.
const profile = createProfileRegistry().get('housing-ombudsman-code');
const matcher = createMatcher();
const rules = createRuleClassifier(matcher);
const today = { today: '2026-12-07' };
const off = { ...(committedTrigger as DangerWords), threshold: 1.01, homeThreshold: 1.01 };
const classifier = createClassifier(undefined, matcher, off);
const read = (text: string) => classifier.classify(text, profile, {}, today);
const named = (text: string) => dangerNamed(rules.analyse(text).hits, text);

describe('a door, window or lock: asked when the home is open now, not when it closes but not properly', () => {
  it.each([
    'My back door won’t shut properly, the frame has swollen.',
    'The kitchen window doesn’t close properly, there’s a draught.',
    'Dydy’r drws cefn ddim yn cau’n iawn, mae’r ffrâm wedi chwyddo.',
    'The bathroom window hasn’t closed since June, I keep ringing about it.',
    'Dydy’r drws ffrynt ddim yn cloi’n iawn ers wythnosau.',
    'The fire door on our landing doesn’t close by itself any more.',
    'Dydy drws tân y coridor ddim yn cau ohono’i hun.',
    'The communal door to the block won’t lock.',
  ])('not asked: %s', (text) => {
    expect(named(text)).toBeNull();
  });

  it.each([
    'The front door won’t lock at all and I’m on my own with the kids tonight.',
    'Back door won’t shut at all now, it keeps swinging open.',
    'Dydy’r drws ffrynt ddim yn cloi o gwbl heno.',
    'Dydy drws y balconi ddim yn cloi bellach ac mae gen i blentyn bach.',
    'The lock on my front door snapped this afternoon and I can’t lock it.',
    // Long-standing, but told as failed tonight.
    'The back door hasn’t locked properly for weeks and tonight it won’t lock at all.',
  ])('asked about the home: %s', (text) => {
    expect(named(text)?.about).toBe('home');
    expect(read(text).confirmDanger ?? (read(text).urgent ? 'flagged' : undefined)).toBeDefined();
  });
});

describe('a fitting come loose or rotten is not the structure', () => {
  it.each([
    'The handrail on the stairs has come loose at the top.',
    'Mae’r canllaw ar y grisiau yn dod yn rhydd o’r wal.',
    'Mae’r rheiddiadur wedi dod yn rhydd o’r wal ac mae’n hongian.',
    'The skirting by the floor has rotted where the old leak was.',
  ])('not asked: %s', (text) => {
    expect(named(text)).toBeNull();
  });

  it.each([
    'The bedroom ceiling is sagging and bits of plaster are falling.',
    'Mae’r nenfwd yn y gegin yn chwyddo ac yn dod i lawr.',
    'The radiator came off the wall and the ceiling below is bulging.',
    'Mae’r rheiliau ar y balconi yn rhydd ac yn siglo.',
  ])('asked about the home: %s', (text) => {
    expect(named(text)?.about).toBe('home');
  });
});

describe('hazard words that name no hazard: gas as a bill, smoke as a smoke, an alarm’s battery, Welsh “tân ar”', () => {
  it.each([
    'Who pays the gas and electric while we’re decanted?',
    'British Gas sent me a bill I don’t understand.',
    'When will the gas be back on in the block?',
    'Mae’r taliadau nwy a dŵr yn y tâl gwasanaeth yn rhy uchel.',
    'Roedd y contractwr yn gas efo fi bob tro.',
    'People smoke weed under my window every night.',
    'The cannabis smoke from next door comes into my bedroom.',
    'Could someone test the smoke alarm in the hall? We had a fire years ago.',
    'The smoke detector chirps every minute, the battery must be low.',
    'Mae’r asesiad risg tân ar gyfer y bloc yn hwyr.',
    'Ni ddaeth neb i wirio’r larwm tân ar y dyddiad.',
    'Does dim synhwyrydd mwg yn y cyntedd.',
    'Mae llechi ar goll o’r to. Dim dŵr yn dod i mewn eto.',
    'Mae’r rheiddiadur yn y llofft yn oer ar y top. Allwch chi ddod i’w waedu fe?',
  ])('not asked: %s', (text) => {
    expect(named(text)).toBeNull();
  });

  it.each([
    'I can smell gas by the meter.',
    'Mae ogla nwy cryf yn y gegin.',
    'Smoke is coming out of the plug socket.',
    'The smoke alarm is going off and there’s a burning smell.',
    'Mae mwg yn dod o’r soced.',
    'Mae tân ar y landin!',
    'Mae dŵr yn dod i mewn drwy’r nenfwd wrth y golau.',
    'Mae dŵr yn codi yn y lolfa wrth y socedi.',
  ])('still asked or flagged: %s', (text) => {
    const r = read(text);
    expect(r.urgent || r.confirmDanger === 'home').toBe(true);
  });
});

describe('person words that name no harm: an appointment, a stay over, a threat of process, a cyber attack', () => {
  it.each([
    'Can I move my repair appointment? I’ve got a hospital appointment that morning.',
    'Oes modd symud yr apwyntiad? Mae gen i apwyntiad yn yr ysbyty.',
    'My husband has just come out of hospital and needs a rail by the bath.',
    'Mae’r gŵr newydd ddod adre o’r ysbyty ac mae angen addasiadau.',
    'I got a letter threatening court action over arrears I don’t owe.',
    'Dw i’n dal i gael llythyrau yn bygwth llys am ddyled sy ddim yn bod.',
    'After your cyber attack there is no record of my repair.',
    'Ers yr ymosodiad seibr does dim cofnod o fy nghwyn.',
    'They counted my wife’s injury benefit as income.',
    'Maen nhw wedi cyfri budd-dal anaf y wraig.',
    'I fell behind with the rent when my hours were cut.',
    'I hear you’ve fallen out with the contractor.',
    'Nobody was hurt, but the shouting went on till 1am.',
    'I’m scared of losing my home over your mistake with my rent.',
    'I’m afraid that doesn’t answer my complaint.',
  ])('not asked: %s', (text) => {
    expect(named(text)).toBeNull();
  });

  it.each([
    'My dad fell down the stairs and he’s been taken to hospital.',
    'Mae Mam wedi cwympo ac mae’r ambiwlans ar y ffordd.',
    'He sent me a text threatening to hurt me.',
    'My ex is threatening to smash the door in tonight.',
    'Mae’r cymydog yn fy mygwth i bob nos ac mae gen i ofn.',
    'The neighbour attacked my son on the stairs.',
    'I’m scared of my ex, he’s outside again.',
  ])('still asked or flagged: %s', (text) => {
    const r = read(text);
    expect(r.safeguarding || r.urgent || r.confirmDanger === 'person').toBe(true);
  });
});

describe('“sick of this” is no frail person beside the cold', () => {
  it('not asked: no hot water and sick of waiting', () => {
    expect(named('ABSOLUTELY SICK OF THIS, NO HOT WATER FOR 3 WEEKS')).toBeNull();
  });
  it('asked: no hot water with a sick child', () => {
    expect(named('No hot water for 3 weeks and my little boy is sick.')?.about).toBe('home');
  });
});
