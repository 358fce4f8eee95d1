import type { DeadlineService } from '../deadlines/service';
import type { EventDecision } from '../store/ports';
import type { CaseEvent, CaseRecord } from './records';
import { listingFor } from './updates';

/**
 * What a member of staff recorded when they handed a conversation back (the console's hand-back
 * panel: a note, answers taken with the resident, "file it now"), kept in the case's own events
 * as well as the handover's, so the case's history says who changed what, and when. It changes
 * no date: the lifecycle's replay skips it (it is not a CaseEventInput).
 */
export const HANDED_BACK = 'handed_back';

export interface HandedBackData {
  /** The handover it came from (GET /staff/handoffs/:id has its transcript). */
  handoff: number;
  /** This hand-back filed the case (rather than recording on one filed before). */
  filed: boolean;
  note: string | null;
  /** The answers staff recorded, as stored (staff's win over the resident's). */
  answers: Record<string, unknown>;
}

/** The store's decision for that event: the case's stage, state and listing stay as its events give them. */
export function decideHandedBack(deadlines: DeadlineService, record: CaseRecord, events: CaseEvent[], data: HandedBackData): EventDecision<null> {
  const { stage, state, listing } = listingFor(deadlines, record, events);
  return { event: { type: HANDED_BACK, data }, stage, state, listing, result: null };
}
