import { z } from 'zod';

/**
 * The Cloud API's webhook notification, read only as far as the bot needs it
 * (developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components). Fields Meta adds later
 * are let through; a notification that is not this shape is refused as a whole.
 */
const Message = z
  .object({
    from: z.string().regex(/^\d{6,20}$/),
    id: z.string().min(1).max(256),
    timestamp: z.string().regex(/^\d{1,12}$/).optional(),
    type: z.string().max(40),
    text: z.object({ body: z.string().max(65_536) }).loose().optional(),
    interactive: z
      .object({
        type: z.string(),
        button_reply: z.object({ id: z.string().max(256), title: z.string().max(256) }).loose().optional(),
        list_reply: z.object({ id: z.string().max(256), title: z.string().max(256) }).loose().optional(),
      })
      .loose()
      .optional(),
    button: z.object({ text: z.string().max(256), payload: z.string().max(1_024).optional() }).loose().optional(),
  })
  .loose();
type Message = z.infer<typeof Message>;

export const Notification = z
  .object({
    object: z.literal('whatsapp_business_account'),
    entry: z
      .array(
        z
          .object({
            changes: z
              .array(
                z
                  .object({
                    field: z.string(),
                    value: z
                      .object({
                        metadata: z.object({ phone_number_id: z.string() }).loose().optional(),
                        messages: z.array(Message).max(100).optional(),
                      })
                      .loose(),
                  })
                  .loose(),
              )
              .max(100),
          })
          .loose(),
      )
      .max(100),
  })
  .loose();

/** One resident's message, as the bot is to read it. */
export interface InboundMessage {
  /** The sender's WhatsApp id (their number): the conversation and the sender on this channel. */
  waId: string;
  /** Meta's message id (wamid…): the activity id, so a re-delivered notification is recognised. */
  messageId: string;
  /** When the resident's phone says it was sent: kept as the channel's claim, never as the time. */
  claimedAt?: string;
  /** What the resident wrote or tapped; empty for a photo, voice note or anything else without words. */
  text: string;
  /** The id of a tapped reply button or list row: the value it stands for. */
  tapId?: string;
  /** The Cloud API's message object, as the channel's own data. */
  message: Message;
}

/** Types that are not a message to answer: a reaction to one of ours, or WhatsApp's own notices. */
const NOT_FOR_THE_BOT = new Set(['reaction', 'system', 'ephemeral', 'request_welcome']);

/** The messages in a notification for our number, in the order Meta lists them; statuses and other numbers' traffic are left out. */
export function inboundMessages(notification: z.infer<typeof Notification>, phoneNumberId: string): InboundMessage[] {
  const out: InboundMessage[] = [];
  for (const entry of notification.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages' || change.value.metadata?.phone_number_id !== phoneNumberId) continue;
      for (const m of change.value.messages ?? []) {
        if (NOT_FOR_THE_BOT.has(m.type)) continue;
        const reply = m.interactive?.button_reply ?? m.interactive?.list_reply;
        const tapId = reply?.id ?? m.button?.payload;
        const text = m.text?.body ?? reply?.title ?? m.button?.text ?? '';
        const seconds = m.timestamp ? Number(m.timestamp) : NaN;
        out.push({
          waId: m.from,
          messageId: m.id,
          ...(Number.isFinite(seconds) ? { claimedAt: new Date(seconds * 1000).toISOString() } : {}),
          text,
          ...(tapId ? { tapId } : {}),
          message: m,
        });
      }
    }
  }
  return out;
}
