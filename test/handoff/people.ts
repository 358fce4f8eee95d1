import type { Core } from '../../src/app';
import { SESSION_COOKIE } from '../../src/staff/accounts/cookies';
import { hashPassword } from '../../src/staff/accounts/password';

/** Cheap hashes for fixtures: the cost is read from the stored hash, so they verify as real ones do. */
const CHEAP = { log2N: 10, r: 8, p: 1 };
export const HOST = 'bot.example';

/** A signed-in browser as the console page keeps it: the session cookie and the CSRF token. */
export interface Person {
  cookie: string;
  csrf: string;
}

/** A member of staff with an account made through the store port, as `complaints staff add` does. */
export async function addStaff(core: Core, name: string, displayName: string, password: string, mustChangePassword = false): Promise<void> {
  await core.store.staffAccounts.create({
    name,
    displayName,
    passwordHash: await hashPassword(password, CHEAP),
    mustChangePassword,
    disabled: false,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
  });
}

/** Signs in through the console's own route. */
export async function signIn(core: Core, name: string, password: string): Promise<Person> {
  const r = await core.staff.handle({
    method: 'POST',
    url: '/staff/session',
    host: HOST,
    origin: `https://${HOST}`,
    address: '203.0.113.7',
    readBody: async () => JSON.stringify({ name, password }),
    today: '2026-11-23',
  });
  if (r.status !== 200) throw new Error(`sign-in: ${r.status} ${r.body}`);
  const value = /^__Host-staff-session=([^;]+)/.exec(String(r.headers['set-cookie'] ?? ''))?.[1];
  return { cookie: `${SESSION_COOKIE}=${value}`, csrf: (JSON.parse(r.body) as { csrfToken: string }).csrfToken };
}
