// One file per function: 'date-fns' itself loads every function at each start of the bot and the CLI.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import { previousDay } from 'date-fns/previousDay';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { startOfMonth } from 'date-fns/startOfMonth';
import { subDays } from 'date-fns/subDays';
import { subMonths } from 'date-fns/subMonths';
import { subWeeks } from 'date-fns/subWeeks';
import { subYears } from 'date-fns/subYears';
import type { Day } from 'date-fns';
import { escapePattern } from './pattern-escape';

/**
 * Reads what residents type for "When did this happen, or when did you first notice it?" /
 * "Pryd ddigwyddodd hyn, neu pryd sylwoch chi gyntaf?" in Welsh, English or a mix of both.
 *
 * Pure: everything relative is worked out from the `today` passed in.
 *
 * How it works:
 *  1. The text is put in one spelling (lower case, accents and apostrophes dropped, "3months"
 *     split, text-speak and dialect words mapped to one form, near-miss typos corrected).
 *  2. Rules run in order, most specific first ("12 March 2026" before "March" before "2026").
 *     Words a rule reads are blanked out, so later rules cannot read them a second time.
 *  3. Of everything read, the EARLIEST date is returned: the question asks when it started, and
 *     a time limit should be checked generously to the resident.
 */

export type Lang = 'cy' | 'en';

export interface ParsedWhen {
  /**
   * The London calendar date meant, as YYYY-MM-DD. For a period ("in March", "last week",
   * "last year") the first day of it; for "N days/weeks/months/years ago" the day exactly that
   * far back.
   */
  date: string;
  /**
   * 'day' when a specific day was given (a date, "yesterday", "on Monday", "3 days ago");
   * 'week' / 'month' / 'year' for "last week", "in March", "last year", "2024";
   * 'approx' for "about 3 months ago", "a few weeks ago", "2 weeks ago", "since the summer".
   */
  precision: 'day' | 'week' | 'month' | 'year' | 'approx';
  /** The words that were recognised (in the parser's normal spelling), for reading back. */
  matched: string;
  /** A count back with a definite number ("3 weeks ago", "ers pythefnos", "about 6 months"), to say back as given. */
  ago?: { n: number; unit: 'day' | 'week' | 'month' | 'year' };
}

type Precision = ParsedWhen['precision'];

/* ------------------------------------------------------------------------------------------ */
/* Word tables                                                                                */
/* ------------------------------------------------------------------------------------------ */

/** Month names, English and Welsh, with the Welsh forms after soft, nasal and aspirate mutation. */
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  ionawr: 1,
  chwefror: 2,
  mawrth: 3, fawrth: 3,
  ebrill: 4,
  mai: 5, fai: 5,
  mehefin: 6, fehefin: 6,
  gorffennaf: 7, orffennaf: 7, ngorffennaf: 7, gorffenaf: 7, orffenaf: 7,
  awst: 8,
  medi: 9, fedi: 9,
  hydref: 10,
  tachwedd: 11, dachwedd: 11, nhachwedd: 11, thachwedd: 11,
  rhagfyr: 12, ragfyr: 12,
};

/**
 * Month words that are also everyday words: "may" (it may be), "mai" (Welsh "that"), "fai"
 * ("ar fai", to blame), "mar", "jan" (a name). Read as months only with a day, a year or a
 * word like "in", "since", "ym mis" next to them.
 */
const AMBIGUOUS_MONTHS = new Set(['may', 'mai', 'fai', 'mar', 'jan']);

/** The word just before an ambiguous month word that makes it a month: "in May", "mis Mai", "o Fai". */
const MONTH_CUES: Record<string, string[]> = {
  may: ['in', 'since', 'from', 'during', 'of', 'last', 'this', 'until', 'early', 'mid', 'late'],
  mar: ['in', 'since', 'from', 'during', 'of', 'last', 'this', 'until', 'early', 'mid', 'late'],
  jan: ['in', 'since', 'from', 'during', 'of', 'last', 'this', 'until', 'early', 'mid', 'late'],
  mai: ['mis', 'fis', 'ym', 'yn', 'ers', 'o', 'i'],
  fai: ['mis', 'fis', 'o', 'i'], // not "ar fai" (to blame)
};

/** Words that can come before a month name: "since the end of", "ers dechrau mis", "ym mis". */
const MONTH_LEAD_WORDS = [
  'in', 'since', 'from', 'during', 'around', 'about', 'the', 'end', 'start', 'beginning', 'early',
  'mid', 'middle', 'late', 'of', 'last', 'this', 'back', 'until',
  'ym', 'yn', 'yng', 'mis', 'fis', 'ers', 'o', 'i', 'tua', 'ar', 'dechrau', 'ddechrau', 'diwedd',
  'ddiwedd', 'canol', 'ganol',
];

