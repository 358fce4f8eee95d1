import type { Activity, ConversationAccount } from 'botbuilder';
import { type Clock, systemClock } from '../../clock/clock';
import type { Logger } from '../../log';
import { FROM_PERSON } from '../../handoff/delivery';
import { tapped } from '../meta/choices';
import { type MetaChannel, type MetaTurnDeps, MetaWebhook, readNotification, REOPEN_REQUESTED } from '../meta/webhook';
import { GraphClient, WINDOW_CLOSED } from './graph';
import { type InboundMessage, inboundMessages, Notification } from './inbound';
import { toCloudMessages } from './outbound';
import type { WhatsAppSettings } from './settings';

export const WHATSAPP_WEBHOOK_PATH = '/whatsapp/webhook';

/**
 * WhatsApp through Meta's Cloud API (the webhook, its signature and the turns are meta/webhook.ts):
 * each message for our phone number id becomes one activity, `channelId: "whatsapp"`; replies go
 * to the Graph API shaped by outbound.ts.
 */
export function whatsAppChannel(settings: WhatsAppSettings, log: Logger, graph = new GraphClient(settings, log), clock: Clock = systemClock): MetaChannel {
  const reopen = new ReopenRequests(() => clock.now().getTime());
  return {
    channelId: 'whatsapp',
    notification: 'a WhatsApp Business Account',
    appSecret: settings.appSecret,
    verifyToken: settings.verifyToken,
    activities: readNotification(Notification, (n) =>
      inboundMessages(n, settings.phoneNumberId).map((m) => {
        // They wrote: the window is open again, and a later refusal may ask them once more.
        reopen.heard(m.waId);
        return activityOf(m, settings);
      }),
    ),
    async send(to, activity) {
      const messages = toCloudMessages(activity);
      if (!messages.length) return '';
      const data = activity.channelData as Record<string, unknown> | undefined;
      const template = settings.reopenTemplate;
      // Only a person's message asks the resident to reply: the bot's own never do.
      if (!template || data?.[FROM_PERSON] !== true) return graph.send(to, messages);
      const sent = await graph.sendTelling(to, messages);
      if (sent.id !== null || sent.refusal?.code !== WINDOW_CLOSED) return sent.id;
      if (!reopen.due(to)) return REOPEN_REQUESTED;
      const language = data.residentLanguage === 'en' ? 'en' : 'cy';
      if (!(await graph.sendTemplate(to, template, language))) return null;
      reopen.asked(to);
      log.info({ channel: 'whatsapp' }, 'whatsapp: a person’s message was outside the 24-hour window; the reopen template was sent');
      return REOPEN_REQUESTED;
    },
  };
}

/**
 * Residents asked to reply by the reopen template, so that one staff member's several messages
 * (the "has joined" line, then a reply) send it once, not each time. Per instance, bounded:
 * another instance may send it once more, which is harmless.
 */
class ReopenRequests {
  private readonly askedAt = new Map<string, number>();
  private static readonly LIMIT = 5_000;
  private static readonly AGAIN_AFTER_MS = 24 * 3_600_000;

  constructor(private readonly now: () => number) {}

  due(to: string): boolean {
    const at = this.askedAt.get(to);
    return at === undefined || this.now() - at >= ReopenRequests.AGAIN_AFTER_MS;
  }

  asked(to: string): void {
    this.askedAt.delete(to);
    this.askedAt.set(to, this.now());
    if (this.askedAt.size > ReopenRequests.LIMIT) this.askedAt.delete(this.askedAt.keys().next().value!);
  }

  heard(from: string): void {
    this.askedAt.delete(from);
  }
}

export function whatsAppWebhook(deps: MetaTurnDeps & { settings: WhatsAppSettings; graph?: GraphClient; clock?: Clock }): MetaWebhook {
  return new MetaWebhook(whatsAppChannel(deps.settings, deps.log, deps.graph, deps.clock), deps);
}

/** A WhatsApp message as the bot's activity: one conversation per sender, the tap's id as its value. */
export function activityOf(m: InboundMessage, settings: WhatsAppSettings): Activity {
  return {
    type: 'message',
    id: m.messageId,
    channelId: 'whatsapp',
    serviceUrl: settings.graphUrl,
    from: { id: m.waId, name: '', role: 'user' },
    recipient: { id: settings.phoneNumberId, name: '', role: 'bot' },
    conversation: { id: m.waId, isGroup: false, conversationType: 'personal', name: '' } as ConversationAccount,
    // A tapped imBack button brings back the text it would have posted; a tapped choice its label, with the value beside it.
    ...tapped(m.tapId, m.text),
    textFormat: 'plain',
    ...(m.claimedAt ? { timestamp: new Date(m.claimedAt) } : {}),
    channelData: m.message,
  } as Activity;
}
