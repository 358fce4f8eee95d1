import type { Activity } from 'botbuilder';

/**
 * Whether an incoming message was written in public (a comment under a Page post, a post on the
 * Page's feed, a comment on an Instagram post) rather than in a private conversation.
 *
 * How it is marked: Azure Bot Service's Facebook channel documents only the Messenger webhook
 * fields (messages, messaging_postbacks, messaging_optins, message_deliveries; learn.microsoft.com
 * "Connect a bot to Facebook"), and passes Meta's webhook event through as `channelData`. A Page
 * subscribed to `feed` (or an Instagram account to `comments`), through that channel or an adapter
 * of our own, carries Meta's change object: Facebook `{ field: "feed", value: { item: "comment" |
 * "post" | "status", verb, post_id, comment_id, from } }`, Instagram `{ field: "comments" |
 * "live_comments", value: { id, text, media: { id }, from } }` (Meta Graph API webhooks
 * reference, Page `feed` and Instagram `comments` fields). Any of those shapes, at the top of
 * `channelData` or under its `value`/`changes[]`, counts; so does an adapter's plain
 * `channelData.publicPost: true`. A Messenger message (`channelData.message`, sender and
 * recipient) never does.
 */
export function isPublicPost(activity: Pick<Activity, 'type' | 'channelData'>): boolean {
  if (activity.type !== 'message') return false;
  const data = activity.channelData as unknown;
  if (!isObject(data)) return false;
  if (data.publicPost === true) return true;
  const changes = Array.isArray(data.changes) ? data.changes : [];
  return [data, ...changes].some(isPublicChange);
}

const PUBLIC_FIELDS = new Set(['feed', 'comments', 'live_comments', 'mentions']);
const PUBLIC_ITEMS = new Set(['comment', 'post', 'status', 'reply']);

function isPublicChange(change: unknown): boolean {
  if (!isObject(change)) return false;
  if (typeof change.field === 'string' && PUBLIC_FIELDS.has(change.field)) return true;
  const value = isObject(change.value) ? change.value : change;
  if (typeof value.item === 'string' && PUBLIC_ITEMS.has(value.item)) return true;
  return typeof value.comment_id === 'string' || (typeof value.post_id === 'string' && !('message' in change && isObject(change.message)));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
