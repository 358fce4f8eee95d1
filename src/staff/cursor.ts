import { z } from 'zod';
import type { ListedCase, ListingCursor, ListingQuery } from '../store/ports';

/**
 * Listing cursors: opaque to callers (base64url of a small JSON), decoded strictly here, since a
 * caller can send anything. They name a position (the last case's id and next date) and the
 * order they belong to, never a snapshot: a page after a change simply starts after that case.
 */
export interface Cursor extends ListingCursor {
  order: ListingQuery['order'];
}

const CursorJson = z
  .object({
    o: z.enum(['f', 'n']),
    i: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    d: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
  })
  .strict();

export function cursorOf(order: ListingQuery['order'], last: ListedCase): ListingCursor {
  return { id: last.record.id, next: order === 'next' ? (last.listing.next?.date ?? null) : null };
}

export function encodeCursor(order: ListingQuery['order'], last: ListedCase): string {
  const c = cursorOf(order, last);
  return Buffer.from(JSON.stringify({ o: order === 'filed' ? 'f' : 'n', i: c.id, d: c.next })).toString('base64url');
}

/** The cursor, or undefined for anything this API did not give. */
export function decodeCursor(text: string): Cursor | undefined {
  if (text.length > 200 || !/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const r = CursorJson.safeParse(value);
  if (!r.success) return undefined;
  return { order: r.data.o === 'f' ? 'filed' : 'next', id: r.data.i, next: r.data.d };
}
