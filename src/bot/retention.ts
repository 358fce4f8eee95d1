import { type Logger, safeError } from '../log';
import type { Middleware, TurnContext } from 'botbuilder';
import type { Clock } from '../clock/clock';
import { stampTurn } from '../clock/turn-instant';
import type { ConversationParty, Retention } from '../store/ports';
import { userKey } from './identity';
import { isPublicPost } from './public-post';
import { conversationKey } from './transcript-logger';

/** The bot_state keys of the turn's conversation and sender, as botbuilder's ConversationState and UserState build them. */
export type StateKeys = (context: TurnContext) => { conversation: string; user: string };

/**
 * A conversation and sender heard from again within this long of their last recorded turn are not
 * recorded again: retention counts in days, so a last-heard time up to a minute early cannot
 * change what a sweep deletes, and most turns of a conversation come within a minute of the last
 * (an upsert, two index updates and a place in the commit saved on each of them).
 */
export const TOUCH_INTERVAL_MS = 60_000;

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
  /** Server time (ms) each party's last touch was recorded at, oldest first; none older than TOUCH_INTERVAL_MS is kept. */
  private readonly recorded = new Map<string, number>();

  constructor(
    private readonly store: Retention,
    private readonly clock: Clock,
    private readonly stateKeys: StateKeys,
    private readonly log: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const at = stampTurn(context, this.clock);
    const party = this.party(context);
    // A public comment leaves no state to forget, so it records no one (see public-post.ts).
    if (!party || isPublicPost(context.activity)) return next();
    if (context.activity.type === 'deleteUserData') {
      // Rows deleted: the next turn of any of them must record itself again.
      this.recorded.clear();
      await this.store.forgetUser(party);
      return;
    }
    if (context.activity.type === 'endOfConversation') {
      this.recorded.clear();
      await this.store.endConversation(party, at);
      return;
    }
    const key = `${party.conversationKey}\n${party.userKey}\n${party.conversationStateKey}\n${party.userStateKey}`;
    const now = at.getTime();
    this.forgetBefore(now - TOUCH_INTERVAL_MS);
    const last = this.recorded.get(key);
    if (last !== undefined && now >= last && now - last < TOUCH_INTERVAL_MS) return next();
    // Queued now, committed with the turn's own writes; waited for before the reply goes back.
    // Remembered only once committed, so a touch that failed is tried again on the next turn.
    const touched = this.store.touch(party, at).then(() => {
      this.recorded.delete(key);
      this.recorded.set(key, now);
    });
    try {
      await next();
    } finally {
      await touched.catch((e: unknown) => this.log.error({ err: safeError(e) }, 'last activity not recorded'));
    }
  }

  /** Drops entries too old to skip a touch: the map holds at most a minute's worth of parties. */
  private forgetBefore(cutoff: number): void {
    for (const [key, at] of this.recorded) {
      if (at >= cutoff) return;
      this.recorded.delete(key);
    }
  }

  private party(context: TurnContext): ConversationParty | undefined {
    const activity = context.activity;
    if (!activity.channelId || !activity.conversation?.id || !activity.from?.id) return undefined;
    const keys = this.stateKeys(context);
    return { conversationKey: conversationKey(activity), userKey: userKey(context), conversationStateKey: keys.conversation, userStateKey: keys.user };
  }
}
