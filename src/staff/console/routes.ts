import { z } from 'zod';
import type { RateLimiter } from '../../rate-limit';
import type { StaffRequest, StaffResponse } from '../api';
import { clearCookie, FLOW_COOKIE, readCookie, SESSION_COOKIE, setCookie } from '../accounts/cookies';
import { PASSWORD_MAX } from '../accounts/password';
import type { StaffSignIn } from '../accounts/sign-in';
import type { StaffGate } from '../identity';
import type { ConsoleAssets } from './assets';
import type { OidcSignIn } from './oidc';

const COMMON = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
// The console shows residents' words: nothing from anywhere else runs, loads or frames it.
const PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const json = (status: number, body: unknown, headers: Record<string, string> = {}): StaffResponse => ({
  status,
  headers: { ...COMMON, 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});
const problem = (status: number, code: string, message: string, headers: Record<string, string> = {}) => json(status, { code, message }, headers);
const redirect = (location: string, cookies: string[] = []): StaffResponse => ({
  status: 302,
  headers: { ...COMMON, location, ...(cookies.length ? { 'set-cookie': cookies } : {}) },
  body: '',
});

const SignInBody = z.strictObject({ name: z.string().min(1).max(128), password: z.string().min(1).max(PASSWORD_MAX * 4) });
const PasswordBody = z.strictObject({ currentPassword: z.string().min(1).max(PASSWORD_MAX * 4), newPassword: z.string().min(1).max(PASSWORD_MAX * 4) });

export interface ConsoleDeps {
  gate: StaffGate;
  signIn: StaffSignIn;
  oidc?: OidcSignIn;
  assets: ConsoleAssets;
  /** Per client address, before any password is hashed: scrypt is deliberately costly. */
  attempts: RateLimiter;
}

/**
 * The console's page and its sign-in routes, the only staff routes open without credentials:
 * GET /staff/console (and its files), /staff/session (who am I, sign in, change password, sign
 * out) and, when configured, /staff/oidc/sign-in and /staff/oidc/callback.
 */
export class StaffConsole {
  constructor(private readonly deps: ConsoleDeps) {}

  owns(path: string): boolean {
    return path === '/staff/console' || path.startsWith('/staff/console/') || path === '/staff/session' || path.startsWith('/staff/session/') || path.startsWith('/staff/oidc/');
  }

  async handle(req: StaffRequest, path: string, search: string): Promise<StaffResponse> {
    const method = req.method.toUpperCase();
    const read = method === 'GET' || method === 'HEAD';
    if (path === '/staff/console' && read) return this.page(search);
    if (path.startsWith('/staff/console/') && read) return this.file(path.slice('/staff/console/'.length), search);
    if (path === '/staff/session' && read) return this.whoAmI(req);
    if (path === '/staff/session' && method === 'POST') return this.signIn(req);
    if ((path === '/staff/session' && method === 'DELETE') || (path === '/staff/session/sign-out' && method === 'POST')) return this.signOut(req);
    if (path === '/staff/session/password' && method === 'POST') return this.changePassword(req);
    if (path === '/staff/oidc/sign-in' && read && this.deps.oidc) return this.oidcStart(req);
    if (path === '/staff/oidc/callback' && read && this.deps.oidc) return this.oidcFinish(req, search);
    return problem(404, 'NotFound', 'not found');
  }

  private page(search: string): StaffResponse {
    const lang = new URLSearchParams(search).get('lang') === 'en' ? 'en' : new URLSearchParams(search).get('lang') === 'cy' ? 'cy' : undefined;
    const html = this.deps.assets.files.get('console.html')!.body.replaceAll('{{lang}}', lang ?? 'en').replaceAll('{{oidc}}', this.deps.oidc ? 'on' : 'off');
    return { status: 200, headers: { ...COMMON, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_POLICY, 'x-frame-options': 'DENY' }, body: html };
  }

  private file(name: string, search: string): StaffResponse {
    if (name === 'strings.json') {
      const lang = new URLSearchParams(search).get('lang') === 'cy' ? 'cy' : 'en';
      return json(200, this.deps.assets.strings[lang], { 'cache-control': 'no-cache' });
    }
    const f = name === 'console.js' || name === 'console.css' ? this.deps.assets.files.get(name) : undefined;
    if (!f) return problem(404, 'NotFound', 'not found');
    return { status: 200, headers: { ...COMMON, 'cache-control': 'no-cache', 'content-type': f.type }, body: f.body };
  }

  private async whoAmI(req: StaffRequest): Promise<StaffResponse> {
    const id = await this.deps.gate.identify({ method: 'GET', cookie: req.cookie });
    if (!id.ok || id.who.via !== 'session') return problem(401, 'Unauthorized', 'not signed in');
    const s = id.who.session;
    return json(200, { name: s.name, displayName: s.displayName, mustChangePassword: s.mustChangePassword, csrfToken: s.csrfToken, expiresAt: s.expiresAt, oidc: this.deps.oidc !== undefined });
  }

  private async signIn(req: StaffRequest): Promise<StaffResponse> {
    // Signing in from another site's page would sign the browser in as the attacker (login CSRF).
    if (!sameSite(req)) return problem(403, 'Forbidden', 'this request came from another site');
    const address = req.address ?? 'unknown';
    const allowed = this.deps.attempts.take(address);
    if (!allowed.ok) return problem(429, 'TooManyRequests', `too many sign-in attempts: try again in ${allowed.retryAfterSeconds} s`, { 'retry-after': String(allowed.retryAfterSeconds) });
    const body = await readJson(req, SignInBody);
    if ('error' in body) return body.error;
    const r = await this.deps.signIn.signIn(body.value.name, body.value.password, address);
    if (!r.ok && r.reason === 'locked') {
      return problem(429, 'TooManyRequests', `too many wrong passwords: try again in ${Math.ceil(r.retryAfterSeconds / 60)} minutes`, { 'retry-after': String(r.retryAfterSeconds) });
    }
    // One answer for an unknown name, a wrong password and a disabled account.
    if (!r.ok) return problem(401, 'Unauthorized', 'the name or password is not right');
    const s = r.session;
    return json(200, { name: s.name, displayName: s.displayName, mustChangePassword: s.mustChangePassword, csrfToken: s.csrfToken, expiresAt: s.expiresAt }, {
      'set-cookie': setCookie(SESSION_COOKIE, r.cookie, r.maxAgeSeconds, 'Strict'),
    });
  }

  private async signOut(req: StaffRequest): Promise<StaffResponse> {
    const id = await this.deps.gate.identify({ method: 'POST', cookie: req.cookie, csrf: req.csrf, origin: req.origin, host: req.host });
    if (!id.ok) return problem(id.status, id.code, id.message);
    if (id.who.via === 'session') await this.deps.signIn.signOut(id.who.session.idHash);
    return json(200, { signedOut: true }, { 'set-cookie': clearCookie(SESSION_COOKIE) });
  }

  private async changePassword(req: StaffRequest): Promise<StaffResponse> {
    const id = await this.deps.gate.identify({ method: 'POST', cookie: req.cookie, csrf: req.csrf, origin: req.origin, host: req.host });
    if (!id.ok) return problem(id.status, id.code, id.message);
    if (id.who.via !== 'session') return problem(400, 'BadRequest', 'passwords belong to people: sign in at /staff/console');
    const allowed = this.deps.attempts.take(req.address ?? 'unknown');
    if (!allowed.ok) return problem(429, 'TooManyRequests', `too many attempts: try again in ${allowed.retryAfterSeconds} s`, { 'retry-after': String(allowed.retryAfterSeconds) });
    const body = await readJson(req, PasswordBody);
    if ('error' in body) return body.error;
    const r = await this.deps.signIn.changePassword(id.who.session, body.value.currentPassword, body.value.newPassword, req.address ?? 'unknown');
    if (r.ok) return json(200, { changed: true });
    if (r.reason === 'locked') return problem(429, 'TooManyRequests', 'too many wrong passwords: try again later', { 'retry-after': String(r.retryAfterSeconds) });
    if (r.reason === 'wrong_password') return problem(403, 'WrongPassword', 'the current password is not right');
    return json(400, { code: 'PasswordRefused', reason: r.reason, message: PASSWORD_MESSAGES[r.reason] });
  }

  private async oidcStart(req: StaffRequest): Promise<StaffResponse> {
    const allowed = this.deps.attempts.take(req.address ?? 'unknown');
    if (!allowed.ok) return problem(429, 'TooManyRequests', `too many sign-in attempts: try again in ${allowed.retryAfterSeconds} s`, { 'retry-after': String(allowed.retryAfterSeconds) });
    try {
      const r = await this.deps.oidc!.start();
      return redirect(r.location, [setCookie(FLOW_COOKIE, r.flowCookie, r.maxAgeSeconds, 'Lax')]);
    } catch {
      return redirect('/staff/console?signin=unavailable');
    }
  }

  private async oidcFinish(req: StaffRequest, search: string): Promise<StaffResponse> {
    const r = await this.deps.oidc!.finish(search, readCookie(req.cookie, FLOW_COOKIE));
    if (!r.ok) return redirect(`/staff/console?signin=${r.reason === 'no_account' ? 'no-account' : 'failed'}`, [clearCookie(FLOW_COOKIE, 'Lax')]);
    const s = await this.deps.signIn.start({ ...r.account, mustChangePassword: false });
    return redirect('/staff/console', [clearCookie(FLOW_COOKIE, 'Lax'), setCookie(SESSION_COOKIE, s.cookie, s.maxAgeSeconds, 'Strict')]);
  }
}

const PASSWORD_MESSAGES: Record<string, string> = {
  too_short: 'the new password must be at least 12 characters',
  too_long: `the new password must be at most ${PASSWORD_MAX} characters`,
  same_as_name: 'the new password must not be your name',
  same_as_old: 'the new password must differ from the current one',
};

function sameSite(req: StaffRequest): boolean {
  if (req.origin === undefined) return true;
  try {
    return req.host !== undefined && new URL(req.origin).host === req.host;
  } catch {
    return false;
  }
}

async function readJson<S extends z.ZodType>(req: StaffRequest, schema: S): Promise<{ value: z.output<S> } | { error: StaffResponse }> {
  let text: string;
  try {
    text = req.readBody ? await req.readBody() : '';
  } catch {
    return { error: problem(413, 'PayloadTooLarge', 'body: too large') };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { error: problem(400, 'BadRequest', 'body: must be JSON') };
  }
  const r = schema.safeParse(parsed);
  if (!r.success) return { error: problem(400, 'BadRequest', r.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')) };
  return { value: r.data };
}
