import type { IntakeAnswers } from './intake';
import type { CaseListing } from './listing';

/** What a case is, as triage or the resident's confirmation decided. */
export type CaseKind = 'complaint' | 'service_request' | 'excluded' | 'feedback';

/** The state a new case is listed under, before any event. */
export type CaseState = 'stage1_open' | 'service_request' | 'excluded' | 'feedback';

export const INITIAL_STATE: Record<CaseKind, CaseState> = {
  complaint: 'stage1_open',
  service_request: 'service_request',
  excluded: 'excluded',
  feedback: 'feedback',
};

/** A case as the bot files it. */
export interface NewCase {
  /** Filing the same key again gives back the case already filed (a channel's re-delivery). */
  idempotencyKey: string;
  kind: CaseKind;
  policyId: string;
  policyVersion: string;
  language: 'cy' | 'en';
  channelId: string;
  userKey: string;
  conversationKey: string;
  conversationRef: unknown;
  receivedAt: string;
  details: IntakeAnswers & Record<string, unknown>;
  triage: unknown;
  deadlines: unknown;
  /** Recorded on the case's first event, 'filed'. */
  actor: string;
  /**
   * The case's first listing fields (its first next date), worked out by the pure lifecycle
   * (listingFor in src/cases/updates.ts). Without it the case is stored as not computed and
   * gets its dates at the next start-up's recompute.
   */
  listing?: CaseListing;
}

/** A filed case. `stage` and `state` are a listing cache of its events, rewritten with each one. */
export interface CaseRecord extends Omit<NewCase, 'idempotencyKey' | 'actor' | 'listing'> {
  id: number;
  reference: string;
  stage: number;
  state: string;
  createdAt: string;
  /**
   * When the resident last wrote in the case's conversation, after filing, by the server's clock
   * (null: not since filing). Messenger and Instagram replies must come within 24 hours of it.
   */
  residentLastAt?: string | null;
}

/** One entry of a case's append-only history. */
export interface CaseEvent {
  id: number;
  at: string;
  actor: string;
  type: string;
  data: unknown;
}
