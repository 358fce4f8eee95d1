import type { Activity, ConversationAccount } from 'botbuilder';
import type { Logger } from '../../log';
import { tapped } from '../meta/choices';
import { type MetaChannel, type MetaTurnDeps, MetaWebhook, readNotification } from '../meta/webhook';
import { GraphClient } from './graph';
import { type InboundMessage, inboundMessages, Notification } from './inbound';
import { toCloudMessages } from './outbound';
import type { WhatsAppSettings } from './settings';

export const WHATSAPP_WEBHOOK_PATH = '/whatsapp/webhook';

/**
 * WhatsApp through Meta's Cloud API (the webhook, its signature and the turns are meta/webhook.ts):
 * each message for our phone number id becomes one activity, `channelId: "whatsapp"`; replies go
 * to the Graph API shaped by outbound.ts.
 */
export function whatsAppChannel(settings: WhatsAppSettings, log: Logger, graph = new GraphClient(settings, log)): MetaChannel {
  return {
    channelId: 'whatsapp',
    notification: 'a WhatsApp Business Account',
    appSecret: settings.appSecret,
    verifyToken: settings.verifyToken,
    activities: readNotification(Notification, (n) => inboundMessages(n, settings.phoneNumberId).map((m) => activityOf(m, settings))),
    async send(to, activity) {
      const messages = toCloudMessages(activity);
      return messages.length ? graph.send(to, messages) : '';
    },
  };
}

export function whatsAppWebhook(deps: MetaTurnDeps & { settings: WhatsAppSettings; graph?: GraphClient }): MetaWebhook {
  return new MetaWebhook(whatsAppChannel(deps.settings, deps.log, deps.graph), deps);
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
