import { capabilitiesOf } from '../capabilities';

const row = capabilitiesOf('whatsapp');
const { maxText, buttons, list } = row;
if (!maxText || !buttons?.titleMax || !buttons.bodyMax || !list?.titleMax || !list.bodyMax) throw new Error('the channel table has no WhatsApp text limit, buttons and list');

/**
 * What the WhatsApp Cloud API accepts (developers.facebook.com/docs/whatsapp/cloud-api/messages/
 * interactive-reply-buttons-messages, …/interactive-list-messages and …/text-messages, checked
 * 2026). The counts, titles and bodies are the channel table's `whatsapp` row
 * (src/channels/capabilities.ts), the one place channels differ; only what the table has no column
 * for (ids, row descriptions, the list's button) is here. The adapter keeps to these whatever the
 * dialogs send, so no message can be refused for its size.
 */
export const WHATSAPP_LIMITS = {
  /** A text message's body. */
  text: maxText,
  /** Reply buttons: at most 3, titles of 20 characters, ids of 256, a body of 1,024. */
  buttons: { max: buttons.max, title: buttons.titleMax, id: 256, body: buttons.bodyMax },
  /** A list message: at most 10 rows, row titles of 24 characters and descriptions of 72, ids of 200, its button 20, a body of 4,096. */
  list: { max: list.max, title: list.titleMax, description: 72, id: 200, button: 20, body: list.bodyMax },
} as const;
