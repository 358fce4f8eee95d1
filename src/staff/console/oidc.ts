import { createHash, randomBytes } from 'node:crypto';
import * as client from 'openid-client';
import type { Clock } from '../../clock/clock';
import type { StaffAccount, StaffAccounts, StaffSessions } from '../../store/ports';
import { normaliseStaffName } from '../accounts/names';

/** Sign-in through the landlord's identity provider (Microsoft Entra ID or any OpenID Connect provider). */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Exactly as registered with the provider: https://bot.example/staff/oidc/callback. */
  redirectUri: string;
}

/** A sign-in has this long between leaving for the provider and coming back. */
const FLOW_MINUTES = 10;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export type OidcFinish = { ok: true; account: StaffAccount } | { ok: false; reason: 'no_flow' | 'rejected' | 'no_account' };

/**
 * The authorization code flow with PKCE, state and nonce (openid-client checks the ID token's
 * signature, issuer, audience, expiry and nonce). A provider's user signs in only as an enabled
 * account already created with `complaints staff add <e-mail> --oidc` (or with a password): being
 * in the landlord's directory is not enough to read residents' conversations.
 */
export class OidcSignIn {
  private config: Promise<client.Configuration> | undefined;

  constructor(
    private readonly settings: OidcSettings,
    private readonly deps: { accounts: StaffAccounts; sessions: StaffSessions; clock: Clock },
  ) {}

  /** Discovery is fetched on first use, not at start-up, so a provider outage does not stop the bot. */
  private configuration(): Promise<client.Configuration> {
    this.config ??= client
      .discovery(new URL(this.settings.issuer), this.settings.clientId, this.settings.clientSecret, undefined, {
        // Plain http only for a provider on this machine (a test stand-in); never across a network.
        execute: isLoopbackHttp(this.settings.issuer) ? [client.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((e: unknown) => {
        this.config = undefined;
        throw e;
      });
    return this.config;
  }

  /** Where to send the browser, and the flow cookie that ties the answer to it. */
  async start(): Promise<{ location: string; flowCookie: string; maxAgeSeconds: number }> {
    const config = await this.configuration();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const flowCookie = randomBytes(32).toString('base64url');
    const expires = new Date(this.deps.clock.now().getTime() + FLOW_MINUTES * 60_000);
    await this.deps.sessions.saveFlow({ idHash: sha256(flowCookie), state, nonce, codeVerifier: verifier, expiresAt: expires.toISOString() });
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid profile email',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { location: url.href, flowCookie, maxAgeSeconds: FLOW_MINUTES * 60 };
  }

  /** The provider's answer (the callback's query string), with the browser's flow cookie. */
  async finish(search: string, flowCookie: string | undefined): Promise<OidcFinish> {
    const flow = flowCookie ? await this.deps.sessions.takeFlow(sha256(flowCookie)) : undefined;
    if (!flow || new Date(flow.expiresAt).getTime() <= this.deps.clock.now().getTime()) return { ok: false, reason: 'no_flow' };
    let claims: client.IDToken | undefined;
    try {
      const config = await this.configuration();
      const callback = new URL(this.settings.redirectUri);
      callback.search = search;
      const tokens = await client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: flow.codeVerifier, expectedState: flow.state, expectedNonce: flow.nonce });
      claims = tokens.claims();
    } catch {
      return { ok: false, reason: 'rejected' };
    }
    if (!claims) return { ok: false, reason: 'rejected' };
    // Entra ID names its users by preferred_username (the UPN); other providers by email.
    for (const claim of [claims.preferred_username, claims.email]) {
      if (typeof claim !== 'string') continue;
      const account = await this.deps.accounts.find(normaliseStaffName(claim));
      if (account && !account.disabled) return { ok: true, account };
    }
    return { ok: false, reason: 'no_account' };
  }
}

function isLoopbackHttp(url: string): boolean {
  const u = new URL(url);
  return u.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
}
