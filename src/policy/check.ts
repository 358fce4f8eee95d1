import type { WorkingCalendar } from '../deadlines/calendar';
import { addMonths, dayFromParts, type DayNumber } from '../deadlines/local-date';
import { applyDuration } from '../deadlines/timeline';
import type { CiteRef, ClockStart, Duration, Extension, ExclusionReason, ExclusionTopic, PolicyProfile, RepresentativeKind, Stage, Timescale } from './schema';

/**
 * Compares a landlord's profile with the statutory code for its nation, the self-assessment
 * landlords must do every year. Timescales are compared by the dates they produce over two
 * years of receipt dates, so "10 days" and "10 working days" compare as they really fall.
 */

export type FindingKind = 'departure' | 'better' | 'note';

/** A value a statement needs, rendered in the reader's language. */
export type CheckValue =
  | { duration: Duration }
  | { from: ClockStart }
  | { reason: ExclusionReason }
  | { topic: ExclusionTopic }
  | { representatives: RepresentativeKind[] }
  | number
  | string;

/**
 * One side of a finding: a message (a key under `policy:say` in both locales), its values, and
 * where it comes from. `clauses` are clause strings of the profile the side is about (the
 * landlord's or the code's), cited as residents see them; `refs` cite the code directly where
 * the code's profile has no rule to point at (e.g. "informal stages are not permitted").
 */
export interface Statement {
  key: string;
  values?: Record<string, CheckValue>;
  clauses?: string[];
  refs?: CiteRef[];
  /** How the dates compare over the sample years, said after the citation. */
  comparison?: { result: Exclude<Comparison, 'same'>; worstDays: number } | 'shorter' | 'longer';
}

export interface Finding {
  kind: FindingKind;
  /** A key under `policy:topic`, with its values. */
  topic: { key: string; values?: Record<string, CheckValue> };
  /** What the profile says. */
  profile: Statement;
  /** What the code says. */
  code: Statement;
  /**
   * The departure breaks a rule the code makes (a timescale past its maximum, a shorter time
   * limit, an informal stage, a rule the law has removed), not only a worse reading for residents;
   * `complaints policy check` exits 1 when any finding has it.
   */
  breach: boolean;
}

export interface CheckContext {
  profile: PolicyProfile;
  code: PolicyProfile;
  profileCalendar: WorkingCalendar;
  codeCalendar: WorkingCalendar;
}

const SAMPLE_FIRST = dayFromParts(2025, 1, 1);
const SAMPLE_LAST = dayFromParts(2026, 12, 31);

/** Paragraphs of the statutory code for a rule the code's profile does not hold as data. */
function codeRefs(code: PolicyProfile, hoParas: string[]): CiteRef[] {
  return code.nation === 'england' ? [{ doc: 'ho_code', paras: hoParas, unit: 'paragraph' }] : [{ doc: 'psow_model', paras: [], unit: 'paragraph' }];
}

/** Day a stage's reply is due for a receipt day, assuming acknowledgement on its last permitted day. */
function replyDay(stage: Stage, cal: WorkingCalendar, received: DayNumber, withExtension: boolean): DayNumber {
  const ack = stage.acknowledge ? applyDuration(cal, received, stage.acknowledge.within).day : received;
  const anchor = stage.respond.from === 'acknowledgement' ? ack : received;
  const reply = applyDuration(cal, anchor, stage.respond.within).day;
  return withExtension && stage.extension ? applyDuration(cal, reply, stage.extension.max).day : reply;
}

type Comparison = 'later' | 'earlier' | 'same' | 'mixed';

/** Compares two date rules over every receipt day in the sample years. */
function compareOverSample(a: (d: DayNumber) => DayNumber, b: (d: DayNumber) => DayNumber): { result: Comparison; worstDays: number } {
  let later = false;
  let earlier = false;
  let worstDays = 0;
  for (let d = SAMPLE_FIRST; d <= SAMPLE_LAST; d++) {
    const diff = a(d) - b(d);
    if (diff > 0) later = true;
    if (diff < 0) earlier = true;
    worstDays = Math.max(worstDays, diff);
  }
  return { result: later && earlier ? 'mixed' : later ? 'later' : earlier ? 'earlier' : 'same', worstDays };
}

const timescale = (key: string, t: Timescale): Statement => ({
  key,
  values: { duration: { duration: t.within }, from: { from: t.from } },
  clauses: [t.clause],
});

const withExtension = (t: Timescale, x: Extension): Statement => ({
  key: 'respond_extended',
  values: { duration: { duration: t.within }, from: { from: t.from }, extension: { duration: x.max } },
  clauses: [t.clause, x.clause],
});

