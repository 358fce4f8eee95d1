import type { Activity } from 'botbuilder';
import { CHOOSE, choicesOf } from '../meta/choices';
import { WHATSAPP_LIMITS as L } from './limits';
import { splitText } from '../split';

/** One Cloud API message body, without `messaging_product` and `to` (the client adds them). */
export type CloudMessage =
  | { type: 'text'; text: { body: string; preview_url: false } }
  | { type: 'interactive'; interactive: { type: 'button'; body: { text: string }; action: { buttons: Array<{ type: 'reply'; reply: { id: string; title: string } }> } } }
  | {
      type: 'interactive';
      interactive: { type: 'list'; body: { text: string }; action: { button: string; sections: Array<{ rows: Array<{ id: string; title: string; description?: string }> }> } };
    };

/** The list's own button. */
export const LIST_BUTTON = CHOOSE;

/** A label cut to `max` with an ellipsis, between words where one ends past half way. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const head = s.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/**
 * What one bot message becomes on WhatsApp, in order: its text split at 4,096 characters on
 * sentence ends, and its suggested actions as up to 3 reply buttons (every title within 20
 * characters) or a list of up to 10 rows (titles within 24; a longer label is cut there and
 * shown whole as the row's description), carried by the last part of the text (within 1,024
 * characters under buttons). More than 10 choices are numbered in the text. Anything else
 * (cards, attachments, typing) is not sent: the bot sends none on this channel.
 */
export function toCloudMessages(activity: Partial<Activity>): CloudMessage[] {
  if (activity.type !== 'message') return [];
  const choices = choicesOf(activity);
  let text = (activity.text ?? '').trim();
  const asButtons = choices.length > 0 && choices.length <= L.buttons.max && choices.every((c) => c.title.length <= L.buttons.title && c.id.length <= L.buttons.id);
  const asList = !asButtons && choices.length > 0 && choices.length <= L.list.max && choices.every((c) => c.id.length <= L.list.id);
  if (choices.length && !asButtons && !asList) text = [text, ...choices.map((c, i) => `${i + 1}. ${c.title}`)].filter(Boolean).join('\n');

  const parts = text ? splitText(text, L.text) : [];
  const out: CloudMessage[] = [];
  const textMessage = (body: string): CloudMessage => ({ type: 'text', text: { body, preview_url: false } });
  if (!asButtons && !asList) return parts.map(textMessage);

  // The interactive message carries the last part; a part too long for its body goes before it as text.
  let last = parts.pop() ?? '';
  const bodyMax = asButtons ? L.buttons.body : L.list.body;
  if (last.length > bodyMax) {
    const pieces = splitText(last, bodyMax);
    last = pieces.pop() ?? '';
    parts.push(...pieces);
  }
  out.push(...parts.map(textMessage));
  const body = { text: last || LIST_BUTTON };
  if (asButtons) {
    out.push({ type: 'interactive', interactive: { type: 'button', body, action: { buttons: choices.map((c) => ({ type: 'reply', reply: { id: c.id, title: c.title } })) } } });
  } else {
    const rows = choices.map((c) => ({
      id: c.id,
      title: cut(c.title, L.list.title),
      ...(c.title.length > L.list.title ? { description: cut(c.title, L.list.description) } : {}),
    }));
    out.push({ type: 'interactive', interactive: { type: 'list', body, action: { button: LIST_BUTTON, sections: [{ rows }] } } });
  }
  return out;
}
