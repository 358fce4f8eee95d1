import { normalisedWords } from '../language/normalise';
import type { Token } from '../language/tokens';
import type { Cue } from './cues';
import type { CueHit } from './matcher';

/**
 * When and how a message tells its danger (issue #19, sixth safety pass; docs/triage/flags.md).
 * The `not_now` settings in cues.ts read history only where a time word sits within a few words
 * of the emergency word ("flood … last year"); fresh writing puts them further apart in the same
 * sentence ("Last October my carbon monoxide alarm went off, the gas people capped…"), which the
 * study of the flags' false alarms found to be their largest cause. This reads the sentence a
 * flag cue was heard in:
 *
 *   now      a word of the present: now, tonight, today, at the moment, again, last night,
 *            yesterday, nawr, heno, heddiw, ar hyn o bryd, eto, neithiwr, ddoe; "still" unless it
 *            is the resident's waiting ("still waiting", "dal i aros"), which says nothing of the danger
 *   past     no word of the present and a time weeks or more gone: last year, months ago, back in,
 *            in 2024, in March, last October, used to, llynedd, ym mis, blynedd yn ôl, y gaeaf diwethaf
 *   chronic  no word of the present and a span of weeks or more: for months, for two weeks, since
 *            April, since 2019, seven times, the fifth time, ers misoedd, ers pythefnos, ers 2019:
 *            a leak or a door that has lasted months is a repair and a complaint, not tonight's
 *            emergency (the labels agree with one voice)
 *   reported no word of the present and "reported", "rang about", "ffoniais" just before the cue:
 *            the resident tells the handling of a report. Read before the time words, so a gas
 *            leak "reported last year" is kept by a flag that only history would have settled:
 *            the cautious side, found after the one measurement and left as measured
 *   if       the cue follows "if", "in case", "os", "pe" closely: a fear of what could happen to the
 *            home (not for a person: a threat is told as "if I leave he will kill me")
 *
 * Recent times ("last night", "an hour ago", "since this morning", "neithiwr") are the present.
 * Canonical forms (src/language/tokens.ts): accents folded, Welsh unmutated.
 */
export type DangerTime = 'now' | 'past' | 'chronic' | 'if' | 'reported' | 'untold';

