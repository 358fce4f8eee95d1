import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Passwords are kept as scrypt hashes (RFC 7914), with the cost in the stored string so it can be
 * raised later without breaking old hashes: `scrypt$<log2 N>$<r>$<p>$<salt>$<hash>` (base64url).
 * N = 2^15, r = 8 is OWASP's recommended minimum for scrypt; it takes tens of milliseconds and
 * 32 MiB, which is why sign-in attempts are limited (src/staff/accounts/sign-in.ts).
 */
export interface ScryptCost {
  log2N: number;
  r: number;
  p: number;
}

export const DEFAULT_COST: ScryptCost = { log2N: 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const N = 2 ** cost.log2N;
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.log2N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

const STORED = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9_-]{16,})\$([A-Za-z0-9_-]{40,})$/;

// Checked against when the account does not exist or has no password, so the time taken does not
// say which names exist.
let dummy: Promise<string> | undefined;

/** True when `password` matches the stored hash; a null or unreadable hash never matches (after the same work). */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const m = stored === null ? null : STORED.exec(stored);
  if (!m) {
    dummy ??= hashPassword('no such account');
    await verifyPassword(password, await dummy);
    return false;
  }
  const cost = { log2N: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  // A hash claiming an absurd cost is damaged (or planted): refuse rather than spend a minute on it.
  if (cost.log2N < 10 || cost.log2N > 20 || cost.r < 1 || cost.r > 32 || cost.p < 1 || cost.p > 4) return false;
  const expected = Buffer.from(m[5], 'base64url');
  const key = await derive(password, Buffer.from(m[4], 'base64url'), cost);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * What a new password must be. Length only, as the NCSC and NIST SP 800-63B advise (no rules about
 * symbols, which push people to predictable patterns); an upper bound so hashing stays bounded.
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

export type PasswordProblem = 'too_short' | 'too_long' | 'same_as_name' | 'same_as_old';

export function passwordProblem(password: string, name: string, old?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'too_short';
  if (length > PASSWORD_MAX) return 'too_long';
  if (password.trim().toLowerCase() === name.toLowerCase()) return 'same_as_name';
  if (old !== undefined && password === old) return 'same_as_old';
  return null;
}

// No 0/O, 1/l/I: read off a screen and typed by hand, once.
const ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password: 20 characters from 56 (about 116 bits), in groups of five for reading aloud. */
export function oneTimePassword(): string {
  const chars = Array.from({ length: 20 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}
