import { expect } from 'vitest';
import { INSTAGRAM_LIMITS as L, type InstagramMessage } from '../../src/channels/instagram/outbound';

/** Every limit Instagram's Send API sets on what we send. */
export function withinInstagramLimits(m: InstagramMessage): void {
  expect(m.text.length).toBeGreaterThan(0);
  expect(Buffer.byteLength(m.text, 'utf8')).toBeLessThanOrEqual(L.text);
  // Whole characters only: a Welsh ŵ cut in half would not survive the round trip.
  expect(Buffer.from(m.text, 'utf8').toString('utf8')).toBe(m.text);
  expect(m.text).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/);
  if (!m.quick_replies) return;
  expect(m.quick_replies.length).toBeGreaterThan(0);
  expect(m.quick_replies.length).toBeLessThanOrEqual(L.quickReplies.max);
  for (const q of m.quick_replies) {
    expect(q.content_type).toBe('text');
    expect(q.title.length).toBeGreaterThan(0);
    expect(q.title.length).toBeLessThanOrEqual(L.quickReplies.title);
    expect(q.payload.length).toBeLessThanOrEqual(L.quickReplies.payload);
  }
}
