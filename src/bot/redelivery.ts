import type { Activity, Middleware, TurnContext } from 'botbuilder';
import type { TurnReplies } from '../store/ports';
import { userKey } from './identity';
import { conversationKey } from './transcript-logger';

const CAPTURE = Symbol('turnReplies');

/** Fields that belong to one sending, not to what the resident sees; the adapter fills them in again. */
const PER_SEND = new Set(['id', 'timestamp', 'localTimestamp', 'replyToId', 'conversation', 'from', 'recipient', 'serviceUrl', 'channelId', 'relatesTo', 'deliveryMode']);

function withoutPerSend(activity: Partial<Activity>): Partial<Activity> {
  return Object.fromEntries(Object.entries(activity).filter(([field]) => !PER_SEND.has(field))) as Partial<Activity>;
}

/**
 * Channels re-deliver an activity when they did not hear back in time. Every reply sent for an
 * incoming activity is kept, per conversation and activity id, and a re-delivery gets the same
 * replies again (a confirmation's reference included) without the bot running: running it again
 * would answer from a state that has moved on, and once filed a confirmation could be taken for
 * a later one. An activity with no id cannot be recognised, so it is always a new one.
 *
 * The replies are written when the bot saves the turn's state (`saveTurnReplies`), in the same
 * group commit on SQLite, just after the state on a shared store (so a turn whose state write
 * lost a race keeps none), and only for a turn that completed: after a failed turn the state was not saved
 * either, so a re-delivery runs the bot again, and filing (keyed on the same activity) gives back
 * the case it already filed.
 */
export class Redelivery implements Middleware {
  constructor(private readonly store: TurnReplies) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    const id = activity.id;
    if (!id || !activity.conversation?.id) return next();
    const conversation = conversationKey(activity);
    const sender = userKey(context);
    const stored = await this.store.find(conversation, id);
    if (stored?.userKey === sender) {
      if (stored.replies.length) await context.sendActivities(stored.replies as Array<Partial<Activity>>);
      return;
    }
    // The same id from someone else is no re-delivery: it gets its own answer, and the first stays kept.
    if (stored) return next();
    const replies: Array<Partial<Activity>> = [];
    context.onSendActivities(async (_context, activities, nextSend) => {
      // Kept as sent: after the bot's own hooks (the reply's language, ComplaintsBot.run) have had them.
      const sent = await nextSend();
      for (const a of activities) if (a.type !== 'trace') replies.push(withoutPerSend(a));
      return sent;
    });
    context.turnState.set(CAPTURE, () => this.store.record(conversation, id, sender, replies));
    await next();
  }
}

/**
 * Queues the turn's replies for keeping; called as the turn's state is saved so both go in one
 * commit. Nothing to do for a turn the middleware did not see or that had no activity id.
 */
export function saveTurnReplies(context: TurnContext): Promise<void> {
  const save = context.turnState.get(CAPTURE) as (() => Promise<void>) | undefined;
  context.turnState.delete(CAPTURE);
  return save ? save() : Promise.resolve();
}
