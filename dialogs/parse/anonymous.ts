import { normalise } from '../../src/language/normalise';

/**
 * A message that says its writer would rather not be named ("I want to report my neighbour
 * anonymously", "heb roi fy enw", "yn ddienw"): the reply then promises no contact.
 */
const ANONYMOUS = [
  /\banonymous(?:ly)?\b/,
  /\banon\b/,
  /\bwithout (?:giving |leaving )?(?:my|a) name\b/,
  /\b(?:don't|dont|do not|won't|wont|rather not|not|prefer not to|prefer not) (?:want to )?(?:give|leave|say|share|tell) (?:you )?my name\b/,
  /\b(?:ddienw|dienw)\b/,
  /\bheb (?:roi|rhoi|ddweud|deud|dweud) (?:fy |y )?enw\b/,
  // "gwell gen i beidio â rhoi fy enw": the mutated form, and â (folded to a) after it.
  /\b(?:dim|ddim|peidio|beidio) (?:a |ag )?(?:isio |eisiau |moyn )?(?:rhoi|roi|deud|dweud) (?:fy |y )?enw\b/,
  // "sa i moyn rhoi fy enw", "smo fi isie gweud fy enw": the southern negatives, with no "ddim".
  /\b(?:sa i|sai|smo fi|so fi) (?:moyn|isio|isie|eisiau) (?:rhoi|roi|deud|dweud|gweud) (?:fy |y )?enw\b/,
];

export function asksAnonymity(text: string): boolean {
  const n = normalise(text);
  return ANONYMOUS.some((re) => re.test(n));
}
