import { calendarForProfile } from '../deadlines';
import type { WorkingCalendar } from '../deadlines/calendar';
import { checkTimeLimit } from '../deadlines/time-limit';
import { normalisedWords } from '../language/normalise';
import type { PolicyProfile } from '../policy/schema';
import { happeningNow, learnedNow, spanToCome } from './matter-now';
import type { CueHit } from './matcher';
import type { TriageAnswers } from './types';

// Callers without a calendar of their own (the eval, tests) get the shipped bank holidays,
// built once per profile object: derived, immutable data.
const calendars = new WeakMap<PolicyProfile, WorkingCalendar>();
function calendarOf(profile: PolicyProfile): WorkingCalendar {
  let cal = calendars.get(profile);
  if (!cal) calendars.set(profile, (cal = calendarForProfile(profile)));
  return cal;
}

/** Outside the profile's time limit by the intake's answers, through the shared deadline engine. */
export function timeLimitFromAnswers(profile: PolicyProfile, answers: TriageAnswers, calendar?: WorkingCalendar): { evidence: string } | null {
  if (!profile.timeLimit || !answers.happenedOn || !answers.today) return null;
  try {
    const r = checkTimeLimit(profile, calendar ?? calendarOf(profile), { happened: answers.happenedOn, received: answers.today });
    if (r.unlimited || r.within || r.eventAfterReceipt) return null;
    return { evidence: `${answers.happenedOn} (limit ${r.limitDate})` };
  } catch {
    return null; // a malformed date is the intake's problem to ask again about, not an exclusion
  }
}

const NUMBER: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, dwy: 2, ddwy: 2, tair: 3, dair: 3, pedair: 4, bedair: 4, pum: 5, chwe: 6 };

/**
 * "Back in 2019", "three years ago", "ddwy flynedd yn ôl": how many whole months ago the
 * resident places it, at least; null if the words give no year or count.
 */
function monthsAgo(words: string, today: string): number | null {
  const year = /\b(20\d\d)\b/.exec(words);
  const [ty, tm] = today.split('-').map(Number);
  // The end of a named year is the resident-friendly reading: "in 2024" might mean December.
  if (year) return (ty - Number(year[1]) - 1) * 12 + tm;
  const n = /\b(\d+|two|three|four|five|six|dwy|ddwy|tair|dair|pedair|bedair|pum|chwe)\b/.exec(words);
  if (n && /year|blynedd|mlynedd|flynedd/.test(words)) return (NUMBER[n[1]] ?? Number(n[1])) * 12;
  if (/years ago|blynyddoedd|flynyddoedd/.test(words)) return 24;
  return null;
}

/**
 * Outside the limit by what the message itself says: it names a time long enough ago, for an
 * event wholly in the past ("it happened in 2019", "three years ago they broke my fence"). With
 * the message's `text`, a span that runs up to now ("for two years", "since 2019", "ers 2019",
 * "still", "o hyd", "every winter") is not: the problem is occurring now (see `runsToNow`).
 */
export function timeLimitFromText(profile: PolicyProfile, hits: CueHit[], today: string, text?: string): boolean {
  const limit = profile.timeLimit;
  if (!limit || !hits.length) return false;
  const limitMonths = limit.within.unit === 'months' ? limit.within.n : limit.within.unit === 'weeks' ? limit.within.n / 4.35 : limit.within.n / 30;
  const late = hits.some((h) => {
    const m = monthsAgo(h.words, today);
    return m !== null && m > limitMonths;
  });
  // Read only when it matters: most messages name no time long ago.
  return late && (text === undefined || runsToNowOnce(text) === null);
}

/**
 * timeLimitFromText, and the limit has run from when the resident learned of the matter: not
 * learned of only lately, not happening now with the old date as its background, not years still
 * to come (matter-now.ts; HOS Code 2.3). The classifier's final say on a time-limit exclusion
 * (classify.ts); the cue rules keep timeLimitFromText as one voice among the model's features,
 * since changing what they read moved the retrained models' complaint readings of unrelated first
 * reports (docs/triage/rounds.md, "Round 16: bars", complaints lost).
 */
