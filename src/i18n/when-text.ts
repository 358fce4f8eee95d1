import { format } from 'date-fns/format';
// One file each: 'date-fns/locale' loads all ninety-odd locales (about 0.9 s a start), 'date-fns' every function.
import { cy as cyLocale } from 'date-fns/locale/cy';
import { enGB } from 'date-fns/locale/en-GB';
import type { i18n, TFunction } from 'i18next';
import type { WhenAnswer } from '../cases/intake';
import { parseDate } from '../deadlines/local-date';
import { longDate } from './format';
import { createI18n, type Lang } from './index';

/** Month and year, "March 2026" / "Mawrth 2026". */
export function monthYear(iso: string, lang: Lang): string {
  const d = new Date(parseDate(iso) * 86_400_000);
  return format(new Date(d.getUTCFullYear(), d.getUTCMonth(), 1), 'MMMM yyyy', { locale: lang === 'cy' ? cyLocale : enGB });
}

/**
 * "When" as the resident's summary and staff show it: the date as precisely as it was given, or
 * for a problem still going on "since October 2024, ongoing" / "ers mis Hydref 2024, yn parhau".
 */
export function whenText(t: TFunction, lang: Lang, when: WhenAnswer): string {
  const { date, precision } = when;
  if (when.ongoing) {
    if (!date) return t('intake:when.as_ongoing');
    if (precision === 'day') return t('intake:when.as_ongoing_day', { date: longDate(date, lang) });
    if (precision === 'month') return t('intake:when.as_ongoing_month', { month: monthYear(date, lang) });
    if (precision === 'year') return t('intake:when.as_ongoing_year', { year: date.slice(0, 4) });
    return t('intake:when.as_ongoing_approx', { month: monthYear(date, lang) });
  }
  if (!date) return when.text;
  // "mis Mawrth 2026": a month named alone reads as a month in Welsh with "mis" before it.
  return precision === 'month' ? t('intake:when.as_month', { month: monthYear(date, lang) }) : longDate(date, lang);
}

let shared: i18n | undefined;
/** One instance with every string, for staff-facing text made outside a conversation. */
export function staffI18n(): i18n {
  return (shared ??= createI18n());
}

/**
 * Both languages, for staff (the API, the exports, the console), who read either. Stored answers
 * come from whichever release filed the case: anything unreadable gives null, never a throw.
 */
export function whenTexts(when: unknown): { cy: string; en: string } | null {
  if (!isWhen(when)) return null;
  const i = staffI18n();
  try {
    return { cy: whenText(i.getFixedT('cy'), 'cy', when), en: whenText(i.getFixedT('en'), 'en', when) };
  } catch {
    return null; // a malformed stored date
  }
}

function isWhen(v: unknown): v is WhenAnswer {
  if (!v || typeof v !== 'object') return false;
  const w = v as Record<string, unknown>;
  return typeof w.text === 'string' && (w.date === null || typeof w.date === 'string');
}
