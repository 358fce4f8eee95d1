import type { Lang } from '../i18n';
import type { RepresentativeKind } from '../policy/schema';

/**
 * What the intake asks, as plain data: the dialog fills it in, the case store keeps it, staff
 * read it. Codes, not sentences, so a case reads the same whichever language it was made in.
 */

export const OUTCOMES = [
  'repair',
  'apology',
  'explanation',
  'compensation',
  'change_practice',
  'staff_action',
  'other',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const ADJUSTMENTS = [
  'large_print',
  'braille',
  'audio',
  'easy_read',
  'bsl_interpreter',
  'interpreter',
  'translator',
  'more_time',
  'phone_not_letters',
  'email_not_letters',
  'home_visit',
  'named_contact',
  'advocate',
] as const;
export type Adjustment = (typeof ADJUSTMENTS)[number];

export type YesNoUnsure = 'yes' | 'no' | 'unsure';

export interface WhenAnswer {
  /** The resident's words. */
  text: string;
  /** The London date read from them, if any; when `ongoing`, the date it started. */
  date: string | null;
  precision: 'day' | 'week' | 'month' | 'year' | 'approx' | null;
  /**
   * Still going on ("since October 2024 and it's still happening", "ers dwy flynedd", "bob
   * gaeaf"), by the answer or the description: it is occurring now, so within any time limit.
   * Absent on answers recorded before issue #19 and on one-off events.
   */
  ongoing?: boolean;
  /**
   * The count back the resident gave ("3 weeks ago", "ers tair wythnos", "for about a
   * fortnight"), from the server's date of the conversation, so it can be said back as they put
   * it ("about three weeks ago, around 2 November 2026") rather than as a month. Absent for a
   * date, a named month or a vague count ("a few weeks ago").
   */
  ago?: { n: number; unit: 'day' | 'week' | 'month' | 'year' };
}

export interface RepresentativeAnswer {
  isResident: boolean;
  kind?: RepresentativeKind;
  /** From the profile: whether the resident's written consent is needed for this kind. */
  consentNeeded: boolean;
}

export interface ContactAnswer {
  anonymous: boolean;
  name?: string;
  phone?: string;
  email?: string;
  address?: string;
  /** Asked separately; until then the chat language. */
  letterLanguage?: Lang;
  bestTimes?: string;
}

export interface IntakeAnswers {
  description?: string;
  location?: string;
  when?: WhenAnswer;
  reportedBefore?: { answer: YesNoUnsure; details?: string };
  impact?: string;
  courtClaim?: YesNoUnsure;
  outcomes?: { codes: Outcome[]; text?: string };
  adjustments?: { codes: Adjustment[]; text?: string };
  representative?: RepresentativeAnswer;
  contact?: ContactAnswer;
  /**
   * Not an intake step: the resident answered yes to "is anyone in danger, or is your home
   * unsafe, right now?", asked before the intake where their words named a hazard (triage's
   * confirmDanger). Absent when not asked or not answered yes.
   */
  dangerConfirmed?: true;
}