export function lateFromText(profile: PolicyProfile, hits: CueHit[], today: string, text: string): boolean {
  if (!timeLimitFromText(profile, hits, today, text)) return false;
  const read = readText(text);
  const limit = profile.timeLimit!;
  const limitMonths = limit.within.unit === 'months' ? limit.within.n : limit.within.unit === 'weeks' ? limit.within.n / 4.35 : limit.within.n / 30;
  // "Another five years", "pum mlynedd arall": a span to come is no time ago.
  const late = hits.some((h) => {
    const m = monthsAgo(h.words, today);
    return m !== null && m > limitMonths && !spanToCome(read, h.words);
  });
  return late && learnedNow(read) === null && happeningNow(read) === null;
}

/** The text as the time readings read it: its normalised words, apostrophes as spaces. */
function readText(text: string): string {
  return normalisedWords(text).join(' ').replace(/'/g, ' ').replace(/\s+/g, ' ');
}

/*
 * A problem still going on is occurring now (HOS Code 2.3: "within 12 months of the issue
 * occurring"; Bron Afon 5.3; Brighter Places 3.2 j), so words that run a span up to now are not
 * a time-limit exclusion, however long ago it began: only an event placed wholly in the past is.
 * Read on the normalised text with apostrophes as spaces ("mae'n dal" → "mae n dal").
 */

const COUNT = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|couple of|several|many|some|a good few|a good|a fair few|a few good)';
const UNIT = '(?:years?|yrs?|months?|mnths?|weeks?|wks?|fortnights?)';
// A span told roughly ("for about a fortnight", "for the best part of a year", "for well over a
// year", "for getting on for two months") still runs as far as an exact one.
const HEDGE = '(?:over|nearly|about|almost|around|roughly|more than|at least|well over|just over|getting on for|close to|the best part of|the better part of|a good part of|most of)';

/** Said to be still there, back, or recurring: it is going on now. */
const CONTINUING = new RegExp(
  [
    // English
    'still', 'ongoing', 'on going', 'continu(?:es|ing|ed to|e to)', 'carr(?:ies|ying) on', '(?:been|keeps|is|s|are|re) going on',
    'to this day', '(?:up )?(?:un)?till? now', 'up to now', 'to date', 'ever since', 'since then', 'keeps', 'keep (?:coming|happening|getting|breaking|leaking)',
    'on and off', 'off and on', '(?:every|each) (?:winter|summer|autumn|spring|year|month|week|time|day|night|morning|few (?:weeks|months))',
    'all the time', 'constantly', 'repeatedly', 'again and again', 'time after time', 're ?occurring', 'recurring', 'persist(?:s|ing|ent)?',
    // Welsh: "dal" as "still" only beside what makes it so ("mae'n dal i ddigwydd", "dal yna"), not
    // "dal y bws"; "o hyd" but not "dod o hyd i" (to find); "ers talwm" is "long ago" in the north.
    '(?:yn|n) dal', 'dal (?:i|yn|n|yno|yna|yma|heb|ddim|efo|gyda|ar)', '(?<!(?:dod|ddod|cael|gael|ffeindio) )o hyd', 'b?parhau', 'barhaus', 'parhaus',
    'hyd (?:heddiw|hyn|yn hyn|nawr|rwan|at heddiw|y dydd heddiw)', 'byth ers', 'ers hynny', 'wastad', 'drwy r amser', 'trwy r amser', 'trw r amser',
    '(?:bob|pob) (?:gaeaf|gaea|haf|hydref|gwanwyn|blwyddyn|flwyddyn|mis|wythnos|tro|dydd|nos|bore)', 'eto ac eto', '(?:d|t)ro ar ol tro',
    'o bryd i w gilydd', 'bob hyn a hyn', 'ymlaen ac i ffwrdd', 'mynd ymlaen',
  ].join('|'),
);

/** "never came back", "heb ddod yn ôl": nobody returned, which is no recurrence. */
const NOT_BACK = "(?<!(?:never|not|didn t|didnt|did not|hasn t|hasnt|haven t|havent|nobody|no one|noone|heb|byth|ddim|erioed|neb)(?: wedi)? )";

