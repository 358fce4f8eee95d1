/**
 * Calendar dates as whole day numbers (days since 1970-01-01), so the engine does integer
 * arithmetic and array look-ups rather than Date objects. All dates are Europe/London dates.
 */

export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

export class DateInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DateInputError';
  }
}

/*
 * Day numbers and calendar dates convert by integer arithmetic (H. Hinnant's "civil" algorithms
 * for the proleptic Gregorian calendar, as Date uses), because building a Date per conversion was
 * most of the engine's cost. The arithmetic is only used where it provably agrees with Date:
 * whole numbers, years 100-9999 going in (Date.UTC reads 0-99 as 1900-1999) and days inside
 * Date's range coming out. Anything else goes through Date as before, so odd input still gets
 * exactly the answer it always did.
 */
const DAYS_0000_03_01_TO_EPOCH = 719_468;
const DAYS_PER_400_YEARS = 146_097;
const MAX_DATE_DAYS = 100_000_000; // Date's range is ±10^8 days around the epoch.

function isWhole(n: number, limit: number): boolean {
  return Number.isInteger(n) && n >= -limit && n <= limit;
}

/** Days from 1970-01-01 to a date, months counted from March so the leap day comes last. */
function civilToDays(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_400_YEARS + dayOfEra - DAYS_0000_03_01_TO_EPOCH;
}

