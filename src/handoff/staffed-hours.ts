import type { WorkingCalendar } from '../deadlines/calendar';
import { formatDate, toLondon, weekday } from '../deadlines/local-date';

/**
 * When a person can pick up a conversation: weekly opening times in London time, closed on
 * England-and-Wales bank holidays and the profile's closure days (the deadline engine's calendar).
 * Pure: the caller gives the instant.
 */
export interface StaffedHours {
  /** Index 0 = Monday … 6 = Sunday; each day's open spans in minutes after London midnight. */
  week: ReadonlyArray<ReadonlyArray<{ from: number; to: number }>>;
  /** Closed on bank holidays and closure days too (the calendar's non-working days other than weekends). */
  closedOnHolidays: boolean;
}

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Mon-Fri 09:00-17:00 (the default), the contact centre's usual week. */
export const DEFAULT_STAFFED_HOURS = 'Mon-Fri 09:00-17:00';

export class StaffedHoursError extends Error {}

const minutes = (hhmm: string): number => {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$|^(24):(00)$/.exec(hhmm);
  if (!m) throw new StaffedHoursError(`"${hhmm}" is not a time (HH:MM)`);
  return Number(m[1] ?? m[3]) * 60 + Number(m[2] ?? m[4]);
};

/**
 * Reads "Mon-Fri 09:00-17:00; Sat 10:00-13:00" (days as ranges or comma lists, several spans a
 * day with commas: "Mon 09:00-12:00,13:00-17:00"); "always" for round the clock every day
 * including holidays; "never" for no staff at all (every request is offered a call back).
 */
export function parseStaffedHours(text: string): StaffedHours {
  const spec = text.trim().toLowerCase();
  if (spec === 'always' || spec === '24/7') return { week: DAYS.map(() => [{ from: 0, to: 1440 }]), closedOnHolidays: false };
  const week: Array<Array<{ from: number; to: number }>> = DAYS.map(() => []);
  if (spec === 'never' || spec === 'none') return { week, closedOnHolidays: true };
  for (const part of spec.split(';').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([a-z,\s-]+?)\s+([\d:,\s-]+)$/.exec(part);
    if (!m) throw new StaffedHoursError(`"${part}" must be days then times, e.g. "Mon-Fri 09:00-17:00"`);
    const days = new Set<number>();
    for (const d of m[1].split(',').map((x) => x.trim())) {
      const [a, b] = d.split('-').map((x) => DAYS.indexOf(x.trim().slice(0, 3)));
      if (a < 0 || (b !== undefined && b < 0)) throw new StaffedHoursError(`"${d}" is not a day or range of days (Mon … Sun)`);
      for (let i = a; ; i = (i + 1) % 7) {
        days.add(i);
        if (b === undefined || i === b) break;
      }
    }
    for (const span of m[2].split(',').map((x) => x.trim())) {
      const [from, to] = span.split('-').map((x) => minutes(x.trim()));
      if (to === undefined || !(to > from)) throw new StaffedHoursError(`"${span}" must be a start and a later end, e.g. 09:00-17:00`);
      for (const d of days) week[d].push({ from, to });
    }
  }
  return { week, closedOnHolidays: true };
}

export interface StaffedAnswer {
  open: boolean;
  /** When staff are next there (London date and HH:MM), within the next 14 days; null if never.
   * `today`: later on the same London day, so the resident is told "today", not today's date. */
  next: { date: string; time: string; today: boolean } | null;
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Whether staff are there at `instant` (ISO), and if not, when they next are. */
export function staffedAt(instant: string, hours: StaffedHours, calendar: WorkingCalendar): StaffedAnswer {
  const london = toLondon(instant);
  const now = london.minutes ?? 0;
  const dayOpen = (day: number) => {
    if (!hours.closedOnHolidays) return true;
    const reason = calendar.contains(day) ? calendar.nonWorkingReason(day) : null;
    return reason === null || reason === 'weekend';
  };
  const spans = (day: number) => (dayOpen(day) ? hours.week[(weekday(day) + 6) % 7] : []);
  const today = london.date;
  if (spans(today).some((s) => s.from <= now && now < s.to)) return { open: true, next: null };
  for (let offset = 0; offset <= 14; offset++) {
    const day = today + offset;
    const later = spans(day)
      .filter((s) => offset > 0 || s.from > now)
      .sort((a, b) => a.from - b.from)[0];
    if (later) return { open: false, next: { date: formatDate(day), time: hhmm(later.from), today: offset === 0 } };
  }
  return { open: false, next: null };
}
