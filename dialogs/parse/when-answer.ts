import { runsToNow } from '../../src/triage/time-limit';
import { type Lang, type ParsedWhen, parseWhen } from './dates';
import { reportedInDescription } from './report-details';

/**
 * Reads an answer to "When did it happen?" that may say the problem is still going on: "since
 * October 2024 and it's still happening", "on and off since 2023", "every winter", "mae'n dal i
 * ddigwydd", "byth ers 2023", "bob gaeaf". The start date comes from the date reader
 * (dates.ts), the "still going on" from the same reading triage uses (src/triage/time-limit.ts).
 */

export interface WhenReading {
  /** When it happened, or when it started if it is still going on; null if not said. */
  start: ParsedWhen | null;
  ongoing: boolean;
}

/** "every winter", "bob gaeaf": recurring, so no date ("winter" alone would read as last winter). */
const RECURRING = /(?<![\p{L}\p{N}])(?:every|each|bob|pob)\s+(?:(?:single|other|few)\s+)?(?:winters?|summers?|autumns?|springs?|falls?|years?|months?|weeks?|days?|nights?|mornings?|time|gaeaf|gaea|haf|hydref|gwanwyn|blwyddyn|flwyddyn|mis|wythnos|dydd|nos|bore|tro)(?![\p{L}\p{N}])/giu;

/** A count back that runs to now: "for 3 weeks", "ers pythefnos", "since about a month"; not "3 weeks ago" nor "in the last 2 weeks". */
const RUNS_FROM = /^(?:for|since|ers|been)\s/;

/** The reading, or null when the answer names neither a date nor that it is still going on. */
export function readWhenAnswer(text: string, today: string, lang?: Lang): WhenReading | null {
  const start = parseWhen(text.replace(RECURRING, ' '), today, lang);
  // "for about a fortnight", "ers tair wythnos": a count back from now with "for" or "since" runs
  // to now, hedged or not (triage's reading misses the hedged "for about …").
  const ongoing = runsToNow(text) !== null || (start?.ago !== undefined && RUNS_FROM.test(start.matched));
  if (!start && !ongoing) return null;
  return { start, ongoing };
}

/** The description already says it is still going on ("for two years and it's still there"). */
export function describesOngoing(description: string | undefined): boolean {
  return description !== undefined && runsToNow(description) !== null;
}

/** Words of reporting: a date in the same clause is when it was reported, not when it happened ("I rang them last week"). */
// "telling you", "deud wrthach chi", "gweud wrthoch chi", the southern "ffono" (trial17), as report-details.ts reads them.
// Welsh verbs mutate after "i", "nes i", "wedi'u": "nes i gwyno ym mis Mawrth" (soft), "ei chwyno"
// (aspirate), "roi gwybod", "gysylltu", "ddweud wrth" were read as when it happened (trial17).
const REPORTING = /\b(?:report\w*|rang|ring\w*|rung|phon\w*|call\w*|email\w*|chased|chasing|texted|texting|messaged|messaging|e-?bost\w*|told|telling|contacted|wrote|complain\w*|ffoni\w*|ffono|ffonies|ffonion|cysyllt\w*|gysyllt\w*|ysgrifenn\w*|sgwenn\w*|dweud wrth\w*|ddweud wrth\w*|deud wrth\w*|ddeud wrth\w*|gweud wrth\w*|rhoi gwybod|roi gwybod|rhoddais wybod|adrodd\w*|cwyn\w*|gwyno|gwynais|gwynes|gwynon|chwyno)\b/;

/**
 * Wanting to complain is no report made: "I want to complain about the damp we've had for two
 * years", "dw i isio gwneud cwyn" say when in the same breath (trial17: "when?" was asked of them).
 */
