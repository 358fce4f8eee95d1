import { addressInDangerAnswer } from './danger-answer';

/**
 * Whether an answer to "would you like a call back? Tell me a day and time…" says anything about
 * when: a day, a part of the day, a clock time, "any time", "as soon as you can". Without one of
 * these (and without a phone number) the message is about something else ("I need big writing and
 * a home visit"), and recording it as the time to call would tell staff nonsense and the resident
 * that a call back was arranged when they never asked for one.
 */
const WHEN_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    [
      // English days, parts of the day, relative days.
      String.raw`mon(?:day)?s?|tue(?:s|sday)?s?|wed(?:nesday)?s?|thu(?:rs?|rsday)?s?|fri(?:day)?s?|sat(?:urday)?s?|sun(?:day)?s?`,
      String.raw`today|tomorrow|tmrw|tonight|morning|mornings|afternoon|afternoons|evening|evenings|lunch(?:time)?|weekday|weekend|midday|noon`,
      String.raw`any\s?time|whenever|asap|as\s+soon\s+as|after|before|between|o'?clock|pm|now`,
      // Welsh days (dydd/ddydd + name, mutated or not), parts of the day, relative days.
      String.raw`d?dydd|llun|mawrth|mercher|iau|gwener|sadwrn|sul`,
      String.raw`heddiw|(?:y)?fory|yfory|heno|bore|pnawn|p'nawn|prynhawn|brynhawn|nos|noson|ginio|cinio|penwythnos`,
      String.raw`unrhyw\s+(?:bryd|amser|adeg)|rhywbryd|cyn\s+gynted|ar\s+[oô]l|cyn|rhwng|o'?r\s+gloch|nawr|rŵan|rwan`,
    ].join('|') +
    String.raw`)(?![\p{L}\p{N}])`,
  'iu',
);

/** A clock time or any number ("2", "10.30", "after 2pm"). */
const DIGITS = /\d/;

export function namesCallTime(text: string): boolean {
  if (WHEN_WORDS.test(text)) return true;
  // An address ("Fflat 3, 12 Heol y Parc", the answer to the "where?" the offer came after) has
  // numbers that are no time to call: found over SMS, where it was recorded as the call back.
  return DIGITS.test(text) && addressInDangerAnswer(text) === null;
}
