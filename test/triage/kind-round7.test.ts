import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { defaultClassifier } from '../../src/triage';
import { featuresOf } from '../../src/triage/features';
import { createRuleClassifier } from '../../src/triage/rules';
import { timeLimitFromText } from '../../src/triage/time-limit';
import { yearsNotAgo } from '../../src/triage/time-not-ago';

// Issue #19, seventh kind round: "nothing", status questions and exclusions. Each new family and
// cue wording is tested in both languages beside a message of the same shape that must not raise
// it; the time-limit rule on its own and through the classifier (a rule, so whatever the weights).
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const rules = createRuleClassifier();
const cues = (text: string) => rules.analyse(text).hits.map((h) => h.cue);
const families = (text: string) => [...featuresOf(text, rules.analyse(text), rules.classify(text, profile), {}, () => false).keys()].filter((f) => f.startsWith('k:'));

describe('families of the seventh round (kind7-families.ts)', () => {
  it.each([
    ['k:chat_meta', 'ignore my last, meant to send it to my sister', 'You ignore my emails every time I write'],
    ['k:chat_meta', 'sorry wrong chat', 'sorry to bother you, the tap is dripping'],
    ['k:chat_meta', 'is this thing on??', 'is this my responsibility or yours?'],
    ['k:chat_meta', 'Testing testing 123', 'The electrician is testing the wiring on Monday'],
    ['k:chat_meta', 'One moment, I am looking for my reference', 'I am looking for a bigger flat'],
    ['k:chat_meta', 'My name is Pauline Jenkins, flat 4b', 'Flat 4b has a leak'],
    ['k:chat_meta', "Wps, nid i chi oedd y neges ddiwetha 'na, sori!", "Sori, mae'r tap yn diferu eto"],
    ['k:chat_meta', "Un eiliad, dw i'n chwilio am y cyfeirnod", "Mae'r cyfeirnod ar y llythyr"],
    ['k:chat_meta', 'oce, rhowch funud i mi', "oce, mae'r boeler wedi torri"],
    ['k:chat_meta', "Dw i'n trio eto achos aeth y neges gynta ar goll", "Aeth fy allwedd ar goll"],
    ['k:chat_meta', "Noswaith dda, Gwen sy 'ma o Dreorci", "Mae'r llwydni sy 'ma o hyd"],
    ['k:chat_meta', "Helo, oes rhywun yna?", "Helo, oes rhywun yn dod i drwsio'r ffenest?"],
    ['k:chat_meta', "Munud bach, dw i'n chwilio am ei rif tenantiaeth o.", "Mae rhif y tŷ yn anghywir ar y llythyr."],
    ['k:chat_meta', 'Sorry, I got cut off.', 'I got cut off after an hour in the queue and nobody rang back'],
    ['k:chat_meta', 'Ga i ofyn rhywbeth i chi?', 'Ga i symud fy apwyntiad?'],
    ['k:fragment', 're the knotweed next door -', 'The knotweed next door has come through my fence'],
    ['k:fragment', "ynglŷn â'r nenfwd yn y llofft...", "Mae'r nenfwd yn y llofft wedi cracio."],
    ['k:status_ask', 'I reported the fly-tipping on Monday. Do you know when it will be collected?', 'There is fly-tipping in the car park.'],
    ['k:status_ask', 'Is someone still coming about the drain smell this week?', 'Someone needs to come about the drain smell.'],
    ['k:status_ask', 'Has my mutual exchange paperwork been received?', 'I want to do a mutual exchange.'],
    ['k:status_ask', "Ydw i'n dal ar y rhestr drosglwyddo?", "Dw i isio mynd ar y rhestr drosglwyddo."],
    ['k:status_ask', "Ydy'r sbwriel yn y maes parcio wedi'i glirio eto?", "Mae sbwriel yn y maes parcio."],
    ['k:status_ask', "Oes canlyniad i'r prawf asbestos?", "Dw i'n poeni am asbestos yn y wal."],
    ["k:status_ask", "Odi'r plymwr dal yn dod fory rhwng wyth a deuddeg?", "Mae angen plymwr arna i fory."],
    ['k:status_ask', 'Can you confirm my rent payment for this week went through?', 'My rent payment will be late this week.'],
  ] as const)('%s: %j, not %j', (family, yes, no) => {
    expect(families(yes)).toContain(family);
    expect(families(no)).not.toContain(family);
  });
});