export function dayFromParts(year: number, month: number, day: number): DayNumber {
  if (year >= 100 && year <= 9999 && isWhole(year, 9999) && isWhole(month, 1200) && isWhole(day, 1_000_000)) {
    // Date.UTC carries whole years out of the month, and any day count, the same way.
    const carry = Math.floor((month - 1) / 12);
    return civilToDays(year + carry, month - carry * 12, day);
  }
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Splits a whole day number into its 400-year era, year of the era and day of a March-based year. */
function marchYear(day: DayNumber): { era: number; yearOfEra: number; dayOfYear: number } {
  const z = day + DAYS_0000_03_01_TO_EPOCH;
  const era = Math.floor(z / DAYS_PER_400_YEARS);
  const dayOfEra = z - era * DAYS_PER_400_YEARS;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  return { era, yearOfEra, dayOfYear };
}

// Day 306 of a March-based year is 1 January, which starts the next calendar year.
const JANUARY_1 = 306;

export function partsOf(day: DayNumber): { year: number; month: number; day: number } {
  if (!isWhole(day, MAX_DATE_DAYS)) {
    const d = new Date(day * MS_PER_DAY);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  const { era, yearOfEra, dayOfYear } = marchYear(day);
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  return {
    year: yearOfEra + era * 400 + (dayOfYear >= JANUARY_1 ? 1 : 0),
    month: monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9,
    day: dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1,
  };
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Reads `count` ASCII digits at `at`, or -1 if any is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48; // NaN past the end of the text
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The day of a date already split into numbers, or -Infinity if no such date exists. Years
 * before 100 never exist here, as before: Date.UTC reads them as 1900-1999, so they never
 * survived the round trip that used to check dates.
 */
function existingDay(year: number, month: number, day: number): DayNumber {
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -Infinity;
  return civilToDays(year, month, day);
}

/** Whether text is exactly "YYYY-MM-DD" in ASCII digits; no regex, as dates are read several times per timeline. */
function isIsoDate(text: string): boolean {
  return (
    text.length === 10 &&
    text.charCodeAt(4) === 45 && // '-'
    text.charCodeAt(7) === 45 &&
    digitsAt(text, 0, 4) >= 0 &&
    digitsAt(text, 5, 2) >= 0 &&
    digitsAt(text, 8, 2) >= 0
  );
}

/** Parses "YYYY-MM-DD", rejecting impossible dates such as 2026-02-30. */
export function parseDate(text: string): DayNumber {
  if (!isIsoDate(text)) throw new DateInputError(`"${text}" is not a date in the form YYYY-MM-DD`);
  const day = existingDay(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
  if (day === -Infinity) throw new DateInputError(`"${text}" is not a real date`);
  return day;
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
  // Date truncates a fractional instant towards zero, which flooring to a day would not copy.
  const year = isWhole(epochMs, MAX_DATE_DAYS * MS_PER_DAY)
    ? partsOf(Math.floor(epochMs / MS_PER_DAY)).year
    : new Date(epochMs).getUTCFullYear();
  const start = lastSunday(year, 3) * MS_PER_DAY + 3_600_000;
  const end = lastSunday(year, 10) * MS_PER_DAY + 3_600_000;
  return epochMs >= start && epochMs < end ? 60 : 0;
}

export interface LondonMoment {
  date: DayNumber;
  /** Minutes after London midnight; null when only a date was given. */
  minutes: number | null;
}

interface InstantFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC; null when the text gives no zone. */
  offset: number | null;
}

const enum Char {
  Space = 32,
  Plus = 43,
  Minus = 45,
  Dot = 46,
  Colon = 58,
  T = 84,
  Z = 90,
  t = 116,
  z = 122,
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Splits "YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z|±HH[:]MM]" (T and Z in either case), or returns null.
 * Read by hand rather than by regex, whose match array and substrings cost more than the rest
 * of converting an instant; the grammar has no ambiguity, so one left-to-right pass decides it.
 */
function readInstant(text: string): InstantFields | null {
  const sep = text.charCodeAt(10);
  if (text.charCodeAt(4) !== Char.Minus || text.charCodeAt(7) !== Char.Minus || text.charCodeAt(13) !== Char.Colon) return null;
  if (sep !== Char.T && sep !== Char.t && sep !== Char.Space) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0) return null;
  let at = 16;
  let second = 0;
  if (text.charCodeAt(at) === Char.Colon) {
    second = digitsAt(text, at + 1, 2);
    if (second < 0) return null;
    at += 3;
    if (text.charCodeAt(at) === Char.Dot) {
      const fraction = ++at;
      while (isDigit(text.charCodeAt(at))) at++;
      if (at === fraction) return null;
    }
  }
  let offset: number | null = null;
  const zone = text.charCodeAt(at);
  if (zone === Char.Z || zone === Char.z) {
    offset = 0;
    at++;
  } else if (zone === Char.Plus || zone === Char.Minus) {
    const hours = digitsAt(text, at + 1, 2);
    at += text.charCodeAt(at + 3) === Char.Colon ? 4 : 3;
    const minutes = digitsAt(text, at, 2);
    if (hours < 0 || minutes < 0) return null;
    at += 2;
    offset = (zone === Char.Minus ? -1 : 1) * (hours * 60 + minutes);
  }
  return at === text.length ? { year, month, day, hour, minute, second, offset } : null;
}

/**
 * Reads a date ("2026-03-29") or an instant ("2026-03-29T00:30:00Z", "…+01:00") as a London
 * calendar date. An instant with no offset is taken as London wall-clock time.
 */
export function toLondon(text: string): LondonMoment {
  if (isIsoDate(text)) return { date: parseDate(text), minutes: null };
  const t = readInstant(text);
  if (!t) throw new DateInputError(`"${text}" is not an ISO 8601 date or date-time`);
  const localDay = existingDay(t.year, t.month, t.day);
  if (localDay === -Infinity) throw new DateInputError(`"${text.slice(0, 10)}" is not a real date`);
  if (t.hour > 23 || t.minute > 59 || t.second > 59) throw new DateInputError(`"${text}" has an impossible time`);
  const wallMinutes = t.hour * 60 + t.minute;
  if (t.offset === null) return { date: localDay, minutes: wallMinutes };
  const epochMs = (localDay * 1440 + wallMinutes - t.offset) * 60_000 + t.second * 1000;
  const londonMs = epochMs + londonOffsetMinutes(epochMs) * 60_000;
  const date = Math.floor(londonMs / MS_PER_DAY);
  return { date, minutes: Math.floor((londonMs - date * MS_PER_DAY) / 60_000) };
}
