import type { Activity } from 'botbuilder';
import { capabilitiesOf } from '../capabilities';
import { CHOOSE, choicesOf } from '../meta/choices';
import { measure, splitText } from '../split';

const { maxText, unit, buttons } = capabilitiesOf('instagram');
if (!maxText || !buttons?.titleMax) throw new Error('the channel table has no Instagram text limit and quick replies');

/**
 * What Instagram accepts (developers.facebook.com/docs/messenger-platform/instagram/features/
 * send-message and …/quick-replies, read 2026): text of at most 1,000 bytes of UTF-8; up to 13
 * quick replies, titles of 20 characters (cut by Instagram past that), payloads of 1,000. The
 * text, count and title figures are the channel table's `instagram` row; the payload's is here.
 */
export const INSTAGRAM_LIMITS = { text: maxText, unit, quickReplies: { max: buttons.max, title: buttons.titleMax, payload: 1_000 } } as const;
const L = INSTAGRAM_LIMITS;

/** A comment on a public post takes up to 2,200 characters; the bot's one line is far below it. */
const COMMENT_MAX = 2_200;

export interface QuickReply {
  content_type: 'text';
  title: string;
  payload: string;
}

/** One Send API `message`: text, with quick replies on the last of a reply's messages. */
export interface InstagramMessage {
  text: string;
  quick_replies?: QuickReply[];
}

/**
 * What one bot message becomes on Instagram, in order: its text in parts of at most 1,000 bytes
 * split at sentence ends (Welsh letters such as ŵ and ŷ take two bytes, so a Welsh reply splits
 * sooner than its length shows), and its suggested actions as quick replies on the last part
 * when there are at most 13 and every title fits 20 characters; otherwise they are numbered in
 * the text. Anything else (cards, attachments, typing) is not sent: the bot sends none here.
 */
export function toInstagramMessages(activity: Partial<Activity>): InstagramMessage[] {
  if (activity.type !== 'message') return [];
  const choices = choicesOf(activity);
  let text = (activity.text ?? '').trim();
  const asQuickReplies = choices.length > 0 && choices.length <= L.quickReplies.max && choices.every((c) => c.title.length <= L.quickReplies.title && c.id.length <= L.quickReplies.payload);
  if (choices.length && !asQuickReplies) text = [text, ...choices.map((c, i) => `${i + 1}. ${c.title}`)].filter(Boolean).join('\n');
  const parts = text ? splitText(text, L.text, L.unit) : [];
  const out: InstagramMessage[] = parts.map((t) => ({ text: t }));
  if (asQuickReplies) {
    // Instagram shows quick replies only with text: an empty message gets the bilingual "Choose".
    if (!out.length) out.push({ text: CHOOSE });
    out[out.length - 1].quick_replies = choices.map((c) => ({ content_type: 'text', title: c.title, payload: c.id }));
  }
  return out;
}

/** The public reply under a comment: the bot's text alone (no buttons show under a comment), within a comment's length. */
export function toCommentReply(activity: Partial<Activity>): string | undefined {
  const text = activity.type === 'message' ? (activity.text ?? '').trim() : '';
  if (!text) return undefined;
  return measure(text, 'chars') <= COMMENT_MAX ? text : splitText(text, COMMENT_MAX)[0];
}
