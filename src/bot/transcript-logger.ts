import type { Activity, TranscriptLogger } from 'botbuilder';
import type { TranscriptStore } from '../store/transcripts';

export function conversationKey(activity: Pick<Activity, 'channelId' | 'conversation'>): string {
  return `${activity.channelId}:${activity.conversation?.id ?? ''}`;
}

/** Keeps every message in and out, so the case carries the conversation that made it. */
export class SqliteTranscriptLogger implements TranscriptLogger {
  constructor(private readonly store: TranscriptStore) {}

  logActivity(activity: Activity): void {
    if (activity.type !== 'message' && activity.type !== 'conversationUpdate') return;
    // The middleware marks incoming activities as the user's; outgoing ones may carry no role at all.
    const direction = activity.from?.role === 'user' ? 'in' : 'out';
    const data = { id: activity.id, suggestedActions: activity.suggestedActions?.actions?.map((a) => a.title) };
    const at = activity.timestamp ? new Date(activity.timestamp).toISOString() : new Date().toISOString();
    this.store.append(conversationKey(activity), direction, activity.type, activity.text ?? null, data, at);
  }
}
