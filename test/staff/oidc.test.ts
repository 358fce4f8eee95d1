import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/app';
import { FixedClock } from '../../src/clock/clock';
import { readEnv } from '../../src/config/env';
import type { StaffResponse } from '../../src/staff/api';
import { startStandInProvider, type StandInProvider } from '../support/oidc-provider';

const CALLBACK = 'https://bot.example/staff/oidc/callback';
let provider: StandInProvider;
beforeAll(async () => {
  provider = await startStandInProvider('console-client', 'console-secret-value');
});
afterAll(async () => provider?.close());

function core(): Core {
  // Real time: the ID token's iat/exp are checked against the clock openid-client reads.
  const clock = new FixedClock(new Date().toISOString());
  return createCore(
    readEnv({
      DATABASE_PATH: ':memory:',
      STAFF_OIDC_ISSUER: provider.issuer,
      STAFF_OIDC_CLIENT_ID: 'console-client',
      STAFF_OIDC_CLIENT_SECRET: 'console-secret-value',
      STAFF_OIDC_REDIRECT_URI: CALLBACK,
    }),
    { clock },
  );
}

const get = (c: Core, url: string, cookie?: string): Promise<StaffResponse> => c.staff.handle({ method: 'GET', url, cookie, host: 'bot.example', address: '192.0.2.4', today: '2026-11-23' });
const cookieOf = (res: StaffResponse, name: string) => {
  const all = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const m = all.map((c) => new RegExp(`^${name}=([^;]+)`).exec(c)).find(Boolean);
  return m ? `${name}=${m[1]}` : undefined;
};

/** Goes to the provider and back, as the browser would, carrying the flow cookie. */
async function roundTrip(c: Core, tamper: (callback: URL) => void = () => undefined) {
  const start = await get(c, '/staff/oidc/sign-in');
  expect(start.status).toBe(302);
  const flow = cookieOf(start, '__Host-staff-sign-in');
  expect(String(start.headers['set-cookie'])).toContain('SameSite=Lax');
  const atProvider = await fetch(String(start.headers.location), { redirect: 'manual' });
  const callback = new URL(atProvider.headers.get('location')!);
  tamper(callback);
  return { res: await get(c, `/staff/oidc/callback${callback.search}`, flow), flow };
}

async function account(c: Core, name: string, disabled = false) {
  const at = new Date().toISOString();
  await c.store.staffAccounts.create({ name, displayName: 'Alys', passwordHash: null, mustChangePassword: false, disabled, createdAt: at, updatedAt: at });
}

describe('signing in through OpenID Connect', () => {
  it('signs in an enabled account named by the provider’s preferred_username, with PKCE, state and nonce', async () => {
    const c = core();
    await account(c, 'alys.jones@landlord.example');
    provider.user = { preferred_username: 'Alys.Jones@landlord.example', name: 'Alys Jones' };
    const start = await get(c, '/staff/oidc/sign-in');
    const to = new URL(String(start.headers.location));
    expect(to.origin).toBe(provider.issuer);
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('redirect_uri')).toBe(CALLBACK);
    expect(to.searchParams.get('state')).toBeTruthy();
    expect(to.searchParams.get('nonce')).toBeTruthy();

    const { res } = await roundTrip(c);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/staff/console');
    const session = cookieOf(res, '__Host-staff-session');
    expect(session).toBeDefined();
    expect((await get(c, '/staff/session', session)).body).toContain('"name":"alys.jones@landlord.example"');
  });

  it('refuses a directory user with no account, a disabled account, a token for another client, a replayed answer and a lost flow cookie', async () => {
    const c = core();
    await account(c, 'bryn@landlord.example', true);
    provider.user = { preferred_username: 'carys@landlord.example' };
    expect((await roundTrip(c)).res.headers.location).toBe('/staff/console?signin=no-account');
    provider.user = { email: 'bryn@landlord.example' };
    expect((await roundTrip(c)).res.headers.location).toBe('/staff/console?signin=no-account');

    await account(c, 'dai@landlord.example');
    provider.user = { preferred_username: 'dai@landlord.example' };
    provider.otherAudienceNext = true;
    expect((await roundTrip(c)).res.headers.location).toBe('/staff/console?signin=failed');

    const good = await roundTrip(c);
    expect(good.res.headers.location).toBe('/staff/console');
    // The same answer again (its flow is used up), and one without the browser's flow cookie.
    const start = await get(c, '/staff/oidc/sign-in');
    const at = await fetch(String(start.headers.location), { redirect: 'manual' });
    const search = new URL(at.headers.get('location')!).search;
    expect((await get(c, `/staff/oidc/callback${search}`)).headers.location).toBe('/staff/console?signin=failed');
    expect((await get(c, `/staff/oidc/callback${search}`, cookieOf(start, '__Host-staff-sign-in'))).headers.location).toBe('/staff/console');
    expect((await get(c, `/staff/oidc/callback${search}`, cookieOf(start, '__Host-staff-sign-in'))).headers.location).toBe('/staff/console?signin=failed');
    // A state that is not the one sent.
    expect((await roundTrip(c, (u) => u.searchParams.set('state', 'other'))).res.headers.location).toBe('/staff/console?signin=failed');
  });

  it('needs all four settings or none', () => {
    expect(() => readEnv({ STAFF_OIDC_ISSUER: 'https://login.microsoftonline.com/t/v2.0' })).toThrow(/STAFF_OIDC_CLIENT_ID: required when STAFF_OIDC_ISSUER is set/);
  });
});
