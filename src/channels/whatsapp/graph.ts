import type { Logger } from '../../log';
import { GraphPoster } from '../meta/graph';
import type { CloudMessage } from './outbound';
import type { WhatsAppSettings } from './settings';

/** Graph error codes worth naming in the log (developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes). */
const KNOWN: Record<number, string> = {
  131047: 'more than 24 hours since the resident last wrote: only an approved template may be sent',
  131026: 'the number cannot receive this message',
  130429: 'Cloud API throughput limit reached',
  190: 'the access token has expired or is not valid',
};

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
    const path = `${this.settings.phoneNumberId}/messages`;
    const accepted = await this.poster.postInOrder(messages.map((m) => ({ path, body: { messaging_product: 'whatsapp', recipient_type: 'individual', to, ...m } })));
    if (accepted.length < messages.length) return null;
    return (
      accepted
        .map((b) => (b as { messages?: Array<{ id?: string }> }).messages?.[0]?.id)
        .filter((id): id is string => typeof id === 'string')
        .pop() ?? ''
    );
  }
}
