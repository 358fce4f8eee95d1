import { readFileSync } from 'node:fs';
import { type BankHoliday, parseBankHolidayFile } from '../deadlines/bank-holidays';
import { shippedBankHolidays } from '../deadlines';

/**
 * The bank-holiday list: the shipped table, or a landlord's newer gov.uk download named by
 * BANK_HOLIDAYS_PATH (or --holidays). A bad file stops start-up with the reason.
 */
export function loadHolidays(path: string | undefined): BankHoliday[] {
  if (!path) return shippedBankHolidays();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`BANK_HOLIDAYS_PATH: cannot read ${path}: ${(e as Error).message}`);
  }
  let supplied: BankHoliday[];
  try {
    supplied = parseBankHolidayFile(json);
  } catch (e) {
    throw new Error(`BANK_HOLIDAYS_PATH: ${path} is not a gov.uk bank-holiday file: ${(e as Error).message}`);
  }
  return mergeHolidays(shippedBankHolidays(), supplied);
}

/** The newer list wins for every year it covers; the shipped table fills the years it lacks. */
export function mergeHolidays(base: BankHoliday[], newer: BankHoliday[]): BankHoliday[] {
  const years = new Set(newer.map((h) => h.date.slice(0, 4)));
  return [...base.filter((h) => !years.has(h.date.slice(0, 4))), ...newer].sort((a, b) => a.date.localeCompare(b.date));
}