const NOW_WORDS = new Set(['now', 'tonight', 'today', 'currently', 'again', 'keeps', 'yesterday', 'nawr', 'rwan', 'heno', 'heddiw', 'neithiwr', 'ddoe', 'eto']);
const NOW_PHRASES = [
  'right now', 'at the moment', 'as we speak', 'is back', 'its back', 'come back', 'came back', 'back again', 'can smell', 'can hear', 'can see', 'dod yn ol', 'this morning', 'this afternoon', 'this evening', 'last night', 'hour ago', 'hours ago', 'minutes ago', 'just now',
  'ar yn o pryd', 'ar y funud', 'bore mae', 'bore yma', 'y funud yma', 'pnawn yma', 'prynhawn yma', 'awr yn ol', 'oriau yn ol',
];
// "Still" and "dal" are the danger's present unless they are the resident's own waiting or feeling.
const STILL = new Set(['still', 'dal']);
const STILL_WAITING = new Set(['waiting', 'chasing', 'angry', 'upset', 'furious', 'aros', 'disgwyl', 'blin', 'flin']);
const PAST_WORDS = new Set(['llynedd']);
const PAST_PHRASES = [
  'last year', 'last month', 'last week', 'last winter', 'last summer', 'last spring', 'last autumn', 'last christmas', 'years ago', 'year ago', 'months ago', 'month ago', 'weeks ago', 'back in', 'used to',
  // "When we moved in there was … a tree leaning over the shed": the state of the home then.
  'when we moved in', 'when i moved in', 'pan symudais i mewn', 'pan symudon ni i mewn', 'pan symudes i mewn', 'pan symudon ni mewn',
  'blwyddyn diwethaf', 'mis diwethaf', 'wythnos diwethaf', 'gaeaf diwethaf', 'haf diwethaf', 'blynedd yn ol', 'blynyddoedd yn ol', 'misoedd yn ol', 'mis yn ol', 'wythnosau yn ol', 'ym mis',
];
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr';
const SEASONS = 'spring|summer|autumn|winter|christmas';
// Sixteenth safety pass (issue #19): "again" dated to a day, a month or Christmas gone ("water came
// through the ceiling at Christmas and again in March", "flooded again on Sunday", "eto ym mis
// Mawrth") tells when it last happened, not that it is happening: history unless another word says now.
const AGAIN = new Set(['again', 'eto']);
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|llun|mawrth|mercher|iau|gwener|sadwrn|sul';
const DATED_AFTER = new RegExp(`^((in|on|at|last|over) (${MONTHS}|${DAYS}|christmas|easter)|ym mis|(dydd|nos) (${DAYS})|adeg nadolig)\\b`);
const againDated = (forms: readonly string[], i: number) => AGAIN.has(forms[i]) && DATED_AFTER.test(`${forms[i + 1] ?? ''} ${forms[i + 2] ?? ''}`);
const PAST_PAIR = new RegExp(`^(in|yn) (19\\d\\d|20\\d\\d)$|^in (${MONTHS}|the_(${SEASONS}))$|^(mis|fis|last) (${MONTHS})$`);
const SPAN_PAIR = new RegExp(
  `^(for|over) (months|years|weeks|ages)$|^since (${MONTHS}|19\\d\\d|20\\d\\d|${SEASONS}|early|the_(${SEASONS})|last_(year|month|${SEASONS}))$|^(times|gwaith|weithiau|tro) since$|^ers (misoedd|blynyddoedd|blynedd|wythnosau|mis|19\\d\\d|20\\d\\d|${MONTHS}|y_gwanwyn|yr_haf|hydref|gaeaf)$`,
);
// A count of weeks or more, or of times: "for two weeks", "for over ten years", "ers dwy flynedd",
// "ers pythefnos", "seven times", "y pumed tro".
const COUNT = '(\\d+|a few|few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|dwy|dau|tair|tri|pedair|pedwar|pum|pump|chwe|chwech|saith|wyth|naw|deg|sawl|rhai)';
const SPAN_TEXT = new RegExp(
  `\\b(for|over|for over|for about|for nearly) ${COUNT} (weeks|months|years)\\b|\\bers (${COUNT} )?(wythnos|wythnosau|mis|misoedd|blynedd|blynyddoedd)\\b|\\bers (pythefnos|deufis|tri mis|hydoedd)\\b|\\b(${COUNT}|dozens of) times\\b|\\b(${COUNT}|dwsinau o|degau o) (gwaith|weithiau)\\b|\\b(pumed|chweched|seithfed|wythfed|degfed|fifth|sixth|seventh|eighth|tenth) (tro|time)\\b`,
);
// Issue #19, eighth safety pass: a danger told as coming back on a pattern ("every few months the
// stack pipe blocks", "floods two or three times a year", "three times this year", "bob gaeaf",
// "deirgwaith eleni") is a repair and a complaint about it, not tonight's emergency, unless the
// sentence says now ("again", "eto", "tonight"), which is read first. "Every time next door
// flushes", "bob tro mae'n bwrw" is not such a pattern: it tells what happens whenever, so now too.
// Only the cues a span settles (not gas, not electrics, not cold beside someone frail); the danger
// question still asks.
const RECURRING_TEXT = new RegExp(
  `\\bevery (few |couple of )?(winter|winters|year|years|month|months)\\b|\\b(${COUNT}|once|twice)( or ${COUNT})? times? a (year|month)\\b|\\b(once|twice) a (year|month)\\b|\\bbob (gaeaf|blwyddyn|mis)\\b|\\b(${COUNT}|twice|once) times? (this|a|last) year\\b|\\b(gwaith|weithiau|teirgwaith|deirgwaith|dwywaith|ddwywaith) eleni\\b|\\b(${COUNT}|unwaith|ddwywaith|dwywaith)( neu ${COUNT})? (gwaith|weithiau)? ?y (flwyddyn|blwyddyn|mis)\\b`,
);
// The danger as the object of an earlier report ("I'd reported a burst pipe", "ffoniais i am y dŵr yn
// dod drwy'r nenfwd"): what the resident tells is the handling, unless the sentence says now.
const REPORT_WORDS = new Set(['reported', 'riportio', 'reportio', 'ffoniais', 'ffonies', 'adroddais']);
const IF_WORDS = new Set(['if', 'os', 'pe', 'petai', 'pebai']);
const IF_PHRASES = ['in case', 'rhag ofn'];

/**
 * The time one sentence (its canonical forms) tells a danger in; `before`: the forms just before
 * the cue; `person`: the danger is a person at risk (see below).
 */
