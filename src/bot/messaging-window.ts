import type { Middleware, TurnContext } from 'botbuilder';
import { type Logger, safeError } from '../log';
import type { CaseStore } from '../store/ports';
import { stampTurn } from '../clock/turn-instant';
import type { Clock } from '../clock/clock';
import { userKey } from './identity';
import { conversationKey } from './transcript-logger';
import { isPublicPost } from './public-post';
import { capabilitiesOf } from '../channels/capabilities';

/** Hours the channel lets the landlord reply after the resident's last message; undefined: no limit (src/channels/capabilities.ts). */
export function replyWindowHours(channelId: string | undefined): number | undefined {
  return capabilitiesOf(channelId).replyWindowHours;
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
