import type { IntakeAnswers } from '../cases/intake';
import type { TriageAnswers } from './types';

/** The intake's answers as the facts triage weighs: the second reading of a complaint. */
export function triageAnswersFromIntake(answers: IntakeAnswers, today: string): TriageAnswers {
  const out: TriageAnswers = { today };
  const reported = answers.reportedBefore?.answer;
  if (reported === 'yes' || reported === 'no') out.reportedBefore = reported === 'yes';
  if (answers.courtClaim === 'yes' || answers.courtClaim === 'no') out.courtClaimIssued = answers.courtClaim === 'yes';
  // A problem still going on is occurring now: its start date is no event to time-limit.
  if (answers.when?.date && !answers.when.ongoing) out.happenedOn = answers.when.date;
  return out;
}
