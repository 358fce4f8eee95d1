import { createHash, timingSafeEqual } from 'node:crypto';
import type { StaffToken } from '../config/env';

export type AuthResult = { ok: true; name: string } | { ok: false; reason: 'missing' | 'invalid' };

/** Compares two equal-length buffers without leaking where they differ; injectable so tests can watch it. */
export type ConstantTimeEqual = (a: Buffer, b: Buffer) => boolean;

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * Bearer tokens from STAFF_API_TOKENS. Tokens are held and compared only as SHA-256 digests:
 * digests all have the same length, so timingSafeEqual never throws or returns early on a
 * length mismatch, and the time taken says nothing about a token's length or its first
 * matching characters. Every configured token is compared on every request, matched or not,
 * so the time does not say which client's token came closest either.
 */
export class StaffAuth {
  private readonly clients: ReadonlyArray<{ name: string; digest: Buffer }>;

  constructor(
    tokens: readonly StaffToken[],
    private readonly equal: ConstantTimeEqual = timingSafeEqual,
  ) {
    this.clients = tokens.map((t) => ({ name: t.name, digest: digest(t.token) }));
  }

  /** No tokens configured: the staff API does not exist. */
  get enabled(): boolean {
    return this.clients.length > 0;
  }

  /** Reads an Authorization header ("Bearer <token>"; the scheme in any case, per RFC 7235). */
  authenticate(authorization: string | undefined): AuthResult {
    if (authorization === undefined || authorization.trim() === '') return { ok: false, reason: 'missing' };
    const m = /^\s*Bearer\s+(\S+)\s*$/i.exec(authorization);
    // A wrong scheme still goes through the comparison below, so it takes as long as a wrong token.
    const presented = digest(m ? m[1] : '');
    let matched: string | undefined;
    for (const c of this.clients) {
      if (this.equal(presented, c.digest) && m && matched === undefined) matched = c.name;
    }
    return matched === undefined ? { ok: false, reason: 'invalid' } : { ok: true, name: matched };
  }
}