/** Weekdays (date-fns numbering: Sunday 0). English needs no prefix; Welsh needs "dydd", "nos"... */
const WEEKDAYS_EN: Record<string, Day> = {
  sunday: 0, monday: 1, tuesday: 2, tues: 2, wednesday: 3, weds: 3, wensday: 3, wendsday: 3,
  thursday: 4, thurs: 4, thur: 4, friday: 5, saturday: 6,
};
/** Welsh weekdays, radical and soft-mutated ("nos Lun", "nos Fawrth", "nos Wener"). */
const WEEKDAYS_CY: Record<string, Day> = {
  sul: 0, llun: 1, lun: 1, mawrth: 2, fawrth: 2, mercher: 3, fercher: 3, iau: 4,
  gwener: 5, wener: 5, sadwrn: 6,
};
/**
 * What makes a Welsh weekday a weekday: "dydd Mawrth" is Tuesday, "mis Mawrth" is March.
 * "bore dydd Llun", "ddydd Llun" (on Monday), "nos Lun" (Monday night).
 */
const CY_DAY_PREFIX = '(?:(?:bore|prynhawn)\\s)?(?:dydd|ddydd|nos|bore|prynhawn)\\s';

/** Single words and set phrases meaning a day counted back from today. */
const DAY_WORDS: Record<string, number> = {
  today: 0, heddiw: 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0, tonight: 0,
  'bore ma': 0, 'y bore ma': 0, 'bore heddiw': 0, 'prynhawn ma': 0, 'prynhawn heddiw': 0, heno: 0,
  'earlier today': 0,
  yesterday: 1, ddoe: 1, 'last night': 1, neithiwr: 1,
  'the day before yesterday': 2, 'day before yesterday': 2, echdoe: 2,
  'y diwrnod cyn ddoe': 2, 'diwrnod cyn ddoe': 2,
};

/** Calendar periods counted back from today: "last week" is the whole of last week. */
type PeriodUnit = 'week' | 'month' | 'year';
const PERIODS: Record<string, [PeriodUnit, number]> = {
  'this week': ['week', 0], 'wythnos yma': ['week', 0], 'yr wythnos yma': ['week', 0],
  'wythnos hon': ['week', 0], 'yr wythnos hon': ['week', 0], 'earlier this week': ['week', 0],
  'last week': ['week', 1], 'past week': ['week', 1], 'previous week': ['week', 1],
  'wythnos diwethaf': ['week', 1], 'yr wythnos diwethaf': ['week', 1],
  'week before last': ['week', 2], 'the week before last': ['week', 2],
  'wythnos cyn diwethaf': ['week', 2], 'yr wythnos cyn diwethaf': ['week', 2],
  'this month': ['month', 0], 'mis yma': ['month', 0], 'y mis yma': ['month', 0],
  'mis hwn': ['month', 0], 'y mis hwn': ['month', 0], 'earlier this month': ['month', 0],
  'last month': ['month', 1], 'past month': ['month', 1], 'previous month': ['month', 1],
  'mis diwethaf': ['month', 1], 'y mis diwethaf': ['month', 1], 'fis diwethaf': ['month', 1],
  'month before last': ['month', 2], 'the month before last': ['month', 2],
  'mis cyn diwethaf': ['month', 2], 'y mis cyn diwethaf': ['month', 2],
  'this year': ['year', 0], eleni: ['year', 0], 'earlier this year': ['year', 0],
  'last year': ['year', 1], 'past year': ['year', 1], 'previous year': ['year', 1],
  llynedd: ['year', 1], 'y llynedd': ['year', 1], 'blwyddyn diwethaf': ['year', 1],
  'flwyddyn diwethaf': ['year', 1], 'y flwyddyn diwethaf': ['year', 1],
  'year before last': ['year', 2], 'the year before last': ['year', 2],
};

/**
 * Counting words. "a few"/"ychydig" is read as 3, "a couple"/"cwpl" as 2. Welsh forms include
 * the feminine (dwy, tair, pedair), short (pum, chwe, deng) and mutated (ddau, dri, bedwar) ones.
 */
const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12,
  'a couple of': 2, 'couple of': 2, 'a couple': 2, couple: 2, 'a few': 3, few: 3, several: 3,
  un: 1, dau: 2, ddau: 2, dwy: 2, ddwy: 2, tri: 3, dri: 3, tair: 3, dair: 3,
  pedwar: 4, bedwar: 4, pedair: 4, bedair: 4, pump: 5, pum: 5, bump: 5, bum: 5,
  chwech: 6, chwe: 6, saith: 7, wyth: 8, naw: 9, deg: 10, ddeg: 10, deng: 10,
  'un ar ddeg': 11, deuddeg: 12, ddeuddeg: 12, deuddeng: 12,
  ychydig: 3, sawl: 3, 'cwpl o': 2, 'cwpwl o': 2,
};
/** Counts that are guesses, so the reading is approximate. */
const VAGUE_NUMBERS = new Set(['a few', 'few', 'several', 'ychydig', 'sawl', 'a couple of', 'couple of', 'a couple', 'couple', 'cwpl o', 'cwpwl o']);

type Unit = 'day' | 'week' | 'month' | 'year';
interface UnitWord {
  unit: Unit;
  /** How many units one of these is: a fortnight is 2 weeks. */
  times: number;
  plural: boolean;
  english: boolean;
}
const unitWords = (english: boolean, unit: Unit, times: number, singular: string[], plural: string[]) =>
  Object.fromEntries([
    ...singular.map((w) => [w, { unit, times, plural: false, english }]),
    ...plural.map((w) => [w, { unit, times, plural: true, english }]),
  ]) as Record<string, UnitWord>;
