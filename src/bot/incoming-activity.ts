/**
 * What the bot needs of an incoming activity before a turn can start, checked at the door so a
 * malformed request gets a 400 naming the field instead of a failed turn and an apology. Only
 * the fields the bot reads are checked, and only their shape; anything else a channel sends
 * passes through untouched.
 */
export function activityProblem(body: unknown): string | undefined {
  if (!isObject(body)) return 'body must be a Bot Framework activity (a JSON object with a "type")';
  if (!nonEmptyString(body.type)) return 'activity.type must be a non-empty string';
  if (!nonEmptyString(body.channelId)) return 'activity.channelId must be a non-empty string';
  if (!isObject(body.conversation) || !nonEmptyString(body.conversation.id)) return 'activity.conversation.id must be a non-empty string';
  // The resident's state is kept under it.
  if (!isObject(body.from) || !nonEmptyString(body.from.id)) return 'activity.from.id must be a non-empty string';
  for (const field of ['id', 'text', 'locale', 'deliveryMode'] as const) {
    if (!optional(body[field], (v) => typeof v === 'string')) return `activity.${field} must be a string`;
  }
  // Where replies are posted, outside "expectReplies".
  if (!optional(body.serviceUrl, (v) => typeof v === 'string' && /^https?:\/\//i.test(v) && URL.canParse(v))) {
    return 'activity.serviceUrl must be an http or https URL';
  }
  for (const field of ['timestamp', 'localTimestamp'] as const) {
    if (!optional(body[field], (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)))) {
      return `activity.${field} must be a date and time (ISO 8601)`;
    }
  }
  for (const field of ['membersAdded', 'membersRemoved'] as const) {
    const ok = optional(body[field], (v) => Array.isArray(v) && v.every((m) => isObject(m) && nonEmptyString(m.id)));
    if (!ok) return `activity.${field} must be a list of accounts, each with an "id"`;
  }
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}

/** Absent (or null, which JSON senders use for absent) or passing the check. */
function optional(v: unknown, check: (v: unknown) => boolean): boolean {
  return v === undefined || v === null || check(v);
}
