/**
 * The shared deadline engine. Pure: import it from any service (the bot, the staff API, the CLI,
 * a case-management system) and every caller gets the same dates for the same inputs.
 */
import shipped from './data/bank-holidays-england-and-wales.json';
import { type BankHoliday, parseBankHolidayFile } from './bank-holidays';
import { buildCalendar, type WorkingCalendar } from './calendar';
import type { PolicyProfile } from '../policy/schema';

export * from './local-date';
export * from './bank-holidays';
export * from './calendar';
export * from './timeline';
export * from './time-limit';

/** The England-and-Wales bank holidays shipped with the engine (2018–2030). */
export function shippedBankHolidays(): BankHoliday[] {
  return parseBankHolidayFile(shipped);
}

/** A profile's working-day calendar: bank holidays plus the closure days the profile lists. */
export function calendarForProfile(profile: PolicyProfile, holidays: BankHoliday[] = shippedBankHolidays()): WorkingCalendar {
  return buildCalendar(holidays, { annual: profile.calendar.annualClosures, dates: profile.calendar.closureDates });
}
