import type { TFunction } from 'i18next';
import type { IntakeAnswers } from '../../src/cases/intake';
import type { WorkingCalendar } from '../../src/deadlines/calendar';
import { parseDate } from '../../src/deadlines/local-date';
import { dueStatus } from '../../src/deadlines/timeline';
import { dueText, explainDeadline } from '../../src/i18n/deadline-text';
import { duration, longDate } from '../../src/i18n/format';
import type { Lang } from '../../src/i18n';
import { BODIES, type Body } from '../../src/policy/bodies';
import type { Contact, PolicyProfile } from '../../src/policy/schema';
import type { FiledCase } from './intake-dialog';

/**
 * "0300 111 3000, https://… (use the online form …)": how to reach a body, in the resident's
 * language, with the body's Welsh web address and email in Welsh where it publishes them.
 */
export function howToReach(body: Body | Contact, lang: Lang): string {
  const welsh = lang === 'cy' && 'cy' in body ? body.cy : undefined;
  const email = welsh?.email ?? ('email' in body ? body.email : undefined);
  const parts = [body.phone, email, welsh?.web ?? body.web].filter(Boolean) as string[];
  // Inside brackets mid-sentence the note starts with a small letter ("… (use the online form …)").
  const note = 'note' in body && body.note ? ` (${body.note[lang].replace(/\.$/, '').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())})` : '';
  return parts.join(', ') + note;
}

export function humanMessages(t: TFunction, lang: Lang, profile: PolicyProfile): string[] {
  const out = [t('intake:human')];
  const team = profile.contacts.complaints;
  if (team.phone || team.email || team.web) out.push(t('intake:human_contact', { how: howToReach(team, lang) }));
  return out;
}

/** What the resident is told once the case is filed: reference, dates in words and why, next steps, the Ombudsman. */
export function filedMessages(
  t: TFunction,
  lang: Lang,
  profile: PolicyProfile,
  calendar: WorkingCalendar,
  filed: FiledCase,
  answers: IntakeAnswers,
  today: string,
): string[] {
  // An anonymous report a profile takes as a concern, not a formal complaint, is not called a
  // complaint when it is sent either (Bron Afon's policy; the resident was told so before sending).
  const concern = answers.contact?.anonymous === true && !profile.anonymous.acknowledged && !profile.anonymous.formal;
  const out = [t(concern ? 'intake:filed.reference_concern' : 'intake:filed.reference', { reference: filed.reference })];
  // Anonymous under a profile that does not acknowledge anonymous complaints: no dates to give,
  // as the resident was told when they chose not to give their name.
  if (answers.contact?.anonymous && !profile.anonymous.acknowledged) {
    out.push(t(profile.anonymous.formal ? 'intake:filed.anonymous_no_dates' : 'intake:filed.anonymous_concern'));
  } else out.push(...datesAndNext(t, lang, profile, calendar, filed, answers, today));
  const anonymous = answers.contact?.anonymous === true;
  // Someone acting for the resident who gave no name is someone the landlord cannot discuss it
  // with at all, so a reminder that it needs the resident's consent first says the wrong thing:
  // it is the resident who can get a reply, and keep the way to the Ombudsman open.
  const forSomeoneElse = answers.representative !== undefined && !answers.representative.isResident;
  if (answers.representative?.consentNeeded && !anonymous) out.push(t('intake:filed.consent'));
  const ombudsman = BODIES[profile.ombudsman.body];
  // The Ombudsmen look at complaints from the person aggrieved (PSOW Act 2019 s.8) or affected (HOS
  // Code 1.2), after the landlord's process: someone who gave no name cannot take this one to them.
  if (anonymous) out.push(t(forSomeoneElse ? 'intake:filed.ombudsman_anonymous_representative' : 'intake:filed.ombudsman_anonymous', { name: ombudsman.name[lang] }));
  else out.push(t('intake:filed.ombudsman', { name: ombudsman.name[lang], how: howToReach(ombudsman, lang) }));
  out.push(t('intake:filed.anything_else'));
  return out;
}

/** The dates the landlord must meet, why, and what happens next. */
function datesAndNext(
  t: TFunction,
  lang: Lang,
  profile: PolicyProfile,
  calendar: WorkingCalendar,
  filed: FiledCase,
  answers: IntakeAnswers,
  today: string,
): string[] {
  const { timeline } = filed;
  const todayDay = parseDate(today);
  const due = (d: { day: number }) => dueText(t, dueStatus(calendar, todayDay, d.day));
  const out: string[] = [];
  const dates: string[] = [];
  const stage = profile.stages[0];
  if (timeline.acknowledgeBy) {
    dates.push(t('intake:filed.acknowledge', { date: longDate(timeline.acknowledgeBy.date, lang), due: due(timeline.acknowledgeBy) }));
  }
  if (timeline.acknowledgeBy && stage.respond.from === 'acknowledgement') {
    dates.push(t('intake:filed.respond_after_ack', { duration: duration(t, stage.respond.within), date: longDate(timeline.respondBy.date, lang) }));
  } else {
    dates.push(t('intake:filed.respond', { date: longDate(timeline.respondBy.date, lang), due: due(timeline.respondBy) }));
  }
  out.push(dates.join(' '));
  const why = [timeline.acknowledgeBy, timeline.respondBy]
    .filter((d): d is NonNullable<typeof d> => d !== null)
    .map((d) => explainDeadline(t, lang, d.explain, profile));
  out.push(t('intake:filed.why', { explain: why.join(' ') }));
  out.push(t(answers.contact?.anonymous ? 'intake:filed.anonymous_next' : 'intake:filed.next'));
  return out;
}
