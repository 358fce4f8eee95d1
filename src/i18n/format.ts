import { format } from 'date-fns/format';
// One file each: 'date-fns/locale' loads all ninety-odd locales (about 0.9 s a start), 'date-fns' every function.
import { cy } from 'date-fns/locale/cy';
import { enGB } from 'date-fns/locale/en-GB';
import type { TFunction } from 'i18next';
import { parseDate } from '../deadlines/local-date';
import type { Duration } from '../policy/schema';
import type { Lang } from './index';
import { countValues, DIWRNOD, MIS, type WelshNoun, WYTHNOS } from './numbers';

const LOCALES = { cy, en: enGB } as const;

/** "Monday 30 November 2026" / "dydd Llun 30 Tachwedd 2026", from a YYYY-MM-DD London date. */
export function longDate(iso: string, lang: Lang): string {
  const day = parseDate(iso);
  // A UTC-midnight Date read with local getters would shift west of Greenwich; build it from parts.
  const d = new Date(day * 86_400_000);
  const local = new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return format(local, 'EEEE d MMMM yyyy', { locale: LOCALES[lang] });
}

/**
 * The long date as Welsh needs it after "ar", "tan", "o" and used as an adverb ("a dderbyniwyd
 * ddydd Llun"): "dydd" takes the soft mutation. English has no such form, so it is the plain date.
 * Takes the plain form so callers that already hold it need not format twice.
 */
export function softened(plain: string, lang: Lang): string {
  return lang === 'cy' ? plain.replace(/^dydd /, 'ddydd ') : plain;
}

/** The plain and the mutated long date, for a template to pick: {date} after "erbyn", {dateSoft} after "ar". */
export function dateForms(iso: string, lang: Lang, name = 'date'): Record<string, string> {
  const plain = longDate(iso, lang);
  return { [name]: plain, [`${name}Soft`]: softened(plain, lang) };
}

const NOUN: Record<Duration['unit'], WelshNoun> = { working_days: DIWRNOD, calendar_days: DIWRNOD, weeks: WYTHNOS, months: MIS };

/** "five working days", "10 working days" / "dau ddiwrnod gwaith", "deuddeg mis" (numbers.ts has the rule). */
export function duration(t: TFunction, d: Duration): string {
  return t(`deadlines:duration.${d.unit}`, countValues(d.n, NOUN[d.unit]));
}
