import type { DeadlineService } from '../deadlines/service';
import { applyEvent, type CaseEventInput, type CaseStatus, replay } from './lifecycle';
import type { CaseRecord, CaseRepository } from './repository';
import type { Db } from '../store/database';

/** The state a case is listed under: a cache of the events, rewritten with each one. */
export function stateOf(status: CaseStatus): string {
  if (status.closed) return 'closed';
  const s = status.stages[status.stages.length - 1];
  return `stage${s.stage}_${s.answered ? 'answered' : 'open'}`;
}

export class CaseNotFound extends Error {}

/**
 * Records what staff (or the bot) did on a case: checks the event against the case's state
 * through the pure lifecycle, appends it, and updates the listing state, in one transaction.
 */
export class CaseUpdates {
  constructor(
    private readonly db: Db,
    private readonly cases: CaseRepository,
    private readonly deadlines: DeadlineService,
  ) {}

  status(record: CaseRecord): CaseStatus {
    const profile = this.deadlines.profile(record.policyId);
    return replay(profile, this.deadlines.calendar(profile), record.receivedAt, this.cases.events(record.id));
  }

  /** Throws CaseNotFound, or EventRefused with the reason the event does not fit the case. */
  record(reference: string, actor: string, event: CaseEventInput): { record: CaseRecord; status: CaseStatus } {
    return this.db.transaction(() => {
      const record = this.cases.byReference(reference);
      if (!record || record.kind !== 'complaint') throw new CaseNotFound(`no complaint with reference ${reference}`);
      const profile = this.deadlines.profile(record.policyId);
      const status = applyEvent(profile, this.deadlines.calendar(profile), record.receivedAt, this.cases.events(record.id), event);
      const { type, ...data } = event;
      this.cases.appendEvent(record.id, actor, type, data);
      this.db.prepare('UPDATE cases SET stage = ?, state = ? WHERE id = ?').run(status.stage, stateOf(status), record.id);
      return { record: this.cases.byReference(reference)!, status };
    })();
  }
}
