import { holidaysFingerprint, listingBasis } from '../cases/listing';
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
  private readonly bases = new Map<string, string>();
  private holidaysHash: string | undefined;

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

  /** The fingerprint of a profile and the holidays that a case's stored next date was worked out under. */
  basis(policyId: string): string {
    let b = this.bases.get(policyId);
    if (b === undefined) {
      this.holidaysHash ??= holidaysFingerprint(this.holidays);
      b = listingBasis(this.profile(policyId), this.holidaysHash);
      this.bases.set(policyId, b);
    }
    return b;
  }

  /** Every loaded profile's basis, for finding the cases to recompute. */
  allBases(): Record<string, string> {
    return Object.fromEntries(this.profiles.ids().map((id) => [id, this.basis(id)]));
  }

  timeline(policyId: string, req: TimelineRequest): Timeline {
    const profile = this.profile(policyId);
    return computeTimeline(profile, this.calendar(profile), req);
  }
}
