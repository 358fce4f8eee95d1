import { randomUUID } from 'node:crypto';
import { type Activity, ActivityEventNames, ActivityTypes, type CloudAdapter, type ConversationReference, TurnContext } from 'botbuilder';
import type { z } from 'zod';
import { ClaimsIdentity, type AuthenticateRequestResult, type ConnectorClient, type ConnectorFactory } from 'botframework-connector';
import { isLostRace } from '../../bot/bot-state';
import { safeError, type Logger } from '../../log';
import type { RateLimiter } from '../../rate-limit';
import type { ConversationLocks } from '../../store/conversation-locks';
import { ConversationBusyError } from '../../store/conversation-locks';
import type { TurnReplies } from '../../store/ports';
import { sameToken, validSignature } from './signature';

export interface WebhookResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const reply = (status: number, body = '', headers: Record<string, string> = {}): WebhookResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
  body,
});

/** What differs between Meta's channels: how a notification reads and how a reply is sent. */
export interface MetaChannel {
  /** The Bot Framework channelId its activities carry (`whatsapp`, `instagram`). */
  channelId: string;
  /** For a refused body: "not a <notification> notification". */
  notification: string;
  appSecret: string;
  verifyToken: string;
  /** The activities a notification carries for the bot, in Meta's order; null when the body is not this channel's notification. */
  activities(json: unknown): Activity[] | null;
  /**
   * Sends one of the bot's activities to a conversation: the id Graph gave the last message, ''
   * when there was nothing to send, null when Graph refused it, or REOPEN_REQUESTED when it was
   * refused as outside the 24-hour window and the resident was sent a template asking them to reply.
   */
  send(conversationId: string, activity: Partial<Activity>): Promise<string | null>;
}

/** A channel's `send` answer: not delivered, but the resident has been asked to reply (WhatsApp's reopen template). */
export const REOPEN_REQUESTED = 'reopen-requested';

/** A channel's `activities`: the notification read by its schema (null when it is not one), then mapped to activities. */
export function readNotification<S extends z.ZodType>(schema: S, activities: (notification: z.infer<S>) => Activity[]): (json: unknown) => Activity[] | null {
  return (json) => {
    const parsed = schema.safeParse(json);
    return parsed.success ? activities(parsed.data) : null;
  };
}

/** The id a refused message's send answers with: never a Graph message id. */
const NOT_DELIVERED = 'not-delivered';

/** Graph refused a message of a turn the bot started itself (a member of staff's message, the hand-back). */
export class NotDeliveredError extends Error {
  constructor(
    channelId: string,
    /** The resident was sent a message asking them to reply, which lets the next try through. */
    readonly reopenRequested = false,
  ) {
    super(`${channelId}: the Graph API refused a message`);
    this.name = 'NotDeliveredError';
  }
}

export interface MetaTurnDeps {
  /** The same adapter, middleware and bot as /api/messages. */
  adapter: CloudAdapter;
  run: (context: TurnContext) => Promise<void>;
  locks: ConversationLocks;
  rateLimit: RateLimiter;
  /** Replies kept per activity (src/bot/redelivery.ts): a message already answered is not answered again. */
  replies: TurnReplies;
  /** MicrosoftAppId: the turn's identity is the bot's own, as for a proactive message. */
  appId: string;
  log: Logger;
}

/**
 * A Meta webhook (WhatsApp Cloud API, Instagram messaging) behind the same bot: its GET answers
 * Meta's verification, its POST (signed with the app secret) becomes activities run through the
 * same CloudAdapter, middleware and bot as /api/messages. The turn's identity is given here (the
 * signature is the authentication), so /api/messages keeps its own Bot Framework authentication
 * untouched. Replies go out through a connector of our own that hands them to the channel.
 */
export class MetaWebhook {
  private readonly auth: AuthenticateRequestResult;

  constructor(
    readonly channel: MetaChannel,
    private readonly deps: MetaTurnDeps,
  ) {
    const send = (conversationId: string, activity: Partial<Activity>) => channel.send(conversationId, activity).then((id) => ({ id: id ?? NOT_DELIVERED }));
    const connector = {
      conversations: {
        sendToConversation: send,
        replyToActivity: (conversationId: string, _replyTo: string, activity: Partial<Activity>) => send(conversationId, activity),
      },
    } as unknown as ConnectorClient;
    const factory = { create: async () => connector } as unknown as ConnectorFactory;
    this.auth = {
      audience: channel.channelId,
      claimsIdentity: new ClaimsIdentity(
        [
          { type: 'aud', value: deps.appId },
          { type: 'appid', value: deps.appId },
        ],
        true,
      ),
      callerId: undefined as unknown as string,
      connectorFactory: factory,
    };
  }

