import hosData from '../../src/policy/profiles/housing-ombudsman-code.json';
import { parseProfile } from '../../src/policy/parse';
import type { PolicyProfile, PolicyProfileInput } from '../../src/policy/schema';
import { calendarForProfile } from '../../src/deadlines';

export const hos = parseProfile(hosData, 'housing-ombudsman-code');
export const hosCalendar = calendarForProfile(hos);

/** The statutory profile with some fields changed, for testing one rule at a time. */
export function variant(change: (p: PolicyProfileInput) => void): PolicyProfile {
  const copy = structuredClone(hosData) as unknown as PolicyProfileInput;
  change(copy);
  return parseProfile(copy, 'test variant');
}
