import { describe, expect, it } from 'vitest';
import { impliedYes, saysWhenOrHow } from '../../dialogs/parse/report-details';

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
