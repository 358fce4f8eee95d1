import { type Logger, safeError } from '../log';
import type { Middleware, TurnContext } from 'botbuilder';
import type { Clock } from '../clock/clock';
import { stampTurn } from '../clock/turn-instant';
import type { ConversationParty, Retention } from '../store/ports';
import { userKey } from './identity';
import { conversationKey } from './transcript-logger';

/** The bot_state keys of the turn's conversation and sender, as botbuilder's ConversationState and UserState build them. */
export type StateKeys = (context: TurnContext) => { conversation: string; user: string };

/**
 * Keeps, for retention, when each conversation and sender was last heard from (the server's
 * clock, never the channel's timestamp), and honours the two activities a channel sends about
 * stored data:
 * - `endOfConversation`: the conversation's state and kept replies are deleted; its transcript
 *   stays until the retention sweep, for staff to read how a case came about;
 * - `deleteUserData`: the sender's state and the state, transcripts and kept replies of every
 *   conversation they were heard in are deleted.
 * Neither reaches the bot, which would otherwise save state again at the end of the turn.
 */
export class RetentionMiddleware implements Middleware {
  constructor(
    private readonly store: Retention,
    private readonly clock: Clock,
    private readonly stateKeys: StateKeys,
    private readonly log: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const at = stampTurn(context, this.clock);
    const party = this.party(context);
    if (!party) return next();
    if (context.activity.type === 'deleteUserData') {
      await this.store.forgetUser(party);
      return;
    }
    if (context.activity.type === 'endOfConversation') {
      await this.store.endConversation(party, at);
      return;
    }
    // Queued now, committed with the turn's own writes; waited for before the reply goes back.
    const touched = this.store.touch(party, at);
    try {
      await next();
    } finally {
      await touched.catch((e: unknown) => this.log.error({ err: safeError(e) }, 'last activity not recorded'));
    }
  }

  private party(context: TurnContext): ConversationParty | undefined {
    const activity = context.activity;
    if (!activity.channelId || !activity.conversation?.id || !activity.from?.id) return undefined;
    const keys = this.stateKeys(context);
    return { conversationKey: conversationKey(activity), userKey: userKey(context), conversationStateKey: keys.conversation, userStateKey: keys.user };
  }
}
