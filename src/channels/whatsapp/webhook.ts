import type { Activity, CloudAdapter, ConversationAccount, TurnContext } from 'botbuilder';
import { ClaimsIdentity, type AuthenticateRequestResult, type ConnectorClient, type ConnectorFactory } from 'botframework-connector';
import { isLostRace } from '../../bot/bot-state';
import { safeError, type Logger } from '../../log';
import type { RateLimiter } from '../../rate-limit';
import type { ConversationLocks } from '../../store/conversation-locks';
import type { TurnReplies } from '../../store/ports';
import { ConversationBusyError } from '../../store/conversation-locks';
import { GraphClient } from './graph';
import { type InboundMessage, inboundMessages, Notification } from './inbound';
import { toCloudMessages } from './outbound';
import type { WhatsAppSettings } from './settings';
import { sameToken, validSignature } from './signature';

export const WHATSAPP_WEBHOOK_PATH = '/whatsapp/webhook';

/** Meta's notifications are a few KB; anything near this is not one. */
const MAX_BODY = 1024 * 1024;

/** Values the bot's own choices carry (`value.choice`): short tokens. A tap id that is not one is the text an imBack button would have posted. */
const TOKEN = /^[a-z][a-z0-9_.-]{0,63}$/;

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

export interface WhatsAppDeps {
  settings: WhatsAppSettings;
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
  graph?: GraphClient;
}

export class BodyTooLargeError extends Error {}

/** The raw bytes of a request, refused past the limit without holding more than it. */
export async function readRawBody(stream: AsyncIterable<Buffer>, contentLength: string | undefined, limit = MAX_BODY): Promise<Buffer> {
  if (Number(contentLength ?? 0) > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * WhatsApp through Meta's Cloud API, behind the same bot: the webhook's GET answers Meta's
 * verification, its POST (signed with the app secret) becomes one Bot Framework activity per
 * message, `channelId: "whatsapp"`, run through the same CloudAdapter, middleware and bot as
 * /api/messages. The turn's identity is given here (the signature is the authentication), so
 * /api/messages keeps its own Bot Framework authentication untouched. Replies go out through a
 * connector of our own that posts them to the Graph API, shaped by outbound.ts.
 */
export class WhatsAppWebhook {
  private readonly graph: GraphClient;
  private readonly auth: AuthenticateRequestResult;

  constructor(private readonly deps: WhatsAppDeps) {
    this.graph = deps.graph ?? new GraphClient(deps.settings, deps.log);
    const connector = {
      conversations: {
        sendToConversation: (conversationId: string, activity: Partial<Activity>) => this.send(conversationId, activity),
        replyToActivity: (conversationId: string, _replyTo: string, activity: Partial<Activity>) => this.send(conversationId, activity),
      },
    } as unknown as ConnectorClient;
    const factory = { create: async () => connector } as unknown as ConnectorFactory;
    this.auth = {
      audience: 'whatsapp',
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

  /** GET: Meta's one-off check that the URL is ours, answered with its challenge. */
  verify(url: string): WebhookResponse {
    const q = new URL(url, 'http://localhost').searchParams;
    const challenge = q.get('hub.challenge');
    if (q.get('hub.mode') !== 'subscribe' || !sameToken(q.get('hub.verify_token') ?? undefined, this.deps.settings.verifyToken) || !challenge || challenge.length > 256) {
      return reply(403, 'verification failed');
    }
    return reply(200, challenge);
  }

  /**
   * POST: a notification. 401 unless signed with the app secret; 200 once every message in it
   * has been answered (or was answered before: Meta re-delivers what it thinks was missed);
   * 503 with Retry-After when a conversation was busy, so Meta delivers it again later.
   */
  async receive(rawBody: Buffer, signature: string | undefined): Promise<WebhookResponse> {
    if (!validSignature(rawBody, signature, this.deps.settings.appSecret)) return reply(401, 'signature missing or not valid');
    let json: unknown;
    try {
      json = JSON.parse(rawBody.toString('utf8'));
    } catch {
      return reply(400, 'body: not JSON');
    }
    const parsed = Notification.safeParse(json);
    if (!parsed.success) return reply(400, 'body: not a WhatsApp Business Account notification');
    for (const message of inboundMessages(parsed.data, this.deps.settings.phoneNumberId)) {
      const outcome = await this.answer(message);
      if (outcome !== 'done') {
        // The messages before this one are kept as answered: a re-delivery skips them.
        return reply(503, 'conversation busy: deliver again', { 'retry-after': '2' });
      }
    }
    return reply(200, 'ok');
  }

  private async answer(m: InboundMessage): Promise<'done' | 'again'> {
    const key = `whatsapp:${m.waId}`;
    const { log } = this.deps;
    if (!this.deps.rateLimit.take(key).ok) {
      // Meta would re-deliver a refused notification at once; the flood is dropped instead.
      log.warn({ channelId: 'whatsapp' }, 'whatsapp: message over the rate limit; not answered');
      return 'done';
    }
    let lostRace = false;
    try {
      await this.deps.locks.run(key, async () => {
        // Inside the conversation's lock, so two deliveries of one message cannot both get past it.
        const kept = await this.deps.replies.find(key, m.messageId);
        if (kept?.userKey === key) {
          log.debug('whatsapp: message already answered; not answered again');
          return;
        }
        await this.deps.adapter.processActivityDirect(this.auth, activityOf(m, this.deps.settings), async (context) => {
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
      log.error({ err: safeError(e) }, 'whatsapp: turn failed');
      return 'done';
    }
    return lostRace ? 'again' : 'done';
  }

  private async send(to: string, activity: Partial<Activity>): Promise<{ id: string }> {
    const messages = toCloudMessages(activity);
    if (!messages.length) return { id: '' };
    return { id: (await this.graph.send(to, messages)) ?? '' };
  }
}

/** A WhatsApp message as the bot's activity: one conversation per sender, the tap's id as its value. */
export function activityOf(m: InboundMessage, settings: WhatsAppSettings): Activity {
  const token = m.tapId !== undefined && TOKEN.test(m.tapId);
  return {
    type: 'message',
    id: m.messageId,
    channelId: 'whatsapp',
    serviceUrl: settings.graphUrl,
    from: { id: m.waId, name: '', role: 'user' },
    recipient: { id: settings.phoneNumberId, name: '', role: 'bot' },
    conversation: { id: m.waId, isGroup: false, conversationType: 'personal', name: '' } as ConversationAccount,
    // A tapped imBack button brings back the text it would have posted; a tapped choice its label, with the value beside it.
    text: m.tapId !== undefined && !token ? m.tapId : m.text,
    textFormat: 'plain',
    ...(token ? { value: { choice: m.tapId } } : {}),
    ...(m.claimedAt ? { timestamp: new Date(m.claimedAt) } : {}),
    channelData: m.message,
  } as Activity;
}
