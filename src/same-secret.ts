import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * Whether `given` is `secret`, compared as SHA-256 digests: the same length whatever was sent, so
 * timingSafeEqual never returns early and the time taken says nothing about the secret. One place
 * for the console's CSRF token and a hub's signed events.
 */
export function sameSecret(given: unknown, secret: string): boolean {
  return typeof given === 'string' && given !== '' && timingSafeEqual(digest(given), digest(secret));
}
