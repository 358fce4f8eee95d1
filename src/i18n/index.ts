import i18next, { type i18n, type TFunction } from 'i18next';
import enDeadlines from '../../locales/en/deadlines.json';
import cyDeadlines from '../../locales/cy/deadlines.json';
import enIntake from '../../locales/en/intake.json';
import cyIntake from '../../locales/cy/intake.json';
import enTriage from '../../locales/en/triage.json';
import cyTriage from '../../locales/cy/triage.json';
import enStatus from '../../locales/en/status.json';
import cyStatus from '../../locales/cy/status.json';
import enPolicy from '../../locales/en/policy.json';
import cyPolicy from '../../locales/cy/policy.json';

/** The two languages the bot speaks. Welsh first wherever both are shown. */
export type Lang = 'cy' | 'en';
export const LANGS: readonly Lang[] = ['cy', 'en'];

export const resources = {
  en: { deadlines: enDeadlines, intake: enIntake, triage: enTriage, status: enStatus, policy: enPolicy },
  cy: { deadlines: cyDeadlines, intake: cyIntake, triage: cyTriage, status: cyStatus, policy: cyPolicy },
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
  cacheFixedT(instance);
  return instance;
}

type AnyT = (key: unknown, options?: unknown, ...rest: unknown[]) => unknown;

/**
 * Makes getFixedT(lang) cheap to call and to use, as the bot does dozens of times a turn (every
 * question lists its choices, the summary has twenty rows). i18next's fixed t copies the
 * instance's whole options object on every call before resolving the key. Here each language's
 * t is made once; a string without values is looked up once and kept, since it cannot change
 * while the resources do not (adding or removing any drops what was kept); a call with values
 * goes straight to instance.t with the language set, which is all the fixed t adds for it.
 */
function cacheFixedT(instance: i18n): void {
  const general = instance.getFixedT.bind(instance) as unknown as (lng: unknown, ns?: unknown, keyPrefix?: unknown) => AnyT;
  const translate = instance.t.bind(instance) as unknown as AnyT;
  const fixed = new Map<string, AnyT>();
  const plain = new Map<string, Map<string, string>>();
  const forget = () => plain.forEach((m) => m.clear());
  instance.store.on('added', forget);
  instance.store.on('removed', forget);

  const make = (lng: string): AnyT => {
    const base = general(lng);
    const known = new Map<string, string>();
    plain.set(lng, known);
    const t: AnyT = (key, options, ...rest) => {
      if (typeof key !== 'string' || rest.length) return base(key, options, ...rest);
      // say() passes {} when a message has no values: the same lookup as none.
      if (options === undefined || (typeof options === 'object' && options !== null && Object.keys(options).length === 0)) {
        const hit = known.get(key);
        if (hit !== undefined) return hit;
        const text = base(key);
        if (typeof text === 'string') known.set(key, text);
        return text;
      }
      if (typeof options !== 'object' || options === null) return base(key, options);
      const o = options as { lng?: string };
      return translate(key, { ...o, lng: o.lng || lng });
    };
    return Object.assign(t, { lng, ns: undefined, keyPrefix: undefined });
  };

  instance.getFixedT = ((lng: unknown, ns?: unknown, keyPrefix?: unknown) => {
    if (typeof lng !== 'string' || ns != null || keyPrefix != null) return general(lng, ns, keyPrefix);
    let t = fixed.get(lng);
    if (!t) fixed.set(lng, (t = make(lng)));
    return t;
  }) as unknown as i18n['getFixedT'];
}

export function translator(instance: i18n, lang: Lang, ns?: string): TFunction {
  return instance.getFixedT(lang, ns ?? null);
}
