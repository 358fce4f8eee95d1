import type { Activity, ConversationAccount } from 'botbuilder';
import type { Logger } from '../../log';
import { tapped } from '../meta/choices';
import { FROM_PERSON } from '../../handoff/delivery';
import { GraphPoster, type OtherWay } from '../meta/graph';
import { type MetaChannel, type MetaTurnDeps, MetaWebhook, readNotification } from '../meta/webhook';
import { type InboundEvent, inboundEvents, Notification } from './inbound';
import { toCommentReply, toInstagramMessages } from './outbound';
import type { InstagramSettings } from './settings';

export const INSTAGRAM_WEBHOOK_PATH = '/instagram/webhook';

/** A comment's conversation: its own, apart from the commenter's private one, and never kept (src/bot/public-post.ts). */
const COMMENT = 'comment:';

/** Graph error codes worth naming in the log (developers.facebook.com/docs/messenger-platform/error-codes). */
const KNOWN: Record<number, string> = {
  10: 'outside the 24-hour messaging window, or a permission is missing',
  190: 'the access token has expired or is not valid',
  200: 'a permission is missing (instagram_manage_messages, or instagram_manage_comments for comment replies)',
  551: 'the person cannot receive messages from the account now',
};

/** Meta's "sent outside of allowed window" (code 10, this subcode): more than 24 hours since the resident last wrote. */
const OUTSIDE_WINDOW = 2018278;

/**
 * A person's message refused as outside the 24-hour window goes again with Meta's HUMAN_AGENT
 * tag, which lets a person (never the bot) answer for 7 days after the resident last wrote. Only
 * then: the tag needs Meta's Human Agent permission, which not every landlord's app has, and a
 * message inside the window needs no tag.
 */
const asHumanAgent: OtherWay = (refused, refusal) =>
  refusal.code === 10 && refusal.subcode === OUTSIDE_WINDOW ? { ...refused, body: { ...(refused.body as object), messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' } } : undefined;

/** Comments answered by this instance, newest last: a turn that sent two replies would post only the first in public. */
const ANSWERED_LIMIT = 1_000;

/**
 * Instagram through Meta's Instagram messaging API (the webhook, its signature and the turns are
 * meta/webhook.ts). A private message becomes an activity in the sender's conversation (their
 * IGSID); a comment becomes a public-post activity in a conversation of its own, whose one reply
 * goes under the comment. Replies to messages go to POST /{account-id}/messages shaped by outbound.ts.
 */
export function instagramChannel(settings: InstagramSettings, log: Logger, poster?: GraphPoster): MetaChannel {
  const graph = poster ?? new GraphPoster({ baseUrl: settings.graphUrl, accessToken: settings.accessToken, channel: 'instagram', log, known: KNOWN });
  const answered = new Set<string>();
  return {
    channelId: 'instagram',
    notification: 'an Instagram',
    appSecret: settings.appSecret,
    verifyToken: settings.verifyToken,
    activities: readNotification(Notification, (n) => inboundEvents(n, settings.accountId).map((e) => activityOf(e, settings))),
    async send(conversationId, activity) {
      if (conversationId.startsWith(COMMENT)) {
        const commentId = conversationId.slice(COMMENT.length);
        const message = toCommentReply(activity);
        if (!message || answered.has(commentId)) return '';
        answered.add(commentId);
        if (answered.size > ANSWERED_LIMIT) answered.delete(answered.values().next().value!);
        const body = await graph.post({ path: `${commentId}/replies`, body: { message } });
        return typeof body?.id === 'string' ? body.id : '';
      }
      const path = `${settings.accountId}/messages`;
      const fromPerson = (activity.channelData as Record<string, unknown> | undefined)?.[FROM_PERSON] === true;
      const requests = toInstagramMessages(activity).map((message) => ({ path, body: { recipient: { id: conversationId }, messaging_type: 'RESPONSE', message } }));
      const accepted = await graph.postInOrder(requests, fromPerson ? asHumanAgent : undefined);
      if (accepted.length < requests.length) return null;
      const last = accepted.pop()?.message_id;
      return typeof last === 'string' ? last : '';
    },
  };
}

export function instagramWebhook(deps: MetaTurnDeps & { settings: InstagramSettings; graph?: GraphPoster }): MetaWebhook {
  return new MetaWebhook(instagramChannel(deps.settings, deps.log, deps.graph), deps);
}

/**
 * An Instagram event as the bot's activity. A message: one conversation per sender, a tapped
 * quick reply's or postback's payload as the value (taps.ts also reads it from channelData). A
 * comment: marked `publicPost`, with nothing of the commenter's profile, the post or the comment
 * but its words (to answer in their language) and its id (to answer under it).
 */
export function activityOf(e: InboundEvent, settings: InstagramSettings): Activity {
  const common = {
    type: 'message',
    channelId: 'instagram',
    serviceUrl: settings.graphUrl,
    from: { id: e.igsid, name: '', role: 'user' },
    recipient: { id: settings.accountId, name: '', role: 'bot' },
    textFormat: 'plain',
  };
  if (e.kind === 'comment') {
    return {
      ...common,
      id: `comment-${e.commentId}`,
      conversation: { id: `${COMMENT}${e.commentId}`, isGroup: true, conversationType: 'channel', name: '' } as ConversationAccount,
      text: e.text,
      channelData: { publicPost: true, field: 'comments' },
    } as Activity;
  }
  return {
    ...common,
    id: e.messageId,
    conversation: { id: e.igsid, isGroup: false, conversationType: 'personal', name: '' } as ConversationAccount,
    ...tapped(e.payload, e.text),
    ...(e.claimedAt ? { timestamp: new Date(e.claimedAt) } : {}),
    channelData: e.event,
  } as Activity;
}
