import type { PolicyProfile } from '../policy/schema';
import type { ProfileRegistry } from '../policy/profiles';
import type { BankHoliday } from './bank-holidays';
import { buildCalendar, type WorkingCalendar } from './calendar';
import { type Timeline, type TimelineRequest, computeTimeline } from './timeline';

/**
 * Holds what is worth building once per process: each profile's indexed calendar. Everything
 * it answers comes from the pure engine, so every service that builds one agrees on every date.
 */
export class DeadlineService {
  private readonly calendars = new Map<string, WorkingCalendar>();

  constructor(
    readonly profiles: ProfileRegistry,
    readonly holidays: BankHoliday[],
  ) {}

  profile(id: string): PolicyProfile {
    return this.profiles.get(id);
  }

  calendar(profile: PolicyProfile): WorkingCalendar {
    let cal = this.calendars.get(profile.id);
    if (!cal) {
      cal = buildCalendar(this.holidays, { annual: profile.calendar.annualClosures, dates: profile.calendar.closureDates });
      this.calendars.set(profile.id, cal);
    }
    return cal;
  }

  timeline(policyId: string, req: TimelineRequest): Timeline {
    const profile = this.profile(policyId);
    return computeTimeline(profile, this.calendar(profile), req);
  }
}
