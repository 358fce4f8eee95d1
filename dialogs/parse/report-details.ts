import type { Lang } from '../../src/i18n';
import { normalise } from '../../src/language/normalise';
import { readYesNo } from './yes-no';
import { parseWhen } from './dates';

/**
 * Ways of reporting, and counts of times, in either language and in normal form. Welsh verbs
 * appear in the past forms people use ("ffoniais", "ffonies"), and "e-bost" as normalised ("e bost").
 */
const HOW = [
  'phoned', 'phone', 'rang', 'ring', 'called', 'call', 'emailed', 'email', 'e mail', 'wrote', 'written', 'letter', 'letters',
  'online', 'app', 'website', 'portal', 'form', 'text', 'texted', 'message', 'messaged', 'chat', 'told', 'in person', 'office',
  'visited', 'came out', 'came round', 'engineer', 'booked', 'appointment', 'job number', 'twice', 'times', 'again and again',
  'ffonio', 'ffoniais', 'ffonies', 'ffonais', 'ffonion', 'galw', 'galwais', 'e bost', 'ebost', 'ebostio', 'ysgrifennu',
  'ysgrifennais', 'sgwennu', 'sgwennais', 'llythyr', 'llythyrau', 'ar lein', 'arlein', 'gwefan', 'ap', 'neges', 'tecst',
  'tecstio', 'dweud wrth', 'dwedais', 'dywedais', 'swyddfa', 'wyneb yn wyneb', 'apwyntiad', 'trefnu', 'dwywaith', 'gwaith',
  'gweithiau',
].map(normalise);

/** Words that turn "I phoned" into "I didn't phone"; with any of these, nothing is inferred. */
const NEGATION = /(^| )(no|not|never|nobody|didn't|didnt|haven't|havent|hadn't|hadnt|wasn't|wasnt|ddim|naddo|na|heb|erioed|byth)( |$)|n't( |$)/;

/**
 * An answer to "have you reported it before?" that has no yes or no in it but says how or when
 * ("I rang them twice last month", "ffoniais i ddoe") is a yes. One with a negation is not read.
 */
export function impliedYes(text: string, today: string, lang?: Lang): boolean {
  return !NEGATION.test(normalise(text)) && saysWhenOrHow(text, today, lang);
}

/**
 * Whether an answer to "have you reported it before?" already says when or how ("yes, I rang
 * twice last month", "do, ffoniais i dair gwaith ym mis Hydref"), so asking "when and how?"
 * next would make the resident say it again. A bare "yes" or "yes I have" does not.
 */
export function saysWhenOrHow(text: string, today: string, lang?: Lang): boolean {
  const normalised = normalise(text);
  // A bare "yes" or "do" says neither; most answers are one, and the date parser is not cheap.
  if (!normalised.includes(' ') && readYesNo(normalised) !== null) return false;
  const n = ` ${normalised} `;
  return HOW.some((w) => n.includes(` ${w} `)) || parseWhen(text, today, lang) !== null;
}
