/**
 * Calendar dates as whole day numbers (days since 1970-01-01), so the engine does integer
 * arithmetic and array look-ups rather than Date objects. All dates are Europe/London dates.
 */

export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// An instant with an offset or Z; seconds and fractions optional.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export class DateInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DateInputError';
  }
}

export function dayFromParts(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Parses "YYYY-MM-DD", rejecting impossible dates such as 2026-02-30. */
export function parseDate(text: string): DayNumber {
  const m = ISO_DATE.exec(text);
  if (!m) throw new DateInputError(`"${text}" is not a date in the form YYYY-MM-DD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = dayFromParts(y, mo, d);
  const back = partsOf(day);
  if (back.year !== y || back.month !== mo || back.day !== d) throw new DateInputError(`"${text}" is not a real date`);
  return day;
}

export function partsOf(day: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function formatDate(day: DayNumber): string {
  const { year, month, day: d } = partsOf(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function addCalendarDays(day: DayNumber, n: number): DayNumber {
  return day + n;
}

/** Calendar months, clamped to the end of a shorter month (31 January + 1 month = 28/29 February). */
export function addMonths(day: DayNumber, n: number): DayNumber {
  const p = partsOf(day);
  const total = p.year * 12 + (p.month - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = partsOf(dayFromParts(year, month + 1, 1) - 1).day;
  return dayFromParts(year, month, Math.min(p.day, lastDay));
}

/** Last Sunday of a month, as a day number. */
function lastSunday(year: number, month: number): DayNumber {
  const last = dayFromParts(year, month + 1, 1) - 1;
  return last - weekday(last);
}

/**
 * UK summer time (Summer Time Order 2002): from 01:00 GMT on the last Sunday of March to
 * 01:00 GMT on the last Sunday of October. Computed, not looked up, so conversion costs
 * no Intl call; a test checks it against the platform's tz database hour by hour.
 */
export function londonOffsetMinutes(epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  const start = lastSunday(year, 3) * MS_PER_DAY + 3_600_000;
  const end = lastSunday(year, 10) * MS_PER_DAY + 3_600_000;
  return epochMs >= start && epochMs < end ? 60 : 0;
}

export interface LondonMoment {
  date: DayNumber;
  /** Minutes after London midnight; null when only a date was given. */
  minutes: number | null;
}

/**
 * Reads a date ("2026-03-29") or an instant ("2026-03-29T00:30:00Z", "…+01:00") as a London
 * calendar date. An instant with no offset is taken as London wall-clock time.
 */
export function toLondon(text: string): LondonMoment {
  if (ISO_DATE.test(text)) return { date: parseDate(text), minutes: null };
  const m = ISO_INSTANT.exec(text);
  if (!m) throw new DateInputError(`"${text}" is not an ISO 8601 date or date-time`);
  const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const s = m[6] ? Number(m[6]) : 0;
  const localDay = parseDate(`${m[1]}-${m[2]}-${m[3]}`);
  if (h > 23 || mi > 59 || s > 59) throw new DateInputError(`"${text}" has an impossible time`);
  const zone = m[7];
  if (!zone) return { date: localDay, minutes: h * 60 + mi };
  let offset = 0;
  if (zone.toUpperCase() !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  }
  const epochMs = Date.UTC(y, mo - 1, d, h, mi, s) - offset * 60_000;
  const londonMs = epochMs + londonOffsetMinutes(epochMs) * 60_000;
  const date = Math.floor(londonMs / MS_PER_DAY);
  return { date, minutes: Math.floor((londonMs - date * MS_PER_DAY) / 60_000) };
}
