import { normalise } from '../../src/language/normalise';

// The Ombudsman named, and a wish to go to it, in either language and everyday forms.
const OMBUDSMAN = /\b(ombudsman|ombudsmen|ombwdsmon|ombudsmon|ombwdsman)\b/;
const WISH =
  /\b(want|wanna|would like|id like|like to|go to|going to|take (it|this|my complaint)|refer|escalate|contact|complain to|involve|get|can i|how do i|look at|review|eisiau|isio|moyn|hoffwn|mynd at|mynd a|mynd i|cysylltu|gofyn|cwyno i|sut mae|ga i|gaf i)\b/;
// Already there: an exclusion the rules name, not a wish.
const ALREADY = /\b(already|eisoes|yn barod|investigating|ymchwilio)\b/;

/** "I want the Ombudsman to look at this", "Dw i isio mynd at yr Ombwdsmon": a wish to reach the Ombudsman. */
export function wantsOmbudsman(text: string): boolean {
  const n = normalise(text).replace(/'/g, '');
  return OMBUDSMAN.test(n) && WISH.test(n) && !ALREADY.test(n);
}
