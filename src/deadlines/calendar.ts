import { type BankHoliday, type HolidayTable, holidayTable } from './bank-holidays';
import { type DayNumber, dayFromParts, formatDate, partsOf, weekday } from './local-date';

/**
 * A working-day calendar, indexed once so every question is an array look-up:
 * `cum[i]` is how many working days fall on or before day `first + i`, and `nth[k]` is the
 * k-th working day. Adding N working days, counting them between two dates and finding the
 * next working day are then O(1), with no per-call holiday search.
 */

export interface Closures {
  /** Every year, inclusive MM-DD ranges (a range may wrap the year end, e.g. 12-27..01-01). */
  annual: ReadonlyArray<{ from: string; to: string }>;
  dates: readonly string[];
}

export type NonWorkingReason = 'weekend' | 'bank_holiday' | 'closure';

export class CalendarRangeError extends RangeError {
  constructor(date: DayNumber, calendar: WorkingCalendar) {
    super(
      `${formatDate(date)} is outside the working-day calendar (${formatDate(calendar.first)} to ${formatDate(calendar.last)})`,
    );
    this.name = 'CalendarRangeError';
  }
}

const REASONS: ReadonlyArray<NonWorkingReason | null> = [null, 'weekend', 'bank_holiday', 'closure'];

export const DEFAULT_FIRST_YEAR = 2000;
export const DEFAULT_LAST_YEAR = 2069;

export class WorkingCalendar {
  readonly first: DayNumber;
  readonly last: DayNumber;
  private readonly cum: Int32Array;
  private readonly nth: Int32Array;
  private readonly reasons: Uint8Array;
  private readonly iso: string[];
  /**
   * `computedBefore[i]`: days before `first + i` that fall in a year with computed holidays, so
   * "does this period touch such a year" (asked for every deadline) is one subtraction.
   */
  private readonly computedBefore: Int32Array;

  constructor(
    readonly table: HolidayTable,
    readonly closures: Closures,
    firstYear = DEFAULT_FIRST_YEAR,
    lastYear = DEFAULT_LAST_YEAR,
  ) {
    this.first = dayFromParts(firstYear, 1, 1);
    this.last = dayFromParts(lastYear, 12, 31);
    const size = this.last - this.first + 1;
    this.cum = new Int32Array(size);
    this.reasons = new Uint8Array(size);
    this.iso = new Array<string>(size);
    this.computedBefore = new Int32Array(size + 1);
    const closed = closureSet(closures, firstYear, lastYear);
    const nth: number[] = [];
    let count = 0;
    for (let i = 0; i < size; i++) {
      const day = this.first + i;
      const computedYear = table.computedYears.has(partsOf(day).year);
      this.computedBefore[i + 1] = this.computedBefore[i] + (computedYear ? 1 : 0);
      const wd = weekday(day);
      let reason = 0;
      if (wd === 0 || wd === 6) reason = 1;
      else if (table.holidays.has(day)) reason = 2;
      else if (closed.has(day)) reason = 3;
      this.reasons[i] = reason;
      if (reason === 0) {
        nth.push(day);
        count++;
      }
      this.cum[i] = count;
      this.iso[i] = formatDate(day);
    }
    this.nth = Int32Array.from(nth);
  }

  contains(day: DayNumber): boolean {
    return day >= this.first && day <= this.last;
  }

  private index(day: DayNumber): number {
    if (day < this.first || day > this.last) throw new CalendarRangeError(day, this);
    return day - this.first;
  }

  isWorkingDay(day: DayNumber): boolean {
    return this.reasons[this.index(day)] === 0;
  }

  /** Why a day is not a working day, or null if it is one. */
  nonWorkingReason(day: DayNumber): NonWorkingReason | null {
    return REASONS[this.reasons[this.index(day)]];
  }

  holidayOn(day: DayNumber): BankHoliday | undefined {
    return this.table.holidays.get(day);
  }

  /** The day itself if it is a working day, otherwise the next working day. */
  nextWorkingDay(day: DayNumber): DayNumber {
    const i = this.index(day);
    if (this.reasons[i] === 0) return day;
    const k = this.cum[i];
    if (k >= this.nth.length) throw new CalendarRangeError(day, this);
    return this.nth[k];
  }

  /**
   * The Nth working day after `start`, not counting `start` itself. A start that is not a
   * working day counts as the next working day, so "5 working days after Saturday" is the
   * 5th working day after Monday.
   */
  addWorkingDays(start: DayNumber, n: number): DayNumber {
    const s = this.nextWorkingDay(start);
    const k = this.cum[s - this.first] - 1 + n;
    if (k < 0 || k >= this.nth.length) throw new CalendarRangeError(start + n, this);
    return this.nth[k];
  }

  /** Working days in (from, to]: after `from`, up to and including `to`. Negative if `to` is earlier. */
  workingDaysBetween(from: DayNumber, to: DayNumber): number {
    return this.cum[this.index(to)] - this.cum[this.index(from)];
  }

  /** ISO text for a day, from a table built with the index. */
  format(day: DayNumber): string {
    return day >= this.first && day <= this.last ? this.iso[day - this.first] : formatDate(day);
  }

  /** Whether the bank holidays of any year from `from` to `to` were computed rather than published. */
  usesComputedHolidays(from: DayNumber, to: DayNumber): boolean {
    const lo = Math.min(from, to);
    const hi = Math.max(from, to);
    if (lo >= this.first && hi <= this.last) {
      // A period touches a year exactly when one of its days falls in it.
      return this.computedBefore[hi - this.first + 1] > this.computedBefore[lo - this.first];
    }
    const a = partsOf(lo).year;
    const b = partsOf(hi).year;
    for (let y = a; y <= b; y++) if (this.table.computedYears.has(y)) return true;
    return false;
  }
}

function closureSet(closures: Closures, firstYear: number, lastYear: number): Set<DayNumber> {
  const set = new Set<DayNumber>();
  for (const d of closures.dates) {
    const [y, m, day] = d.split('-').map(Number);
    set.add(dayFromParts(y, m, day));
  }
  for (const { from, to } of closures.annual) {
    const [fm, fd] = from.split('-').map(Number);
    const [tm, td] = to.split('-').map(Number);
    for (let y = firstYear - 1; y <= lastYear; y++) {
      const start = dayFromParts(y, fm, fd);
      const wraps = tm * 100 + td < fm * 100 + fd;
      const end = dayFromParts(wraps ? y + 1 : y, tm, td);
      for (let d = start; d <= end; d++) set.add(d);
    }
  }
  return set;
}

/** Builds a calendar from a holiday list (the shipped table or a landlord's file) and closure days. */
export function buildCalendar(
  holidays: BankHoliday[],
  closures: Closures = { annual: [], dates: [] },
  firstYear = DEFAULT_FIRST_YEAR,
  lastYear = DEFAULT_LAST_YEAR,
): WorkingCalendar {
  return new WorkingCalendar(holidayTable(holidays, firstYear, lastYear), closures, firstYear, lastYear);
}
