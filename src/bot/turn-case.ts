import { randomUUID } from 'node:crypto';
import { TurnContext } from 'botbuilder';
import type { NewCase } from '../cases/records';
import type { PolicyProfile } from '../policy/schema';
import { userKey } from './identity';
import { conversationKey } from './transcript-logger';

/** What every case filed from a turn records about where it came from, whatever its kind. */
export function caseOrigin(
  context: TurnContext,
  profile: PolicyProfile,
  receivedAt: string,
): Pick<NewCase, 'idempotencyKey' | 'policyId' | 'policyVersion' | 'channelId' | 'userKey' | 'conversationKey' | 'conversationRef' | 'receivedAt'> {
  const activity = context.activity;
  return {
    // A channel re-delivering the same activity must not file twice; the Redelivery middleware
    // answers it without running the bot, so this only meets an activity whose turn failed after
    // filing (its state unsaved), and gives back the case already filed. An activity without an
    // id cannot be a re-delivery: it always files anew (the received time could repeat).
    idempotencyKey: `${conversationKey(activity)}:${activity.id || `new:${randomUUID()}`}`,
    policyId: profile.id,
    policyVersion: profile.version,
    channelId: activity.channelId,
    userKey: userKey(context),
    conversationKey: conversationKey(activity),
    conversationRef: TurnContext.getConversationReference(activity),
    receivedAt,
  };
}

