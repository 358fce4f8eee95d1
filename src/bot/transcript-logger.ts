import type { Activity, Middleware, TranscriptLogger, TurnContext } from 'botbuilder';
import { safeError, type Logger } from '../log';
import type { NewTranscriptEntry, TranscriptStore } from '../store/transcripts';

export function conversationKey(activity: Pick<Activity, 'channelId' | 'conversation'>): string {
  return `${activity.channelId}:${activity.conversation?.id ?? ''}`;
}

/** The row kept for one activity, or null for activities the transcript does not keep. */
function transcriptEntry(activity: Partial<Activity>, direction: 'in' | 'out', id = activity.id): NewTranscriptEntry | null {
  if (activity.type !== 'message' && activity.type !== 'conversationUpdate') return null;
  return {
    conversationKey: conversationKey(activity as Activity),
    direction,
    activityType: activity.type,
    text: activity.text ?? null,
    data: { id, suggestedActions: activity.suggestedActions?.actions?.map((a) => a.title) },
    at: activity.timestamp ? new Date(activity.timestamp).toISOString() : new Date().toISOString(),
  };
}

/** Keeps every message in and out, so the case carries the conversation that made it. */
export class SqliteTranscriptLogger implements TranscriptLogger {
  constructor(private readonly store: TranscriptStore) {}

  logActivity(activity: Activity): void {
    // The middleware marks incoming activities as the user's; outgoing ones may carry no role at all.
    const e = transcriptEntry(activity, activity.from?.role === 'user' ? 'in' : 'out');
    if (e) this.store.append(e.conversationKey, e.direction, e.activityType, e.text, e.data, e.at);
  }
}

/**
 * Records the same rows as botbuilder's TranscriptLoggerMiddleware with SqliteTranscriptLogger,
 * but the turn's messages in and out are kept together when the turn ends, in the group commit
 * that also saves the turn's state, and the turn ends only once they are committed, before the
 * reply goes back. The resident's message is kept even if the turn fails. A transcript that
 * cannot be saved is logged; it does not fail the resident's turn.
 */
export class TranscriptMiddleware implements Middleware {
  constructor(
    private readonly store: TranscriptStore,
    private readonly log: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    // As botbuilder's middleware does: an incoming activity without a role is the user's.
    if (activity.from && !activity.from.role) activity.from.role = 'user';
    const entries: NewTranscriptEntry[] = [];
    const incoming = transcriptEntry(activity, 'in');
    if (incoming) entries.push(incoming);
    context.onSendActivities(async (_ctx, activities, nextSend) => {
      const responses = await nextSend();
      activities.forEach((a, i) => {
        const e = transcriptEntry(a, 'out', responses?.[i]?.id || a.id || syntheticId(a));
        if (e) entries.push(e);
      });
      return responses;
    });
    try {
      await next();
    } finally {
      try {
        await this.store.appendLater(entries);
      } catch (e) {
        this.log.error({ err: safeError(e), channelId: activity.channelId }, 'transcript not saved');
      }
    }
  }
}
/** Channels do not always return an id for a sent activity; botbuilder's middleware makes one up the same way. */
function syntheticId(activity: Partial<Activity>): string {
  const at = activity.timestamp ? new Date(activity.timestamp).getTime() : Date.now();
  return `g_${Math.random().toString(36).slice(2, 8)}${at}`;
}
