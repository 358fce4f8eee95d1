import type { TurnContext } from 'botbuilder';
import type { EnquiryServices } from '../../dialogs/status/enquiry-dialog';
import type { CaseRepository } from '../cases/repository';
import type { CaseUpdates } from '../cases/updates';
import type { DeadlineService } from '../deadlines/service';
import { turnInstant } from '../clock/turn-instant';
import { userKey } from './identity';

/** The case lookups and the stage 2 request behind "where is my complaint?" and "I'm not happy". */
export function caseEnquiryServices(
  cases: CaseRepository,
  updates: CaseUpdates,
  deadlines: DeadlineService,
  today: (context: TurnContext) => string,
  requestHuman: (context: TurnContext, reason: 'asked' | 'lookup_locked') => Promise<void>,
): Omit<EnquiryServices, 'language' | 'i18n' | 'guard' | 'profile'> {
  return {
    mine: (context) => cases.byUser(userKey(context)).filter((c) => c.kind === 'complaint'),
    byReference: (reference) => cases.byReference(reference),
    profileOf(record) {
      const profile = deadlines.profile(record.policyId);
      return { profile, calendar: deadlines.calendar(profile) };
    },
    status: (record) => updates.status(record),
    escalate(context, record, answers) {
      const at = turnInstant(context).toISOString();
      return updates.record(record.reference, 'resident', { type: 'escalation_received', at, ...answers }).status;
    },
    today,
    requestHuman,
  };
}
