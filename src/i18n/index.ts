import i18next, { type i18n, type TFunction } from 'i18next';
import enDeadlines from '../../locales/en/deadlines.json';
import cyDeadlines from '../../locales/cy/deadlines.json';
import enIntake from '../../locales/en/intake.json';
import cyIntake from '../../locales/cy/intake.json';
import enTriage from '../../locales/en/triage.json';
import cyTriage from '../../locales/cy/triage.json';

/** The two languages the bot speaks. Welsh first wherever both are shown. */
export type Lang = 'cy' | 'en';
export const LANGS: readonly Lang[] = ['cy', 'en'];

export const resources = {
  en: { deadlines: enDeadlines, intake: enIntake, triage: enTriage },
  cy: { deadlines: cyDeadlines, intake: cyIntake, triage: cyTriage },
} as const;

/**
 * A fresh i18next instance with every string loaded. Missing keys are not filled from the other
 * language (a test checks parity instead), so a gap shows up rather than hiding as English.
 */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: 'en',
    supportedLngs: ['en', 'cy'],
    fallbackLng: false,
    ns: Object.keys(resources.en),
    defaultNS: 'deadlines',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}

export function translator(instance: i18n, lang: Lang, ns?: string): TFunction {
  return instance.getFixedT(lang, ns ?? null);
}
