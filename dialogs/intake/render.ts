import type { TFunction } from 'i18next';
import { hasNoPlace } from '../parse/no-place';
import { afterIntroduction } from '../parse/self-in-description';
import type { IntakeAnswers } from '../../src/cases/intake';
import { duration, longDate, softened } from '../../src/i18n/format';
import type { Lang } from '../../src/i18n';
import { agoText, aroundText, monthYear, whenText } from '../../src/i18n/when-text';
import { ADJUSTMENT_CHOICES, OUTCOME_CHOICES, REPRESENTATIVE_CHOICES } from './choice-sets';
import { asksNotToBeCalled, type ChoiceList, promptKeyFor, type Question, type Say, type Token } from './questions';
import type { Prompt, PromptChoice } from '../../src/channels/prompt';

function token(t: TFunction, lang: Lang, v: Token): string | number {
  if (typeof v === 'string' || typeof v === 'number') return v;
  if ('date' in v) return longDate(v.date, lang);
  if ('dateSoft' in v) return softened(longDate(v.dateSoft, lang), lang);
  if ('month' in v) return monthYear(v.month, lang);
  if ('duration' in v) return duration(t, v.duration);
  if ('ago' in v) return agoText(v.ago, lang);
  if ('around' in v) return aroundText(v.around.date, v.around.unit, lang);
  return v.text[lang];
}

export function say(t: TFunction, lang: Lang, s: Say): string {
  const params = Object.fromEntries(Object.entries(s.params ?? {}).map(([k, v]) => [k, token(t, lang, v)]));
  return t(`intake:${s.key}`, params);
}

const choice = (value: string, label: string): PromptChoice => ({ value, label });

/**
 * Each list's choices, in the order numbers refer to. A value is what the question's reader understands (readYesNo reads
 * "unsure", the letters question reads "cymraeg"), so a tap needs no reading of its own.
 */
export function questionChoices(t: TFunction, list: ChoiceList): PromptChoice[] {
  switch (list) {
    case 'yes_no':
      return [choice('yes', t('intake:choice.yes')), choice('no', t('intake:choice.no')), choice('unsure', t('intake:choice.unsure'))];
    case 'court':
      return [choice('yes', t('intake:choice.court_yes')), choice('no', t('intake:choice.court_no')), choice('unsure', t('intake:choice.unsure'))];
    case 'outcomes':
      return OUTCOME_CHOICES.map((c) => choice(c.value, t(`intake:outcome.${c.value}`)));
    case 'adjustments':
      return ADJUSTMENT_CHOICES.map((c) => choice(c.value, t(`intake:adjustment.${c.value}`)));
    case 'representative':
      return REPRESENTATIVE_CHOICES.map((c) => choice(c.value, t(`intake:representative.${c.value}`)));
    case 'letter_language':
      return [choice('cymraeg', t('intake:choice.cy')), choice('english', t('intake:choice.en'))];
  }
}

/** Lists read by number or name, several at once or from many: numbered in the text on every channel. */
const LISTED: ReadonlySet<ChoiceList> = new Set(['outcomes', 'adjustments', 'representative']);

/** A question as a prompt: what to ask and the choices; the channel's renderer decides how it looks. */
export function questionPrompt(t: TFunction, lang: Lang, q: Question, answers: IntakeAnswers = {}, reportedSince?: string | null): Prompt {
  // "When?" after a date said only of reporting names it, and asks whether the problem began then.
  const text = q.id === 'when' && reportedSince ? t('intake:q.when_reported', { words: reportedSince }) : t(`intake:${promptKeyFor(q, answers)}`);
  if (!q.choices) return { text, lang };
  const choices = questionChoices(t, q.choices);
  if (LISTED.has(q.choices)) {
    const shortcuts = q.choices === 'adjustments' ? [choice('none', t('intake:choice.none'))] : undefined;
    return { text, lang, listed: choices.map((c) => c.label), ...(shortcuts ? { shortcuts } : {}) };
  }
  return { text, lang, choices };
}

/** The language question, in both, Welsh first. */
export function languagePrompt(cy: string, en: string, brief?: { cy: string; en: string }): Prompt {
  const choices = [choice('cymraeg', 'Cymraeg'), choice('english', 'English')];
  const prompt: Prompt = { text: `${cy}\n\n${en}`, lang: 'both', choices };
  // One SMS segment: Welsh then English, then the choices by number (found by trial12: the greeting was four).
  if (brief) prompt.brief = `${brief.cy}\n${brief.en}\n${choices.map((c, i) => `${i + 1} ${c.label}`).join('\n')}`;
  return prompt;
}

/** Longest first message said back whole where each message is billed; longer, its opening words (up to SAID_BACK_START). */
export const SAID_BACK_MAX = 80;
const SAID_BACK_START = 50;