export function dangerTime(forms: readonly string[], before: readonly string[] = [], person = false): DangerTime {
  const b = ` ${before.join(' ')} `;
  if (before.some((f, i) => IF_WORDS.has(f) && !(f === 'os' && /^(gwelwch|gwelch|gweli)$/.test(before[i + 1] ?? ''))) || IF_PHRASES.some((p) => b.includes(` ${p} `))) return 'if';
  const text = ` ${forms.join(' ')} `;
  if (forms.some((f, i) => (NOW_WORDS.has(f) && !againDated(forms, i)) || (STILL.has(f) && !STILL_WAITING.has(forms[i + 1] ?? '') && !STILL_WAITING.has(forms[i + 2] ?? ''))) || NOW_PHRASES.some((p) => text.includes(` ${p} `))) return 'now';
  if (before.some((f, i) => REPORT_WORDS.has(f) || (f === 'about' && [before[i - 1], before[i - 2]].some((w) => /^(rang|rung|called|phoned|told|complained|emailed|wrote)$/.test(w ?? ''))))) return 'reported';
  const pairs: string[] = [];
  for (let i = 0; i + 1 < forms.length; i++) pairs.push(`${forms[i]} ${forms[i + 1]}`);
  // Three words read as a pair ("since the_summer", "ers yr_haf", "since last_year").
  for (let i = 0; i + 2 < forms.length; i++) pairs.push(`${forms[i]} ${forms[i + 1]}_${forms[i + 2]}`);
  // A month names when a person's risk began as often as when it ended ("asked to move in May
  // because my ex knows where I live"): for a person, only a time plainly gone is history.
  const dated = pairs.some((p) => PAST_PAIR.test(p) && (!person || /\d/.test(p)));
  const phrases = person ? PAST_PHRASES.filter((p) => p !== 'ym mis' && !/moved in|symud/.test(p)) : PAST_PHRASES;
  if (forms.some((f) => PAST_WORDS.has(f)) || phrases.some((p) => text.includes(` ${p} `)) || dated) return 'past';
  if (pairs.some((p) => SPAN_PAIR.test(p)) || SPAN_TEXT.test(text) || RECURRING_TEXT.test(text)) return 'chronic';
  return 'untold';
}

// The home's emergencies that a span of months makes a repair. Gas, electrics and carbon monoxide
// are never made safe by time, and cold beside someone frail is the longer the worse.
const SPAN_SETTLES: ReadonlySet<Cue> = new Set(['urgent_water', 'urgent_fire', 'urgent_security', 'urgent_repair', 'urgent_trapped']);
// What a time gone settles: the home's emergencies and a person at risk right now (danger_now).
// A safeguarding cue stays: abuse told as history is still a safeguarding matter.
export const TIME_SETTLES: ReadonlySet<Cue> = new Set([...SPAN_SETTLES, 'urgent_gas', 'urgent_electric', 'danger_now']);

/** A message's sentences, read as a hit asks for them (see `sentencesOf`). */
export interface Sentences {
  /** In order, each sentence (as its tokens, empty ones left out) with a token typed as `word` (one typed word: no space). */
  withWord(word: string): Iterable<readonly Token[]>;
}

/**
 * The sentences of a message; a dash between words ends one too. Read as they are asked for and
 * kept: a hit is looked for sentence by sentence from the first, so a long message's later
 * sentences are read only if some hit is not found before them. A sentence is first cut into its
 * words alone (the normalising pass) and tokenised only if the word asked for is among them: a
 * token typed as a word is one of those words (a two-word form's raw holds a space, which a word
 * never does), so a sentence without it has no such token, and most sentences of a long message
 * are passed over without looking each word up. `tokenise` is asked not to remember them
 * (`remember` false), so the whole text's reading stays remembered for the language detector
 * and the time-limit check after.
 */
export function sentencesOf(text: string, tokenise: (text: string, remember?: boolean) => Token[]): Sentences {
  const parts = text.split(/(?<=[.!?;])\s+|\n+|\s[\u2013\u2014-]\s/);
  const wordsOf: Array<readonly string[] | undefined> = new Array(parts.length);
  const tokensOf: Array<Token[] | undefined> = new Array(parts.length);
  return {
    *withWord(word) {
      for (let i = 0; i < parts.length; i++) {
        const words = (wordsOf[i] ??= normalisedWords(parts[i], false));
        if (!words.includes(word)) continue;
        const s = (tokensOf[i] ??= tokenise(parts[i], false));
        if (s.length) yield s;
      }
    },
  };
}

