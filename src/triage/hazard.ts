import type { CueHit } from './matcher';
import { absentHazardIn } from './negation-scope';
import { settles } from './rules';
import type { TriageSignal } from './types';

/**
 * A hazard or a risk to a person named in words the safety flags did not read as an emergency.
 * A good officer who hears "sparks" or "scared" and is not sure asks; so does the bot, once
 * (`confirmDanger` on the result). `person`: the words were about someone hurt, scared,
 * threatened or harming themselves, so a yes gets the crisis contacts as well.
 */
export interface DangerNamed {
  about: 'home' | 'person';
  signals: TriageSignal[];
}

// Gas, fumes, smoke and fire: the hazards a resident tells as absent ("no smell of gas"), as the
// rules' urgent_gas and urgent_fire are read (ABSENT_WHEN_DENIED, negation-scope.ts).
const DENIABLE = /\b(gas|gassy|nwy|carbon|monoxide|monocsid|co|fumes|mygdarth|smoke|smoky|smoking|fire|fires|flames?|burning|burnt|smouldering|mwg|myglyd|mygu|tan|fflam\w*|llosgi)\b/;

/**
 * Whether a hit sits inside a setting that names no hazard ("gas bill", "smoke alarm fitted") or
 * no hazard now (the flags' own settled not_now settings): one reading for the danger question and
 * the learned trigger's features (danger-words.ts).
 */
export function hazardSettingOf(hits: readonly CueHit[]): (h: CueHit) => boolean {
  const settings = hits.filter((h) => h.cue === 'hazard_setting' || (h.cue === 'not_now' && settles(h))).map((h) => ` ${h.words} `);
  return (h) => settings.some((w) => w.includes(` ${h.words} `));
}

/**
 * Hits inside a setting that names no hazard ("gas bill", "smoke alarm fitted") or no hazard now
 * (the flags' own not_now settings: "last year", "fixed", "if there was a fire") do not count.
 * Given the message's `text`, nor does gas, smoke or fire told as absent ("there isn't any smell
 * of gas, the boiler just won't light", "dim arogl nwy"; tenth safety pass): asking "is anyone in
 * danger?" of someone who has just said there is no gas reads as not listening. Doubt ("I think I
 * can smell gas") or a "but"/"still" after it keeps the hit, as absentHazardIn reads it.
 */
export function dangerNamed(hits: readonly CueHit[], text?: string): DangerNamed | null {
  const inSetting = hazardSettingOf(hits);
  const live = (cue: CueHit['cue']) => hits.filter((h) => h.cue === cue && !inSetting(h));
  let absent: ((words: string) => boolean) | undefined;
  const toldAbsent = (h: CueHit) => text !== undefined && DENIABLE.test(` ${h.words} `) && (absent ??= absentHazardIn(text))(h.words);
  const home = live('hazard').filter((h) => !toldAbsent(h));
  const person = live('hazard_person');
  const cold = live('hazard_cold');
  const frail = cold.length ? live('hazard_frail') : [];
  const named = [...person, ...home, ...(frail.length ? [...cold, ...frail] : [])];
  if (!named.length) return null;
  const signals: TriageSignal[] = [];
  for (const h of named) if (!signals.some((s) => s.cue === h.cue && s.text === h.words)) signals.push({ cue: h.cue, text: h.words, source: 'text' });
  return { about: person.length ? 'person' : 'home', signals };
}

/**
 * A message's clauses, each read alone where safeguarding is raised without an emergency
 * (dialogs/main/triage-routes.ts, hazardBeside): "I'm scared of my ex and water is dripping next
 * to the light". Welsh "a"/"ac" ("and") joins clauses, but "a" is also the English article, so it
 * splits only a Welsh message: split at it in English and "there's water near a socket" loses its
 * hazard ("there's water near", "socket"). A mixed message splits at "ac" (Welsh only) and not at
 * "a", which could be either. Clauses of fewer than three words are left out.
 */
export function clausesOf(text: string, language: 'cy' | 'en' | 'mixed'): string[] {
  const joins = language === 'cy' ? 'and|but|also|plus|ac|a|ond|hefyd' : language === 'mixed' ? 'and|but|also|plus|ac|ond|hefyd' : 'and|but|also|plus';
  return text
    .split(new RegExp(`(?<=[.!?;,])\\s+|\\s+(?:${joins})\\s+`, 'i'))
    .filter((c) => c.trim().split(/\s+/).length >= 3);
}