function compareStage(ctx: CheckContext, n: 0 | 1, out: Finding[]): void {
  const p = ctx.profile.stages[n];
  const c = ctx.code.stages[n];
  const stage = n + 1;
  const topic = (key: string) => ({ key: `stage.${key}`, values: { stage } });

  if (p.informal && !c.informal) {
    out.push({
      kind: 'departure',
      breach: true,
      topic: topic('informal'),
      profile: { key: 'informal', values: { stage }, clauses: [p.respond.clause] },
      code: { key: 'formal_required', values: { stage }, refs: codeRefs(ctx.code, ['5.2-5.3']) },
    });
  }

  if (c.acknowledge && !p.acknowledge) {
    out.push({
      kind: 'departure',
      breach: true,
      topic: topic('acknowledgement'),
      profile: { key: 'no_acknowledgement', values: { stage } },
      code: timescale('acknowledge', c.acknowledge),
    });
  } else if (c.acknowledge && p.acknowledge) {
    const pa = p.acknowledge;
    const ca = c.acknowledge;
    const cmp = compareOverSample(
      (d) => applyDuration(ctx.profileCalendar, d, pa.within).day,
      (d) => applyDuration(ctx.codeCalendar, d, ca.within).day,
    );
    pushComparison(out, cmp, topic('acknowledgement'), timescale('acknowledge', pa), timescale('acknowledge', ca));
  }

  const cmp = compareOverSample(
    (d) => replyDay(p, ctx.profileCalendar, d, false),
    (d) => replyDay(c, ctx.codeCalendar, d, false),
  );
  pushComparison(out, cmp, topic('response'), timescale('respond', p.respond), timescale('respond', c.respond));

  if (c.extension) {
    const cx = c.extension;
    if (!p.extension) {
      out.push({
        kind: 'note',
        breach: false,
        topic: topic('extension'),
        profile: { key: 'extension_unstated' },
        code: { key: 'extension_max', values: { extension: { duration: cx.max } }, clauses: [cx.clause] },
      });
    } else if (p.extension.max.n === 0 && p.extension.beyondMax === 'resident_agreement') {
      // "We will agree timescales with you" has no ceiling: neither better nor worse, but open-ended.
      out.push({
        kind: 'note',
        breach: false,
        topic: topic('extension'),
        profile: { key: 'extension_agreed', clauses: [p.extension.clause] },
        code: { key: 'extension_max_told', values: { extension: { duration: cx.max } }, clauses: [cx.clause] },
      });
    } else {
      const px = p.extension;
      const ext = compareOverSample(
        (d) => replyDay(p, ctx.profileCalendar, d, true),
        (d) => replyDay(c, ctx.codeCalendar, d, true),
      );
      pushComparison(out, ext, topic('latest_with_extension'), withExtension(p.respond, px), withExtension(c.respond, cx));
    }
  }
  if (p.autoEscalatesWhenLate) {
    out.push({
      kind: 'better',
      breach: false,
      topic: topic('auto_escalation'),
      profile: { key: 'auto_escalates', values: { stage }, clauses: [p.autoEscalatesWhenLate.clause] },
      code: { key: 'no_auto_escalation' },
    });
  }
}

/** A later date than the code's, on any receipt day, is past the code's maximum: a breach. */
function pushComparison(out: Finding[], cmp: { result: Comparison; worstDays: number }, topic: Finding['topic'], profile: Statement, code: Statement) {
  if (cmp.result === 'same') return;
  const kind: FindingKind = cmp.result === 'earlier' ? 'better' : 'departure';
  out.push({ kind, breach: kind === 'departure', topic, profile: { ...profile, comparison: { result: cmp.result, worstDays: cmp.worstDays } }, code });
}

function timeLimitFindings(ctx: CheckContext, out: Finding[]): void {
  const p = ctx.profile.timeLimit;
  const c = ctx.code.timeLimit;
  if (!c) return;
  const codeSays: Statement = { key: 'time_limit_code', values: { duration: { duration: c.within } }, clauses: [c.clause] };
  if (!p) {
    out.push({ kind: 'better', breach: false, topic: { key: 'time_limit' }, profile: { key: 'no_time_limit' }, code: codeSays });
    return;
  }
  const event = dayFromParts(2025, 3, 15);
  const limitDay = (d: Duration, cal: WorkingCalendar) => (d.unit === 'months' ? addMonths(event, d.n) : applyDuration(cal, event, d).day);
  const pd = limitDay(p.within, ctx.profileCalendar);
  const cd = limitDay(c.within, ctx.codeCalendar);
  const profileSays = (comparison: 'shorter' | 'longer'): Statement => ({ key: 'time_limit', values: { duration: { duration: p.within } }, clauses: [p.clause], comparison });
  if (pd < cd) out.push({ kind: 'departure', breach: true, topic: { key: 'time_limit' }, profile: profileSays('shorter'), code: codeSays });
  else if (pd > cd) out.push({ kind: 'better', breach: false, topic: { key: 'time_limit' }, profile: profileSays('longer'), code: codeSays });
  if (c.from === 'event_or_awareness' && p.from === 'event') {
    out.push({
      kind: 'departure',
      breach: true,
      topic: { key: 'time_limit_awareness' },
      profile: { key: 'from_event_only', clauses: [p.clause] },
      code: { key: 'from_awareness', clauses: [c.clause] },
    });
  }
  if (c.discretion.allowed && !p.discretion.allowed) {
    out.push({
      kind: 'departure',
      breach: true,
      topic: { key: 'time_limit_discretion' },
      profile: { key: 'no_discretion', clauses: [p.discretion.clause] },
      code: { key: 'discretion_required', clauses: [c.discretion.clause] },
    });
  }
  if (p.hardCap && !c.hardCap) {
    // Worse for residents, but the code does not forbid a cap in words: a departure to justify, not a breach.
    out.push({
      kind: 'departure',
      breach: false,
      topic: { key: 'time_limit_cap' },
      profile: { key: 'hard_cap', values: { duration: { duration: p.hardCap.within } }, clauses: [p.hardCap.clause] },
      code: { key: 'no_hard_cap', clauses: [c.discretion.clause] },
    });
  }
}

