import { createHmac, randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

/** How long a Direct Line token lasts: as Azure's, and what DirectLineJS refreshes against (every 15 minutes). */
export const TOKEN_LIFETIME_SECONDS = 30 * 60;

/**
 * How long a stream URL's token can open the stream: DirectLineJS opens it as soon as it has it,
 * and fetches a new URL (GET /conversations/:id) for every reconnection.
 */
export const STREAM_TOKEN_LIFETIME_SECONDS = 2 * 60;

const ISSUER = 'complaints-intake-bot';
const AUDIENCE = 'directline';
// Its own audience: a stream URL seen in a proxy's access log can open that stream for two
// minutes, never read or post through the REST endpoints.
const STREAM_AUDIENCE = 'directline-stream';

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
    return { token: await this.sign(grant, now, AUDIENCE, TOKEN_LIFETIME_SECONDS), expires_in: TOKEN_LIFETIME_SECONDS };
  }

  /** The token a stream URL carries (`t=`): opens that conversation's stream, nothing else. */
  mintStream(grant: TokenGrant, now: Date): Promise<string> {
    return this.sign(grant, now, STREAM_AUDIENCE, STREAM_TOKEN_LIFETIME_SECONDS);
  }

  /** Checks a bearer token (the Authorization header's value) at `now`. */
  async verify(authorization: string | undefined, now: Date): Promise<TokenCheck> {
    const m = /^Bearer +(\S{1,4096})$/i.exec(authorization?.trim() ?? '');
    if (!m) return { ok: false, reason: authorization ? 'invalid' : 'missing' };
    return this.check(m[1], now, AUDIENCE);
  }

  /** Checks a stream URL's token at `now`. */
  verifyStream(token: string | null, now: Date): Promise<TokenCheck> {
    if (!token) return Promise.resolve({ ok: false, reason: 'missing' });
    return this.check(token, now, STREAM_AUDIENCE);
  }

  private async sign(grant: TokenGrant, now: Date, audience: string, lifetime: number): Promise<string> {
    const iat = Math.floor(now.getTime() / 1000);
    return new SignJWT({ conv: grant.conversationId, user: grant.userId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setIssuedAt(iat)
      .setExpirationTime(iat + lifetime)
      .sign(this.key);
  }

  private async check(token: string, now: Date, audience: string): Promise<TokenCheck> {
    if (!/^[A-Za-z0-9_.-]{1,4096}$/.test(token)) return { ok: false, reason: 'invalid' };
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience,
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
