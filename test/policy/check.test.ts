import { describe, expect, it } from 'vitest';
import { shippedBankHolidays } from '../../src/deadlines';
import { DeadlineService } from '../../src/deadlines/service';
import { createI18n } from '../../src/i18n';
import { formatFindings, renderFinding } from '../../src/i18n/policy-check';
import { checkAgainstCode, codeFor } from '../../src/policy/check';
import { createProfileRegistry } from '../../src/policy/profiles';

const service = new DeadlineService(createProfileRegistry(), shippedBankHolidays());
const i18n = createI18n();

function check(id: string) {
  const profile = service.profile(id);
  const code = service.profile(codeFor(profile));
  return { profile, code, findings: checkAgainstCode({ profile, code, profileCalendar: service.calendar(profile), codeCalendar: service.calendar(code) }) };
}

describe('the policy check of the shipped profiles', () => {
  it.each([
    // The breaches: what makes `complaints policy check` exit 1.
    ['housing-ombudsman-code', []],
    ['psow-model', []],
    ['bron-afon', []],
    ['berneslai-homes', []],
    ['association-2022', ['ombudsman_access']],
    ['bromford', ['stage.acknowledgement', 'stage.acknowledgement', 'ombudsman_access']],
    ['brighter-places', ['stage.latest_with_extension', 'time_limit', 'time_limit_awareness', 'ombudsman_access']],
  ])('%s breaks the code on %j', (id, breaches) => {
    expect(
      check(id)
        .findings.filter((f) => f.breach)
        .map((f) => f.topic.key),
    ).toEqual(breaches);
  });

  it('a breach is always a departure, never something better or to review', () => {
    for (const id of service.profiles.ids()) for (const f of check(id).findings) if (f.breach) expect(f.kind).toBe('departure');
  });

  it.each(['bron-afon', 'bromford', 'brighter-places', 'association-2022', 'berneslai-homes'])('%s reads in both languages with no key left untranslated', (id) => {
    const { profile, code, findings } = check(id);
    for (const lang of ['cy', 'en'] as const) {
      const t = i18n.getFixedT(lang);
      const text = formatFindings(t, lang, profile, code, findings);
      expect(text).not.toMatch(/\b(say|topic|compare|from|reason|exclusion|representative|check)\.[a-z_.]+/);
      expect(text).not.toMatch(/\{\{|undefined|NaN/);
      for (const f of findings) {
        const r = renderFinding(t, lang, profile, code, f);
        expect(r.profile, r.topic).toMatch(/\.( .+\.)?$/);
      }
    }
    // Welsh has no English clause words or headings left in it (names of English landlords aside).
    const cy = formatFindings(i18n.getFixedT('cy'), 'cy', profile, code, findings);
    expect(cy).not.toMatch(/\b(within|Stage|Excluded|Departures|policy:|code:|working days?|months?|paragraphs?)\b/);
  });
});
