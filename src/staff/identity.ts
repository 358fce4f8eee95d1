import type { StaffAuth } from './auth';
import { readCookie, SESSION_COOKIE } from './accounts/cookies';
import { csrfMatches, type SignedIn, type StaffSignIn } from './accounts/sign-in';

/** Who is calling a staff route: a system with a bearer token, or a person signed in to the console. */
export type StaffIdentity =
  | { via: 'token'; name: string; actor: string }
  | { via: 'session'; name: string; actor: string; displayName: string; session: SignedIn };

export interface CallerHeaders {
  method: string;
  authorization?: string;
  cookie?: string;
  /** The x-csrf-token header. */
  csrf?: string;
  /** The Origin header, when the browser sent one. */
  origin?: string;
  /** The Host header, to compare the Origin with. */
  host?: string;
}

export type Identified =
  | { ok: true; who: StaffIdentity }
  | { ok: false; status: 401 | 403; code: string; message: string; headers?: Record<string, string> };

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * One gate for every staff route. A bearer token is a system's (recorded as `staff:<name>`, as
 * before); a session cookie is a person's (`person:<name>`). A person's state-changing request
 * must carry the session's CSRF token in x-csrf-token and, when the browser names its origin,
 * come from this host: the cookie is SameSite=Strict too, so a page elsewhere has three walls.
 */
export class StaffGate {
  constructor(
    private readonly tokens: StaffAuth,
    private readonly people: StaffSignIn | undefined,
  ) {}

  /** No tokens and no console: the staff routes do not exist (404, as before accounts). */
  get enabled(): boolean {
    return this.tokens.enabled || this.people !== undefined;
  }

  get consoleEnabled(): boolean {
    return this.people !== undefined;
  }

  async identify(req: CallerHeaders): Promise<Identified> {
    const cookie = readCookie(req.cookie, SESSION_COOKIE);
    // A request with a session cookie and no Authorization header is a person's; anything else a system's.
    if (cookie && this.people && (req.authorization === undefined || req.authorization.trim() === '')) {
      const session = await this.people.resume(cookie);
      if (session) return this.person(req, session);
    }
    const who = this.tokens.authenticate(req.authorization);
    if (who.ok) return { ok: true, who: { via: 'token', name: who.name, actor: `staff:${who.name}` } };
    // RFC 6750: a challenge always; error="invalid_token" only when a token was presented.
    const missing = who.reason === 'missing';
    const challenge = missing ? 'Bearer realm="staff"' : 'Bearer realm="staff", error="invalid_token"';
    const message = !missing
      ? 'the bearer token was not accepted'
      : this.people
        ? 'sign in at /staff/console, or send a bearer token (Authorization: Bearer <token>)'
        : 'a bearer token is required (Authorization: Bearer <token>)';
    return { ok: false, status: 401, code: 'Unauthorized', message, headers: { 'www-authenticate': challenge } };
  }

  private person(req: CallerHeaders, session: SignedIn): Identified {
    if (!SAFE.has(req.method.toUpperCase())) {
      if (req.origin !== undefined && !sameHost(req.origin, req.host)) return { ok: false, status: 403, code: 'Forbidden', message: 'this request came from another site' };
      if (!csrfMatches(req.csrf, session.csrfToken)) return { ok: false, status: 403, code: 'Forbidden', message: 'x-csrf-token: missing or not this session\'s' };
    }
    return { ok: true, who: { via: 'session', name: session.name, actor: `person:${session.name}`, displayName: session.displayName, session } };
  }
}

function sameHost(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
