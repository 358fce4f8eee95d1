import { z } from 'zod';

/**
 * Instagram's webhook notification (Messenger Platform for Instagram: `object: "instagram"`;
 * developers.facebook.com/docs/instagram-platform/webhooks/examples and
 * …/docs/messenger-platform/instagram/features/webhook, read 2026), only as far as the bot needs
 * it. Messages arrive in `entry[].messaging[]`, comments as `entry[].changes[]` with
 * `field: "comments"`. Fields Meta adds later are let through; a notification that is not this
 * shape is refused as a whole.
 */
const Igsid = z.string().regex(/^\d{1,40}$/);

const Messaging = z
  .object({
    sender: z.object({ id: Igsid }).loose(),
    recipient: z.object({ id: Igsid }).loose(),
    timestamp: z.number().int().nonnegative().optional(),
    message: z
      .object({
        mid: z.string().min(1).max(1_024),
        text: z.string().max(65_536).optional(),
        quick_reply: z.object({ payload: z.string().max(1_000) }).loose().optional(),
        is_echo: z.boolean().optional(),
        is_deleted: z.boolean().optional(),
      })
      .loose()
      .optional(),
    postback: z.object({ mid: z.string().max(1_024).optional(), title: z.string().max(1_000).optional(), payload: z.string().max(1_000).optional() }).loose().optional(),
  })
  .loose();
type Messaging = z.infer<typeof Messaging>;

const Comment = z
  .object({
    id: z.string().regex(/^\d{1,40}$/),
    from: z.object({ id: Igsid }).loose(),
    text: z.string().max(65_536).optional(),
  })
  .loose();

export const Notification = z
  .object({
    object: z.literal('instagram'),
    entry: z
      .array(
        z
          .object({
            id: z.string().optional(),
            messaging: z.array(Messaging).max(100).optional(),
            changes: z.array(z.object({ field: z.string(), value: z.unknown() }).loose()).max(100).optional(),
          })
          .loose(),
      )
      .max(100),
  })
  .loose();

/** A resident's private message (typed, a quick reply tapped, or a postback button). */
export interface InboundMessage {
  kind: 'message';
  /** The sender's Instagram-scoped id: the conversation and the sender on this channel. */
  igsid: string;
  /** Meta's message id: the activity id, so a re-delivered notification is recognised. */
  messageId: string;
  /** When Meta says it was sent: kept as the channel's claim, never as the time. */
  claimedAt?: string;
  /** What the resident wrote or the tapped button's title; empty for a photo, voice note or sticker. */
  text: string;
  /** A tapped quick reply's or postback's payload: the value it stands for. */
  payload?: string;
  /** The messaging event as Meta sent it, as the channel's own data. */
  event: Messaging;
}

/** A comment on the landlord's post: answered once, in public, asking to continue privately. */
export interface InboundComment {
  kind: 'comment';
  commentId: string;
  igsid: string;
  /** Read only to tell its language; nothing of it is kept. */
  text: string;
}

export type InboundEvent = InboundMessage | InboundComment;

/**
 * The events in a notification for our account, in the order Meta lists them. Left out: echoes of
 * our own messages, anything our account sent (our replies under comments come back as comments),
 * deleted messages, reactions, reads, referrals and other fields (mentions, story insights), and
 * live comments (no public reply can go under a live video).
 */
export function inboundEvents(notification: z.infer<typeof Notification>, accountId: string): InboundEvent[] {
  const out: InboundEvent[] = [];
  for (const entry of notification.entry) {
    for (const e of entry.messaging ?? []) {
      if (e.recipient.id !== accountId || e.sender.id === accountId) continue;
      const message = messageOf(e);
      if (message) out.push(message);
    }
    for (const change of entry.changes ?? []) {
      if (entry.id !== undefined && entry.id !== accountId) continue;
      if (change.field !== 'comments') continue;
      const comment = Comment.safeParse(change.value);
      if (!comment.success || comment.data.from.id === accountId) continue;
      out.push({ kind: 'comment', commentId: comment.data.id, igsid: comment.data.from.id, text: comment.data.text ?? '' });
    }
  }
  return out;
}

function messageOf(e: Messaging): InboundMessage | undefined {
  const claimedAt = e.timestamp !== undefined && e.timestamp < 1e14 ? { claimedAt: new Date(e.timestamp).toISOString() } : {};
  if (e.message) {
    if (e.message.is_echo || e.message.is_deleted) return undefined;
    const payload = e.message.quick_reply?.payload;
    return { kind: 'message', igsid: e.sender.id, messageId: e.message.mid, ...claimedAt, text: e.message.text ?? '', ...(payload ? { payload } : {}), event: e };
  }
  if (e.postback) {
    // Postbacks carry a mid on Instagram; without one, the sender and Meta's timestamp still name a re-delivery.
    const id = e.postback.mid ?? `postback-${e.sender.id}-${e.timestamp ?? 0}`;
    const { payload } = e.postback;
    return { kind: 'message', igsid: e.sender.id, messageId: id, ...claimedAt, text: e.postback.title ?? '', ...(payload ? { payload } : {}), event: e };
  }
  return undefined;
}