const UNITS: Record<string, UnitWord> = {
  ...unitWords(true, 'day', 1, ['day'], ['days']),
  ...unitWords(true, 'week', 1, ['week'], ['weeks']),
  ...unitWords(true, 'week', 2, ['fortnight'], ['fortnights']),
  ...unitWords(true, 'month', 1, ['month'], ['months']),
  ...unitWords(true, 'year', 1, ['year', 'yr'], ['years']),
  // Welsh: radical, soft (ddiwrnod, fis, flwyddyn) and nasal (niwrnod, mlynedd) forms.
  ...unitWords(false, 'day', 1, ['diwrnod', 'ddiwrnod', 'niwrnod'], ['diwrnodau', 'ddiwrnodau', 'dyddiau', 'ddyddiau']),
  ...unitWords(false, 'week', 1, ['wythnos'], ['wythnosau']),
  ...unitWords(false, 'week', 2, ['pythefnos', 'bythefnos'], []),
  // "ers deuddydd", "tridiau yn ôl": two and three days in one word.
  ...unitWords(false, 'day', 2, ['deuddydd', 'ddeuddydd'], []),
  ...unitWords(false, 'day', 3, ['tridiau', 'dridiau'], []),
  ...unitWords(false, 'month', 1, ['mis', 'fis'], ['misoedd', 'fisoedd']),
  // "ers deufis", "ddeufis yn ôl": two months in one word, as deuddydd is two days (found by trial16).
  ...unitWords(false, 'month', 2, ['deufis', 'ddeufis'], []),
  ...unitWords(false, 'year', 1, ['blwyddyn', 'flwyddyn', 'blynedd', 'flynedd', 'mlynedd'], ['blynyddoedd', 'flynyddoedd']),
};

/** "about", "over", "tua", "dros": the resident is estimating. */
const HEDGES = [
  'about', 'around', 'round about', 'roughly', 'approximately', 'approx', 'abt', 'maybe', 'probably',
  'prob', 'perhaps', 'like', 'almost', 'nearly', 'just under', 'just over', 'over', 'well over',
  'more than', 'at least', 'a good', 'tua', 'rhyw', 'ryw', 'oddeutu', 'bron', 'bron i', 'dros',
  'mwy na', 'mwy nag', 'o leiaf', 'tuag',
];
/** "for 3 months", "ers 3 mis", "in the last 2 weeks": a count back from today without "ago". */
const DURATION_LEADS = [
  'for', 'since', 'been', 'ers', 'am', 'last', 'past', 'the last', 'the past', 'in the last',
  'in the past', 'over the last', 'over the past', 'within the last', 'yn ystod y', 'dros y',
];
/** "every 2 weeks", "in 3 weeks", "once a month" are not dates ("in the last 2 weeks" is: see leads). */
const NOT_A_DATE_BEFORE = ['every', 'each', 'per', 'once', 'twice', 'in', 'within', 'bob', 'pob', 'mewn', 'ymhen'];
/** "ago", "back", "yn ôl", "nôl" (accents are dropped before matching). */
const AGO = ['ago', 'back', 'yn ol', 'nol', 'ol'];

/** Seasons, for "since the summer" / "ers yr haf": the first day of the season's first month. */
const SEASONS: Record<string, number> = {
  spring: 3, gwanwyn: 3, wanwyn: 3,
  summer: 6, haf: 6,
  autumn: 9, fall: 9, 'yr hydref': 9, // "Hydref" alone is October; "yr hydref" is the autumn.
  winter: 12, gaeaf: 12, aeaf: 12,
};
/** Season words that are also everyday words ("a fall", "a spring"), read only with "since", "the"... */
const AMBIGUOUS_SEASONS = new Set(['spring', 'fall']);

/** Fixed days of the year. */
const FESTIVALS: Record<string, [number, number]> = {
  christmas: [12, 25], 'christmas day': [12, 25], nadolig: [12, 25], 'dydd nadolig': [12, 25],
  'christmas eve': [12, 24], 'noswyl nadolig': [12, 24],
  'boxing day': [12, 26], 'gwyl san steffan': [12, 26], 'dydd san steffan': [12, 26],
  'new years eve': [12, 31], 'new year eve': [12, 31], 'nos galan': [12, 31],
  'new year': [1, 1], 'new years': [1, 1], 'new years day': [1, 1], 'dydd calan': [1, 1],
  calan: [1, 1], 'blwyddyn newydd': [1, 1], 'flwyddyn newydd': [1, 1],
  'valentines day': [2, 14], 'dydd sant ffolant': [2, 14],
  'dydd gwyl dewi': [3, 1], 'st davids day': [3, 1],
  halloween: [10, 31], 'bonfire night': [11, 5], 'guy fawkes': [11, 5],
};

/** Words after a month or festival placing it in a year: "March last year", "Mawrth y llynedd". */
const LAST_YEAR = ['last year', 'of last year', 'y llynedd', 'llynedd'];
const THIS_YEAR = ['this year', 'of this year', 'eleni'];
/** "last March", "mis Mawrth diwethaf", "Christmas just gone". */
const LAST = ['diwethaf', 'just gone', 'gone'];