/** Back after a repair or a pause: going on again now, whatever ended before. */
const RECURRED = new RegExp(
  [
    `${NOT_BACK}(?:came|come|comes|coming|is|s|are|re|its|it s) back(?! in| then| when)`, 'back again', 'happened again', 'started again',
    `${NOT_BACK}(?:dod|ddod|daeth|ddaeth|dwad|ddwad) (?:yn ol|nol|n ol)`, '(?:yn ol|nol) eto', 'wedi dechrau eto', 'ail ddechrau', 'digwydd eto',
  ].join('|'),
);

/** A span up to now: "since 2019", "for two years", "ers mis Hydref", "ers dwy flynedd". */
const SPAN = new RegExp(
  [
    'since', `for (?:the )?(?:last |past )?(?:${HEDGE} )?(?:${COUNT} )?${UNIT}(?! (?:in|during|back in|back) )`,
    'for (?:years|months|ages|a long time|a while|so long|a good while|quite a while|a long while|some time|yonks|donkeys years)', 'ers(?! talwm)',
  ].join('|'),
);

/** Said to be over: what it names ended in the past. Narrow on purpose: read as over, a long-running problem could be excluded. */
const ENDED = new RegExp(
  [
    'no longer', '(?:not|n t) (?:\\w+ ){0,2}any ?more', '(?:it|it s|its|has|have|had|was|were|been) (?:stopped|finished|ended|resolved|sorted(?: out)?)', '(?:stopped|fixed|ended) (?:in|on|last|after)',
    'until (?:(?:19|20)\\d\\d|last|it was|they (?:fixed|sorted|repaired))', 'ddim (?:mwyach|bellach|rhagor)', 'dim (?:mwyach|bellach)',
    'wedi (?:stopio|peidio|dod i ben|gorffen)', 'wedi i (?:drwsio|thrwsio|atgyweirio)', 'tan (?:(?:19|20)\\d\\d|y llynedd|llynedd)',
  ].join('|'),
);

/*
 * A "since then" or a "still" that belongs to something over, not to the matter (issue #19, found
 * in the tenth session's exclusions missed): "it was fixed in May and has been fine since then",
 * "I've moved since", "mae o 'di bod yn iawn ers hynny", "we still moved out in the end", "I still
 * want to complain about it", "dw i isio cwyno amdano o hyd". Read only on the latest span: when it
 * is settled so, what is said last is that the matter is over or is the wish to complain.
 */
// Said just before the span, with at most three small words between ("has been fine ever since",
// "fixed it properly since"): not "fixed and has leaked since", where the span is the leak's.
const SETTLE_FILLER = 'it|them|and|has|have|had|been|was|s|ve|properly|completely|perfectly|totally|really|pretty|quite|all|absolutely|then|ever|yn|n|bod|wedi|di|o|e|hi|nhw|ers';
const SETTLED_BEFORE = new RegExp(
  `(?:^| )(?:fixed|sorted|sorted out|repaired|replaced|resolved|done|finished|fine|ok|okay|alright|all right|no (?:problems?|issues?|trouble|bother)|` +
    `moved(?: out| house| away| on)?|iawn|wedi (?:ei |i )?(?:trwsio|thrwsio|drwsio|sortio|symud|gorffen)|symud(?:on|ais|odd)?|dim (?:problem|trafferth)|heb (?:broblem|drafferth))` +
    `(?: (?:${SETTLE_FILLER})){0,3} $`,
);
// Words that deny the settling ("it hasn't been fixed since", "not been right since", "heb ei drwsio ers hynny").
const DENIES_SETTLED = /(?:^| )(?:not|never|nothing|nobody|noone|no one|no longer|neb|dim byd|hasnt|hasn t|havent|haven t|isnt|isn t|wasnt|wasn t|werent|didnt|didn t|ddim|heb ei|byth|nid|nad)(?: \w+){0,3} $/;
// Said just after "since then" / "ers hynny": "since then it's been fine", "ers hynny mae o'n iawn".
const SETTLED_AFTER = /^(?: \w+){0,4}? (?:fine|ok|okay|alright|all right|no (?:problems?|issues?|trouble|bother)|iawn|dim (?:problem|trafferth))(?: |$)/;
const NOT_AFTER = /^(?: \w+){0,4}? (?:not|never|hasnt|hasn t|havent|haven t|isnt|isn t|wasnt|ddim|byth|nid)(?: |$)/;
// A "still" that goes with a thing done and over, or with the wish to complain.
const STILL_DONE = /^ (?:moved|went|left|ended up|decided|managed|paid|sold|gave up|had to (?:move|leave|pay|go))(?: |$)/;
const STILL_WISH = /^ (?:want|wants|wish|would like|d like|like) to (?:complain|make a complaint|raise (?:it|this|a complaint)|put in a complaint)(?: |$)|^ (?:isio|eisiau|moyn|am) (?:cwyno|gwyno|gwneud cwyn|wneud cwyn)(?: |$)/;
const WISH_O_HYD = /(?:^| )(?:isio|eisiau|moyn|am) (?:cwyno|gwyno|gwneud cwyn|wneud cwyn)(?: \w+){0,2} $/;