/** The opening words of `text`, cut at a word within `max` characters, without trailing punctuation. */
export function openingWords(text: string, max: number): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : flat.slice(0, max)).replace(/[\s.,;:!?…'"“”‘’()-]+$/u, '');
}

/**
 * A first message said back as what went wrong. Over SMS a long one was repeated whole (some 400
 * characters, three segments and more, found by trial13): where a channel bills by the segment it
 * gets the opening words and is told the summary shows all of it, where it can also be changed.
 * Nothing is lost: the whole message is kept as the description either way.
 */
export function prefilledPrompt(t: TFunction, lang: Lang, text: string): Prompt {
  const whole = t('intake:q.description_prefilled', { text, stop: /[.!?…]["'”’)]*$/.test(text.trim()) ? '' : '.' });
  const prompt: Prompt = { text: whole, lang, statement: true };
  if (text.trim().length <= SAID_BACK_MAX) return prompt;
  // The problem's opening words, not the greeting and introduction before it (found round 14: "Hi there, my name is Sian…").
  const brief = t('intake:q.description_prefilled_brief', { start: openingWords(afterIntroduction(text), SAID_BACK_START) });
  // Only where it is shorter: the short form's own words (that all of it is kept) take room too.
  if (brief.length < whole.length) prompt.brief = brief;
  return prompt;
}

/** Offered once, when the resident writes in the other language. */
export function switchPrompt(text: string, to: Lang): Prompt {
  return { text, lang: to, shortcuts: [to === 'cy' ? choice('cymraeg', 'Cymraeg') : choice('english', 'English')] };
}

/** The summary, with a one-tap yes: its last line asks "Is that right?" in words. */
export function summaryPrompt(t: TFunction, lang: Lang, a: IntakeAnswers): Prompt {
  return { text: summaryText(t, lang, a), lang, shortcuts: [choice('yes', t('intake:summary.send'))] };
}

export function summaryText(t: TFunction, lang: Lang, a: IntakeAnswers): string {
  const none = t('intake:summary.not_given');
  const label = (k: string) => t(`intake:summary.label.${k}`);
  const yn = (v: string | undefined) => (v === undefined ? none : v === 'unsure' ? t('intake:summary.unsure') : t(`intake:choice.${v}`));
  const rows: Array<[string, string]> = [
    ['description', a.description ?? none],
    // Not asked of a matter with no place (a rise in rent): "Where: Not given" would read as a question missed.
    ...(a.location === undefined && hasNoPlace(a.description) ? [] : [['location', a.location ?? none] as [string, string]]),
    ['when', a.when ? whenText(t, lang, a.when) : none],
    ['reported_before', a.reportedBefore ? reportedBefore(t, a.reportedBefore, a.description, yn) : none],
    // Someone acting for the resident told how it has affected the resident, not themselves.
    [a.representative && !a.representative.isResident ? 'impact_resident' : 'impact', a.impact ?? none],
    ['court_claim', a.courtClaim === 'yes' ? t('intake:choice.court_yes') : a.courtClaim === 'no' ? t('intake:choice.court_no') : yn(a.courtClaim)],
    ['outcomes', a.outcomes ? [...a.outcomes.codes.filter((c) => c !== 'other' || !a.outcomes?.text).map((c) => t(`intake:outcome.${c}`)), ...(a.outcomes.text ? [`"${a.outcomes.text}"`] : [])].join('; ') : none],
    ['adjustments', a.adjustments ? [...a.adjustments.codes.map((c) => t(`intake:adjustment.${c}`)), ...(a.adjustments.text ? [`"${a.adjustments.text}"`] : [])].join('; ') || t('intake:choice.none') : none],
    ['representative', a.representative ? t(`intake:representative.${a.representative.isResident ? 'resident' : a.representative.kind}`) : none],
  ];
  const c = a.contact;
  if (c?.anonymous) rows.push(['name', t('intake:summary.anonymous')]);
  else {
    rows.push(['name', c?.name ?? none]);
    rows.push(['contact', [c?.phone, c?.email, c?.address].filter(Boolean).join(', ') || none]);
    rows.push(['letter_language', t(`intake:choice.${c?.letterLanguage ?? lang}`)]);
    // Not asked of someone who said not to ring them ("I'm deaf, please text"): "Good times to call:
    // not given" under that read as a question missed, or a call to come (found round 14).
    if (c?.phone && (c.bestTimes !== undefined || !asksNotToBeCalled(a.adjustments?.text))) rows.push(['best_times', c.bestTimes ?? none]);
  }
  return [t('intake:summary.intro'), '', ...rows.map(([k, v]) => `${label(k)}: ${v}`), '', t('intake:summary.confirm')].join('\n');
}

// "Yes, I rang twice" under "Reported before: Yes" would say yes twice.
const LEADING_YES = /^(?:yes|yeah|yep|yup|ydw|ydy|ydi|yndw|yndi|odw|odi|do|ie|ia|oes)\b[\s,.;:!-]*/i;

/**
 * "Reported before: Yes (I rang twice last month)". Details read out of what went wrong (a
 * description that says "I rang about it twice and nobody came") are not quoted back a second
 * time under it: the line says the answer came from there. Staff keep the sentence on the case.
 */
function reportedBefore(t: TFunction, r: NonNullable<IntakeAnswers['reportedBefore']>, description: string | undefined, yn: (v: string) => string): string {
  if (!r.details) return yn(r.answer);
  if (r.answer === 'yes' && description?.includes(r.details)) return t('intake:summary.reported_in_description');
  const details = r.details.replace(LEADING_YES, '').trim();
  return details ? `${yn(r.answer)} (${details})` : yn(r.answer);
}