/** English and Welsh ordinal endings: 1st, 2nd, 3rd, 4th; 1af, 2il, 3ydd, 5ed, 7fed, 11eg, 21ain. */
const ORDINAL = '(?:st|nd|rd|th|af|il|ydd|fed|ed|eg|ain)';

/**
 * Text-speak, short forms and dialect words, mapped to one spelling so the rules stay short.
 * Welsh dialect forms ("wsnos dwetha") become the standard ones ("wythnos diwethaf").
 */
// A Map: any word the resident types is looked up here, and must not find Object's own properties.
const SPELLINGS = new Map<string, string>(Object.entries({
  '2day': 'today', tday: 'today', tdy: 'today', tody: 'today', todai: 'today',
  yday: 'yesterday', yest: 'yesterday', ystday: 'yesterday', ystrdy: 'yesterday', ystdy: 'yesterday',
  yesteday: 'yesterday', yestday: 'yesterday', yesterdays: 'yesterday',
  tonite: 'tonight', '2nite': 'tonight', nite: 'night',
  lst: 'last',
  wk: 'week', wks: 'weeks', wek: 'week', weks: 'weeks', wkz: 'weeks',
  mnth: 'month', mnths: 'months', mth: 'month', mths: 'months', mnt: 'month', mnts: 'months',
  mos: 'months', monts: 'months', munths: 'months',
  yrs: 'years',
  dys: 'days',
  xmas: 'christmas', chrimbo: 'christmas', crimbo: 'christmas', dolig: 'nadolig',
  newyear: 'new year', nye: 'new years eve',
  febuary: 'february', feburary: 'february', janurary: 'january', janruary: 'january',
  wednesdy: 'wednesday', wenesday: 'wednesday',
  // Welsh colloquial and mutated forms of "last".
  diwetha: 'diwethaf', dwetha: 'diwethaf', dwethaf: 'diwethaf', ddiwethaf: 'diwethaf',
  ddiwetha: 'diwethaf', ddwetha: 'diwethaf', ddwethaf: 'diwethaf', dwytha: 'diwethaf',
  ddwytha: 'diwethaf', diwytha: 'diwethaf', diweddaf: 'diwethaf', ddiweddaf: 'diwethaf',
  wsnos: 'wythnos', wthnos: 'wythnos', wsos: 'wythnos',
  wsnosa: 'wythnosau', wythnosa: 'wythnosau', wythnose: 'wythnosau', wsnose: 'wythnosau',
  heddi: 'heddiw', bora: 'bore', pnawn: 'prynhawn', prynhawm: 'prynhawn',
  chydig: 'ychydig', llynadd: 'llynedd', misodd: 'misoedd', blynydde: 'blynyddoedd',
}));

/** Long words worth correcting when one letter is wrong ("yesterdy", "septmber", "wythos"). */
const TYPO_TARGETS = [
  'yesterday', 'january', 'february', 'september', 'october', 'november', 'december', 'august',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas',
  'fortnight', 'months', 'diwethaf', 'wythnos', 'wythnosau', 'pythefnos', 'blwyddyn', 'flwyddyn',
  'gorffennaf', 'chwefror', 'tachwedd', 'mehefin', 'rhagfyr', 'ionawr', 'nadolig', 'neithiwr',
  'heddiw', 'echdoe', 'llynedd',
];

/* ------------------------------------------------------------------------------------------ */
/* Normal spelling                                                                            */
/* ------------------------------------------------------------------------------------------ */

/** Every word some rule knows, so a known word is never "corrected" into another. */
const KNOWN_WORDS = new Set(
  [
    ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS_EN), ...Object.keys(WEEKDAYS_CY),
    ...Object.keys(DAY_WORDS), ...Object.keys(PERIODS), ...Object.keys(NUMBERS), ...Object.keys(UNITS),
    ...Object.keys(SEASONS), ...Object.keys(FESTIVALS), ...SPELLINGS.values(),
    ...HEDGES, ...DURATION_LEADS, ...AGO, ...MONTH_LEAD_WORDS,
  ].flatMap((phrase) => phrase.split(' ')),
);

/** A digit run straight into letters that are not an ordinal ending: "3months". */
const DIGIT_THEN_WORD = new RegExp(`(\\d)(?!${ORDINAL}\\b)(?=[a-z])`, 'g');