function settled(n: string, m: { at: number; end: number; words: string }): boolean {
  const before = n.slice(0, m.at + 1);
  const after = n.slice(m.end);
  if (/^(?:since|since then|ever since|ers hynny|byth ers|ers)$/.test(m.words) && !/^ ?(?:19|20)\d\d/.test(after)) {
    const b = SETTLED_BEFORE.exec(before);
    if (b && !DENIES_SETTLED.test(before.slice(0, b.index + 1))) return true;
    if (/then|hynny/.test(m.words) && SETTLED_AFTER.test(after) && !NOT_AFTER.test(after)) return true;
  }
  if (/(?:^|\s)(?:still|dal)$/.test(m.words) && (STILL_DONE.test(after) || STILL_WISH.test(after))) return true;
  return m.words === 'o hyd' && WISH_O_HYD.test(before);
}

// Whole words only; global, to find the last match. Built once, at load.
const [RECURRED_AT, CONTINUING_AT, SPAN_AT, ENDED_AT] = [RECURRED, CONTINUING, SPAN, ENDED].map((re) => new RegExp(`(?:^| )(?:${re.source})(?= |$)`, 'g'));

/** The last match of `g` in `n`: where it starts and its words. */
function lastAt(g: RegExp, n: string): { at: number; end: number; words: string } | null {
  g.lastIndex = 0;
  let last: { at: number; end: number; words: string } | null = null;
  for (let m = g.exec(n); m; m = g.exec(n)) {
    last = { at: m.index, end: m.index + m[0].length, words: m[0].trim() };
    g.lastIndex = m.index + 1;
  }
  return last;
}

// The rules and the model ask of the same message in turn: remember the last text's answer (one entry).
let lastRun: { text: string; runs: { words: string } | null } | null = null;
function runsToNowOnce(text: string): { words: string } | null {
  if (lastRun?.text !== text) lastRun = { text, runs: runsToNow(text) };
  return lastRun.runs;
}

/**
 * The words that say the matter runs up to now ("still", "since 2019", "ers dwy flynedd", "bob
 * gaeaf", "it's back"), or null when nothing does. What is said last tells how things stand: "for
 * two years until it was fixed in 2023" is over; "it was fixed in 2023 but it's still there" and
 * "it stopped, then came back" are not. Pure; both languages and a mix.
 */
export function runsToNow(text: string): { words: string } | null {
  // `normalise(text)` is its words joined by single spaces; the tokeniser has just read the same
  // text's words (normalisedWords remembers the last text), so the seven passes are not run again.
  const n = readText(text);
  const runs = [lastAt(RECURRED_AT, n), lastAt(CONTINUING_AT, n), lastAt(SPAN_AT, n)].filter((m): m is NonNullable<typeof m> => m !== null);
  if (!runs.length) return null;
  const latest = runs.reduce((a, b) => (b.at > a.at ? b : a));
  const over = lastAt(ENDED_AT, n);
  // Reaching the latest span ("wedi stopio ers mis Mawrth": stopped since March) ends it too.
  if (over && over.end >= latest.at) return null;
  return settled(n, latest) ? null : { words: latest.words };
}
