/**
 * What the WhatsApp Cloud API accepts, in one place (developers.facebook.com/docs/whatsapp/
 * cloud-api/messages/interactive-reply-buttons-messages, …/interactive-list-messages and
 * …/text-messages, checked 2026). The channel capability table that is coming to
 * src/channels/capabilities.ts has the same figures under `whatsapp`; this adapter keeps to them
 * whatever the dialogs send, so no message can be refused for its size.
 */
export const WHATSAPP_LIMITS = {
  /** A text message's body. */
  text: 4_096,
  /** Reply buttons: at most 3, titles of 20 characters, ids of 256, a body of 1,024. */
  buttons: { max: 3, title: 20, id: 256, body: 1_024 },
  /** A list message: at most 10 rows, row titles of 24 characters and descriptions of 72, ids of 200, its button 20, a body of 4,096. */
  list: { max: 10, title: 24, description: 72, id: 200, button: 20, body: 4_096 },
} as const;