function normalise(text: string): string {
  const spaced = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // yn ôl → yn ol, ŵ → w
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    // Clock times are not dates: "at 10:30", "3pm", "10.30am".
    .replace(/\b\d{1,2}:\d{2}(?:\s?[ap]m)?\b/g, ' ')
    .replace(/\b\d{1,2}(?:\.\d{2})?\s?[ap]m\b/g, ' ')
    // "March '25" → "March 2025"
    .replace(/(^|[^a-z0-9])'(\d{2})(?!\d)/g, '$1 20$2')
    // Apostrophes go: d'wetha → dwetha, bore 'ma → bore ma, 'nôl → nol, new year's → new years.
    .replace(/'/g, '')
    .replace(/[^a-z0-9/.\-\s]/g, ' ')
    // Keep / . - only between digits (12/03/2026, 3-4 weeks).
    .replace(/(?<!\d)[/.-]|[/.-](?!\d)/g, ' ')
    .replace(/\b2day\b/g, 'today')
    .replace(/\b2nite\b/g, 'tonight')
    // "3months" → "3 months", but "12th", "1af", "21ain" stay whole.
    .replace(DIGIT_THEN_WORD, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
  return spaced
    .split(' ')
    .map((w) => SPELLINGS.get(w) ?? correctTypo(w))
    .join(' ');
}

/** A long unknown word one edit away from exactly one known long word is read as that word. */
function correctTypo(word: string): string {
  if (word.length < 5 || /\d/.test(word) || KNOWN_WORDS.has(word)) return word;
  const near = TYPO_TARGETS.filter((t) => Math.abs(t.length - word.length) <= 1 && editDistance(word, t) <= 1);
  return near.length === 1 ? near[0]! : word;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/* ------------------------------------------------------------------------------------------ */
/* Calendar helpers (dates are held at local noon, so no time-zone shift can change the day)  */
/* ------------------------------------------------------------------------------------------ */

/** A real calendar date, or null for 31 February and the like. */
function dateOf(year: number, month: number, day: number): Date | null {
  const d = new Date(year, month - 1, day, 12);
  return d.getFullYear() === year && d.getMonth() === month - 1 && d.getDate() === day ? d : null;
}

const iso = (d: Date): string => format(d, 'yyyy-MM-dd');

/** The latest (month, day) not after today: "12 December" said in November is last December's. */
function mostRecent(today: Date, month: number, day: number, strictlyBefore = false): Date | null {
  for (let year = today.getFullYear(); year >= today.getFullYear() - 8; year--) {
    const d = dateOf(year, month, day);
    if (d && (strictlyBefore ? iso(d) < iso(today) : iso(d) <= iso(today))) return d;
  }
  return null;
}

/** Two-digit years are this century's. */
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

/* ------------------------------------------------------------------------------------------ */
/* Rules                                                                                      */
/* ------------------------------------------------------------------------------------------ */

interface Context {
  today: Date;
  lang: Lang | undefined;
}
type Groups = Record<string, string | undefined>;
/**
 * A rule's reading of its words: a date; 'unusable' (clearly meant as a date, but after today or
 * no such day, like 31/02/2026: the words are used up, so "2026" is not read from them, and
 * nothing is read); or undefined (not a date after all: the words are left for other rules).
 */
type Reading = { date: Date; precision: Precision; ago?: ParsedWhen['ago'] } | 'unusable' | undefined;
interface Rule {
  name: string;
  re: RegExp;
  read(g: Groups, ctx: Context): Reading;
}

/** A regex alternation of the phrases, longest first so "the day before yesterday" beats "yesterday". */
const alt = (phrases: Iterable<string>): string =>
  [...new Set(phrases)].sort((a, b) => b.length - a.length).map((p) => escapePattern(p).replace(/ /g, '\\s')).join('|');
const rule = (name: string, source: string, read: Rule['read']): Rule => ({
  name,
  re: new RegExp(`\\b(?:${source})\\b`, 'g'),
  read,
});

const MONTH = `(?:${alt(Object.keys(MONTHS))})`;
const WEEKDAY_EN = `(?:${alt(Object.keys(WEEKDAYS_EN))})`;
const WEEKDAY_CY = `(?:${alt(Object.keys(WEEKDAYS_CY))})`;
const NUMBER = `(?:\\d{1,3}|${alt(Object.keys(NUMBERS))})`;
const YEAR_AFTER = `(?:\\s(?<year>\\d{4})|\\s(?<post>${alt([...LAST_YEAR, ...THIS_YEAR, ...LAST])}))?`;

/** Keeps a date only if it exists and is not after today. */
const notFuture = (d: Date | null, ctx: Context, precision: Precision): Reading =>
  d === null || iso(d) > iso(ctx.today) ? 'unusable' : { date: d, precision };

/** The year a month or festival falls in, from "2025", "last year", "this year", or else undefined. */
function statedYear(g: Groups, ctx: Context): number | undefined {
  if (g.year) return Number(g.year);
  if (g.post && LAST_YEAR.includes(g.post.replace(/\s+/g, ' '))) return ctx.today.getFullYear() - 1;
  if (g.post && THIS_YEAR.includes(g.post.replace(/\s+/g, ' '))) return ctx.today.getFullYear();
  return undefined;
}

/** A day of a month, with or without a year; without one, the most recent such day. */
function dayOfMonth(g: Groups, ctx: Context): Reading {
  const month = MONTHS[g.mon!]!;
  const day = Number(g.d);
  const year = statedYear(g, ctx);
  if (year !== undefined) return notFuture(dateOf(year, month, day), ctx, 'day');
  return notFuture(mostRecent(ctx.today, month, day), ctx, 'day');
}

const RULES: readonly Rule[] = [
  // 2026-03-12, 2026/03/12
  rule('iso date', '(?<y>\\d{4})[-/.](?<m>\\d{1,2})[-/.](?<d>\\d{1,2})(?![-/.]?\\d)', (g, ctx) =>
    notFuture(dateOf(Number(g.y), Number(g.m), Number(g.d)), ctx, 'day'),
  ),
  // 12/03/2026, 12/3/26, 12-03-2026, 12.03.2026: always day first, the UK way.
  rule('uk date', '(?<d>\\d{1,2})[-/.](?<m>\\d{1,2})[-/.](?<y>\\d{4}|\\d{2})(?![-/.]?\\d)', (g, ctx) =>
    notFuture(dateOf(fullYear(g.y!), Number(g.m), Number(g.d)), ctx, 'day'),
  ),
  // 12/03 with no year: the most recent 12 March. Only with a slash, as "10.12" may be a time;
  // and never "24/7".
  rule('uk date without year', '(?!24/7\\b)(?<d>\\d{1,2})/(?<m>\\d{1,2})(?![-/.]?\\d)', (g, ctx) => {
    const month = Number(g.m);
    const day = Number(g.d);
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined; // a fraction, a score
    return notFuture(mostRecent(ctx.today, month, day), ctx, 'day');
  }),
  // "12 March 2026", "Monday 12th of March", "12fed Mawrth", "1af o Fawrth", "y 3ydd o fis Medi"
  rule(
    'day month',
    `(?:(?:on\\s)?(?:${WEEKDAY_EN}|${CY_DAY_PREFIX}${WEEKDAY_CY})\\s)?(?:(?:on|ar)\\s)?(?:(?:the|y)\\s)?` +
      `(?<d>\\d{1,2})${ORDINAL}?\\s(?:(?:of|o|or)\\s)?(?:(?:mis|fis)\\s)?(?<mon>${MONTH})${YEAR_AFTER}`,
    dayOfMonth,
  ),
  // "March 12th", "March 12 2026"; not "March 3 weeks ago".
  rule(
    'month day',
    `(?:(?:on|ar)\\s)?(?<mon>${MONTH})\\s(?:the\\s)?(?<d>\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s(?:${alt(Object.keys(UNITS))})\\b)${YEAR_AFTER}`,
    dayOfMonth,
  ),
  // "on the 12th", "ar y 12fed", "the 3rd of last month": a day of this month or the last.
  rule(
    'day of month',
    `(?:(?:on|ar)\\s)?(?:the|y)\\s(?<d>\\d{1,2})${ORDINAL}(?:\\s(?:(?:of|o|or)\\s)?(?:(?:the|y)\\s)?(?<which>this\\smonth|last\\smonth|mis\\syma|mis\\shwn|mis\\sdiwethaf))?`,
    (g, ctx) => {
      const day = Number(g.d);
      if (day < 1 || day > 31) return undefined;
      const which = g.which?.replace(/\s+/g, ' ');
      if (which) {
        const back = which === 'last month' || which === 'mis diwethaf' ? 1 : 0;
        const m = subMonths(startOfMonth(ctx.today), back);
        return notFuture(dateOf(m.getFullYear(), m.getMonth() + 1, day), ctx, 'day');
      }
      // The most recent such day: this month's if it has been, else an earlier month's.
      for (let back = 0; back < 12; back++) {
        const m = subMonths(startOfMonth(ctx.today), back);
        const d = dateOf(m.getFullYear(), m.getMonth() + 1, day);
        if (d && iso(d) <= iso(ctx.today)) return { date: d, precision: 'day' };
      }
      return undefined;
    },
  ),
  // "on Monday", "last Tuesday", "dydd Llun", "ddydd Mawrth diwethaf", "nos Wener",
  // "Monday last week", "Monday before last". Runs before the month rule, so "dydd Mawrth"
  // (Tuesday) is never read as March.
  rule(
    'weekday',
    `(?:(?<pre>on|last|this\\scoming|this|this\\spast|past|next|coming)\\s)?(?:(?<en>${WEEKDAY_EN})|${CY_DAY_PREFIX}(?<cy>${WEEKDAY_CY}))` +
      `(?:\\s(?<post>before\\slast|cyn\\sdiwethaf|last\\sweek|yr\\swythnos\\sdiwethaf|wythnos\\sdiwethaf|diwethaf|just\\sgone|gone|` +
      `next\\sweek|yr\\swythnos\\snesaf?|wythnos\\snesaf?|nesaf?'?|sy'?n\\sdod|coming))?` +
      `(?:\\s(?:morning|afternoon|evening|night))?`,
    (g, ctx) => {
      const day = g.en ? WEEKDAYS_EN[g.en]! : WEEKDAYS_CY[g.cy!]!;
      const post = g.post?.replace(/\s+/g, ' ');
      // "next Tuesday", "dydd Mawrth nesa": a day still to come, never last week's (found by
      // trial12, where it was read as the Tuesday just gone). Unusable, as any future date is.
      if (g.pre === 'next' || g.pre === 'coming' || /^this\s+coming$/.test(g.pre ?? '') || (post && /next|nesa|dod|coming/.test(post))) return 'unusable';
      if (post === 'last week' || post === 'wythnos diwethaf' || post === 'yr wythnos diwethaf') {
        // That weekday in last Monday-to-Sunday week.
        const monday = subWeeks(startOfISOWeek(ctx.today), 1);
        return { date: addDays(monday, (day + 6) % 7), precision: 'day' };
      }
      // The most recent one before today: "on Sunday" said on a Sunday means a week ago.
      const recent = previousDay(ctx.today, day);
      return { date: post === 'before last' || post === 'cyn diwethaf' ? subWeeks(recent, 1) : recent, precision: 'day' };
    },
  ),
  // "since Christmas", "ers y Nadolig", "Christmas 2024", "New Year".
  rule(
    'festival',
    `(?:(?<pre>since|over|at|around|last|this|ers|dros|adeg|ar\\sol)\\s)?(?:(?:the|y)\\s)?(?<fest>${alt(Object.keys(FESTIVALS))})${YEAR_AFTER}`,
    (g, ctx) => {
      const [month, day] = FESTIVALS[g.fest!.replace(/\s+/g, ' ')]!;
      const year = statedYear(g, ctx);
      if (year !== undefined) return notFuture(dateOf(year, month, day), ctx, 'day');
      const strictly = g.pre === 'last' || g.post === 'diwethaf';
      return notFuture(mostRecent(ctx.today, month, day, strictly), ctx, 'day');
    },
  ),
  // "since the summer", "ers yr haf", "last winter": approximate, from the season's first day.
  rule(
    'season',
    `(?:(?<pre>since|from|during|over|in|last|this|ers|dros|yn\\systod|yn|o)\\s)?(?:(?<last>last|this)\\s)?(?:(?<the>the|y|yr)\\s)?` +
      `(?<season>${alt(Object.keys(SEASONS))})${YEAR_AFTER}`,
    (g, ctx) => {
      const season = g.season!.replace(/\s+/g, ' ');
      if (AMBIGUOUS_SEASONS.has(season) && !g.pre && !g.last && !g.the && !g.year && !g.post) return undefined;
      const month = SEASONS[season]!;
      const year = statedYear(g, ctx);
      // Winter starts in December, so "winter 2024" is read from December 2023 (the earlier reading).
      if (year !== undefined) return notFuture(dateOf(month === 12 ? year - 1 : year, month, 1), ctx, 'approx');
      let start = mostRecent(ctx.today, month, 1)!;
      const isLast = g.pre === 'last' || g.last === 'last' || g.post === 'diwethaf';
      // "Last summer" said in July means the summer before this one.
      if (isLast && iso(ctx.today) < iso(addMonths(start, 3))) start = subYears(start, 1);
      return { date: start, precision: 'approx' };
    },
  ),
  // "in March", "since January", "ym mis Mawrth", "ers mis Medi", "o Fehefin", "last March",
  // "March last year", "mis Mawrth y llynedd", "March 2025", "end of March".
  rule(
    'month',
    `(?<lead>(?:(?:${alt(MONTH_LEAD_WORDS)})\\s){0,5})(?<!(?:dydd|ddydd|nos|bore|prynhawn)\\s)(?<mon>${MONTH})${YEAR_AFTER}`,
    (g, ctx) => {
      const month = MONTHS[g.mon!]!;
      const lead = (g.lead ?? '').trim().split(/\s+/).filter(Boolean);
      if (AMBIGUOUS_MONTHS.has(g.mon!) && !g.year && !g.post && !MONTH_CUES[g.mon!]!.includes(lead[lead.length - 1] ?? '')) return undefined;
      const year = statedYear(g, ctx);
      if (year !== undefined) return notFuture(dateOf(year, month, 1), ctx, 'month');
      // "in March" (and "March just gone"): the latest March whose first day is not after today.
      // "last March": the latest March before this month, so said in March it is last year's.
      const isLast = lead.includes('last') || g.post === 'diwethaf';
      const y = ctx.today.getFullYear();
      const thisMonth = ctx.today.getMonth() + 1;
      const inThisYear = isLast ? month < thisMonth : month <= thisMonth;
      return { date: dateOf(inThisYear ? y : y - 1, month, 1)!, precision: 'month' };
    },
  ),
  // "last week" (from its Monday), "mis diwethaf", "y llynedd" (from 1 January), "this month".
  rule('period', `(?<p>${alt(Object.keys(PERIODS))})`, (g, ctx) => {
    const [unit, back] = PERIODS[g.p!.replace(/\s+/g, ' ')]!;
    const start =
      unit === 'week'
        ? subWeeks(startOfISOWeek(ctx.today), back) // weeks run Monday to Sunday
        : unit === 'month'
          ? subMonths(startOfMonth(ctx.today), back)
          : dateOf(ctx.today.getFullYear() - back, 1, 1)!;
    return { date: start, precision: unit };
  }),
  // "3 months ago", "tua 6 mis yn ôl", "pythefnos yn ôl", "a few weeks ago", "for 3 weeks",
  // "ers tri mis", "over a year", "dros flwyddyn", "in the last 2 weeks".
  rule(
    'count back',
    `(?<!\\b(?:${alt(NOT_A_DATE_BEFORE)})\\s)(?:(?<lead>${alt(DURATION_LEADS)})\\s)?(?:(?<hedge>${alt(HEDGES)})\\s)?` +
      `(?:(?<num>${NUMBER})(?:\\s?(?:-|or|to|neu|i)\\s?(?<num2>${NUMBER}))?\\s)?(?<unit>${alt(Object.keys(UNITS))})` +
      `(?:\\s(?<ago>${alt(AGO)}))?`,
    (g, ctx) => {
      const unit = UNITS[g.unit!]!;
      // "am" is Welsh "for" ("am dri mis"), but in an English message it is "I am".
      const lead = g.lead === 'am' && ctx.lang === 'en' ? undefined : g.lead;
      const num = g.num?.replace(/\s+/g, ' ');
      const num2 = g.num2?.replace(/\s+/g, ' ');
      const anchored = Boolean(g.ago || lead || g.hedge);
      // "a"/"an" before a Welsh unit is Welsh "and" ("blwyddyn a mis"), not "one".
      if ((num === 'a' || num === 'an') && !unit.english) return undefined;
      // "a week" alone is "once a week"-ish; "3 weeks" alone is an answer.
      if ((num === undefined || num === 'a' || num === 'an' || num === 'un') && !anchored) return undefined;
      // "months ago", "ers misoedd": too vague to put a date on.
      if (num === undefined && unit.plural) return undefined;
      if (g.unit === 'yr' && num === undefined) return undefined; // Welsh "yr" is "the"
      const count = (n: string | undefined) => (n === undefined ? 1 : /^\d+$/.test(n) ? Number(n) : NUMBERS[n]!);
      // "3 or 4 weeks": the earlier end.
      const n = Math.max(count(num), num2 === undefined ? 0 : count(num2)) * unit.times;
      if (n < 1) return undefined;
      const back = { day: subDays, week: subWeeks, month: subMonths, year: subYears }[unit.unit];
      const vague = g.hedge !== undefined || num2 !== undefined || VAGUE_NUMBERS.has(num ?? '') || (lead !== undefined && lead !== 'since' && lead !== 'ers' && lead !== 'for' && lead !== 'am' && lead !== 'been');
      const precision: Precision = unit.unit === 'day' && !vague ? 'day' : 'approx';
      // A definite count is said back as the resident gave it; "a few weeks" has none to say.
      const definite = num2 === undefined && !VAGUE_NUMBERS.has(num ?? '') && (lead === undefined || ['since', 'ers', 'for', 'am', 'been'].includes(lead));
      return { date: back(ctx.today, n), precision, ...(definite ? { ago: { n, unit: unit.unit } } : {}) };
    },
  ),
  // "today", "ddoe", "echdoe", "bore 'ma", "last night".
  rule('day word', `(?<w>${alt(Object.keys(DAY_WORDS))})(?:\\s(?:morning|afternoon|evening|night|bore|prynhawn|nos))?`, (g, ctx) => ({
    date: subDays(ctx.today, DAY_WORDS[g.w!.replace(/\s+/g, ' ')]!),
    precision: 'day',
  })),
  // "2024", "since 2023", "yn 2025": from 1 January.
  rule('year', '(?<year>(?:19|20)\\d{2})(?![-/.]?\\d)', (g, ctx) => {
    const year = Number(g.year);
    if (year < 1990) return undefined;
    return notFuture(dateOf(year, 1, 1), ctx, 'year');
  }),
];

/* ------------------------------------------------------------------------------------------ */
/* Entry point                                                                                */
/* ------------------------------------------------------------------------------------------ */

/**
 * Reads the date in a resident's answer. `today` is the London date of the conversation as
 * YYYY-MM-DD; `lang` is the conversation's language, only a hint, as residents mix languages.
 * Returns null if no date can be read, or if the only date given is after today. A month,
 * weekday or day of the year without a year ("in December", "12 December") is the most recent
 * one, so never in the future.
 */
export function parseWhen(text: string, today: string, lang?: Lang): ParsedWhen | null {
  const t = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  const todayDate = t ? dateOf(Number(t[1]), Number(t[2]), Number(t[3])) : null;
  if (!todayDate) throw new RangeError(`parseWhen: today must be a YYYY-MM-DD date, not ${JSON.stringify(today)}`);
  const ctx: Context = { today: todayDate, lang };

  let work = normalise(text);
  const found: Array<ParsedWhen & { order: number }> = [];
  RULES.forEach((r, order) => {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(work); m; m = r.re.exec(work)) {
      const reading = r.read(m.groups ?? {}, ctx);
      if (reading === undefined) {
        r.re.lastIndex = m.index + 1; // not a date here: look again from the next character
        continue;
      }
      if (reading !== 'unusable') {
        found.push({ date: iso(reading.date), precision: reading.precision, matched: m[0].trim(), order, ...(reading.ago ? { ago: reading.ago } : {}) });
      }
      // Blank out the words read, keeping positions, so later rules cannot reuse them.
      work = work.slice(0, m.index) + '#'.repeat(m[0].length) + work.slice(m.index + m[0].length);
    }
  });
  if (found.length === 0) return null;
  // The earliest date (the question is when it started); on a tie, the more specific rule.
  found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  const { date, precision, matched, ago } = found[0]!;
  return { date, precision, matched, ...(ago ? { ago } : {}) };
}
