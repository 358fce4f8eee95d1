import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { featuresOf } from '../../src/triage/features';
import { UNSETTLED } from '../../src/triage/feature-families';
import { happeningNow, learnedNow, spanToCome } from '../../src/triage/matter-now';
import { createRuleClassifier } from '../../src/triage/rules';
import { lateFromText } from '../../src/triage/time-limit';

// Issue #19, sixteenth round (bars16): complaints lost leaving each corpus out, by group: paying
// for a service not delivered read as a charge dispute or a first report, and a complaint excluded
// as too late when it was learned of only lately, is happening now, or names years still to come.
// Made-up sentences, not corpus lines, in both languages.
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const rules = createRuleClassifier();
const features = (text: string) => featuresOf(text, rules.analyse(text), rules.classify(text, profile), {}, () => false);
const TODAY = '2026-12-07';
const late = (text: string) =>
  lateFromText(
    profile,
    rules.analyse(text).hits.filter((h) => h.cue === 'long_ago'),
    TODAY,
    text,
  );
const read = (text: string) => text.toLowerCase().replace(/['’]/g, ' ').replace(/[.,!?]/g, '').replace(/\s+/g, ' ');

describe('k:paid_not_served: paying for a service the landlord does not deliver', () => {
  it.each([
    'We pay for the grounds maintenance but the path is full of weeds',
    'We pay for alarm monitoring, but last night nobody answered for half an hour',
    'I am paying for window cleaning and yet the windows have not been touched since spring',
    'What do we actually get for the service charge? The hallway has not been hoovered since July.',
    "I'm paying for things I don't get.",
    'The cleaner only comes once a month now but the service charge still says weekly',
    "Dw i'n talu tâl gwasanaeth am lanhau'r grisiau ac eto dw i'n gorfod eu golchi nhw fy hun",
    "Ni'n talu am gynnal a chadw'r tiroedd ond mae'r llwybr yn llawn chwyn",
    "Dan ni'n talu am y golau yn y coridor ond mae o wedi bod allan ers pythefnos",
    "Be dan ni'n gael am y tâl gwasanaeth?",
    "Dw i'n talu am bethau dw i ddim yn eu cael",
  ])('%s', (text) => {
    expect(features(text).has('k:paid_not_served')).toBe(true);
  });

  it.each([
    'I pay my rent but the boiler is broken',
    'I pay for contents insurance but the leak ruined my sofa',
    'We pay for the lift and the charge went up again',
    'Can you tell me what I pay for in my service charge?',
    "Dw i'n talu'r rhent ond mae'r boeler wedi torri",
    "Dan ni'n talu am y lifft ac mae'r tâl wedi codi eto",
  ])('%s: no', (text) => {
    expect(features(text).has('k:paid_not_served')).toBe(false);
  });

  it('is a sign of unhappiness: a first-report reading of it asks', () => {
    expect(UNSETTLED.has('k:paid_not_served')).toBe(true);
  });
});

describe('the time limit runs from becoming aware, and not from a date that is only background (Code 2.3)', () => {
  it.each([
    'I only found out last week that nobody checked the smoke alarms in 2022.',
    'Our heating broke down tonight. It was meant to be replaced three years ago.',
    'They told me I have to wait another four years for a new bathroom.',
    'Dywedon nhw bod rhaid i mi aros tair blynedd arall am gegin newydd.',
    "Dw i newydd gael gwybod bod y gwaith nwy heb ei wneud yn 2022.",
    "Mae'r boeler wedi torri heno. Roedd i fod i gael ei newid dair blynedd yn ôl.",
  ])('%s: not late', (text) => {
    expect(late(text)).toBe(false);
  });

  it.each([
    'The fence blew down in 2021 and you never paid for it.',
    'Torrodd y ffens yn 2021 a wnaethoch chi ddim talu.',
    'I want to complain today about the way you treated me in 2020.',
    'Dw i isio cwyno rŵan am be ddigwyddodd yn 2019.',
    'I am writing now about the flood in 2020 that ruined my carpets.',
    // Learned of a right or a route, or found a thing, not learned of the matter; wanted now, not happening now.
    "I only just found out you're supposed to compensate for it. It happened in 2019.",
    'I only just found out I could complain about the flood in 2019.',
    "I've just found the old letters about the heating in 2018 and I want to complain.",
    'Your contractor broke my fence two years ago. I want it fixed now.',
    "Dwy flynedd yn ôl mi dorrodd eich contractwr fy ffens. Dw i isio iddi gael ei thrwsio rŵan.",
  ])('%s: still late', (text) => {
    expect(late(text)).toBe(true);
  });

  it('names the words it read', () => {
    expect(learnedNow(read('We were told last month that the survey from 2021 was never sent'))).toBe('were told last month');
    expect(learnedNow(read("Ces i wybod wythnos diwethaf"))).toBe('ces i wybod wythnos diwethaf');
    expect(happeningNow(read("The ceiling came down this morning"))).toBe('this morning');
    expect(happeningNow(read('I am writing today to complain'))).toBeNull();
    expect(spanToCome(read('another two years of this'), 'two years')).toBe(true);
    expect(spanToCome(read('two years ago'), 'two years')).toBe(false);
    expect(spanToCome(read('pum mlynedd arall'), 'pum mlynedd')).toBe(true);
  });
});
