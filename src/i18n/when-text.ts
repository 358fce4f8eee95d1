import { format } from 'date-fns/format';
// One file each: 'date-fns/locale' loads all ninety-odd locales (about 0.9 s a start), 'date-fns' every function.
import { cy as cyLocale } from 'date-fns/locale/cy';
import { enGB } from 'date-fns/locale/en-GB';
import type { i18n, TFunction } from 'i18next';
import type { WhenAnswer } from '../cases/intake';
import { parseDate } from '../deadlines/local-date';
import { longDate } from './format';
import { createI18n, type Lang } from './index';
import { englishNumber, MIS, welshCount, WYTHNOS, DIWRNOD } from './numbers';

type AgoUnit = NonNullable<WhenAnswer['ago']>['unit'];

/** Welsh years after a number: "dwy flynedd", "tair blynedd", "pum mlynedd" (blynedd, with the number's mutation). */
const WELSH_YEARS = ['', 'blwyddyn', 'dwy flynedd', 'tair blynedd', 'pedair blynedd', 'pum mlynedd', 'chwe blynedd', 'saith mlynedd', 'wyth mlynedd', 'naw mlynedd', 'deng mlynedd'];

/**
 * A count back as a resident says it, without "ago" (the template has "ago" / "yn ôl"): "three
 * weeks", "a month", "pythefnos", "tair wythnos", "dau fis", "blwyddyn".
 */
export function agoText(ago: { n: number; unit: AgoUnit }, lang: Lang): string {
  const { n, unit } = ago;
  if (lang === 'en') return n === 1 ? `a ${unit}` : `${englishNumber(n)} ${unit}s`;
  if (unit === 'week' && n === 2) return 'pythefnos';
  if (unit === 'year') return WELSH_YEARS[n] ?? `${n} mlynedd`;
  if (n === 1) return { day: 'diwrnod', week: 'wythnos', month: 'mis' }[unit];
  return welshCount(n, { day: DIWRNOD, week: WYTHNOS, month: MIS }[unit]);
}

/**
 * Roughly when a count back puts it: the day without its weekday for days and weeks ("2 November
 * 2026", which "about" fits), the month for months and years ("August 2026" / "mis Awst 2026").
 */
export function aroundText(iso: string, unit: AgoUnit, lang: Lang): string {
  if (unit === 'month' || unit === 'year') return lang === 'cy' ? `mis ${monthYear(iso, lang)}` : monthYear(iso, lang);
  return longDate(iso, lang).replace(/^\S+ (?:\S+ )?(?=\d)/, '');
}

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
  // Said as a count back ("3 weeks ago"): roughly when, not a day it was not given as.
  if (date && when.ago && precision === 'approx') {
    return t(when.ongoing ? 'intake:when.as_ongoing_ago' : 'intake:when.as_ago', { around: aroundText(date, when.ago.unit, lang) });
  }
  if (when.ongoing) {
    if (!date) return t('intake:when.as_ongoing');
    if (precision === 'day') return t('intake:when.as_ongoing_day', { date: longDate(date, lang) });
    if (precision === 'month') return t('intake:when.as_ongoing_month', { month: monthYear(date, lang) });
    if (precision === 'year') return t('intake:when.as_ongoing_year', { year: date.slice(0, 4) });
    if (precision === 'week') return t('intake:when.as_ongoing_week', { day: aroundText(date, 'week', lang) });
    return t('intake:when.as_ongoing_approx', { month: monthYear(date, lang) });
  }
  if (!date) return when.text;
  // "mis Mawrth 2026": a month named alone reads as a month in Welsh with "mis" before it.
  if (precision === 'month') return t('intake:when.as_month', { month: monthYear(date, lang) });
  // "last week", "a few weeks ago": not a day the resident gave.
  if (precision === 'week') return t('intake:when.as_week', { day: aroundText(date, 'week', lang) });
  if (precision === 'approx') return t('intake:when.as_approx', { month: monthYear(date, lang) });
  return longDate(date, lang);
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
