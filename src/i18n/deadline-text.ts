import type { TFunction } from 'i18next';
import type { DueStatus, Explanation } from '../deadlines/timeline';
import { duration, longDate } from './format';
import type { Lang } from './index';

/**
 * Says, in Welsh or English, why a date is what it is: "Reply by Monday 14 December 2026:
 * 10 working days after the acknowledgement on … (Housing Ombudsman Code, Code 6.3)."
 */
export function explainDeadline(t: TFunction, lang: Lang, e: Explanation, policyName: string): string {
  const main = t('deadlines:explanation', {
    kind: t(`deadlines:kind.${e.kind}`, { date: longDate(e.date, lang) }),
    rule: t('deadlines:rule', {
      duration: duration(t, e.rule),
      anchor: t(`deadlines:anchor.${e.from}`),
      fromDate: longDate(e.fromDate, lang),
    }),
    source: t('deadlines:source', { policy: policyName, clause: e.clause }),
  });
  const notes = e.notes.map((n) =>
    t(`deadlines:note.${n}`, { fromDate: longDate(e.fromDate, lang), countedFrom: longDate(e.countedFrom, lang) }),
  );
  return [main, ...notes].join(' ');
}

/** "6 working days from today" / "6 diwrnod gwaith o heddiw". */
export function dueText(t: TFunction, s: DueStatus): string {
  return s.status === 'due_today' ? t('deadlines:due.due_today') : t(`deadlines:due.${s.status}`, { count: s.workingDays });
}