describe('exclusion grounds in plain words, seventh round (exclusion-cues-kind7.ts)', () => {
  it.each([
    ['service_charge', "As a shared owner I'd like to challenge this year's estate charge", 'The estate road has potholes'],
    ['service_charge', 'The backdated bill for the communal electricity is over £300', 'The communal lights are out'],
    ['service_charge', "Mae'r tâl trydan cymunedol wedi codi", "Mae'r golau cymunedol wedi torri"],
    ['service_charge', "Mae'r tâl cynnal a chadw tiroedd yn afresymol. Dw i isio herio'r swm.", "Dydy'r gwair ddim wedi cael ei dorri."],
    ['data_protection', "Dw i isio copi o'r holl wybodaeth sydd gynnoch chi amdana i", "Dw i isio copi o'r cytundeb tenantiaeth"],
    ['data_protection', 'Please send me copies of every note and email about my reports', 'I sent you an email about my reports'],
    ['other_org', "Dw i'n anhapus efo swyddog sŵn y cyngor", "Dw i'n anhapus efo'r sŵn drws nesa"],
    ['other_org', "Mae'r twll yn y ffordd tu allan i'r tŷ yn mynd yn fwy", "Mae twll yn y wal tu allan i'r tŷ"],
    ['other_org', "The council's noise officer won't serve a notice", 'The noise from upstairs is every night'],
  ] as const)('%s: %j, not %j', (cue, yes, no) => {
    expect(cues(yes)).toContain(cue);
    expect(cues(no)).not.toContain(cue);
  });

  it('a cue word that the tokeniser reads other words as is not among them ("tîm" made "dim" into "tim")', () => {
    expect(rules.analyse('does dim dŵr o gwbl').tokens.map((t) => t.form)).toContain('dim');
  });
});

describe('a count of years that is a span or a wait is no time limit (time-not-ago.ts)', () => {
  it.each([
    ['three years', "I haven't been out of the house in three years."],
    ['two years', 'For the second time in two years my rent account is wrong.'],
    ['pum mlynedd', "Mae'n rhaid i mi aros pum mlynedd arall."],
    ['three years', 'I have to wait another three years for a kitchen.'],
  ])('%j in %j', (words, text) => {
    expect(yearsNotAgo(words, text)).toBe(true);
  });

  it.each([
    ['three years', 'Three years ago your contractor broke my fence.'],
    ['three years', 'It broke three years back and I never said.'],
    ['pum mlynedd', 'Pum mlynedd yn ôl torrodd y contractwr y ffens.'],
    // One telling as ago is enough, whatever else the message says.
    ['three years', 'Three years ago it flooded, and I waited in three years for nothing.'],
  ])('%j in %j is still ago', (words, text) => {
    expect(yearsNotAgo(words, text)).toBe(false);
  });

  const today = '2026-11-23';
  const late = (text: string) => timeLimitFromText(profile, rules.analyse(text).hits.filter((h) => h.cue === 'long_ago'), today, text);
  it.each([
    ["I'm 77 and I haven't been out of the house in three years. The radiators are only warm at the top.", false],
    ["Dw i'n cael gwybod bod rhaid i mi aros pum mlynedd arall am gegin newydd.", false],
    ['Three years ago your contractor broke my fence and I never complained.', true],
    ['Dair blynedd yn ôl torrodd eich contractwr fy ffens.', true],
  ] as const)('%j: outside the time limit %s', (text, expected) => {
    expect(late(text)).toBe(expected);
  });

  it('the classifier reads no time limit in a wait still to come, whatever the weights', () => {
    const classifier = defaultClassifier();
    for (const text of [
      "Sut mae'r tŷ drws nesa wedi cael cegin newydd a finna'n cael gwybod bod rhaid i mi aros pum mlynedd arall? Mae'r unedau'n disgyn yn ddarnau.",
      "I'm 77 and I haven't been out of the house in three years. The lounge radiators are only warm at the top and my bill has doubled.",
    ]) {
      expect(classifier.classify(text, profile, {}, { today }).reason).not.toBe('time_limit');
    }
  });
});
