import type { Middleware, TurnContext } from 'botbuilder';
import { type Logger, safeError } from '../log';
import type { CaseStore } from '../store/ports';
import { stampTurn } from '../clock/turn-instant';
import type { Clock } from '../clock/clock';
import { userKey } from './identity';
import { conversationKey } from './transcript-logger';
import { isPublicPost } from './public-post';

/**
 * Channels on which a business may reply only within a window after the person's last message.
 * Messenger: 24 hours (Meta, Messenger Platform policy, "standard messaging"); Instagram: the
 * same (Meta, Instagram Messaging API, "24-hour messaging window"). Outside it only tagged
 * messages are allowed, which complaint updates are not, so updates need an email or a phone.
 */
const REPLY_WINDOW_HOURS: Readonly<Record<string, number>> = { facebook: 24, instagram: 24 };

export function replyWindowHours(channelId: string | undefined): number | undefined {
  return channelId ? REPLY_WINDOW_HOURS[channelId] : undefined;
}

/**
 * Keeps, on the cases filed from a conversation on such a channel, when their resident last wrote
 * (server time), after the turn so a case filed in it is included. A failure is logged; the
 * resident's turn has been answered already.
 */
export class ResidentLastWrote implements Middleware {
  constructor(
    private readonly cases: Pick<CaseStore, 'residentWrote'>,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const at = stampTurn(context, this.clock);
    await next();
    const activity = context.activity;
    if (activity.type !== 'message' || replyWindowHours(activity.channelId) === undefined || isPublicPost(activity)) return;
    try {
      await this.cases.residentWrote(conversationKey(activity), userKey(context), at.toISOString());
    } catch (e) {
      this.log.error({ err: safeError(e), channelId: activity.channelId }, 'resident last wrote: not recorded');
    }
  }
}
