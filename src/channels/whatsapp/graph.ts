import type { Logger } from '../../log';
import { GraphPoster, type OtherWay, type Refusal } from '../meta/graph';
import type { CloudMessage } from './outbound';
import type { WhatsAppSettings } from './settings';

/** Graph error codes worth naming in the log (developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes). */
const KNOWN: Record<number, string> = {
  131047: 'more than 24 hours since the resident last wrote: only an approved template may be sent',
  131026: 'the number cannot receive this message',
  130429: 'Cloud API throughput limit reached',
  190: 'the access token has expired or is not valid',
};

/** WhatsApp's "re-engagement message": the resident last wrote more than 24 hours ago. */
export const WINDOW_CLOSED = 131047;

/** WhatsApp's language codes for the resident's language, as the template is created in WhatsApp Manager. */
export const TEMPLATE_LANGUAGE = { cy: 'cy', en: 'en_GB' } as const;

/** Sends messages to one resident through POST /{phone-number-id}/messages, in order (meta/graph.ts). */
export class GraphClient {
  private readonly poster: GraphPoster;

  constructor(
    private readonly settings: WhatsAppSettings,
    log: Logger,
    poster?: GraphPoster,
  ) {
    this.poster = poster ?? new GraphPoster({ baseUrl: settings.graphUrl, accessToken: settings.accessToken, channel: 'whatsapp', log, known: KNOWN });
  }

  /** The id WhatsApp gave the last message, '' when it gave none, or null when Graph refused one (and the rest were not sent). */
  async send(to: string, messages: CloudMessage[]): Promise<string | null> {
    return (await this.sendTelling(to, messages)).id;
  }

  /** As `send`, and the refusal that stopped it (its Graph code), so a caller can answer a closed window. */
  async sendTelling(to: string, messages: CloudMessage[]): Promise<{ id: string | null; refusal?: Refusal }> {
    const path = `${this.settings.phoneNumberId}/messages`;
    let refusal: Refusal | undefined;
    // Only to hear the refusal: no other way is taken, so it is logged and the rest not sent as before.
    const hear: OtherWay = (_refused, r) => void (refusal = r);
    const accepted = await this.poster.postInOrder(
      messages.map((m) => ({ path, body: { messaging_product: 'whatsapp', recipient_type: 'individual', to, ...m } })),
      hear,
    );
    if (accepted.length < messages.length) return { id: null, refusal };
    return {
      id:
        accepted
          .map((b) => (b as { messages?: Array<{ id?: string }> }).messages?.[0]?.id)
          .filter((id): id is string => typeof id === 'string')
          .pop() ?? '',
    };
  }

  /** An approved template with no variables, in the resident's language; whether WhatsApp took it. */
  async sendTemplate(to: string, name: string, language: keyof typeof TEMPLATE_LANGUAGE): Promise<boolean> {
    const path = `${this.settings.phoneNumberId}/messages`;
    const body = { messaging_product: 'whatsapp', recipient_type: 'individual', to, type: 'template', template: { name, language: { code: TEMPLATE_LANGUAGE[language] } } };
    return (await this.poster.post({ path, body })) !== undefined;
  }
}
