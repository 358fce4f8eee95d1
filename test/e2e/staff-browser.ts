import type { Store } from '../../src/store/ports';
import { hashPassword } from '../../src/staff/accounts/password';

/** Cheap hashes for fixtures: the cost is read from the stored hash, so they verify as real ones do. */
const CHEAP = { log2N: 10, r: 8, p: 1 };

/** A member of staff at the console over HTTP, as the page's script behaves: a cookie, a CSRF token, this site's Origin. */
export class StaffBrowser {
  cookie = '';
  csrf = '';

  constructor(readonly base: string) {}

  /** The account, made through the store port (as `complaints staff add` does) with a one-time password. */
  static async add(store: Store, name: string, displayName: string, oneTime: string): Promise<void> {
    const at = '2026-11-01T09:00:00.000Z';
    const made = await store.staffAccounts.create({ name, displayName, passwordHash: await hashPassword(oneTime, CHEAP), mustChangePassword: true, disabled: false, createdAt: at, updatedAt: at });
    if (!made) throw new Error(`staff account ${name} exists`);
  }

  /** Signs in and changes the one-time password, as the console makes everyone do first. */
  async signIn(name: string, oneTime: string, password: string): Promise<void> {
    const r = await this.fetch('/staff/session', { method: 'POST', body: { name, password: oneTime } });
    if (r.status !== 200) throw new Error(`sign-in: HTTP ${r.status}`);
    this.cookie = r.headers.getSetCookie()[0].split(';')[0];
    this.csrf = ((await r.json()) as { csrfToken: string }).csrfToken;
    const changed = await this.fetch('/staff/session/password', { method: 'POST', body: { currentPassword: oneTime, newPassword: password } });
    if (changed.status !== 200) throw new Error(`password change: HTTP ${changed.status}`);
  }

  fetch(path: string, o: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
    const method = o.method ?? 'GET';
    return fetch(`${this.base}${path}`, {
      method,
      headers: {
        origin: new URL(this.base).origin,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf, 'content-type': 'application/json' }),
        ...o.headers,
      },
      body: o.body === undefined ? undefined : JSON.stringify(o.body),
    });
  }

  async json<T>(path: string): Promise<T> {
    const r = await this.fetch(path);
    if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status}`);
    return (await r.json()) as T;
  }

  post(path: string, body?: unknown): Promise<Response> {
    return this.fetch(path, { method: 'POST', body });
  }
}
