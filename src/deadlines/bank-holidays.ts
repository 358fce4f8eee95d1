import { z } from 'zod';
import { type DayNumber, dayFromParts, formatDate, parseDate, partsOf, weekday } from './local-date';

/**
 * England-and-Wales bank holidays. The shipped table is in `data/`, in the same shape as the
 * UK government's published JSON (`{"england-and-wales": {"events": [...]}}`), so a landlord can
 * drop in a newer download (setting BANK_HOLIDAYS_PATH) without a code change. Years the table
 * does not cover are computed from the standard rules and marked as computed.
 */

export interface BankHoliday {
  date: string;
  title: string;
  /** "published": from the government's list; "computed": from the standard rules. */
  source: 'published' | 'computed';
}

const EventSchema = z.object({
  title: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  notes: z.string().optional(),
  bunting: z.boolean().optional(),
  source: z.enum(['published', 'computed']).optional(),
});

export const BankHolidayFile = z.object({
  'england-and-wales': z.object({
    division: z.string().optional(),
    events: z.array(EventSchema).min(1),
  }),
});

/** Validates a gov.uk-format file's parsed JSON; a bad file is refused with the field that is wrong. */
export function parseBankHolidayFile(json: unknown): BankHoliday[] {
  const parsed = BankHolidayFile.parse(json);
  return parsed['england-and-wales'].events.map((e) => {
    parseDate(e.date);
    return { date: e.date, title: e.title, source: e.source ?? 'published' };
  });
}

/** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm. */
export function easterSunday(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromParts(year, month, day);
}

function firstMonday(year: number, month: number): DayNumber {
  const first = dayFromParts(year, month, 1);
  return first + ((8 - weekday(first)) % 7);
}

function lastMonday(year: number, month: number): DayNumber {
  const last = dayFromParts(year, month + 1, 1) - 1;
  return last - ((weekday(last) + 6) % 7);
}

/** A holiday on a Saturday or Sunday moves to the next weekday not already taken. */
function substitute(day: DayNumber, taken: Set<DayNumber>): DayNumber {
  let d = day;
  while (weekday(d) === 0 || weekday(d) === 6 || taken.has(d)) d++;
  return d;
}

/**
 * The standard rules (Banking and Financial Dealings Act 1971 and the usual proclamations),
 * without one-off changes, which only the published list knows about.
 */
export function computedBankHolidays(year: number): BankHoliday[] {
  const easter = easterSunday(year);
  const out: Array<[DayNumber, string]> = [];
  const taken = new Set<DayNumber>();
  const add = (d: DayNumber, title: string) => {
    taken.add(d);
    out.push([d, title]);
  };
  add(substitute(dayFromParts(year, 1, 1), taken), "New Year's Day");
  add(easter - 2, 'Good Friday');
  add(easter + 1, 'Easter Monday');
  add(firstMonday(year, 5), 'Early May bank holiday');
  add(lastMonday(year, 5), 'Spring bank holiday');
  add(lastMonday(year, 8), 'Summer bank holiday');
  // Christmas first, so Boxing Day's substitute skips past Christmas's.
  add(substitute(dayFromParts(year, 12, 25), taken), 'Christmas Day');
  add(substitute(dayFromParts(year, 12, 26), taken), 'Boxing Day');
  return out.sort((a, b) => a[0] - b[0]).map(([d, title]) => ({ date: formatDate(d), title, source: 'computed' }));
}

export interface HolidayTable {
  /** Every holiday, by date. */
  holidays: Map<DayNumber, BankHoliday>;
  /** Years the table lists (anything else is computed). */
  tableYears: Set<number>;
  /** Years whose dates are computed, inside or outside the table. */
  computedYears: Set<number>;
}

/** Merges a table with computed years for everything in [fromYear, toYear] the table lacks. */
export function holidayTable(listed: BankHoliday[], fromYear: number, toYear: number): HolidayTable {
  const holidays = new Map<DayNumber, BankHoliday>();
  const tableYears = new Set<number>();
  const computedYears = new Set<number>();
  for (const h of listed) {
    const d = parseDate(h.date);
    const { year } = partsOf(d);
    tableYears.add(year);
    if (h.source === 'computed') computedYears.add(year);
    holidays.set(d, h);
  }
  for (let y = fromYear; y <= toYear; y++) {
    if (tableYears.has(y)) continue;
    computedYears.add(y);
    for (const h of computedBankHolidays(y)) holidays.set(parseDate(h.date), h);
  }
  return { holidays, tableYears, computedYears };
}