/**
 * Whether a flag cue's hit is told as no emergency now by its sentence (see above). A hit whose
 * words are found in no sentence (a phrase across a full stop) is kept.
 */
export function settledByTime(hit: CueHit, sentences: Sentences): DangerTime | null {
  if (!TIME_SETTLES.has(hit.cue)) return null;
  const want = hit.words.split(' ');
  for (const s of sentences.withWord(want[0])) {
    // Every word below is some token's raw: a sentence with no token typed as the first word cannot hold the hit.
    if (!s.some((t) => t.raw === want[0])) continue;
    // The hit quotes each resident's word once ("can't" is two tokens): match on words, not tokens.
    const words: Array<{ raw: string; at: number }> = [];
    s.forEach((t, at) => {
      if (!words.length || !words[words.length - 1].raw.endsWith(t.raw)) words.push({ raw: t.raw, at });
    });
    for (let i = 0; i + want.length <= words.length; i++) {
      let same = true;
      for (let k = 0; k < want.length && same; k++) same = words[i + k].raw === want[k];
      if (!same) continue;
      const forms = s.map((t) => t.form);
      // "If" reaches the cue only from close before it: "dwn i ddim os …, mae ogla nwy" is no condition.
      const person = hit.cue === 'danger_now';
      const when = dangerTime(forms, forms.slice(Math.max(0, words[i].at - 6), words[i].at), person);
      if (when === 'past' || (when === 'if' && !person) || ((when === 'chronic' || when === 'reported') && SPAN_SETTLES.has(hit.cue))) return when;
      return null;
    }
  }
  return null;
}

// Issue #19, seventh safety pass (docs/triage/flags.md). No heat or hot water beside school-age
// children, told as weeks long or dated weeks gone ("no hot water since … that was three weeks
// ago", "tair wythnos heb wres efo dau o blant"), is labelled a repair and a complaint, not an
// emergency, with one voice; beside a baby, a toddler, someone old or ill it is an emergency
// however long it has lasted (the labels agree: "Dad is 90 … since October in his coat"). So only
// children named as children are read for time; a baby, an age or anyone frail keeps the flag.
// The danger question still asks (hazard_cold beside hazard_frail), so a family in real trouble
// is one tap from the emergency line.
const CHILDREN_ONLY = new Set(['kids', 'children', 'my kids', 'my son', 'my daughter', 'plant', 'y plant', 'plant bach']);
const WEEKS_TEXT = new RegExp(`\\b(${COUNT}|pythefnos|fortnight) (weeks?|wythnos|wythnosau|months?|mis|misoedd|fortnights?)\\b|\\b(since|ers) \\d`);

/**
 * Whether cold beside someone (`vulnerable`: the phrases the vulnerable cue heard) is told as a
 * weeks-long wait of a family with school-age children rather than an emergency now.
 */
export function coldForWeeksWithChildren(forms: readonly string[], vulnerable: readonly string[]): boolean {
  if (!vulnerable.length || !vulnerable.every((p) => CHILDREN_ONLY.has(p))) return false;
  const when = dangerTime(forms);
  if (when === 'now' || when === 'if') return false;
  return when === 'past' || when === 'chronic' || WEEKS_TEXT.test(` ${forms.join(' ')} `);
}

// "Outside … tonight" is a person at the door only when both are one clause: "drewdod o'r draen
// tu allan a rŵan gelod yn y gawod" (a smell from the drain outside, and now leeches in the shower)
// joins two complaints with "a" and tells no one outside.
const OUTSIDE = /^(outside|tu_allan|tu_fas)\b/;
const CLAUSE_JOIN = / (and|but|a|ac|ond|then|wedyn|wedi hynny) /;

/** Whether a danger_now hit of the "outside … now" kind runs across two clauses. */
export function outsideInAnotherClause(hit: CueHit): boolean {
  if (hit.cue !== 'danger_now' || !OUTSIDE.test(hit.phrase)) return false;
  const w = hit.words.toLowerCase().replace(/['\u2019]/g, '').split(/\s+/);
  // The words after the place: "outside my door and now" has "and" between door and now.
  return CLAUSE_JOIN.test(` ${w.slice(1, -1).join(' ')} `);
}
