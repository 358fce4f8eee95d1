import { z } from 'zod';

/**
 * What the bot takes of an incoming activity, checked at the door so a malformed or oversized
 * request gets a 400 naming the field instead of a failed turn. This schema is the one statement
 * of what passes: the fields the bot reads have their shapes; every other field a channel sends
 * passes through as sent, but only within a depth and size that cannot hurt a turn, the reply
 * that may echo it, or the transcript.
 */

/** Bounds for the free-form parts of an activity (channelData, value, entities, attachments...). */
export interface Bounds {
  maxDepth: number;
  maxValues: number;
  maxString: number;
}
export const FREE_FORM: Bounds = { maxDepth: 8, maxValues: 2_000, maxString: 64 * 1024 };
/** Ids (user, conversation, activity) and names. */
export const MAX_ID = 1024;
export const MAX_NAME = 256;
export const MAX_MEMBERS = 100;

/**
 * A resident's message longer than this is answered with a note saying so and never reaches
 * triage or the dialogs (see long-message.ts). Real messages are well under it.
 */
export const MAX_TEXT = 5_000;

/** Whether a JSON value stays within the free-form bounds. */
export function withinBounds(value: unknown, limits: Bounds = FREE_FORM): boolean {
  let values = 0;
  const visit = (v: unknown, depth: number): boolean => {
    if (++values > limits.maxValues) return false;
    if (typeof v === 'string') return v.length <= limits.maxString;
    if (v === null || typeof v !== 'object') return true;
    if (depth >= limits.maxDepth) return false;
    if (Array.isArray(v)) return v.every((x) => visit(x, depth + 1));
    return Object.entries(v).every(([k, x]) => k.length <= MAX_NAME && visit(x, depth + 1));
  };
  return visit(value, 0);
}

const freeForm = (field: string, limits: Bounds = FREE_FORM) =>
  z.unknown().refine((v) => withinBounds(v, limits), {
    error: `${field} is too large or too deeply nested (at most ${limits.maxDepth} levels, ${limits.maxValues} values, strings of ${limits.maxString} characters)`,
  });

/** Absent, or null (which JSON senders use for absent), or passing the check. */
const optional = <T extends z.ZodType>(schema: T) => schema.nullish();

const nonEmpty = (field: string, max = MAX_ID) =>
  z.string({ error: `${field} must be a non-empty string` }).min(1, { error: `${field} must be a non-empty string` }).max(max, { error: `${field} must be at most ${max} characters` });

const stringField = (field: string, max: number) =>
  optional(z.string({ error: `${field} must be a string` }).max(max, { error: `${field} must be at most ${max} characters` }));

/** A channel account (from, recipient, a member): a bounded id and name, other fields small. */
const account = (field: string) =>
  z
    .object(
      {
        id: nonEmpty(`${field}.id`),
        name: stringField(`${field}.name`, MAX_NAME),
        role: stringField(`${field}.role`, 64),
        aadObjectId: stringField(`${field}.aadObjectId`, MAX_ID),
      },
      { error: `${field}.id must be a non-empty string` },
    )
    .catchall(freeForm(field, { maxDepth: 2, maxValues: 20, maxString: MAX_ID }));

const dateTime = (field: string) =>
  optional(
    z
      .string({ error: `${field} must be a date and time (ISO 8601)` })
      .max(64, { error: `${field} must be a date and time (ISO 8601)` })
      .refine((v) => !Number.isNaN(Date.parse(v)), { error: `${field} must be a date and time (ISO 8601)` }),
  );

const members = (field: string) =>
  optional(
    z
      .array(account(field), { error: `${field} must be a list of accounts, each with an "id"` })
      .max(MAX_MEMBERS, { error: `${field} must hold at most ${MAX_MEMBERS} accounts` }),
  );

