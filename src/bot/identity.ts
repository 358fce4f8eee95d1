import type { TurnContext } from 'botbuilder';

/** Who is talking, as the channel identifies them: cases filed from it are theirs to ask about. */
export function userKey(context: TurnContext): string {
  return `${context.activity.channelId}:${context.activity.from?.id ?? ''}`;
}
