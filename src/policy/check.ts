import type { WorkingCalendar } from '../deadlines/calendar';
import { addMonths, dayFromParts, type DayNumber } from '../deadlines/local-date';
import { applyDuration } from '../deadlines/timeline';
import type { Duration, PolicyProfile, Stage, Timescale } from './schema';

/**
 * Compares a landlord's profile with the statutory code for its nation, the self-assessment
 * landlords must do every year. Timescales are compared by the dates they produce over two
 * years of receipt dates, so "10 days" and "10 working days" compare as they really fall.
 */

export type FindingKind = 'departure' | 'better' | 'note';

export interface Finding {
  kind: FindingKind;
  topic: string;
  /** What the profile says, with its clause. */
  profile: string;
  /** What the code says, with its clause. */
  code: string;
}

export interface CheckContext {
  profile: PolicyProfile;
  code: PolicyProfile;
  profileCalendar: WorkingCalendar;
  codeCalendar: WorkingCalendar;
}

const REPRESENTATIVE_WORDS: Record<PolicyProfile['representatives']['noConsentNeeded'][number], string> = {
  relative: 'relatives',
  friend: 'friends',
  advocate: 'advocates',
  councillor: 'councillors',
  mp: 'MPs',
  ms: 'Members of the Senedd',
  power_of_attorney: 'people with power of attorney',
  other: 'other representatives',
};

const SAMPLE_FIRST = dayFromParts(2025, 1, 1);
const SAMPLE_LAST = dayFromParts(2026, 12, 31);

export function describeDuration(d: Duration): string {
  const unit = { working_days: 'working day', calendar_days: 'calendar day', weeks: 'week', months: 'month' }[d.unit];
  return `${d.n} ${unit}${d.n === 1 ? '' : 's'}`;
}