export const IncomingActivity = z
  .object(
    {
      type: nonEmpty('activity.type', 64),
      channelId: nonEmpty('activity.channelId', 128),
      conversation: z
        .object(
          {
            id: nonEmpty('activity.conversation.id'),
            name: stringField('activity.conversation.name', MAX_NAME),
            conversationType: stringField('activity.conversation.conversationType', 64),
            tenantId: stringField('activity.conversation.tenantId', MAX_ID),
          },
          { error: 'activity.conversation.id must be a non-empty string' },
        )
        .catchall(freeForm('activity.conversation', { maxDepth: 2, maxValues: 20, maxString: MAX_ID })),
      // The resident's state is kept under it.
      from: account('activity.from'),
      recipient: optional(account('activity.recipient')),
      id: stringField('activity.id', MAX_ID),
      replyToId: stringField('activity.replyToId', MAX_ID),
      // Bounded only by the body here: a long text gets its own polite answer, not a 400.
      text: stringField('activity.text', 1024 * 1024),
      locale: stringField('activity.locale', 64),
      deliveryMode: stringField('activity.deliveryMode', 64),
      textFormat: stringField('activity.textFormat', 64),
      // Where replies are posted, outside "expectReplies".
      serviceUrl: optional(
        z
          .string({ error: 'activity.serviceUrl must be an http or https URL' })
          .max(2048, { error: 'activity.serviceUrl must be an http or https URL of at most 2048 characters' })
          .refine((v) => /^https?:\/\//i.test(v) && URL.canParse(v), { error: 'activity.serviceUrl must be an http or https URL' }),
      ),
      timestamp: dateTime('activity.timestamp'),
      localTimestamp: dateTime('activity.localTimestamp'),
      membersAdded: members('activity.membersAdded'),
      membersRemoved: members('activity.membersRemoved'),
    },
    { error: 'body must be a Bot Framework activity (a JSON object with a "type")' },
  )
  .catchall(freeForm('activity field'));

// --- the common case, without zod ------------------------------------------------------------

type Check = (v: unknown) => boolean;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const absent = (v: unknown) => v === undefined || v === null;
const str = (max: number, min = 0): Check => (v) => typeof v === 'string' && v.length >= min && v.length <= max;
const opt = (check: Check): Check => (v) => absent(v) || check(v);
const dateTimeOk: Check = (v) => typeof v === 'string' && v.length <= 64 && !Number.isNaN(Date.parse(v));
const serviceUrlOk: Check = (v) => typeof v === 'string' && v.length <= 2048 && /^https?:\/\//i.test(v) && URL.canParse(v);

/** Fields of a small object (an account, the conversation), all known: any other field is left to the schema. */
const fields = (required: string, known: Record<string, Check>): Check => (v) => {
  if (!isRecord(v) || !str(MAX_ID, 1)(v[required])) return false;
  for (const key in v) if (key !== required && !(Object.hasOwn(known, key) && known[key](v[key]))) return false;
  return true;
};
const accountOk = fields('id', { name: opt(str(MAX_NAME)), role: opt(str(64)), aadObjectId: opt(str(MAX_ID)) });

/** What IncomingActivity checks of each named field (absent allowed where it allows it). */
const TOP: Record<string, Check> = {
  type: str(64, 1),
  channelId: str(128, 1),
  conversation: fields('id', { name: opt(str(MAX_NAME)), conversationType: opt(str(64)), tenantId: opt(str(MAX_ID)) }),
  from: accountOk,
  recipient: opt(accountOk),
  id: opt(str(MAX_ID)),
  replyToId: opt(str(MAX_ID)),
  text: opt(str(1024 * 1024)),
  locale: opt(str(64)),
  deliveryMode: opt(str(64)),
  textFormat: opt(str(64)),
  serviceUrl: opt(serviceUrlOk),
  timestamp: opt(dateTimeOk),
  localTimestamp: opt(dateTimeOk),
};
const REQUIRED = ['type', 'channelId', 'conversation', 'from'];

/**
 * True only for an activity IncomingActivity certainly accepts: its own fields as the schema
 * reads them, conversation and accounts with no fields beyond the schema's, anything else within
 * the free-form bounds. Anything unusual (members lists, extra account fields, a failure) is left
 * to the schema, which also names the problem. Why: zod walking the schema was 2% of an intake
 * turn's CPU and as much of its allocation, for the message every turn is.
 */
export function plainlyAcceptable(body: unknown): boolean {
  if (!isRecord(body)) return false;
  for (const key of REQUIRED) if (!(key in body)) return false;
  for (const key in body) {
    if (!Object.hasOwn(body, key)) return false;
    const check = Object.hasOwn(TOP, key) ? TOP[key] : Object.hasOwn(IncomingActivity.shape, key) ? undefined : (v: unknown) => withinBounds(v);
    if (!check || !check(body[key])) return false;
  }
  return true;
}

/** The first thing wrong with a body as an activity, naming the field, or undefined if it will do. */
export function activityProblem(body: unknown): string | undefined {
  if (plainlyAcceptable(body)) return undefined;
  const r = IncomingActivity.safeParse(body);
  if (r.success) return undefined;
  const issue = r.error.issues[0];
  // Unknown fields share one schema; the message names which one.
  if (issue.message.startsWith('activity field ')) return `activity.${String(issue.path[0])}${issue.message.slice('activity field'.length)}`;
  return issue.message;
}
