import { createHmac, randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

/** How long a Direct Line token lasts: as Azure's, and what DirectLineJS refreshes against (every 15 minutes). */
export const TOKEN_LIFETIME_SECONDS = 30 * 60;

const ISSUER = 'complaints-intake-bot';
const AUDIENCE = 'directline';

/** What a token grants: one conversation, as one user. */
export interface TokenGrant {
  conversationId: string;
  userId: string;
}

export type TokenCheck = { ok: true; grant: TokenGrant; expiresAt: Date } | { ok: false; reason: 'missing' | 'expired' | 'invalid' };

/** 128 random bits, URL-safe: conversation ids and the user ids bound to them cannot be guessed. */
export const newConversationId = (): string => randomBytes(16).toString('base64url');
/** `dl_`: Microsoft's prefix for a user id the server put in the token (Web Chat refuses it from a page). */
export const newUserId = (): string => `dl_${randomBytes(16).toString('base64url')}`;
/** For DIRECT_LINE_TOKEN_SECRET when none is configured: generated once, kept in the store. */
export const newTokenSecret = (): string => randomBytes(48).toString('base64url');

/**
 * Signs and checks self-hosted Direct Line tokens: HS256 JWTs carrying the conversation (`conv`)
 * and the user (`user`, which Web Chat reads to know who "me" is). The time is always the
 * caller's (the server clock), never the machine's or the client's.
 */
export class DirectLineTokens {
  private readonly key: Uint8Array;
  /** The bearer the bot's connector calls carry (derived, so the token secret itself never travels). */
  readonly connectorKey: string;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('directline token').digest();
    this.connectorKey = createHmac('sha256', secret).update('bot connector').digest('base64url');
  }

  async mint(grant: TokenGrant, now: Date): Promise<{ token: string; expires_in: number }> {
    const iat = Math.floor(now.getTime() / 1000);
    const token = await new SignJWT({ conv: grant.conversationId, user: grant.userId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(iat + TOKEN_LIFETIME_SECONDS)
      .sign(this.key);
    return { token, expires_in: TOKEN_LIFETIME_SECONDS };
  }

  /** Checks a bearer token (the Authorization header's value) at `now`. */
  async verify(authorization: string | undefined, now: Date): Promise<TokenCheck> {
    const m = /^Bearer +([A-Za-z0-9_.-]{1,4096})$/i.exec(authorization?.trim() ?? '');
    if (!m) return { ok: false, reason: authorization ? 'invalid' : 'missing' };
    try {
      const { payload } = await jwtVerify(m[1], this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        currentDate: now,
        requiredClaims: ['exp', 'conv', 'user'],
      });
      const { conv, user } = payload;
      if (typeof conv !== 'string' || typeof user !== 'string' || !conv || !user) return { ok: false, reason: 'invalid' };
      return { ok: true, grant: { conversationId: conv, userId: user }, expiresAt: new Date(payload.exp! * 1000) };
    } catch (e) {
      return { ok: false, reason: e instanceof errors.JWTExpired ? 'expired' : 'invalid' };
    }
  }
}
