import type { ContactAnswer, IntakeAnswers, WhenAnswer, YesNoUnsure } from '../../src/cases/intake';
import { checkTimeLimit } from '../../src/deadlines/time-limit';
import type { WorkingCalendar } from '../../src/deadlines/calendar';
import type { Lang } from '../../src/i18n';
import { normalise } from '../../src/language/normalise';
import type { Bilingual, Duration, PolicyProfile } from '../../src/policy/schema';
import { type Choice, matchMany, matchOne } from '../parse/choices';
import { isGreeting } from '../parse/greeting';
import { readAnswer, readYesNo } from '../parse/yes-no';
import { speaksForSomeoneElse } from '../parse/for-someone-else';
import { looksLikePlace, placeNamedIn, placeOnly } from '../parse/place';
import { addressInDescription } from '../parse/danger-answer';
import { roomInDescription } from '../parse/room-in-description';
import { hasNoPlace } from '../parse/no-place';
import { saysNothing } from '../parse/says-nothing';
import { nonAnswer } from '../parse/non-answer';
import { selfInDescription } from '../parse/self-in-description';
import { asksAnonymity } from '../parse/anonymous';
import { asksToComplainAndNothingElse } from '../parse/asks-to-complain';
import { parseContact } from '../parse/contact';
import { describesOngoing, onlyDayToCome, readWhenAnswer, reportedSinceInDescription, whenInDescription } from '../parse/when-answer';
import { impliedYes, reportedInDescription, saysWhenOrHow } from '../parse/report-details';
import { ADJUSTMENT_CHOICES, LANGUAGE_CHOICES, OUTCOME_CHOICES, REPRESENTATIVE_CHOICES, saysNone } from './choice-sets';

/**
 * The intake's questions as data: what each asks, how an answer is read, when it is skipped.
 * The dialog walks the list, asking the first question still unanswered, so a change at the
 * summary is just clearing an answer.
 */

export type QuestionId =
  | 'description'
  | 'location'
  | 'when'
  | 'reported_before'
  | 'reported_details'
  | 'impact'
  | 'court_claim'
  | 'outcomes'
  | 'adjustments'
  | 'representative'
  | 'name'
  | 'contact'
  | 'letter_language'
  | 'best_times';

/** A value rendered in the resident's language when the message is sent. */
export type Token =
  | string
  | number
  | { date: string }
  | { dateSoft: string }
  | { month: string }
  | { duration: Duration }
  | { ago: NonNullable<WhenAnswer['ago']> }
  | { around: { date: string; unit: NonNullable<WhenAnswer['ago']>['unit'] } }
  | { text: Bilingual };

/** A message to send, as a locale key and its values, rendered in the resident's language. */
export interface Say {
  key: string;
  params?: Record<string, Token>;
}

export interface QuestionContext {
  profile: PolicyProfile;
  calendar: WorkingCalendar;
  lang: Lang;
  /** London date of the conversation, YYYY-MM-DD. */
  today: string;
  /** Answers to this question already asked about again (0 for the first answer). */
  attempt?: number;
}

/**
 * Not taken: asked again after `retryKey`'s message. With `asks`, that message is the question
 * asked again (with examples), so the prompt is not repeated under it.
 */
export type ParseResult = { ok: true; say?: Say[] } | { ok: false; retryKey?: string; asks?: boolean };

export type ChoiceList = 'yes_no' | 'court' | 'outcomes' | 'adjustments' | 'representative' | 'letter_language';

export interface Question {
  id: QuestionId;
  promptKey: string;
  /** Choices shown as a numbered list and buttons; typing is always accepted too. */
  choices?: ChoiceList;
  skip?(a: IntakeAnswers): boolean;
  answered(a: IntakeAnswers): boolean;
  /** Reads the answer into `a`; returns messages to say about it, or asks again. */
  parse(text: string, a: IntakeAnswers, ctx: QuestionContext): ParseResult;
  /** Answers cleared when this one is changed at the summary. */
  clears?: QuestionId[];
  clear(a: IntakeAnswers): void;
}

