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
  /**
   * When staff handed back, where that was before this event: a hand-back that let the assistant
   * carry on is recorded on the case only when the resident files it, later.
   */
  handedBackAt?: string;
}

/** A finished handover and the data of its `handed_back` event (what the hand-back route stored). */
export interface FinishedHandover {
  id: number;
  at: string;
  outcome: string | null;
  caseReference: string | null;
  finishedBy: string | null;
  finishedAt: string | null;
  handedBack: unknown;
}

/**
 * The hand-backs a case filed by the bot should carry: those of its conversation, asked for while
 * this intake was under way (at or after `intakeStarted`), that let the assistant carry on (not
 * "file now", which records itself; not one with a case to record on already) and recorded a
 * note or answers. Oldest first, each with the member of staff who handed back.
 */
export function carriedHandBacks(handovers: readonly FinishedHandover[], intakeStarted: string): Array<{ actor: string; data: HandedBackData }> {
  const from = Date.parse(intakeStarted);
  const out: Array<{ actor: string; data: HandedBackData }> = [];
  for (const h of handovers) {
    if (h.outcome !== 'handed_back' || h.caseReference !== null || !h.finishedBy || !h.finishedAt) continue;
    if (!(Date.parse(h.at) >= from)) continue;
    const stored = (h.handedBack ?? {}) as { note?: unknown; resume?: { answers?: unknown; file?: unknown } | null };
    if (stored.resume?.file === true) continue;
    const note = typeof stored.note === 'string' ? stored.note : null;
    const answers = stored.resume?.answers && typeof stored.resume.answers === 'object' ? (stored.resume.answers as Record<string, unknown>) : {};
    if (note === null && Object.keys(answers).length === 0) continue;
    out.push({ actor: h.finishedBy, data: { handoff: h.id, filed: false, note, answers, handedBackAt: h.finishedAt } });
  }
  return out;
}

/** The store's decision for that event: the case's stage, state and listing stay as its events give them. */
export function decideHandedBack(deadlines: DeadlineService, record: CaseRecord, events: CaseEvent[], data: HandedBackData): EventDecision<null> {
  const { stage, state, listing } = listingFor(deadlines, record, events);
  return { event: { type: HANDED_BACK, data }, stage, state, listing, result: null };
}
