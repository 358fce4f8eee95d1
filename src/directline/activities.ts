import { z } from 'zod';
import { FREE_FORM, MAX_NAME, withinBounds } from '../bot/incoming-activity';

/**
 * What a Direct Line client may post, and how the server turns it into the activity it keeps,
 * echoes and gives the bot. Pure: the caller supplies ids and the server's time.
 *
 * Only the fields a chat client has any business setting pass; everything that says who, where
 * or when (id, from, conversation, channelId, timestamp, serviceUrl, recipient) is the server's.
 */

/** The channel id every self-hosted conversation carries, as Azure's Web Chat channel does. */
export const CHANNEL_ID = 'webchat';
/** Who the resident talks to; the bot's replies carry it as `from`. */
export const BOT_ACCOUNT = { id: 'bot', name: 'bot', role: 'bot' } as const;
/** A clientActivityID longer than this is not Web Chat's (it sends about 20 characters). */
export const MAX_CLIENT_ACTIVITY_ID = 256;
/** Activities kept per conversation: a resident's complaint is a few dozen; this stops a runaway client. */
export const MAX_ACTIVITIES_PER_CONVERSATION = 5_000;
/** Activities per GET: a reload after a long conversation catches up over a few polls. */
export const PAGE_SIZE = 500;

const freeForm = z.unknown().refine((v) => withinBounds(v, FREE_FORM), { error: 'is too large or too deeply nested' });
const text = (max: number) => z.string().max(max).nullish();

export const ClientActivity = z.object(
  {
    // endOfConversation and deleteUserData: the resident ending the chat, or asking to be
    // forgotten (src/bot/retention.ts); the token's user only, so only their own data.
    type: z.enum(['message', 'typing', 'event', 'endOfConversation', 'deleteUserData'], {
      error: 'type must be "message", "typing", "event", "endOfConversation" or "deleteUserData"',
    }),
    // Bounded by the body; a long message gets the bot's own polite answer (long-message.ts).
    text: text(256 * 1024),
    textFormat: text(64),
    locale: text(64),
    localTimestamp: text(64),
    localTimezone: text(64),
    name: text(MAX_NAME),
    value: freeForm.optional(),
    channelData: z
      .object({ clientActivityID: z.string().min(1).max(MAX_CLIENT_ACTIVITY_ID).optional() }, { error: 'channelData must be an object' })
      .catchall(z.unknown())
      .refine((v) => withinBounds(v, FREE_FORM), { error: 'channelData is too large or too deeply nested' })
      .nullish(),
    entities: z.array(z.unknown()).max(32).refine((v) => withinBounds(v, FREE_FORM), { error: 'entities are too large' }).nullish(),
    attachments: z.array(z.unknown()).max(10).refine((v) => withinBounds(v, FREE_FORM), { error: 'attachments are too large' }).nullish(),
  },
  { error: 'body must be an activity: a JSON object with a "type"' },
);
export type ClientActivity = z.infer<typeof ClientActivity>;

/**
 * Event names a chat client may not send: the handover protocol's (`handoff.status` is a hub's
 * word that a person has taken, finished or failed a handover; `handoff.initiate` is the bot's).
 * Every self-hosted client is a resident's browser, so one of these from it is a resident posing
 * as the hub: it could end the handover a member of staff holds, or silence the one a reference
 * guesser's lockout raised.
 */
const HUB_ONLY_EVENT = /^handoff\./i;

/** An event of the handover protocol, which only a hub should see or send. */
export function isHubOnlyEvent(activity: unknown): boolean {
  const a = activity as { type?: unknown; name?: unknown } | null;
  return a?.type === 'event' && typeof a.name === 'string' && HUB_ONLY_EVENT.test(a.name.trim());
}

/** The first thing wrong with a posted body, naming the field, or the activity. */
export function readClientActivity(body: unknown): { ok: true; activity: ClientActivity } | { ok: false; problem: string } {
  const r = ClientActivity.safeParse(body);
  if (r.success && isHubOnlyEvent(r.data)) {
    return { ok: false, problem: 'name: handoff events come from a contact-centre hub, not from the chat' };
  }
  if (r.success) return { ok: true, activity: r.data };
  const issue = r.error.issues[0];
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return { ok: false, problem: `${where}${issue.message}` };
}

/** Azure's form: the conversation id, a bar, the activity's number in seven digits. */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/** A watermark as DirectLineJS sends it: absent or empty for "from the start", else the last number seen. */
export function readWatermark(value: string | null): number | undefined {
  if (value === null || value === '') return 0;
  return /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

const present = <T extends Record<string, unknown>>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;

/** The resident's activity as kept and echoed: their fields, and the server's who, where and when. */
export function residentActivity(input: ClientActivity, where: { conversationId: string; userId: string; at: Date }): Record<string, unknown> {
  return present({
    ...input,
    timestamp: where.at.toISOString(),
    channelId: CHANNEL_ID,
    conversation: { id: where.conversationId },
    from: { id: where.userId, role: 'user' },
    recipient: { ...BOT_ACCOUNT },
  });
}

/** The same activity as the bot receives it: with its id and where to send replies. */
export function toBot(kept: Record<string, unknown>, id: string, serviceUrl: string): Record<string, unknown> {
  return { ...kept, id, serviceUrl };
}

/**
 * A reply the bot posted to the connector, as the resident will see it: the bot's own fields
 * (text, cards, suggested actions, speak, input hint...), with the server's who, where and when.
 */
export function botActivity(posted: Record<string, unknown>, where: { conversationId: string; userId: string; at: Date; replyToId?: string }): Record<string, unknown> {
  const { id: _id, serviceUrl: _s, callerId: _c, recipient: _r, from, conversation: _conv, channelId: _ch, timestamp: _t, localTimestamp: _l, replyToId, ...own } = posted;
  const name = typeof (from as { name?: unknown } | undefined)?.name === 'string' ? (from as { name: string }).name.slice(0, MAX_NAME) : BOT_ACCOUNT.name;
  return present({
    ...own,
    timestamp: where.at.toISOString(),
    channelId: CHANNEL_ID,
    conversation: { id: where.conversationId },
    from: { id: BOT_ACCOUNT.id, name, role: 'bot' },
    recipient: { id: where.userId, role: 'user' },
    replyToId: where.replyToId ?? (typeof replyToId === 'string' ? replyToId.slice(0, 1024) : undefined),
  });
}

/** The conversationUpdate that starts a conversation, as Azure's Direct Line sends it: bot and user added. */
export function conversationStart(where: { conversationId: string; userId: string; at: Date; locale?: string; serviceUrl: string }): Record<string, unknown> {
  return present({
    type: 'conversationUpdate',
    // Number 0 is never kept: the log starts at 1. Unique, so re-delivery handling sees it once.
    id: activityId(where.conversationId, 0),
    timestamp: where.at.toISOString(),
    channelId: CHANNEL_ID,
    serviceUrl: where.serviceUrl,
    conversation: { id: where.conversationId },
    from: { id: where.userId, role: 'user' },
    recipient: { ...BOT_ACCOUNT },
    membersAdded: [{ ...BOT_ACCOUNT }, { id: where.userId, role: 'user' }],
    locale: where.locale,
  });
}
