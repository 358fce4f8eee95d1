import type { Activity, Middleware, TurnContext } from 'botbuilder';
import { safeError, type Logger } from '../log';
import type { NewTranscriptEntry, TranscriptStore } from '../store/ports';
import { type Clock, systemClock } from '../clock/clock';
import { stampTurn } from '../clock/turn-instant';
import { isPublicPost } from './public-post';

export function conversationKey(activity: Pick<Activity, 'channelId' | 'conversation'>): string {
  return `${activity.channelId}:${activity.conversation?.id ?? ''}`;
}

/** The timestamp the channel claimed, kept as evidence of what it said, never as the time. */
function claimed(activity: Partial<Activity>): string | undefined {
  if (!activity.timestamp) return undefined;
  const ms = new Date(activity.timestamp).getTime();
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/**
 * The row kept for one activity, or null for activities the transcript does not keep. `at` is the
 * server's time: a channel's timestamp is the client's claim, so it is stored only as claimed.
 */
function transcriptEntry(activity: Partial<Activity>, direction: 'in' | 'out', at: Date, id = activity.id): NewTranscriptEntry | null {
  if (activity.type !== 'message' && activity.type !== 'conversationUpdate') return null;
  const claimedTimestamp = direction === 'in' ? claimed(activity) : undefined;
  return {
    conversationKey: conversationKey(activity as Activity),
    direction,
    activityType: activity.type,
    text: activity.text ?? null,
    data: { id, suggestedActions: activity.suggestedActions?.actions?.map((a) => a.title), ...(claimedTimestamp ? { claimedTimestamp } : {}) },
    at: at.toISOString(),
  };
}

/**
 * Records the rows botbuilder's TranscriptLoggerMiddleware would,
 * but the turn's messages in and out are kept together when the turn ends, in the group commit
 * that also saves the turn's state, and the turn ends only once they are committed, before the
 * reply goes back. The resident's message is kept even if the turn fails. A transcript that
 * cannot be saved is logged; it does not fail the resident's turn.
 */
export class TranscriptMiddleware implements Middleware {
  constructor(
    private readonly store: TranscriptStore,
    private readonly log: Logger,
    private readonly clock: Clock = systemClock,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    // A public comment is answered with one line asking for a private message; nothing of the
    // public thread (its text, who wrote it, the bot's line) is kept.
    if (isPublicPost(activity)) return next();
    // As botbuilder's middleware does: an incoming activity without a role is the user's.
    if (activity.from && !activity.from.role) activity.from.role = 'user';
    const entries: NewTranscriptEntry[] = [];
    // The turn is stamped here, before the bot runs, so the message in and the bot agree on its time.
    const incoming = transcriptEntry(activity, 'in', stampTurn(context, this.clock));
    if (incoming) entries.push(incoming);
    context.onSendActivities(async (_ctx, activities, nextSend) => {
      const responses = await nextSend();
      const at = this.clock.now();
      activities.forEach((a, i) => {
        const e = transcriptEntry(a, 'out', at, responses?.[i]?.id || a.id || syntheticId(at));
        if (e) entries.push(e);
      });
      return responses;
    });
    try {
      await next();
    } finally {
      try {
        await this.store.append(entries);
      } catch (e) {
        this.log.error({ err: safeError(e), channelId: activity.channelId }, 'transcript not saved');
      }
    }
  }
}
/** Channels do not always return an id for a sent activity; botbuilder's middleware makes one up the same way. */
function syntheticId(at: Date): string {
  return `g_${Math.random().toString(36).slice(2, 8)}${at.getTime()}`;
}
