import { createHash } from 'node:crypto';

/**
 * PostgreSQL `text` cannot hold U+0000 (the server refuses the whole statement), and a resident or
 * a channel can send one. One rule for every value this store writes:
 * - JSON columns hold `JSON.stringify` output, which writes NUL as the six characters `\u0000`:
 *   nothing to do, and the value comes back exactly as it went in.
 * - Plain text columns (keys, ids, a transcript's text, a reason) get each NUL replaced by U+FFFD,
 *   the replacement character: staff see that something was there, and the statement cannot fail
 *   on it. The full activity, NUL included, is still in the transcript row's JSON. A key that
 *   differs from another only by NUL against U+FFFD is the same key here; no channel makes ids
 *   with either, and a sender choosing its own ids can only collide with itself.
 * Bot state keys are the exception: PgConversationStorage refuses a key with NUL outright.
 */
export function pgText(value: string): string {
  return value.includes('\0') ? value.replaceAll('\0', '\uFFFD') : value;
}

/** pgText for a column that may be NULL. */
export function pgTextOrNull(value: string | null | undefined): string | null {
  return value == null ? null : pgText(value);
}

/** A timestamptz as the ISO 8601 string the rest of the bot (and the SQLite store) uses. */
export function isoInstant(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/**
 * Past this many bytes a key is stored as its SHA-256: a btree index entry cannot exceed about
 * 2,700 bytes, and an activity id of 1,024 characters (what the edge lets in) can be 3 KB in
 * UTF-8, which would fail the statement. Used only for keys never read back (an idempotency key,
 * an activity id, a lookup key): the same key always gives the same digest, so they still match.
 */
const MAX_KEY_BYTES = 512;

export function pgKey(value: string): string {
  const text = pgText(value);
  if (Buffer.byteLength(text) <= MAX_KEY_BYTES) return text;
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}
