import { z } from 'zod';
import { ADJUSTMENTS, type IntakeAnswers, OUTCOMES } from '../cases/intake';
import { type PolicyProfile, RepresentativeKind } from '../policy/schema';
import { parseContact } from '../../dialogs/parse/contact';
import { QUESTIONS, type QuestionId } from '../../dialogs/intake/questions';

/**
 * What staff may record for the intake on hand-back (`resume.answers`), in the case's stored
 * shapes (src/cases/intake.ts). The page and any system are checked alike: the intake dialog
 * merges these into its state as they are, so a wrong shape here would break the resident's
 * next turn. Pure: no clock, no I/O (today comes from the request).
 */

/** Each issue carries a code the caller shows in its own words; messages are localised by the route. */
const code = (c: string, extra: Record<string, unknown> = {}) => ({ params: { code: c, ...extra } });

const words = (min: number, max: number) => z.string().trim().min(min).max(max);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (s: string) => DAY.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const YES_NO = z.enum(['yes', 'no', 'unsure']);

/** The longest free answer staff may record: the resident's own message limit is of this order. */
export const MAX_ANSWER = 4000;

const answerShapes = {
  description: words(3, MAX_ANSWER),
  location: words(2, 500),
  when: z.strictObject({
    text: words(1, 500),
    date: z.string().refine(realDay, code('not_a_date')).nullable(),
    precision: z.enum(['day', 'week', 'month', 'year', 'approx']).nullable(),
  }),
  reportedBefore: z.strictObject({ answer: YES_NO, details: words(2, 2000).optional() }),
  impact: words(2, MAX_ANSWER),
  courtClaim: YES_NO,
  outcomes: z
    .strictObject({ codes: z.array(z.enum(OUTCOMES)).max(OUTCOMES.length), text: words(1, 2000).optional() })
    .refine((o) => o.codes.length > 0 || o.text !== undefined, code('outcomes_empty')),
  adjustments: z.strictObject({ codes: z.array(z.enum(ADJUSTMENTS)).max(ADJUSTMENTS.length), text: words(1, 2000).optional() }),
  // consentNeeded is the profile's to decide, never the caller's: accepted for the stored shape, then worked out again.
  representative: z
    .strictObject({ isResident: z.boolean(), kind: RepresentativeKind.optional(), consentNeeded: z.boolean().optional() })
    .refine((r) => (r.isResident ? r.kind === undefined : r.kind !== undefined), code('representative')),
  contact: z
    .strictObject({
      anonymous: z.boolean(),
      name: words(2, 200).optional(),
      phone: z.string().trim().max(40).refine((p) => parseContact(p)?.phone !== undefined, code('not_a_phone')).optional(),
      email: z.string().trim().max(254).refine((e) => /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(e), code('not_an_email')).optional(),
      address: words(5, 500).optional(),
      letterLanguage: z.enum(['cy', 'en']).optional(),
      bestTimes: words(1, 200).optional(),
    })
    // Someone anonymous has no name or details on the case: the intake skips those questions.
    .refine((c) => !c.anonymous || (c.name ?? c.phone ?? c.email ?? c.address) === undefined, code('anonymous_with_details')),
};

export const ANSWER_KEYS = Object.keys(answerShapes) as Array<keyof typeof answerShapes>;
export const StaffAnswers = z.strictObject(answerShapes).partial();
export type StaffAnswers = z.output<typeof StaffAnswers>;

/**
 * The answers as the intake keeps them: a representative's need for the resident's consent from
 * the landlord's profile (as the intake's own question decides it); a date after today refused.
 */
export function storedAnswers(a: StaffAnswers, profile: PolicyProfile, today: string): { ok: true; answers: Partial<IntakeAnswers> } | { ok: false; field: string; code: string } {
  if (a.when?.date && a.when.date > today) return { ok: false, field: 'resume.answers.when.date', code: 'future_date' };
  const out = { ...a } as Partial<IntakeAnswers>;
  if (a.when) out.when = { ...a.when, precision: a.when.date ? (a.when.precision ?? 'day') : null };
  if (a.representative) {
    const kind = a.representative.kind;
    const reps = profile.representatives;
    out.representative = a.representative.isResident || !kind
      ? { isResident: true, consentNeeded: false }
      : { isResident: false, kind, consentNeeded: reps.consentForm !== 'none' && !reps.noConsentNeeded.includes(kind) };
  }
  return { ok: true, answers: out };
}

/** The intake's questions still unanswered: empty when the bot has everything it needs to file. */
export function missingForFiling(a: Partial<IntakeAnswers>): QuestionId[] {
  return QUESTIONS.filter((q) => !(q.skip?.(a) ?? false) && !q.answered(a)).map((q) => q.id);
}

/** The staff member's language for error messages: the first tag of Accept-Language (the console sends its own). */
export function staffLanguage(acceptLanguage: string | string[] | undefined): 'cy' | 'en' {
  const first = (Array.isArray(acceptLanguage) ? acceptLanguage[0] : acceptLanguage)?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first === 'cy' || first.startsWith('cy-') ? 'cy' : 'en';
}

export interface AnswerIssue {
  field: string;
  code: string;
  params?: Record<string, unknown>;
}

/** Zod's issues as codes the route words in the staff member's language. */
export function answerIssues(issues: readonly z.core.$ZodIssue[]): AnswerIssue[] {
  const out: AnswerIssue[] = [];
  for (const i of issues) {
    const field = i.path.map(String).join('.') || 'body';
    if (i.code === 'unrecognized_keys') {
      for (const k of i.keys) out.push({ field: field === 'body' ? k : `${field}.${k}`, code: 'unknown_field' });
    } else if (i.code === 'custom') {
      const { code: c, ...params } = (i.params ?? {}) as { code?: string };
      out.push({ field, code: c ?? 'wrong_type', ...(Object.keys(params).length ? { params } : {}) });
    } else if (i.code === 'invalid_type') {
      out.push({ field, code: / received undefined$/.test(i.message) ? 'required' : 'wrong_type' });
    } else if (i.code === 'too_big') {
      out.push({ field, code: i.origin === 'array' ? 'too_many_chosen' : 'too_long', params: { max: Number(i.maximum) } });
    } else if (i.code === 'too_small') {
      out.push(Number(i.minimum) <= 1 && i.origin === 'string' ? { field, code: 'required' } : { field, code: 'too_short', params: { min: Number(i.minimum) } });
    } else if (i.code === 'invalid_value' || i.code === 'invalid_union') {
      out.push({ field, code: 'not_a_choice' });
    } else {
      out.push({ field, code: 'wrong_type' });
    }
  }
  return out;
}