  /**
   * A turn the bot starts itself (a member of staff's message, the hand-back) in one of this
   * channel's conversations, run as continueConversationAsync runs one, through the same
   * middleware, but with this channel's identity and connector: the Bot Framework connector
   * continueConversationAsync would use knows no Graph API.
   */
  continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    // As botbuilder's own continuation activity: a fresh id, or the re-delivery check would take it for the resident's last message.
    const activity = { ...TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: ActivityEventNames.ContinueConversation }, reference, true), id: randomUUID(), relatesTo: reference } as Activity;
    return this.deps.adapter.processActivityDirect(this.auth, activity, async (context) => {
      // A message Graph refused (the 24-hour window closed, a bad token) fails the send, so the
      // staff member's request is told it did not arrive (handoff/delivery.ts). In a resident's
      // own turn a refusal is only logged: failing it would end their intake over one reply.
      context.onSendActivities(async (_ctx, _activities, next) => {
        const sent = await next();
        const reopened = sent?.some((r) => r?.id === REOPEN_REQUESTED) ?? false;
        if (reopened || sent?.some((r) => r?.id === NOT_DELIVERED)) throw new NotDeliveredError(this.channel.channelId, reopened);
        return sent;
      });
      await logic(context);
    });
  }

  /** GET: Meta's one-off check that the URL is ours, answered with its challenge. */
  verify(url: string): WebhookResponse {
    const q = new URL(url, 'http://localhost').searchParams;
    const challenge = q.get('hub.challenge');
    if (q.get('hub.mode') !== 'subscribe' || !sameToken(q.get('hub.verify_token') ?? undefined, this.channel.verifyToken) || !challenge || challenge.length > 256) {
      return reply(403, 'verification failed');
    }
    return reply(200, challenge);
  }

  /**
   * POST: a notification. 401 unless signed with the app secret (nothing else is read first);
   * 200 once every message in it has been answered (or was answered before: Meta re-delivers
   * what it thinks was missed); 503 with Retry-After when a conversation was busy, so Meta
   * delivers it again later.
   */
  async receive(rawBody: Buffer, signature: string | undefined): Promise<WebhookResponse> {
    if (!validSignature(rawBody, signature, this.channel.appSecret)) return reply(401, 'signature missing or not valid');
    let json: unknown;
    try {
      json = JSON.parse(rawBody.toString('utf8'));
    } catch {
      return reply(400, 'body: not JSON');
    }
    const activities = this.channel.activities(json);
    if (!activities) return reply(400, `body: not ${this.channel.notification} notification`);
    for (const activity of activities) {
      if ((await this.answer(activity)) !== 'done') {
        // The messages before this one are kept as answered: a re-delivery skips them.
        return reply(503, 'conversation busy: deliver again', { 'retry-after': '2' });
      }
    }
    return reply(200, 'ok');
  }

  private async answer(activity: Activity): Promise<'done' | 'again'> {
    const { channelId } = this.channel;
    const sender = `${channelId}:${activity.from.id}`;
    const conversation = `${channelId}:${activity.conversation.id}`;
    const { log } = this.deps;
    if (!this.deps.rateLimit.take(sender).ok) {
      // Meta would re-deliver a refused notification at once; the flood is dropped instead.
      log.warn({ channelId }, `${channelId}: message over the rate limit; not answered`);
      return 'done';
    }
    let lostRace = false;
    try {
      await this.deps.locks.run(conversation, async () => {
        // Inside the conversation's lock, so two deliveries of one message cannot both get past it.
        const kept = await this.deps.replies.find(conversation, activity.id!);
        if (kept?.userKey === sender) {
          log.debug(`${channelId}: message already answered; not answered again`);
          return;
        }
        await this.deps.adapter.processActivityDirect(this.auth, activity, async (context) => {
          try {
            await this.deps.run(context);
          } catch (e) {
            if (isLostRace(e)) lostRace = true;
            throw e;
          }
        });
      });
    } catch (e) {
      if (e instanceof ConversationBusyError) return 'again';
      log.error({ err: safeError(e) }, `${channelId}: turn failed`);
      return 'done';
    }
    return lostRace ? 'again' : 'done';
  }
}
