import { folded } from './folded-text';
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

// A door, window or lock that will not close or lock (the security hazard words in cues.ts), and
// the words that make such a hit another hazard (water by the electric meter's door, a balcony).
const SECURITY = /\b(doors?|windows?|locks?|locking|latch|secure|insecure|drws|drysau|ffenest\w*|clo|cloeon|clicied|cloi)\b/;
const OTHER_HAZARD = /\b(electric\w*|meter|water|leak\w*|gas|smoke|ceiling|balcon\w*|trydan|dwr|nwy|mwg|nenfwd|balconi)\b/;
// Twelfth safety pass (issue #19): most questions asked of other lines by a door or a lock were a
// door that does not close properly ("won't shut properly, the frame has swollen", "ddim yn cau'n
// iawn"), one told as long-standing ("since June", "ers wythnosau", "half the time"), or a fire door
// or the block's door (a fire-safety or building repair, not a home open tonight). The doors the
// question reached were told as failed now: "won't lock at all", "tonight", "bellach".
const NOT_PROPERLY = /\b(properly|fully|half the time|hanner yr amser|yn iawn|\w+n iawn)\b/;
const LONG_STANDING = /\b(since (january|february|march|april|may|june|july|august|september|october|november|december|the (spring|summer|autumn|winter|week)|last|i moved|we moved|(19|20)\d\d)|for (weeks|months|years|ages)|\d+ (weeks|months|years)|(two|three|four|five|six|several|few) (weeks|months|years)|weeks|months|years|ers (wythnos\w*|mis\w*|deufis|tri mis|blwyddyn|blynedd\w*|y gwanwyn|yr haf|yr hydref|y gaeaf|i mi symud|i ni symud|(19|20)\d\d|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)|wythnosau|misoedd|blynyddoedd)\b/;
const FIRE_OR_BLOCK_DOOR = /\b(fire doors?|drws tan|drysau tan|communal|block door|door to the block|entrance door|drws y bloc|drws y fynedfa|cymunedol)\b/;
const FAILED_NOW = /\b(tonight|right now|at all|this (morning|afternoon|evening)|today|heno|o gwbl|bellach|bore ma|heddiw|pnawn ma|prynhawn ma)\b/;

// The fabric's words (cues.ts) where they name a fitting come loose, rotten or hanging rather than
// the home's structure: "the handrail on the stairs has come loose", "mae'r rheiddiadur wedi dod
// yn rhydd o'r wal ac mae'n hongian", "the skirting has rotted", "kitchen units falling apart" (the
// twelfth pass's "fabric" group). A ceiling, a roof, a balcony, a chimney, a crack or a collapse
// stays a hazard wherever a fitting is named beside it.
const FITTING = /\b(handrails?|hand rails?|banisters?|bannisters?|grab rails?|shower rails?|radiators?|skirting\w*|cupboards?|kitchen units|units|worktops?|canllaw\w*|rheilen|rheiddiadur\w*|sgertin|cwpwrdd|cypyrddau|unedau)\b/;
const FABRIC = /\b(wall|walls|floor\w*|stairs|staircase|beam|joists?|plaster|apart|waliau|wal|llawr|lloriau|grisiau|star|staer|trawst\w*|plastr)\b/;
const STRUCTURE_ITSELF = /\b(ceiling|roof|balcon\w*|chimney|collaps\w*|subsid\w*|structural|crack\w*|nenfwd|to|balconi|simdde|strwythurol|crac\w*|electric\w*|water|trydan|dwr|socket\w*|soced\w*)\b/;

/** Whether a hit is a fitting's, not the structure's (see above): `text` whole, each hit's words. */
function fittingOnly(text: string): (h: CueHit) => boolean {
  const fitting = FITTING.test(folded(text));
  return (h) => fitting && FABRIC.test(` ${h.words} `) && !STRUCTURE_ITSELF.test(` ${h.words} `);
}

/** Whether a message's door or lock hits name no home open now (see above): `text` whole, each hit's words. */
function idleSecurity(text: string): (h: CueHit) => boolean {
  const t = folded(text);
  const idle = !FAILED_NOW.test(t) && (NOT_PROPERLY.test(t) || LONG_STANDING.test(t) || FIRE_OR_BLOCK_DOOR.test(t));
  return (h) => idle && SECURITY.test(` ${h.words} `) && !OTHER_HAZARD.test(` ${h.words} `);
}

/**
 * Hits inside a setting that names no hazard ("gas bill", "smoke alarm fitted") or no hazard now
 * (the flags' own not_now settings: "last year", "fixed", "if there was a fire") do not count.
 * Given the message's `text`, nor does gas, smoke or fire told as absent ("there isn't any smell
 * of gas, the boiler just won't light", "dim arogl nwy"; tenth safety pass): asking "is anyone in
 * danger?" of someone who has just said there is no gas reads as not listening. Doubt ("I think I
 * can smell gas") or a "but"/"still" after it keeps the hit, as absentHazardIn reads it. Nor a door
 * or lock that closes but not properly, long-standing, or a fire or block door, unless told as
 * failed now, nor a fitting come loose or rotten (twelfth safety pass: idleSecurity, fittingOnly).
 */
export function dangerNamed(hits: readonly CueHit[], text?: string): DangerNamed | null {
  const inSetting = hazardSettingOf(hits);
  const live = (cue: CueHit['cue']) => hits.filter((h) => h.cue === cue && !inSetting(h));
  let absent: ((words: string) => boolean) | undefined;
  const toldAbsent = (h: CueHit) => text !== undefined && DENIABLE.test(` ${h.words} `) && (absent ??= absentHazardIn(text))(h.words);
  const idle = text === undefined ? () => false : idleSecurity(text);
  const fitting = text === undefined ? () => false : fittingOnly(text);
  const home = live('hazard').filter((h) => !toldAbsent(h) && !idle(h) && !fitting(h));
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
