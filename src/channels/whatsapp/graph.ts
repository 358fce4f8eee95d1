import type { Logger } from '../../log';
import type { CloudMessage } from './outbound';
import type { WhatsAppSettings } from './settings';

/** Graph error codes worth naming in the log (developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes). */
const KNOWN: Record<number, string> = {
  131047: 'more than 24 hours since the resident last wrote: only an approved template may be sent',
  131026: 'the number cannot receive this message',
  130429: 'Cloud API throughput limit reached',
  190: 'the access token has expired or is not valid',
};

/**
 * Sends messages to one resident through POST /{phone-number-id}/messages, in order, each after
 * the previous was accepted. A refusal is logged with Graph's status and error code, never the
 * number or the text, and the rest are not sent (they would arrive out of order).
 */
export class GraphClient {
  constructor(
    private readonly settings: WhatsAppSettings,
    private readonly log: Logger,
    private readonly timeoutMs = 10_000,
  ) {}

  async send(to: string, messages: CloudMessage[]): Promise<string | undefined> {
    let lastId: string | undefined;
    for (const m of messages) {
      let res: Response;
      try {
        res = await fetch(`${this.settings.graphUrl}/${this.settings.phoneNumberId}/messages`, {
          method: 'POST',
          headers: { authorization: `Bearer ${this.settings.accessToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to, ...m }),
          signal: AbortSignal.timeout(this.timeoutMs),
        });
      } catch (e) {
        this.log.error({ reason: (e as Error).name }, 'whatsapp: could not reach the Graph API; reply not sent');
        return lastId;
      }
      const body = (await res.json().catch(() => ({}))) as { messages?: Array<{ id?: string }>; error?: { code?: number } };
      if (!res.ok) {
        const code = body.error?.code;
        this.log.error({ status: res.status, code, meaning: code !== undefined ? KNOWN[code] : undefined }, 'whatsapp: the Graph API refused a reply; the rest of the turn is not sent');
        return lastId;
      }
      lastId = body.messages?.[0]?.id ?? lastId;
    }
    return lastId;
  }
}
