import { describe, expect, it } from 'vitest';
import { impliedYes, reportedInDescription, saysWhenOrHow } from '../../dialogs/parse/report-details';

const TODAY = '2026-11-23';

describe('an answer to "have you reported it before?"', () => {
  it.each([
    'yes, I rang twice last month and nobody came',
    'Yes I phoned them on 3 November',
    'yep, emailed them weeks ago',
    'Do, ffoniais i dair gwaith ym mis Hydref',
    'do, anfonais i e-bost ddoe',
    'Ydw, ffonies i nhw wythnos diwethaf',
  ])('already says when or how: %j', (text) => {
    expect(saysWhenOrHow(text, TODAY)).toBe(true);
  });

  it.each(['yes', 'yes I have', 'Yes, I reported it before', 'do', "do, dw i wedi"])('does not say when or how: %j', (text) => {
    expect(saysWhenOrHow(text, TODAY)).toBe(false);
  });

  it.each(['I rang them twice last month', 'Ffoniais i ddoe', 'emailed them on Monday', 'yesterday', 'ddoe'])('is a yes without saying so: %j', (text) => {
    expect(impliedYes(text, TODAY)).toBe(true);
  });

  it.each(["I didn't phone them", 'I never rang', "haven't called yet", 'Dw i ddim wedi ffonio', 'heb ffonio eto'])(
    'is not read as a yes when it says no: %j',
    (text) => {
      expect(impliedYes(text, TODAY)).toBe(false);
    },
  );
});

// Found in the review transcripts of #14: these descriptions say it was reported, yet the bot asked
// "Have you reported this before?" (the "nobody" of another clause read as "I never reported it").
describe('a description that says it was reported already', () => {
  it.each([
    ['The boiler has been broken for two weeks and nobody has come to fix it even though I phoned three times.', true],
    ["Dw i wedi bod yn aros am rywun i drwsio'r boeler ers tair wythnos, a neb wedi dod er i mi ffonio bob dydd.", true],
    ['Nes i ffonio nhw wythnos dwetha a ddaeth neb', true],
    ['Ffones i ddoe ond sa neb wedi dod', true],
    ['I reported it but nobody came', true],
    // A "not" in an earlier clause, ended by a comma, is not the report's (found over SMS, ninth session).
    ['the bathroom extractor fan has not worked for 2 months, I reported it in October and they never came', true],
    ["Dydy'r ffan ddim yn gweithio ers deufis, ffoniais i ym mis Hydref", true],
    ['I never reported it', false],
    ['The fan is broken, I never reported it', false],
    ["Dw i ddim wedi ffonio eto", false],
    ['Dw i heb roi gwybod', false],
    ['The boiler is broken', false],
  ] as const)('%j: %s', (text, reported) => {
    expect(reportedInDescription(text, '2026-12-06', text.match(/boiler is|never|reported it but|even though|fan has/) ? 'en' : 'cy') !== null).toBe(reported);
  });
});
