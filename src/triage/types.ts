import type { ExclusionReason, ExclusionTopic } from '../policy/schema';

/** The labels of shared/spec/triage.md. */
export const KINDS = ['complaint', 'service_request', 'excluded', 'escalation', 'status_query', 'feedback', 'none'] as const;
export type TriageKind = (typeof KINDS)[number];

/**
 * Facts the intake asks for, which can change the first reading of the words. All optional;
 * dates are London calendar dates ("YYYY-MM-DD").
 */
export interface TriageAnswers {
  reportedBefore?: boolean;
  courtClaimIssued?: boolean;
  /** A pre-action (disrepair) letter of claim has been sent. */
  letterOfClaim?: boolean;
  /** When it happened or when the resident became aware of it. */
  happenedOn?: string;
  /** Today's London date: the classifier has no clock, so time limits need it passed in. */
  today?: string;
  completedBothStages?: boolean;
  ombudsmanInvestigating?: boolean;
  /**
   * The resident already has a complaint on record (the bot knows them by their chat identity),
   * so "take it further" means that complaint, not something else.
   */
  hasComplaint?: boolean;
}

/** What decided a classification: words matched in the message, or an answer given. */
export interface TriageSignal {
  /** What it signals, e.g. "dissatisfaction", "repeated", "urgent_gas", "answer:reportedBefore". */
  cue: string;
  /** The resident's words (or the answer) that matched. */
  text: string;
  source: 'text' | 'answers';
}

/** `emergency_repair`: urgent by the model's reading where no cue names the emergency. */
export type UrgentTopic = 'gas' | 'water' | 'electric' | 'fire' | 'trapped' | 'security' | 'no_heat_vulnerable' | 'person_at_risk' | 'emergency_repair';

export interface TriageResult {
  kind: TriageKind;
  reason?: ExclusionReason;
  /** The finer topic of an exclusion (e.g. court_claim_filed, data_protection). */
  topic?: ExclusionTopic;
  urgent: boolean;
  urgentTopics: UrgentTopic[];
  safeguarding: boolean;
  language: 'cy' | 'en' | 'mixed';
  /** Dissatisfaction was expressed: whatever the kind, the resident must be offered a complaint. */
  dissatisfied: boolean;
  signals: TriageSignal[];
  /** The profile clause behind an exclusion. */
  clause?: string;
  /**
   * Set on a service request (or nothing yet) told with signs of history, repetition, delay or
   * unhappiness: the words alone cannot tell a first report from a complaint about its handling,
   * so the bot asks whether this is the first time or the resident is unhappy with how it has
   * been dealt with.
   */
  clarify?: 'first_or_unhappy';
  /**
   * Why `clarify` was set: `leaned_request`, a first report or nothing with signs of history or
   * unhappiness (or a complaint probability at the asking bar); `forced_calm`, a complaint reading
   * that won only by the bar where the rules heard no unhappiness; `forced_heard`, the same where
   * they heard it, under the second bar training chose (thresholds.complaintAsk).
   */
  clarifyWhy?: 'leaned_request' | 'forced_calm' | 'forced_heard';
  /**
   * Set where the words name a hazard or a risk to a person (gas, sparks, water by the lights, a
   * ceiling coming down, someone scared or hurt …) but neither safety flag was raised: the bot
   * asks once whether anyone is in danger or the home is unsafe right now. `person`: a yes gets
   * the crisis contacts too. The words are in `signals` (cues hazard, hazard_person, hazard_cold,
   * hazard_frail).
   */
  confirmDanger?: 'home' | 'person';
  /** Set by the bot, not triage: the resident answered yes to the danger question. */
  dangerConfirmed?: true;
}
