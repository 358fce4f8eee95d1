import { calendarForProfile } from '../deadlines';
import type { WorkingCalendar } from '../deadlines/calendar';
import { checkTimeLimit } from '../deadlines/time-limit';
import type { PolicyProfile } from '../policy/schema';
import type { CueHit } from './matcher';
import type { TriageAnswers } from './types';

// Callers without a calendar of their own (the eval, tests) get the shipped bank holidays,
// built once per profile object: derived, immutable data.
const calendars = new WeakMap<PolicyProfile, WorkingCalendar>();
function calendarOf(profile: PolicyProfile): WorkingCalendar {
  let cal = calendars.get(profile);
  if (!cal) calendars.set(profile, (cal = calendarForProfile(profile)));
  return cal;
}

/** Outside the profile's time limit by the intake's answers, through the shared deadline engine. */
export function timeLimitFromAnswers(profile: PolicyProfile, answers: TriageAnswers, calendar?: WorkingCalendar): { evidence: string } | null {
  if (!profile.timeLimit || !answers.happenedOn || !answers.today) return null;
  try {
    const r = checkTimeLimit(profile, calendar ?? calendarOf(profile), { happened: answers.happenedOn, received: answers.today });
    if (r.unlimited || r.within || r.eventAfterReceipt) return null;
    return { evidence: `${answers.happenedOn} (limit ${r.limitDate})` };
  } catch {
    return null; // a malformed date is the intake's problem to ask again about, not an exclusion
  }
}

const NUMBER: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, dwy: 2, ddwy: 2, tair: 3, dair: 3, pedair: 4, bedair: 4, pum: 5, chwe: 6 };

/**
 * "Back in 2019", "three years ago", "ddwy flynedd yn ôl": how many whole months ago the
 * resident places it, at least; null if the words give no year or count.
 */
function monthsAgo(words: string, today: string): number | null {
  const year = /\b(20\d\d)\b/.exec(words);
  const [ty, tm] = today.split('-').map(Number);
  // The end of a named year is the resident-friendly reading: "in 2024" might mean December.
  if (year) return (ty - Number(year[1]) - 1) * 12 + tm;
  const n = /\b(\d+|two|three|four|five|six|dwy|ddwy|tair|dair|pedair|bedair|pum|chwe)\b/.exec(words);
  if (n && /year|blynedd|mlynedd|flynedd/.test(words)) return (NUMBER[n[1]] ?? Number(n[1])) * 12;
  if (/years ago|blynyddoedd|flynyddoedd/.test(words)) return 24;
  return null;
}

/** Outside the limit by what the message itself says, when it names a time long enough ago. */
export function timeLimitFromText(profile: PolicyProfile, hits: CueHit[], today: string): boolean {
  const limit = profile.timeLimit;
  if (!limit || !hits.length) return false;
  const limitMonths = limit.within.unit === 'months' ? limit.within.n : limit.within.unit === 'weeks' ? limit.within.n / 4.35 : limit.within.n / 30;
  return hits.some((h) => {
    const m = monthsAgo(h.words, today);
    return m !== null && m > limitMonths;
  });
}