/** Choices picked by number or name; whatever does not match one is the resident's own words, kept as written. */
function choicesAndOwnWords<T extends string>(text: string, choices: readonly Choice<T>[]): { values: T[]; own?: string } {
  const { values, rest } = matchMany(text, choices);
  return { values, own: values.length === 0 || rest.length > 2 ? text : undefined };
}

const freeText = (id: QuestionId, field: 'description' | 'location' | 'impact', min = 2): Question => ({
  id,
  promptKey: `q.${id}`,
  answered: (a) => a[field] !== undefined,
  parse(text, a) {
    const t = text.trim();
    if (t.length < min) return { ok: false };
    a[field] = t;
    return { ok: true };
  },
  clear: (a) => delete a[field],
});

/**
 * A pick-any answer read, and whether it plainly answers something else (`nonAnswer`): the key to
 * ask again with, `$` standing for the question (outcomes, adjustments). A reference is never a
 * choice, though it has digits in it ("CMP-7KQ4-9TXD" is not choices 7, 4 and 9); a yes or a
 * "what?" counts only when no choice was named ("sorry" is an apology).
 */
function nonAnswerTo<T extends string>(text: string, choices: readonly Choice<T>[]): { retryKey?: string; reading: { values: T[]; own?: string } } {
  const not = nonAnswer(text);
  if (not === 'reference') return { retryKey: 'not_an_answer.reference', reading: { values: [], own: text } };
  const reading = choicesAndOwnWords(text, choices);
  if (!not || reading.values.length) return { reading };
  return { retryKey: not === 'yes_no' ? '$_which' : 'not_an_answer.$_puzzled', reading };
}

/** Only a yes, a no or an "ok", with nothing else said. */
function bareAnswer(text: string): boolean {
  const r = readAnswer(text);
  return r.clear && (r.answer === 'yes' || r.answer === 'no');
}

/** Said in the resident's own words at "anything to make this easier?": no phone calls. */
const NO_CALLS = new RegExp(
  String.raw`\b(?:deaf|hard of hearing|bsl|sign language|texts? only|(?:(?:do not|dont|don't|cant|can't|cannot|not) (?:phone|call|ring)|no (?:phone )?calls)(?! (?:me )?(?:before|after|until|till|on|at|in)\b)|byddar|fyddar|[td]rwm (?:fy|ei) (?:nghlyw|chlyw|glyw)|iaith arwyddion|peidiwch (?:a|ag) (?:ffonio|galw)|dim galwadau|tecst yn unig|negeseuon testun yn unig)\b`,
);
export function asksNotToBeCalled(text: string | undefined): boolean {
  return !!text && NO_CALLS.test(normalise(text));
}

