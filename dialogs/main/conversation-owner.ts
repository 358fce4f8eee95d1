import type { TurnContext } from 'botbuilder';
import type { Lang } from '../../src/i18n';
import type { TriageResult } from '../../src/triage';
import type { StaffMatter } from '../../src/policy/staff-matters';

/** Who is answering the resident in this conversation now. */
export type Owner = { kind: 'bot' } | { kind: 'person' };

/**
 * Read by the main dialog at the start of every turn: when a person has the conversation the bot
 * stays silent except for safety. The staff handover implements it from its queue
 * (src/handoff/owner.ts).
 */
export interface ConversationOwner {
  ownerOf(context: TurnContext): Promise<Owner>;
  /**
   * The resident wrote while a person has the conversation: for the staff's live view. `safety`:
   * the emergency or safeguarding topics the message raised (the bot has given their instructions),
   * so the officer's view marks it and puts it first.
   */
  heardWhilePersonHas?(context: TurnContext, safety?: string[]): Promise<void>;
  /**
   * The resident's language changed this turn ("Cymraeg" typed, the website's switch): an open
   * request for a person takes it, so staff see and reply in the language the conversation is now in.
   */
  languageChanged?(context: TurnContext, lang: Lang): Promise<void>;
  /**
   * The bot has the conversation but asked a question of its own on the person's behalf (a call
   * back's time): true when this message answered it, and nothing else should. `answersQuestion`:
   * the message also reads as the answer to the question the offer came after (an address at
   * "where?"), so unless it says when to call it is that question's.
   */
  answeredForPerson?(context: TurnContext, text: string, lang: Lang | undefined, opts?: { answersQuestion?: boolean }): Promise<boolean>;
}

const BOT: Owner = { kind: 'bot' };

/** The bot has every conversation, and no turn pays a read for it (dialog tests without a handover). */
export const nobodyHasTakenIt: ConversationOwner = { ownerOf: async () => BOT };

/** Why a person is asked for: the resident asked, or what they said needs one. */
export type PersonReason = 'asked' | 'safeguarding' | 'urgent' | 'needs_staff';

/**
 * 'waiting': someone is coming; 'callback_offered': nobody can, and the resident has just been
 * asked when to be called back (so no other question should follow); 'already': asked before;
 * 'not_queued': over a cap, told how else to reach the team (nobody will join here).
 */
export type PersonOutcome = 'waiting' | 'callback_offered' | 'already' | 'not_queued';

/** Asking for a person, the one service for it: queues the request and tells the resident (in their language, or both). */
export interface PersonRequests {
  request(context: TurnContext, reason: PersonReason, lang: Lang | undefined, extras?: { triage?: TriageResult; staffMatter?: StaffMatter; location?: string }): Promise<PersonOutcome | void>;
}
