import type { Duration, Interpretation, PolicyProfile } from '../policy/schema';
import type { WorkingCalendar } from './calendar';
import { type DayNumber, DateInputError, addMonths, toLondon } from './local-date';

/**
 * Whether a matter is within the profile's time limit for making a complaint. The decision on an
 * old matter is the landlord's: this says what the limit is, whether discretion applies and
 * whether a hard cap rules it out, so the bot can explain and still record what the resident says.
 *
 * A problem still going on when the complaint is made is occurring now (HOS Code 2.3: "within 12
 * months of the issue occurring"; Bron Afon 5.3 and Brighter Places 3.2 j treat a continuing
 * problem the same way), so its limit counts from receipt, whenever it began.
 */

export interface TimeLimitRequest {
  /** When it happened (a date or instant). */
  happened: string;
  /** When the resident became aware of it, if later. */
  aware?: string;
  /** When the complaint was made. */
  received: string;
  /** Still going on when the complaint was made: `happened` is when it started. */
  ongoing?: boolean;
}

export interface TimeLimitResult {
  policy: string;
  /** No time limit in the profile. */
  unlimited: boolean;
  within: boolean;
  /** The last day a complaint is in time. */
  limitDate: string | null;
  /** What the limit counted from: a problem still going on counts from receipt ('ongoing'). */
  basis: 'event' | 'awareness' | 'ongoing';
  basisDate: string;
  discretion: { allowed: boolean; clause: string } | null;
  /** Past a hard cap, discretion cannot help. */
  hardCap: { date: string; beyond: boolean; clause: string } | null;
  clause: string | null;
  interpretation?: Interpretation;
  /** The event date is after the complaint date: the resident probably mistyped. */
  eventAfterReceipt: boolean;
}

function day(name: string, text: string): DayNumber {
  try {
    return toLondon(text).date;
  } catch (e) {
    throw new DateInputError(`${name}: ${(e as Error).message}`);
  }
}

/** The event date is not a start date under the working-day convention, so it is not moved. */
function addFromEvent(cal: WorkingCalendar, from: DayNumber, w: Duration): DayNumber {
  switch (w.unit) {
    case 'working_days':
      return cal.addWorkingDays(from, w.n);
    case 'calendar_days':
      return from + w.n;
    case 'weeks':
      return from + 7 * w.n;
    case 'months':
      return addMonths(from, w.n);
  }
}

export function checkTimeLimit(profile: PolicyProfile, cal: WorkingCalendar, req: TimeLimitRequest): TimeLimitResult {
  const happened = day('happened', req.happened);
  const aware = req.aware !== undefined ? day('aware', req.aware) : undefined;
  const received = day('received', req.received);
  const limit = profile.timeLimit;
  // Still going on: occurring on the day it was received, so that day is the event.
  const ongoing = req.ongoing === true && happened <= received;
  const useAwareness = !ongoing && !!limit && limit.from === 'event_or_awareness' && aware !== undefined && aware > happened;
  const basisDay = ongoing ? received : useAwareness ? (aware as DayNumber) : happened;
  const base = {
    policy: profile.id,
    basis: ongoing ? ('ongoing' as const) : useAwareness ? ('awareness' as const) : ('event' as const),
    basisDate: cal.format(basisDay),
    eventAfterReceipt: happened > received,
  };
  if (!limit) {
    return { ...base, unlimited: true, within: true, limitDate: null, discretion: null, hardCap: null, clause: null };
  }
  const limitDay = addFromEvent(cal, basisDay, limit.within);
  let hardCap: TimeLimitResult['hardCap'] = null;
  if (limit.hardCap) {
    // The cap is about when the matter took place, so it counts from the event, not awareness.
    // A matter still going on is taking place now.
    const capDay = addFromEvent(cal, ongoing ? received : happened, limit.hardCap.within);
    hardCap = { date: cal.format(capDay), beyond: received > capDay, clause: limit.hardCap.clause };
  }
  const result: TimeLimitResult = {
    ...base,
    unlimited: false,
    within: received <= limitDay,
    limitDate: cal.format(limitDay),
    discretion: { allowed: limit.discretion.allowed, clause: limit.discretion.clause },
    hardCap,
    clause: limit.clause,
  };
  if (limit.interpretation) result.interpretation = limit.interpretation;
  return result;
}
