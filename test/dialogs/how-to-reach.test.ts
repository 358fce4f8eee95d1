import { describe, expect, it } from 'vitest';
import { howToReach } from '../../dialogs/intake/messages';
import { BODIES } from '../../src/policy/bodies';

describe('how to reach a body, said mid-sentence', () => {
  it.each([
    ['en', 'housing_ombudsman', '0300 111 3000, https://www.housing-ombudsman.org.uk (use the online form on its website; since 13 January 2026 it no longer takes new complaints by email)'],
    ['cy', 'housing_ombudsman', "0300 111 3000, https://www.housing-ombudsman.org.uk (defnyddiwch y ffurflen ar-lein ar ei wefan; ers 13 Ionawr 2026 nid yw'n derbyn cwynion newydd drwy e-bost)"],
    ['en', 'building_safety_regulator', "https://www.gov.uk/guidance/complain-about-a-building-safety-risk-in-a-high-rise-building (complain to the building's principal accountable person first)"],
    ['en', 'psow', '0300 790 0203, ask@ombudsman.wales, https://www.ombudsman.wales'],
  ] as const)('%s %s', (lang, body, said) => {
    expect(howToReach(BODIES[body], lang)).toBe(said);
  });
});
