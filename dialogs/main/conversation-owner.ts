import type { TurnContext } from 'botbuilder';

/** Who is answering the resident in this conversation now. */
export type Owner = { kind: 'bot' } | { kind: 'person' };

/**
 * Read by the main dialog at the start of every turn: when a person has the conversation the bot
 * stays silent except for safety. The staff handover (issue #18) implements it from its queue.
 */
export interface ConversationOwner {
  ownerOf(context: TurnContext): Promise<Owner>;
}

const BOT: Owner = { kind: 'bot' };

/**
 * Today nothing in the store lets staff take a conversation (handoff_requests is a queue of
 * requests, none of them taken), so the bot has every conversation, and no turn pays a read for it.
 */
export const nobodyHasTakenIt: ConversationOwner = { ownerOf: async () => BOT };

/** Asking for a person: records the request and tells the resident (in their language, or both). */
export interface PersonRequests {
  request(context: TurnContext, reason: 'asked', lang: 'cy' | 'en' | undefined): Promise<void>;
}