function describeTimescale(t: Timescale | null): string {
  if (!t) return 'no timescale';
  const from = { receipt: 'receipt', acknowledgement: 'acknowledgement', escalation_request: 'the escalation request' }[t.from];
  return `${describeDuration(t.within)} from ${from} (${t.clause})`;
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

function compareStage(ctx: CheckContext, n: 0 | 1, out: Finding[]): void {
  const p = ctx.profile.stages[n];
  const c = ctx.code.stages[n];
  const label = `Stage ${n + 1}`;

  if (p.informal && !c.informal) {
    out.push({
      kind: 'departure',
      topic: `${label}: informal stage`,
      profile: `${label} is described as informal.`,
      code: 'Informal complaint stages are not permitted; only two formal stages (Code 5.2-5.3).',
    });
  }

  if (c.acknowledge && !p.acknowledge) {
    out.push({
      kind: 'departure',
      topic: `${label}: acknowledgement`,
      profile: `${label} sets no acknowledgement timescale.`,
      code: `Acknowledge within ${describeTimescale(c.acknowledge)}.`,
    });
  } else if (c.acknowledge && p.acknowledge) {
    const pa = p.acknowledge;
    const ca = c.acknowledge;
    const cmp = compareOverSample(
      (d) => applyDuration(ctx.profileCalendar, d, pa.within).day,
      (d) => applyDuration(ctx.codeCalendar, d, ca.within).day,
    );
    pushComparison(out, cmp, `${label}: acknowledgement`, `Acknowledge within ${describeTimescale(pa)}.`, `Acknowledge within ${describeTimescale(ca)}.`);
  }

  const cmp = compareOverSample(
    (d) => replyDay(p, ctx.profileCalendar, d, false),
    (d) => replyDay(c, ctx.codeCalendar, d, false),
  );
  pushComparison(out, cmp, `${label}: full response`, `Respond within ${describeTimescale(p.respond)}.`, `Respond within ${describeTimescale(c.respond)}.`);

  if (c.extension) {
    const cx = c.extension;
    if (!p.extension) {
      out.push({
        kind: 'note',
        topic: `${label}: extension`,
        profile: 'No limit on extending the response time is stated.',
        code: `An extension may be at most ${describeDuration(cx.max)} without good reason (${cx.clause}).`,
      });
    } else if (p.extension.max.n === 0 && p.extension.beyondMax === 'resident_agreement') {
      // "We will agree timescales with you" has no ceiling: neither better nor worse, but open-ended.
      out.push({
        kind: 'note',
        topic: `${label}: extension`,
        profile: `Any extension is agreed with the resident; no upper limit is stated (${p.extension.clause}).`,
        code: `An extension may be at most ${describeDuration(cx.max)} without good reason, and the resident told why (${cx.clause}).`,
      });
    } else {
      const px = p.extension;
      const ext = compareOverSample(
        (d) => replyDay(p, ctx.profileCalendar, d, true),
        (d) => replyDay(c, ctx.codeCalendar, d, true),
      );
      pushComparison(
        out,
        ext,
        `${label}: latest response with extension`,
        `Respond within ${describeTimescale(p.respond)}, extendable by ${describeDuration(px.max)} (${px.clause}).`,
        `Respond within ${describeTimescale(c.respond)}, extendable by ${describeDuration(cx.max)} (${cx.clause}).`,
      );
    }
  }
  if (p.autoEscalatesWhenLate) {
    out.push({
      kind: 'better',
      topic: `${label}: automatic escalation`,
      profile: `An unanswered ${label.toLowerCase()} complaint escalates by itself when its time runs out (${p.autoEscalatesWhenLate.clause}).`,
      code: 'The code does not require automatic escalation.',
    });
  }
}

function pushComparison(out: Finding[], cmp: { result: Comparison; worstDays: number }, topic: string, profile: string, code: string) {
  if (cmp.result === 'same') return;
  const kind: FindingKind = cmp.result === 'earlier' ? 'better' : 'departure';
  const suffix =
    cmp.result === 'later'
      ? ` Up to ${cmp.worstDays} calendar day${cmp.worstDays === 1 ? '' : 's'} later than the code allows.`
      : cmp.result === 'mixed'
        ? ` Later than the code on some dates (by up to ${cmp.worstDays} calendar day${cmp.worstDays === 1 ? '' : 's'}), earlier on others.`
        : ' Never later than the code, often sooner.';
  out.push({ kind, topic, profile: profile + suffix, code });
}

function timeLimitFindings(ctx: CheckContext, out: Finding[]): void {
  const p = ctx.profile.timeLimit;
  const c = ctx.code.timeLimit;
  if (!c) return;
  if (!p) {
    out.push({ kind: 'better', topic: 'Time limit', profile: 'No time limit for raising a complaint.', code: `${describeDuration(c.within)} (${c.clause}).` });
    return;
  }
  const event = dayFromParts(2025, 3, 15);
  const limitDay = (d: Duration, cal: WorkingCalendar) => (d.unit === 'months' ? addMonths(event, d.n) : applyDuration(cal, event, d).day);
  const pd = limitDay(p.within, ctx.profileCalendar);
  const cd = limitDay(c.within, ctx.codeCalendar);
  const pText = `Complaints within ${describeDuration(p.within)} (${p.clause}).`;
  const cText = `Complaints within ${describeDuration(c.within)} of the issue or of becoming aware of it (${c.clause}).`;
  if (pd < cd) out.push({ kind: 'departure', topic: 'Time limit', profile: pText + ' Shorter than the code.', code: cText });
  else if (pd > cd) out.push({ kind: 'better', topic: 'Time limit', profile: pText + ' Longer than the code.', code: cText });
  if (c.from === 'event_or_awareness' && p.from === 'event') {
    out.push({ kind: 'departure', topic: 'Time limit: awareness', profile: `Counted from the event only (${p.clause}).`, code: `Counted from the issue or from when the resident became aware of it (${c.clause}).` });
  }
  if (c.discretion.allowed && !p.discretion.allowed) {
    out.push({ kind: 'departure', topic: 'Time limit: discretion', profile: `No discretion for older complaints (${p.discretion.clause}).`, code: `Discretion must be considered where there are good reasons (${c.discretion.clause}).` });
  }
  if (p.hardCap && !c.hardCap) {
    out.push({ kind: 'departure', topic: 'Time limit: absolute cap', profile: `Never considers matters older than ${describeDuration(p.hardCap.within)} (${p.hardCap.clause}).`, code: `No absolute cap; discretion applies to older matters (${c.discretion.clause}).` });
  }
}

function escalationFindings(ctx: CheckContext, out: Finding[]): void {
  const p = ctx.profile.escalation;
  const c = ctx.code.escalation;
  if (p && !c) {
    out.push({
      kind: p.discretion ? 'note' : 'departure',
      topic: 'Escalation window',
      profile: `Stage 2 must be requested within ${describeDuration(p.within)} of the stage 1 reply${p.discretion ? ', with discretion' : ', with no discretion stated'} (${p.clause}).`,
      code: 'The code sets no window; escalation must not be refused without a valid reason, and the resident need not say why.',
    });
  }
}

function exclusionFindings(ctx: CheckContext, out: Finding[]): void {
  const codeTopics = new Set(ctx.code.exclusions.map((e) => e.topic));
  for (const e of ctx.profile.exclusions) {
    if (e.topic === 'disrepair_letter_of_claim' && ctx.profile.nation === 'england') {
      out.push({
        kind: 'departure',
        topic: 'Exclusion: letter of claim',
        profile: `A disrepair letter of claim is treated as legal proceedings (${e.clause}).`,
        code: 'Legal proceedings start only when a claim is filed at court; a pre-action letter does not stop a complaint (Code 2.2; HOS guidance on the pre-action protocol).',
      });
    } else if (!codeTopics.has(e.topic) && e.reason !== 'time_limit') {
      out.push({
        kind: 'note',
        topic: `Exclusion: ${e.topic.replace(/_/g, ' ')}`,
        profile: `Excluded as ${e.reason.replace(/_/g, ' ')} (${e.clause}).`,
        code: 'Not among the code\'s listed exclusions: it must be fair and reasonable, not a blanket exclusion, and the resident told why and of the right to go to the Ombudsman (Code 2.2-2.5).',
      });
    }
  }
}

function accessFindings(ctx: CheckContext, out: Finding[]): void {
  const p = ctx.profile;
  if (p.ombudsman.outdatedAccessRule) {
    out.push({
      kind: 'departure',
      topic: 'Access to the Ombudsman',
      profile: `${p.ombudsman.outdatedAccessRule.describe} (${p.ombudsman.outdatedAccessRule.clause}).`,
      code: 'Since 1 October 2022 residents can go to the Housing Ombudsman straight after the final response: no designated person and no 8-week wait (Building Safety Act 2022).',
    });
  }
  if (!p.socialMedia.accepted && ctx.code.socialMedia.accepted) {
    out.push({ kind: 'departure', topic: 'Social media', profile: `Complaints made on social media are not accepted (${p.socialMedia.clause}).`, code: `Residents may complain in any way (${ctx.code.socialMedia.clause}).` });
  }
  if (!p.anonymous.formal && ctx.code.anonymous.formal) {
    out.push({ kind: 'note', topic: 'Anonymous complaints', profile: `Anonymous complaints are ${p.anonymous.accepted ? 'looked at but not handled as formal complaints' : 'not accepted'} (${p.anonymous.clause}).`, code: 'A complaint is dissatisfaction "however made" (Code 1.2).' });
  }
  if (p.representatives.noConsentNeeded.length) {
    out.push({ kind: 'note', topic: 'Representatives', profile: `No consent needed from: ${p.representatives.noConsentNeeded.map((k) => REPRESENTATIVE_WORDS[k]).join(', ')} (${p.representatives.clause}).`, code: 'The code lets residents use a representative; consent rules are the landlord\'s to set.' });
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
