import { describe, expect, it } from 'vitest';
import { calendarForProfile, checkTimeLimit } from '../../src/deadlines';
import { createI18n } from '../../src/i18n';
import { explainTimeLimit } from '../../src/i18n/time-limit-text';
import { createProfileRegistry } from '../../src/policy/profiles';

/**
 * Issue #19: "within 12 months of the issue occurring" (HOS Code 2.3). A problem still going on
 * is occurring when the complaint is made, so its limit counts from receipt whenever it began.
 */
const profiles = createProfileRegistry();
const i18n = createI18n();
const RECEIVED = '2026-11-23T10:00:00Z';

describe('the time limit of a problem still going on', () => {
  const ROWS: Array<[string, string, boolean, { within: boolean; basis: string; limitDate: string | null; beyond?: boolean }]> = [
    // policy, started, ongoing, result
    ['housing-ombudsman-code', '2024-10-01', true, { within: true, basis: 'ongoing', limitDate: '2027-11-23' }],
    ['housing-ombudsman-code', '2024-10-01', false, { within: false, basis: 'event', limitDate: '2025-10-01' }],
    ['psow-model', '2019-01-01', true, { within: true, basis: 'ongoing', limitDate: '2027-05-23', beyond: false }],
    ['psow-model', '2019-01-01', false, { within: false, basis: 'event', limitDate: '2019-07-01', beyond: true }],
    ['bron-afon', '2026-11-23', true, { within: true, basis: 'ongoing', limitDate: '2027-05-23' }],
  ];
  it.each(ROWS)('%s, started %s, ongoing %s', (policy, happened, ongoing, want) => {
    const p = profiles.get(policy);
    const r = checkTimeLimit(p, calendarForProfile(p), { happened, received: RECEIVED, ongoing });
    expect(r).toMatchObject({ within: want.within, basis: want.basis, limitDate: want.limitDate });
    if (want.beyond !== undefined) expect(r.hardCap?.beyond).toBe(want.beyond);
  });

  it('a start after receipt is a mistyped date, not a problem going on: read as before', () => {
    const p = profiles.get('housing-ombudsman-code');
    expect(checkTimeLimit(p, calendarForProfile(p), { happened: '2026-12-01', received: RECEIVED, ongoing: true })).toMatchObject({ basis: 'event', eventAfterReceipt: true });
  });

  it('says why, in both languages, citing the clause', () => {
    const p = profiles.get('housing-ombudsman-code');
    const cal = calendarForProfile(p);
    const ongoing = checkTimeLimit(p, cal, { happened: '2024-10-01', received: RECEIVED, ongoing: true });
    const late = checkTimeLimit(p, cal, { happened: '2024-10-01', received: RECEIVED });
    expect(explainTimeLimit(i18n.getFixedT('en'), 'en', ongoing, p)).toMatch(/^Within the time limit: the problem is still happening, so it is occurring now, and the limit \(12 months\) counts from when it was reported \(Monday 23 November 2026\), not from when it began \(Housing Ombudsman Complaint Handling Code, paragraph/);
    expect(explainTimeLimit(i18n.getFixedT('cy'), 'cy', ongoing, p)).toMatch(/^O fewn y terfyn amser: mae'r broblem yn dal i ddigwydd, felly mae'n digwydd nawr[\s\S]*\(dydd Llun 23 Tachwedd 2026\)[\s\S]*Cod Ymdrin â Chwynion yr Ombwdsmon Tai/);
    expect(explainTimeLimit(i18n.getFixedT('en'), 'en', late, p)).toMatch(/^Outside the time limit: .*within 12 months of the problem happening \(Tuesday 1 October 2024\), so by Wednesday 1 October 2025; the landlord can still decide/);
    expect(explainTimeLimit(i18n.getFixedT('cy'), 'cy', late, p)).toMatch(/^Y tu allan i'r terfyn amser: .*o fewn deuddeg mis i'r broblem ddigwydd/);
  });
});