function escalationFindings(ctx: CheckContext, out: Finding[]): void {
  const p = ctx.profile.escalation;
  const c = ctx.code.escalation;
  if (p && !c) {
    out.push({
      kind: p.discretion ? 'note' : 'departure',
      breach: false,
      topic: { key: 'escalation_window' },
      profile: { key: p.discretion ? 'escalation_window_discretion' : 'escalation_window_strict', values: { duration: { duration: p.within } }, clauses: [p.clause] },
      code: { key: 'escalation_no_window' },
    });
  }
}

function exclusionFindings(ctx: CheckContext, out: Finding[]): void {
  const codeTopics = new Set(ctx.code.exclusions.map((e) => e.topic));
  for (const e of ctx.profile.exclusions) {
    if (e.topic === 'disrepair_letter_of_claim' && ctx.profile.nation === 'england') {
      // The code's words are "legal proceedings"; that a letter of claim is not one is the Ombudsman's guidance.
      out.push({
        kind: 'departure',
        breach: false,
        topic: { key: 'letter_of_claim' },
        profile: { key: 'letter_of_claim', clauses: [e.clause] },
        code: { key: 'letter_of_claim_code', refs: codeRefs(ctx.code, ['2.2']) },
      });
    } else if (!codeTopics.has(e.topic) && e.reason !== 'time_limit') {
      out.push({
        kind: 'note',
        breach: false,
        topic: { key: 'exclusion', values: { topic: { topic: e.topic } } },
        profile: { key: 'excluded', values: { reason: { reason: e.reason } }, clauses: [e.clause] },
        code: { key: 'exclusion_not_listed', refs: codeRefs(ctx.code, ['2.2-2.5']) },
      });
    }
  }
}

function accessFindings(ctx: CheckContext, out: Finding[]): void {
  const p = ctx.profile;
  if (p.ombudsman.outdatedAccessRule) {
    out.push({
      kind: 'departure',
      breach: true,
      topic: { key: 'ombudsman_access' },
      profile: { key: 'outdated_access', values: { describe: p.ombudsman.outdatedAccessRule.describe.replace(/[.\s]+$/, '') }, clauses: [p.ombudsman.outdatedAccessRule.clause] },
      code: { key: 'direct_access' },
    });
  }
  if (!p.socialMedia.accepted && ctx.code.socialMedia.accepted) {
    out.push({
      kind: 'departure',
      breach: true,
      topic: { key: 'social_media' },
      profile: { key: 'social_media_refused', clauses: [p.socialMedia.clause] },
      code: { key: 'any_way', clauses: [ctx.code.socialMedia.clause] },
    });
  }
  if (!p.anonymous.formal && ctx.code.anonymous.formal) {
    out.push({
      kind: 'note',
      breach: false,
      topic: { key: 'anonymous' },
      profile: { key: p.anonymous.accepted ? 'anonymous_informal' : 'anonymous_refused', clauses: [p.anonymous.clause] },
      code: { key: 'however_made', clauses: [ctx.code.anonymous.clause] },
    });
  }
  if (p.representatives.noConsentNeeded.length) {
    out.push({
      kind: 'note',
      breach: false,
      topic: { key: 'representatives' },
      profile: { key: 'no_consent_needed', values: { who: { representatives: p.representatives.noConsentNeeded } }, clauses: [p.representatives.clause] },
      code: { key: 'consent_rules' },
    });
  }
}

export function checkAgainstCode(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  compareStage(ctx, 0, out);
  compareStage(ctx, 1, out);
  escalationFindings(ctx, out);
  timeLimitFindings(ctx, out);
  exclusionFindings(ctx, out);
  accessFindings(ctx, out);
  const order: Record<FindingKind, number> = { departure: 0, better: 1, note: 2 };
  return out.sort((a, b) => order[a.kind] - order[b.kind]);
}

/** The statutory code a profile is measured against. */
export function codeFor(profile: PolicyProfile): string {
  return profile.nation === 'wales' ? 'psow-model' : 'housing-ombudsman-code';
}
