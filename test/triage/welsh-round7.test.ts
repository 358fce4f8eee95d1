import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { featuresOf } from '../../src/triage/features';
import { createRuleClassifier } from '../../src/triage/rules';

// Issue #19, seventh Welsh round: Welsh counterparts of features and cues the English forms
// already raise (welsh-history.ts, welsh-cues.ts), and what the tokeniser's Welsh rules change
// for the cues (src/language/welsh-forms-spoken.ts). Each case beside a near miss that must not.
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const rules = createRuleClassifier();
const hits = (text: string) => rules.analyse(text).hits.map((h) => `${h.cue}:${h.words}`);
const cues = (text: string) => rules.analyse(text).hits.map((h) => h.cue);
const features = (text: string) => featuresOf(text, rules.analyse(text), rules.classify(text, profile), {}, () => false);

describe('a span told in Welsh numerals (h:span)', () => {
  it.each([
    ['Tair wythnos heb wres a’r babi’n sâl', 'tair wythnos heb'],
    ["Ma'r to'n gollwng ers bron i dair blynedd", 'tair blynedd'],
    ['Dan ni wedi bod heb gawod ers pum niwrnod', 'ers pum diwrnod'],
    ['Mae’r ffenest wedi torri ers pythefnos', 'ers pythefnos'],
    ['Dau fis rŵan a dal dim byd', 'dau mis'],
    ['Dw i wedi aros dros chwe mis', 'chwe mis'],
  ])('%j raises h:span (%s)', (text, words) => {
    expect(features(text).get('h:span')).toBe(words);
  });

  it.each([
    'Mae gen i ddau o blant bach',
    'Mae’r boeler wedi torri bore ’ma',
    'Dw i wedi ffonio dwy waith heddiw',
    'Mae tair ffenest yn y llofft',
  ])('%j raises no span', (text) => {
    expect(features(text).has('h:span')).toBe(false);
  });
});

describe('questions asked the Welsh way', () => {
  it.each([
    ['Faint yn rhagor o hafau sy rhaid i mi aros?', 'q:how_long', 'faint yn rhagor'],
    ['Faint mwy o amser dach chi isio?', 'q:how_long', 'faint mwy'],
    ['Tan pryd dw i fod i fyw fel hyn?', 'q:how_long', 'tan pryd'],
    ['Sawl gaeaf arall heb wres?', 'q:how_long', 'sawl gaeaf arall'],
    ['Pryd dach chi’n mynd i drwsio’r to?', 'q:how_long', 'pryd dach chi yn mynd'],
    ['Mae’r to’n gollwng a pham nad oes neb wedi dod?', 'q:why', 'a pham'],
    ['Dach chi wedi bod yma ond pam bod y drws yn dal wedi torri?', 'q:why', 'ond pam'],
  ])('%j raises %s (%s)', (text, name, words) => {
    expect(features(text).get(name)).toBe(words);
  });

  it.each([
    ['Faint ydy’r rhent newydd?', 'q:how_long'],
    ['Mae gen i gath a Pam ydy ei henw hi', 'q:how_long'],
  ])('%j raises no %s', (text, name) => {
    expect(features(text).has(name)).toBe(false);
  });
});

describe('Welsh counterparts of English cue phrases (welsh-cues.ts)', () => {
  it.each([
    ['failure', 'Wedoch chi bydde rhywun yn dod ddydd Llun'],
    ['failure', 'Ddudodd o basa fo’n ôl fory'],
    ['failure', "Mae'r to dal yn gollwng"],
    ['failure', 'Mae’r drws dal wedi torri'],
    ['failure', 'Dydy neb erioed wedi dod i edrych'],
    ['failure', 'Dim byd wedi’i drwsio'],
    ['dissatisfaction', "Dw i wedi blino'n lân efo hyn"],
    ['dissatisfaction', "Fi'n torri 'nghalon"],
  ])('%s: %j', (cue, text) => {
    expect(cues(text)).toContain(cue);
  });

  it.each([
    ['failure', 'Mae’r to yn gollwng'],
    ['failure', 'Dwedodd y plymar ei fod o wedi gorffen'],
    ['dissatisfaction', 'Dw i wedi blino ar ôl gwaith'],
  ])('no %s: %j', (cue, text) => {
    expect(cues(text)).not.toContain(cue);
  });
});

describe('what the tokeniser’s Welsh rules change for the cues', () => {
  it('reads no gas in two years, and still reads fire in "’na dân"', () => {
    expect(cues('Dw i wedi aros am ddwy flynedd')).not.toContain('thing');
    expect(hits('Mae ogla nwy cryf yn y gegin').some((h) => h.startsWith('urgent_gas:'))).toBe(true);
    expect(cues('Mae ’na dân yn y bloc')).toContain('urgent_fire');
  });

  it('reads no complaint word in white asbestos or in weeds, and one in "y gŵyn"', () => {
    expect(cues('Ces i lythyr yn dweud bod asbestos gwyn yn y nenfwd')).not.toContain('complaint_word');
    expect(cues('Mae’r llwybr yn llawn chwyn a mieri')).not.toContain('complaint_word');
    expect(cues("Dw i isio i'r gwyn fynd i'r cam nesa")).toContain('complaint_word');
    expect(cues('Mae gen i gwyn am y contractwyr')).toContain('complaint_word');
  });
});
