import { normalise } from '../../src/language/normalise';

/**
 * A message that says its writer would rather not be named ("I want to report my neighbour
 * anonymously", "heb roi fy enw", "yn ddienw"): the reply then promises no contact.
 */
const ANONYMOUS = [
  /\banonymous(?:ly)?\b/,
  /\banon\b/,
  /\bwithout (?:giving |leaving )?(?:my|a) name\b/,
  /\b(?:don't|dont|do not|won't|wont|rather not|not) (?:want to )?(?:give|leave|say|share) (?:you )?my name\b/,
  /\b(?:ddienw|dienw)\b/,
  /\bheb (?:roi|rhoi|ddweud|deud|dweud) (?:fy |y )?enw\b/,
  // "gwell gen i beidio â rhoi fy enw": the mutated form, and â (folded to a) after it.
  /\b(?:dim|ddim|peidio|beidio) (?:a |ag )?(?:isio |eisiau )?(?:rhoi|roi|deud|dweud) (?:fy |y )?enw\b/,
];

export function asksAnonymity(text: string): boolean {
  const n = normalise(text);
  return ANONYMOUS.some((re) => re.test(n));
}
