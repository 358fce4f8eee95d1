import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/**
 * A stand-in OpenID Connect provider on this machine (Entra ID's part in a test): discovery, an
 * authorize endpoint that signs in `user` at once and redirects back with a code, a token
 * endpoint that checks the client and PKCE verifier, and its signing keys. No network.
 */
export interface StandInProvider {
  issuer: string;
  /** Who the next sign-in is: the claims put in the ID token. */
  user: Record<string, unknown>;
  /**
   * Make the next ID token one issued to another client (audience). The token endpoint answers the
   * client directly over TLS, so OIDC Core §3.1.3.7 lets the client rely on that rather than the
   * signature (openid-client does); the claims are what a mix-up or substitution would get wrong.
   */
  otherAudienceNext: boolean;
  close(): Promise<void>;
}

export async function startStandInProvider(clientId: string, clientSecret: string): Promise<StandInProvider> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const codes = new Map<string, { nonce: string; challenge: string; redirect: string }>();
  const state: StandInProvider = { issuer: '', user: {}, otherAudienceNext: false, close: async () => undefined };
  let n = 0;

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', state.issuer);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return send(200, {
        issuer: state.issuer,
        authorization_endpoint: `${state.issuer}/authorize`,
        token_endpoint: `${state.issuer}/token`,
        jwks_uri: `${state.issuer}/keys`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      });
    }
    if (url.pathname === '/keys') return send(200, { keys: [jwk] });
    if (url.pathname === '/authorize') {
      const code = `code-${++n}`;
      codes.set(code, { nonce: url.searchParams.get('nonce') ?? '', challenge: url.searchParams.get('code_challenge') ?? '', redirect: url.searchParams.get('redirect_uri') ?? '' });
      const back = new URL(url.searchParams.get('redirect_uri')!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      back.searchParams.set('iss', state.issuer);
      res.writeHead(302, { location: back.href });
      return res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const form = new URLSearchParams(body);
      const basic = (req.headers.authorization ?? '').replace(/^Basic /, '');
      const [id, secret] = basic ? Buffer.from(basic, 'base64').toString().split(':').map(decodeURIComponent) : [form.get('client_id'), form.get('client_secret')];
      if (id !== clientId || secret !== clientSecret) return send(401, { error: 'invalid_client' });
      const grant = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      const { createHash } = await import('node:crypto');
      const challenge = createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url');
      if (!grant || grant.challenge !== challenge || grant.redirect !== form.get('redirect_uri')) return send(400, { error: 'invalid_grant' });
      const audience = state.otherAudienceNext ? 'another-client' : clientId;
      state.otherAudienceNext = false;
      const idToken = await new SignJWT({ nonce: grant.nonce, ...state.user })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(state.issuer)
        .setAudience(audience)
        .setSubject(String(state.user.sub ?? 'subject-1'))
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
      return send(200, { access_token: 'at', token_type: 'Bearer', expires_in: 300, id_token: idToken }, { 'cache-control': 'no-store' });
    }
    send(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}
