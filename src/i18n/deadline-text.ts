import type { TFunction } from 'i18next';
import type { DueStatus, Explanation } from '../deadlines/timeline';
import type { PolicyProfile } from '../policy/schema';
import { citeClause } from './citation';
import { dateForms, duration, longDate } from './format';
import type { Lang } from './index';
import { countValues, DIWRNOD } from './numbers';

/**
 * Says, in Welsh or English, why a date is what it is: "Reply by Monday 14 December 2026:
 * 10 working days after the acknowledgement on … (Housing Ombudsman Complaint Handling Code,
 * paragraph 6.3)." The source is named in the resident's language, never by the clause's own words.
 */
export function explainDeadline(t: TFunction, lang: Lang, e: Explanation, profile: PolicyProfile): string {
  const main = t('deadlines:explanation', {
    kind: t(`deadlines:kind.${e.kind}`, { date: longDate(e.date, lang) }),
    rule: t('deadlines:rule', {
      duration: duration(t, e.rule),
      anchor: t(`deadlines:anchor.${e.from}`),
      fromDate: longDate(e.fromDate, lang),
    }),
    source: citeClause(t, lang, profile, e.clause),
  });
  const notes = e.notes.map((n) =>
    t(`deadlines:note.${n}`, { ...dateForms(e.fromDate, lang, 'fromDate'), ...dateForms(e.countedFrom, lang, 'countedFrom') }),
  );
  return [main, ...notes].join(' ');
}

/** "six working days from today" / "ymhen chwe diwrnod gwaith". */
export function dueText(t: TFunction, s: DueStatus): string {
  return s.status === 'due_today' ? t('deadlines:due.due_today') : t(`deadlines:due.${s.status}`, countValues(s.workingDays, DIWRNOD));
}
