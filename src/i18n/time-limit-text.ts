import type { TFunction } from 'i18next';
import type { WorkingCalendar } from '../deadlines/calendar';
import { checkTimeLimit, type TimeLimitResult } from '../deadlines/time-limit';
import type { PolicyProfile } from '../policy/schema';
import { citeClause } from './citation';
import { duration, longDate } from './format';
import type { Lang } from './index';
import { staffI18n } from './when-text';

/**
 * Says, in Welsh or English, whether a complaint is within the profile's time limit and why:
 * counted from the event, from when the resident found out, or, for a problem still going on,
 * from receipt, since it is occurring now (HOS Code 2.3).
 */
export function explainTimeLimit(t: TFunction, lang: Lang, r: TimeLimitResult, profile: PolicyProfile): string {
  const tl = profile.timeLimit;
  if (r.unlimited || !tl || !r.limitDate) return t('deadlines:time_limit.unlimited');
  const values = {
    limit: duration(t, tl.within),
    basisDate: longDate(r.basisDate, lang),
    limitDate: longDate(r.limitDate, lang),
    source: citeClause(t, lang, profile, tl.clause),
  };
  if (r.basis === 'ongoing') return t('deadlines:time_limit.ongoing', values);
  const from = t(`deadlines:time_limit.from.${r.basis}`);
  return t(r.within ? 'deadlines:time_limit.within' : 'deadlines:time_limit.outside', { ...values, from });
}

/**
 * For staff: a stored case's "when" answer against its profile's limit, counted to the day it was
 * received, with the reason in both languages. Null when the answer gives no date and does not
 * say it is still going on, or cannot be read.
 */
export function timeLimitView(when: unknown, received: string, profile: PolicyProfile, cal: WorkingCalendar) {
  const w = (when && typeof when === 'object' ? when : {}) as { date?: unknown; ongoing?: unknown };
  const ongoing = w.ongoing === true;
  const date = typeof w.date === 'string' ? w.date : null;
  if (!date && !ongoing) return null;
  try {
    const r = checkTimeLimit(profile, cal, { happened: date ?? received, received, ongoing });
    const i = staffI18n();
    const text = { cy: explainTimeLimit(i.getFixedT('cy'), 'cy', r, profile), en: explainTimeLimit(i.getFixedT('en'), 'en', r, profile) };
    return { within: r.within, basis: r.basis, basisDate: r.basisDate, limitDate: r.limitDate, text };
  } catch {
    return null; // a damaged stored date explains nothing
  }
}