/** "Then", said to "did the problem start around then?", in normal form without apostrophes. */
const AROUND_THEN = new Set(
  [
    'then', 'around then', 'about then', 'roughly then', 'yes around then', 'yes about then', 'about that time', 'around that time',
    'at the same time', 'same time', 'yes then', 'bryd hynny', 'tua bryd hynny', "tua'r adeg honno", "tua'r un pryd", "yr un pryd",
    'adeg hynny', 'tua hynny', 'do tua hynny', 'do bryd hynny', "do tua'r adeg honno", 'ie tua hynny',
  ].map((p) => normalise(p).replace(/'/g, '')),
);

/** Words that may stand around a time without saying anything of what went wrong. */
const AROUND_A_TIME = new Set(['since', 'for', 'about', 'around', 'roughly', 'over', 'ago', 'it', 'started', 'began', 'in', 'on', 'ers', 'tua', 'dros', 'yn', 'ol', 'nol', 'ym', 'mis', 'fis', 'dechreuodd', 'ddechreuodd', 'wnaeth', 'e', 'o', 'hi']);

/** The whole answer is when it started: every word is the date's, or stands around one. */
function onlyWhen(text: string, ctx: QuestionContext): boolean {
  const matched = readWhenAnswer(text, ctx.today, ctx.lang)?.start?.matched;
  if (!matched) return false;
  const dateWords = normalise(matched).split(' ');
  return normalise(text)
    .split(' ')
    .every((w) => AROUND_A_TIME.has(w) || dateWords.some((d) => d.startsWith(w)) || /^\d+$/.test(w));
}

function yesNo(text: string): YesNoUnsure | null {
  return readYesNo(text);
}

const contact = (a: IntakeAnswers): ContactAnswer | undefined => a.contact;
const isAnonymous = (a: IntakeAnswers) => a.contact?.anonymous === true;

const ANONYMOUS = ['anonymous', 'anon', 'no name', 'rather not say', "i'd rather not", 'prefer not to say', 'dienw', 'dim enw', 'gwell gen i beidio', 'well gen i beidio', "dwi'm isio deud", 'dim diolch'].map(normalise);

/**
 * A description that says it was reported ("I've reported it twice", "dw i wedi ffonio dair
 * gwaith") has answered "have you reported it before?", so it is not asked.
 */
export function noteReportedInDescription(a: IntakeAnswers, ctx: QuestionContext): void {
  // A yes known already (unhappy with how it has been dealt with) may still take its when and how from here.
  if (!a.description || (a.reportedBefore !== undefined && (a.reportedBefore.answer !== 'yes' || a.reportedBefore.details !== undefined))) return;
  const found = reportedInDescription(a.description, ctx.today, ctx.lang);
  if (found) a.reportedBefore = found.details ? { answer: 'yes', details: found.details } : { answer: 'yes' };
}

/**
 * A description that says when ("broken since March", "ers mis Medi", "for three weeks", "ddoe")
 * has answered "when?", so it is not asked: read by the "when?" question itself from the words
 * that say it, with what it says back (and the time limit where it applies). Nothing when it does
 * not say, or "when?" is answered already.
 */
export function noteWhenInDescription(a: IntakeAnswers, ctx: QuestionContext): Say[] {
  if (!a.description || a.when !== undefined) return [];
  const words = whenInDescription(a.description, ctx.today, ctx.lang);
  if (!words) return [];
  const result = question('when').parse(words, a, ctx);
  return result.ok ? (result.say ?? []) : [];
}

/**
 * A description that says where the resident (or the person they write for) lives ("my mum who
 * lives at 4 Heol y Bryn", "dw i'n byw yn Fflat 3, Tŷ Gwyn"), or names the room ("the damp in my
 * bedroom", "yn y gegin"), has answered "where?": noted and said back, changeable at the summary.
 * Nothing when it does not, or "where?" is answered already.
 */
export function noteLocationInDescription(a: IntakeAnswers): Say[] {
  if (!a.description || a.location !== undefined) return [];
  const address = addressInDescription(a.description);
  if (address) {
    a.location = address;
    return [{ key: 'location.noted_from_description', params: { address } }];
  }
  // "the mould in the kids' bedroom", "yn y gegin": the room said in passing is where (found by trial12).
  const room = roomInDescription(a.description);
  if (!room) return [];
  a.location = room;
  return [{ key: 'location.room_from_description', params: { room } }];
}

/**
 * A description that gives the resident's own name or a way to reach them ("I'm Sian Evans on
 * 07700 900123, …", "Dafydd Jones dw i, rhif ffôn …") has answered those questions: noted, said
 * back, and not asked again (found by trial12). Nothing once the name or contact has been asked.
 */
export function noteSelfInDescription(a: IntakeAnswers): Say[] {
  if (!a.description || a.contact !== undefined) return [];
  const self = selfInDescription(a.description);
  if (!self) return [];
  a.contact = { anonymous: false, ...self };
  const reach = [self.phone, self.email].filter(Boolean).join(', ');
  if (self.name && reach) return [{ key: 'contact.noted_name_reach', params: { name: self.name, reach } }];
  if (self.name) return [{ key: 'contact.noted_name', params: { name: self.name } }];
  return [{ key: 'contact.noted_reach', params: { reach } }];
}

/** "I've noted this started in October 2024 and is still happening", as precisely as the start was given. */
function ongoingNoted(start: { date: string; precision: string } | null): Say {
  if (!start) return { key: 'when.noted_ongoing' };
  switch (start.precision) {
    case 'day':
      return { key: 'when.noted_ongoing_day', params: { date: { date: start.date }, dateSoft: { dateSoft: start.date } } };
    case 'month':
      return { key: 'when.noted_ongoing_month', params: { month: { month: start.date } } };
    case 'year':
      return { key: 'when.noted_ongoing_year', params: { year: start.date.slice(0, 4) } };
    case 'week':
      return { key: 'when.noted_ongoing_week', params: { day: { around: { date: start.date, unit: 'week' } } } };
    default:
      return { key: 'when.noted_ongoing_approx', params: { month: { month: start.date } } };
  }
}

/** "I've noted …" for something that happened once: a day as a day, and a week or a guess ("a few weeks ago") never as a day it was not given as. */
function onceNoted(when: { date: string; precision: string }): Say {
  switch (when.precision) {
    case 'month':
      return { key: 'when.noted_month', params: { month: { month: when.date } } };
    case 'week':
      return { key: 'when.noted_week', params: { day: { around: { date: when.date, unit: 'week' } } } };
    case 'approx':
      return { key: 'when.noted_approx', params: { month: { month: when.date } } };
    default:
      return { key: 'when.noted', params: { date: { date: when.date } } };
  }
}

export const QUESTIONS: readonly Question[] = [
  {
    ...freeText('description', 'description', 3),
    parse(text, a, ctx) {
      const t = text.trim();
      // "hmm", "ok", "?", "idk", "sa i'n gwbod" say nothing of what went wrong, and were filed as the
      // whole complaint (found round 14): asked again kindly once, then as any answer not taken.
      if (saysNothing(t)) return (ctx.attempt ?? 0) === 0 ? { ok: false, retryKey: 'description_empty', asks: true } : { ok: false };
      if (t.length < 3) return { ok: false };
      // "hello" after choosing a language is the resident saying hello, not what went wrong:
      // filed as the description, it reached the landlord as the whole complaint.
      if (isGreeting(t)) return { ok: false, retryKey: 'description_greeting', asks: true };
      // "I want to make a complaint" is no answer to "what has gone wrong?": it became the whole
      // complaint, and "where?" came next (found by trial12). Asked once, then taken as written.
      if (asksToComplainAndNothingElse(t) && (ctx.attempt ?? 0) === 0) return { ok: false, retryKey: 'description_asks_to_complain', asks: true };
      // A bare "yes" or "no" says nothing of what went wrong ("yes" was filed as the whole complaint).
      if (bareAnswer(t) && (ctx.attempt ?? 0) === 0) return { ok: false, retryKey: 'description_bare', asks: true };
      // Only when it started ("ers tair wythnos", "3 weeks ago"): kept as the answer to "when?",
      // which is not asked later, and what went wrong asked again (found round 13, where "ers tair
      // wythnos" was filed as the whole complaint).
      if ((ctx.attempt ?? 0) === 0 && a.when === undefined && onlyWhen(t, ctx)) {
        const when = QUESTIONS.find((q) => q.id === 'when')!.parse(t, a, ctx);
        if (when.ok) return { ok: false, retryKey: 'description_time_only', asks: true };
      }
      a.description = t;
      noteReportedInDescription(a, ctx);
      return { ok: true, say: [...noteSelfInDescription(a), ...noteLocationInDescription(a), ...noteWhenInDescription(a, ctx)] };
    },
  },
  {
    ...freeText('location', 'location'),
    // A rise in rent, a rude officer, letters never answered: a matter with no place in a home is
    // not asked where it is (found round 14). Asked still when changed at the summary (intake-dialog.ts).
    skip: (a) => hasNoPlace(a.description),
    parse(text, a, ctx) {
      const t = text.trim();
      if (t.length < 2 && !/\d/.test(t)) return { ok: false };
      // "Cwyn", "can you help me": asked once more, with examples; a second answer is taken as
      // written, so nobody is trapped by a place this reader does not know.
      if (!looksLikePlace(t) && (ctx.attempt ?? 0) === 0) return { ok: false, retryKey: 'location.not_a_place', asks: true };
      a.location = t;
      return { ok: true };
    },
  },
  {
    id: 'when',
    promptKey: 'q.when',
    answered: (a) => a.when !== undefined,
    parse(text, a, ctx) {
      const unsure = readYesNo(text) === 'unsure';
      const reading = readWhenAnswer(text, ctx.today, ctx.lang);
      // Still going on, by this answer or the description: it is occurring now (HOS Code 2.3),
      // so never out of time, whenever it began.
      const ongoing = (reading?.ongoing ?? false) || describesOngoing(a.description);
      const when = reading?.start ?? null;
      if (unsure && !reading?.ongoing) {
        a.when = { text: text.trim(), date: null, precision: null, ...(ongoing ? { ongoing } : {}) };
        return { ok: true, say: [{ key: 'when.unknown_noted' }] };
      }
      // Asked "did it start around then?" of a date said only of reporting ("I've complained since
      // March"): "yes", "around then", "do", "bryd hynny" take that date; a bare "no" is asked when.
      if (!reading) {
        const said = reportedSinceInDescription(a.description, ctx.today, ctx.lang);
        // No buttons are shown here, so a bare number is no choice of yes or no.
        const answer = !said || /^\d+$/.test(text.trim()) ? null : AROUND_THEN.has(normalise(text).replace(/'/g, '')) ? 'yes' : readYesNo(text);
        if (said && answer === 'yes') return question('when').parse(said, a, ctx);
        if (said && answer === 'no') return { ok: false, retryKey: 'when.started_when', asks: true };
      }
      // "next Tuesday", "dydd Mawrth nesa": a day to come is no start; asked again saying so.
      if (!when && onlyDayToCome(text, ctx.today, ctx.lang)) return { ok: false, retryKey: 'when.day_to_come', asks: true };
      // Nothing read: no date, and nothing saying it is still going on.
      if (!reading || (!ongoing && !when)) return { ok: false, retryKey: 'when.not_understood' };
      const ago = when?.precision === 'approx' ? when.ago : undefined;
      a.when = { text: text.trim(), date: when?.date ?? null, precision: when?.precision ?? null, ...(ongoing ? { ongoing } : {}), ...(ago ? { ago } : {}) };
      const say: Say[] = [
        when && ago
          ? // "3 weeks ago", "ers tair wythnos": said back as given, with roughly when by today's date (never a month alone, which reads as this month).
            { key: ongoing ? 'when.noted_ongoing_ago' : 'when.noted_ago', params: { ago: { ago }, around: { around: { date: when.date, unit: ago.unit } } } }
          : ongoing || !when
            ? ongoingNoted(when)
            : onceNoted(when),
      ];
      // The engine counts a problem still going on from today: never out of time (HOS Code 2.3).
      const limit = checkTimeLimit(ctx.profile, ctx.calendar, { happened: when?.date ?? ctx.today, received: ctx.today, ongoing });
      const tl = ctx.profile.timeLimit;
      if (tl && !limit.within) {
        say.push({
          key: 'when.out_of_time',
          params: {
            limit: { duration: tl.within },
            limitDate: { date: limit.limitDate as string },
            discretion: { text: tl.discretion.when },
          },
        });
      }
      if (tl?.hardCap && limit.hardCap?.beyond) say.push({ key: 'when.hard_cap', params: { cap: { duration: tl.hardCap.within } } });
      return { ok: true, say };
    },
    clear: (a) => delete a.when,
  },
  {
    id: 'reported_before',
    promptKey: 'q.reported_before',
    choices: 'yes_no',
    answered: (a) => a.reportedBefore !== undefined,
    parse(text, a, ctx) {
      const answer = yesNo(text) ?? (impliedYes(text, ctx.today, ctx.lang) ? 'yes' : null);
      if (!answer) return { ok: false, retryKey: 'retry_yes_no' };
      // "Yes, I rang twice last month" has answered the next question too.
      a.reportedBefore = answer === 'yes' && saysWhenOrHow(text, ctx.today, ctx.lang) ? { answer, details: text.trim() } : { answer };
      return { ok: true };
    },
    clears: ['reported_details'],
    clear: (a) => delete a.reportedBefore,
  },
  {
    id: 'reported_details',
    promptKey: 'q.reported_details',
    skip: (a) => a.reportedBefore?.answer !== 'yes',
    answered: (a) => a.reportedBefore?.details !== undefined,
    parse(text, a) {
      if (text.trim().length < 2 || !a.reportedBefore) return { ok: false };
      a.reportedBefore.details = text.trim();
      return { ok: true };
    },
    clear: (a) => {
      if (a.reportedBefore) delete a.reportedBefore.details;
    },
  },
  {
    ...freeText('impact', 'impact'),
    parse(text, a, ctx) {
      const t = text.trim();
      if (t.length < 2) return { ok: false };
      // A bare "do", "yes" or "ok" answers a yes/no question this is not: asked once what the
      // effect was, then taken as written. So is "what?" (put another way) or a reference (trial16).
      const not = nonAnswer(t);
      if (not && (ctx.attempt ?? 0) === 0) {
        if (not === 'reference') return { ok: false, retryKey: 'not_an_answer.reference' };
        const forResident = a.representative !== undefined && !a.representative.isResident;
        return { ok: false, retryKey: `impact.${not === 'puzzled' ? 'puzzled' : 'what_effect'}${forResident ? '_resident' : ''}`, asks: true };
      }
      // Only a time ("since last November", "ers mis Tachwedd llynedd") answers "when?", asked
      // already: said so, and asked once what the effect was (found by trial16, filed as the effect).
      if ((ctx.attempt ?? 0) === 0 && onlyWhen(t, ctx)) {
        const forResident = a.representative !== undefined && !a.representative.isResident;
        return { ok: false, retryKey: forResident ? 'impact.time_given_resident' : 'impact.time_given', asks: true };
      }
      // Only a place ("in the bathroom", "yn y lolfa") answers "where?", asked already: kept with
      // where it is when it adds to it, said so, and asked once what the effect was (trial16 left
      // it filed as the effect; found again by trial17 in both languages).
      const place = (ctx.attempt ?? 0) === 0 ? placeOnly(t) : null;
      if (place) {
        const forResident = a.representative !== undefined && !a.representative.isResident;
        const known = a.location !== undefined && placeNamedIn(a.location, place);
        if (!known) a.location = a.location ? `${a.location}, ${t}` : t;
        return { ok: false, retryKey: `impact.${known ? 'place_noted' : 'place_added'}${forResident ? '_resident' : ''}`, asks: true };
      }
      a.impact = t;
      return { ok: true };
    },
  },
  {
    id: 'court_claim',
    promptKey: 'q.court_claim',
    choices: 'court',
    answered: (a) => a.courtClaim !== undefined,
    parse(text, a) {
      const answer = yesNo(text);
      if (!answer) return { ok: false, retryKey: 'retry_court' };
      a.courtClaim = answer;
      return { ok: true, say: answer === 'yes' ? [{ key: 'court.noted_yes' }] : [] };
    },
    clear: (a) => delete a.courtClaim,
  },
  {
    id: 'outcomes',
    promptKey: 'q.outcomes',
    choices: 'outcomes',
    answered: (a) => a.outcomes !== undefined,
    parse(text, a, ctx) {
      const t = text.trim();
      if (t.length < 1) return { ok: false };
      // A bare "yes" or "no" says nothing about what would put things right (it was filed as the
      // resident's own words, "yes"; found by redteam12); nor does a reference or "what?" (trial16):
      // asked once, kindly, then taken as written.
      const not = nonAnswerTo(t, OUTCOME_CHOICES);
      if (not.retryKey && (ctx.attempt ?? 0) === 0) return { ok: false, retryKey: not.retryKey.replace('$', 'outcomes') };
      const { values, own } = not.reading;
      a.outcomes = { codes: values.length ? values : ['other'], ...(own ? { text: own } : {}) };
      return { ok: true };
    },
    clear: (a) => delete a.outcomes,
  },
  {
    id: 'adjustments',
    promptKey: 'q.adjustments',
    choices: 'adjustments',
    answered: (a) => a.adjustments !== undefined,
    parse(text, a, ctx) {
      const t = text.trim();
      if (!t) return { ok: false };
      if (saysNone(t)) {
        a.adjustments = { codes: [] };
        return { ok: true };
      }
      // "Yes" means something would help, not what: asked once which (it was filed as "yes"); a
      // reference or "what?" answers another question or none (trial16): asked once, kindly.
      const not = nonAnswerTo(t, ADJUSTMENT_CHOICES);
      if (not.retryKey && (ctx.attempt ?? 0) === 0) return { ok: false, retryKey: not.retryKey.replace('$', 'adjustments') };
      const { values, own } = not.reading;
      a.adjustments = { codes: values, ...(own ? { text: own } : {}) };
      return { ok: true };
    },
    clear: (a) => delete a.adjustments,
  },
  {
    id: 'representative',
    promptKey: 'q.representative',
    choices: 'representative',
    answered: (a) => a.representative !== undefined,
    parse(text, a, ctx) {
      const yn = readYesNo(text);
      // A bare "yes"/"ok" reads as "I'm the resident", unless what went wrong was told for someone
      // else ("on behalf of my mum"): there "ok" answers nothing, and was filed as the resident's own (found by trial11).
      const yesIsResident = yn === 'yes' && !speaksForSomeoneElse(a.description);
      const pick = (normalise(text) === 'as' ? 'ms' : matchOne(text, REPRESENTATIVE_CHOICES)) ?? (yesIsResident ? 'resident' : null);
      // "Sorry, I didn't understand that" alone, over and over, to someone who answered another
      // question here (found by trial12): says how to answer.
      if (!pick) return { ok: false, retryKey: 'representative.not_understood' };
      if (pick === 'resident') {
        a.representative = { isResident: true, consentNeeded: false };
        return { ok: true };
      }
      const reps = ctx.profile.representatives;
      const consentNeeded = reps.consentForm !== 'none' && !reps.noConsentNeeded.includes(pick);
      a.representative = { isResident: false, kind: pick, consentNeeded };
      const key = !consentNeeded
        ? 'representative.no_consent_needed'
        : reps.consentForm === 'written'
          ? 'representative.consent_needed_written'
          : 'representative.consent_needed_any';
      return { ok: true, say: [{ key }] };
    },
    clear: (a) => delete a.representative,
  },
  {
    id: 'name',
    promptKey: 'q.name',
    answered: (a) => a.contact !== undefined && (a.contact.anonymous || a.contact.name !== undefined),
    parse(text, a, ctx) {
      const t = text.trim();
      if (!t) return { ok: false };
      const base: ContactAnswer = a.contact ?? { anonymous: false };
      // "I'd rather not give my name", "sa i moyn rhoi fy enw" say so as plainly as "anonymous";
      // so does a bare "no" to the name asked again ("…If you'd rather not say, type anonymous").
      const bare = readAnswer(t);
      const refusedAgain = (ctx.attempt ?? 0) > 0 && bare.clear && bare.answer === 'no';
      if (ANONYMOUS.includes(normalise(t)) || asksAnonymity(t) || refusedAgain) {
        a.contact = { anonymous: true };
        // Acting for someone else with no name: the landlord cannot discuss it with them at all,
        // whatever consent the representative question spoke of; the resident can ask for a reply.
        const key = a.representative && !a.representative.isResident ? 'contact.anonymous_note_representative' : 'contact.anonymous_note';
        return { ok: true, say: [{ key, params: { explain: { text: ctx.profile.anonymous.explain } } }] };
      }
      // "Yes, she agreed", said to the consent note just before, is not a name (nor is a bare yes or
      // no): asked once more, then taken as written, so nobody is trapped by what the reader thinks.
      // A bare "yes" is never a name: asked again (three misses offer a person, as at any question).
      if (bare.clear && bare.answer === 'yes') return { ok: false, retryKey: 'name_not_given', asks: true };
      if ((ctx.attempt ?? 0) === 0 && bare.answer !== null && !/^(my name|fy enw)/i.test(t)) return { ok: false, retryKey: 'name_not_given', asks: true };
      // Strip "my name is" / "fy enw i yw" so the summary reads naturally.
      const name = t.replace(/^(my name is|my name's|i'm|i am|it's|fy enw i yw|fy enw i ydy|fy enw yw|enw fi yw|enw fi ydy|fi yw|fi ydy|fi ydi)\s+/i, '').trim();
      if (name.length < 2) return { ok: false };
      // "I'm her son", "fi yw ei mab": who they are to the resident, not a name (found by trial11): asked once more.
      if ((ctx.attempt ?? 0) === 0 && /^(?:her|his|their|ei|eu)\s/i.test(name)) return { ok: false, retryKey: 'name_not_given', asks: true };
      a.contact = { ...base, anonymous: false, name };
      return { ok: true };
    },
    clears: ['contact', 'letter_language', 'best_times'],
    clear: (a) => delete a.contact,
  },
  {
    id: 'contact',
    promptKey: 'q.contact',
    skip: isAnonymous,
    answered: (a) => !!(a.contact?.phone || a.contact?.email || a.contact?.address),
    parse(text, a) {
      const c = contact(a);
      const found = parseContact(text);
      if (!c || !found) return { ok: false, retryKey: 'contact.not_understood' };
      a.contact = { ...c, ...found };
      return { ok: true };
    },
    clears: ['best_times'],
    clear: (a) => {
      if (a.contact) {
        delete a.contact.phone;
        delete a.contact.email;
        delete a.contact.address;
        delete a.contact.bestTimes;
      }
    },
  },
  {
    id: 'letter_language',
    promptKey: 'q.letter_language',
    choices: 'letter_language',
    skip: isAnonymous,
    answered: (a) => a.contact?.letterLanguage !== undefined,
    parse(text, a) {
      const lang = matchOne(text, LANGUAGE_CHOICES);
      if (!lang || !a.contact) return { ok: false };
      a.contact.letterLanguage = lang;
      return { ok: true };
    },
    clear: (a) => {
      if (a.contact) delete a.contact.letterLanguage;
    },
  },
  {
    id: 'best_times',
    promptKey: 'q.best_times',
    // Not asked of someone who has said not to ring them ("I'm deaf, please text, don't call"): asked
    // straight after, "When is a good time to call you?" read as not listening (found round 13).
    skip: (a) => isAnonymous(a) || !a.contact?.phone || asksNotToBeCalled(a.adjustments?.text),
    answered: (a) => a.contact?.bestTimes !== undefined,
    parse(text, a) {
      if (!a.contact || !text.trim()) return { ok: false };
      a.contact.bestTimes = text.trim();
      return { ok: true };
    },
    clear: (a) => {
      if (a.contact) delete a.contact.bestTimes;
    },
  },
];

export function question(id: QuestionId): Question {
  return QUESTIONS.find((q) => q.id === id) as Question;
}

/** The first question still to ask, or null when the summary is next. */
export function nextQuestion(a: IntakeAnswers): Question | null {
  const next = QUESTIONS.find((q) => !(q.skip?.(a) ?? false) && !q.answered(a)) ?? null;
  // Told about someone else's home ("my mum's flat"): who is complaining comes first, so "how has
  // this affected …?" is asked of the right person (found by trial9).
  if (next?.id === 'impact' && !a.representative && speaksForSomeoneElse(a.description)) return question('representative');
  return next;
}

/** The question's words for these answers: "how has this affected the resident …?" to someone acting for them. */
export function promptKeyFor(q: Question, a: IntakeAnswers): string {
  return q.id === 'impact' && a.representative && !a.representative.isResident ? 'q.impact_resident' : q.promptKey;
}

/** Clears an answer and those that depend on it, so the dialog asks them again. */
export function clearAnswer(a: IntakeAnswers, id: QuestionId): void {
  const q = question(id);
  for (const dep of q.clears ?? []) question(dep).clear(a);
  q.clear(a);
}
