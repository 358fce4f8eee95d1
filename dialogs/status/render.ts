import type { TFunction } from 'i18next';
import type { CaseStatus } from '../../src/cases/lifecycle';
import { londonDate } from '../../src/clock/clock';
import type { CaseRecord } from '../../src/cases/records';
import type { WorkingCalendar } from '../../src/deadlines/calendar';
import { dueStatusOn } from '../../src/deadlines/timeline';
import { dueText } from '../../src/i18n/deadline-text';
import { citeClause } from '../../src/i18n/citation';
import { dateForms, duration, longDate, softened } from '../../src/i18n/format';
import type { Timeline } from '../../src/deadlines/timeline';
import type { Lang } from '../../src/i18n';
import { BODIES } from '../../src/policy/bodies';
import type { PolicyProfile } from '../../src/policy/schema';
import { howToReach } from '../intake/messages';

/** "by Monday 18 January 2027 — 6 working days from today": a date in words and how far off it is. */
function dated(t: TFunction, lang: Lang, cal: WorkingCalendar, date: string, today: string) {
  return { ...dateForms(date, lang), due: dueText(t, dueStatusOn(cal, today, date)) };
}

function ombudsman(lang: Lang, profile: PolicyProfile) {
  const body = BODIES[profile.ombudsman.body];
  return { ombudsman: body.name[lang], contact: howToReach(body, lang) };
}

/**
 * What a resident is told about their case, in plain words: the stage, what has happened, who
 * is dealing with it, the next date the landlord must meet, any extension and why, whether a
 * date was missed and what they can do, and after an answer by when they can escalate.
 */
export function statusMessages(
  t: TFunction,
  lang: Lang,
  profile: PolicyProfile,
  cal: WorkingCalendar,
  record: CaseRecord,
  status: CaseStatus,
  today: string,
): string[] {
  const out: string[] = [];
  const s = status.stages[status.stages.length - 1];
  // The London date: 00:30 BST on 1 June is stored as 23:30Z on 31 May, and was received on 1 June.
  const received = longDate(londonDate(new Date(record.receivedAt)), lang);
  out.push(t('status:case', { reference: record.reference, received, receivedSoft: softened(received, lang), stage: t(`status:stage_${s.stage}`) }));

  const done: string[] = [];
  for (const st of status.stages) {
    // A date after today can only have been recorded by mistake (the staff API now refuses them,
    // older records may hold some): it is not told in the past tense as if it had happened.
    if (st.acknowledged) done.push(t(st.acknowledged > today ? 'status:acknowledged_future' : 'status:acknowledged', dateForms(st.acknowledged, lang)));
    for (const e of st.extensions) done.push(t('status:extension', { length: duration(t, e.length), ...dateForms(e.newDate, lang), reason: e.reason }));
    if (st.answered) {
      const key = st.answered.date > today ? 'status:answered_future' : 'status:answered';
      done.push(t(key, { stage: st.stage, ...dateForms(st.answered.date, lang), outcome: t(`status:outcome.${st.answered.outcome}`) }));
    }
  }
  if (done.length) out.push(done.join(' '));
  if (s.officer && !s.answered) out.push(t('status:officer', { officer: s.officer }));

  if (status.closed) {
    out.push(t('status:closed'));
    return out;
  }
  if (status.finished) {
    const lines = [t('status:finished', ombudsman(lang, profile))];
    const refer = status.timeline.escalateBy;
    if (refer) lines.push(t('status:refer_by', dateForms(refer.date, lang)));
    out.push(lines.join(' '));
    return out;
  }
  if (status.next) {
    const d = dated(t, lang, cal, status.next.date, today);
    out.push(t(status.next.kind === 'acknowledge' ? 'status:next_acknowledge' : 'status:next_respond', d));
    if (status.next.date < today) {
      out.push(t('status:missed', ombudsman(lang, profile)));
      if (s.stage === 1) out.push(t('status:missed_stage1'));
    }
    return out;
  }
  // Stage 1 answered, stage 2 not asked for yet (and not possible before the answer's date).
  const by = status.timeline.escalateBy;
  const early = (s.answered?.date ?? '') > today;
  if (by) out.push(t(early ? 'status:escalate_from' : 'status:escalate_by', dated(t, lang, cal, by.date, today)));
  else out.push(t(early ? 'status:escalate_from_any_time' : 'status:escalate_any_time'));
  return out;
}

/**
 * The stage 2 dates once a resident has escalated: acknowledge by, answer within, and where the
 * rules come from, named in the resident's language.
 */
export function escalationDatesMessage(t: TFunction, lang: Lang, profile: PolicyProfile, tl: Timeline): string | null {
  if (!tl.acknowledgeBy) return null;
  return t('status:escalation.dates', {
    ack: longDate(tl.acknowledgeBy.date, lang),
    respond: duration(t, tl.respondBy.explain.rule),
    respondDate: longDate(tl.respondBy.date, lang),
    clause: citeClause(t, lang, profile, [tl.acknowledgeBy.explain.clause, tl.respondBy.explain.clause]),
  });
}
