import type { TurnContext } from 'botbuilder';
import type { CaseAccess, CaseGrant, EnquiryServices } from '../../dialogs/status/enquiry-dialog';
import type { CaseRecord } from '../cases/records';
import type { CaseUpdates } from '../cases/updates';
import { matchesSecret } from '../cases/verify';
import { turnInstant } from '../clock/turn-instant';
import type { DeadlineService } from '../deadlines/service';
import type { CaseStore, LookupLocks } from '../store/ports';
import { userKey } from './identity';

const isComplaint = (record: CaseRecord | undefined): record is CaseRecord => record?.kind === 'complaint';

/**
 * The one gate between a resident and a case they did not file from this channel identity:
 * status answers and stage 2 requests both come through here. The owner (the identity that
 * filed the case) is served at once, locked or not; anyone else needs the reference and one
 * right answer, with wrong answers counted in the database by reference and by asker and timed
 * by the server's clock (never the client's timestamp).
 */
export function caseAccess(cases: CaseStore, locks: LookupLocks) {
  const owned = async (context: TurnContext, reference: string): Promise<CaseRecord | undefined> => {
    const record = await cases.byReference(reference);
    return isComplaint(record) && record.userKey === userKey(context) ? record : undefined;
  };

  return {
    async find(context: TurnContext, reference: string, answer?: string): Promise<CaseAccess> {
      const asker = userKey(context);
      const own = await owned(context, reference);
      if (own) return { outcome: 'granted', record: own, grant: { reference, asker, by: 'owner' } };
      const now = turnInstant(context);
      if (answer === undefined) return (await locks.lockedUntil({ reference, asker }, now)) ? { outcome: 'locked', newly: false } : { outcome: 'ask_secret' };
      // The same work and the same reply whether the reference exists or the answer is wrong. The
      // verdict is worked out before the attempt, and counts only if lookups are not stopped.
      const record = await cases.byReference(reference);
      const matches = isComplaint(record) && matchesSecret(record.details, answer);
      const attempt = await locks.attempt({ reference, asker }, now, matches);
      if (attempt.outcome === 'locked') return { outcome: 'locked', newly: false };
      if (attempt.outcome === 'missed') return attempt.lockedUntil ? { outcome: 'locked', newly: true } : { outcome: 'no_match' };
      return { outcome: 'granted', record: record!, grant: { reference, asker, by: 'answer' } };
    },

    /** Whether lookups by this asker stop for now, before they have named a case. */
    async askerLocked(context: TurnContext): Promise<boolean> {
      return (await locks.lockedUntil({ asker: userKey(context) }, turnInstant(context))) !== null;
    },

    /**
     * The case a grant from earlier in the enquiry still opens: only to the identity it was given
     * to, and an owner's only while the case is still theirs.
     */
    async granted(context: TurnContext, grant: CaseGrant | undefined): Promise<CaseRecord | undefined> {
      if (!grant || grant.asker !== userKey(context)) return undefined;
      if (grant.by === 'owner') return owned(context, grant.reference);
      const record = await cases.byReference(grant.reference);
      return isComplaint(record) ? record : undefined;
    },
  };
}

/** The case lookups and the stage 2 request behind "where is my complaint?" and "I'm not happy". */
export function caseEnquiryServices(
  cases: CaseStore,
  updates: CaseUpdates,
  deadlines: DeadlineService,
  locks: LookupLocks,
  today: (context: TurnContext) => string,
  requestHuman: (context: TurnContext, reason: 'asked' | 'lookup_locked') => Promise<unknown>,
): Omit<EnquiryServices, 'language' | 'i18n' | 'profile'> {
  const access = caseAccess(cases, locks);
  return {
    mine: async (context) => (await cases.byUser(userKey(context))).filter(isComplaint),
    find: access.find,
    askerLocked: access.askerLocked,
    profileOf(record) {
      const profile = deadlines.profile(record.policyId);
      return { profile, calendar: deadlines.calendar(profile) };
    },
    status: (record) => updates.status(record),
    async escalate(context, grant, answers) {
      const record = await access.granted(context, grant);
      if (!record) return undefined;
      const at = turnInstant(context).toISOString();
      return { record, status: (await updates.record(record.reference, 'resident', { type: 'escalation_received', at, ...answers })).status };
    },
    today,
    requestHuman,
  };
}