const WISH_TO_COMPLAIN = /\b(?:want|wants|wish|like|going|need|wanna)\s+to\s+(?:make\s+a\s+)?complain\w*|\b(?:isio|eisiau|moyn|mo'yn|angen)\s+(?:gwneud\s+)?(?:cwyn|gwyno|cwyno)\b/g;
const reports = (clause: string): boolean => REPORTING.test(clause.replace(WISH_TO_COMPLAIN, ' '));

/** A clause that goes on with the one before: "(and) again in June", "(ac) eto ym mis Mehefin". */
const AGAIN = /^(?:again|once again|then again|eto|unwaith eto)\b/;

/** "since March", "for three weeks", "ers mis Medi", "o fis Hydref": a start that runs to now. */
const STARTS_RUNNING = /^(?:since|for|ers|been|from|o|byth ers)\s/;
/** A count back that says it is back ("3 weeks ago", "tair wythnos yn ôl"); "12 years old" is not when anything happened. */
const COUNTS_BACK = /(?:\bago|yn ol|yn ôl|'n ol|'n ôl)$/;

/**
 * When the description itself says when ("the boiler has been broken since March", "ers mis
 * Medi", "for three weeks", "syrthiodd y nenfwd ddoe"): the words that say it, as written, for the
 * "when?" question to read instead of asking; null when it does not say, or says it only of when it
 * was reported ("I rang them last week"), or the number is not a time ("my boiler is 12 years old").
 */
export function whenInDescription(description: string, today: string, lang?: Lang, tries = 2): string | null {
  const reading = readWhenAnswer(description, today, lang);
  const start = reading?.start;
  if (!start) return null;
  const { matched } = start;
  if (start.ago && !STARTS_RUNNING.test(matched) && !COUNTS_BACK.test(matched)) return null;
  const lower = description.toLowerCase();
  const at = lower.indexOf(matched);
  // The clause the date is in, to tell when it happened from when it was reported.
  // "even though", "although", "er" start a clause as "but" does: "broken for three months even
  // though I rang every week", "ers tri mis er i mi ffonio" were read as when it was reported, and
  // "when?" asked (found by trial16), as report-details.ts reads its clauses.
  // A colon and "because" end a clause too: "I want to complain: we've had damp for two years" (trial17).
  const clauses = lower.split(/[.;:!?]|,\s*|\s+(?:and|but|even though|although|though|because|ac|a|ond|er|so|felly|achos|oherwydd)\s+/);
  // The reader's words may be spelt its way ("last wk" read as "last week"): then the clause is the one it reads them in (found by trial12).
  const clause = clauses.find((c) => c.includes(matched)) ?? clauses.find((c) => parseWhen(c, today, lang)?.matched === matched) ?? lower;
  // "I complained in March and again in June", "ffoniais i ym mis Mawrth ac eto ym mis Mehefin":
  // a clause that opens with "again" goes on with the report before it (trial17).
  const index = clauses.indexOf(clause);
  const goesOn = index > 0 && AGAIN.test(clause.trim()) && reports(clauses[index - 1]!);
  if (reports(clause) || goesOn) {
    // When it was reported is not when it started, but another clause may say that: "the fan has
    // not worked for 2 months, I reported it in October" (found round 13, where "when?" was asked).
    const from = clause === lower ? -1 : lower.indexOf(clause);
    if (from < 0 || tries <= 0) return null;
    // The clauses that go on with this report ("and again in June") go with it.
    let end = from + clause.length;
    for (let i = index + 1; i < clauses.length && AGAIN.test(clauses[i]!.trim()); i++) {
      const next = lower.indexOf(clauses[i]!, end);
      if (next < 0) break;
      end = next + clauses[i]!.length;
    }
    return whenInDescription(`${description.slice(0, from)} ${description.slice(end)}`, today, lang, tries - 1);
  }
  return at >= 0 ? description.slice(at, at + matched.length) : matched;
}

/**
 * The words of a date the description gives only of reporting ("I've complained since March", "dw i
 * wedi cwyno ers mis Mawrth", "I've been reporting it since 2023"), when it says nothing else of
 * when: what the "when?" question names, so the resident is not asked as if they had said nothing
 * (found by trial17: both languages asked the plain question straight after such a date). When it
 * started is still theirs to say: reporting since March says only that it is at least that old.
 */
export function reportedSinceInDescription(description: string | undefined, today: string, lang?: Lang): string | null {
  // Only where it says a report was made: "I want to complain: damp for two years" has a date in a
  // clause with "complain" in it, but nothing was reported yet.
  if (!description || whenInDescription(description, today, lang) !== null || !reportedInDescription(description, today, lang)) return null;
  const start = readWhenAnswer(description, today, lang)?.start;
  if (!start) return null;
  const { matched } = start;
  if (start.ago && !STARTS_RUNNING.test(matched) && !COUNTS_BACK.test(matched)) return null;
  const at = description.toLowerCase().indexOf(matched);
  if (at < 0) return matched;
  // Quoted with its "since" / "ers" where the reader left it out ("ers 2023" read as "2023").
  const since = /(?:^|\s)((?:since|ers|byth ers|from|for)\s+)$/i.exec(description.slice(0, at));
  return `${since ? since[1] : ''}${description.slice(at, at + matched.length)}`;
}

/** A day still to come: "next Tuesday", "this coming Friday", "tomorrow", "dydd Mawrth nesa", "yfory", "wythnos nesaf". */
const TO_COME = /(?<![\p{L}\p{N}])(?:next\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)|(?:this\s+)?coming\s+(?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|yfory|fory|(?:wythnos|mis|(?:dydd|ddydd|nos|bore|prynhawn)\s+\p{L}+)\s+nesa(?:f|')?|(?:dydd|ddydd|nos)\s+\p{L}+\s+sy'?n\s+dod)(?![\p{L}\p{N}])/iu;

/**
 * Whether an answer to "when did it happen?" names only a day still to come: a slip ("next
 * Tuesday" for last) or a plan ("they're coming next Tuesday"), never when it started. Asked
 * again, saying why, rather than read as the Tuesday just gone (found by trial12).
 */
export function onlyDayToCome(text: string, today: string, lang?: Lang): boolean {
  return TO_COME.test(text.replace(/[’‘]/g, "'")) && readWhenAnswer(text, today, lang)?.start == null;
}
