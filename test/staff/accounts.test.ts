import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/app';
import { FixedClock } from '../../src/clock/clock';
import { readEnv } from '../../src/config/env';
import { SESSION_COOKIE } from '../../src/staff/accounts/cookies';
import { hashPassword, oneTimePassword, passwordProblem, verifyPassword } from '../../src/staff/accounts/password';
import type { StaffResponse } from '../../src/staff/api';
import { TOKEN, TOKENS } from './helpers';

// Cheap hashes for the fixtures: the cost is read from the stored hash, so these verify as real ones do.
const CHEAP = { log2N: 10, r: 8, p: 1 };
const HOST = 'bot.example';
const ORIGIN = `https://${HOST}`;

interface Browser {
  cookie?: string;
  csrf?: string;
}

function setup(settings: Record<string, string> = {}) {
  const clock = new FixedClock('2026-11-23T10:00:00.000Z');
  const core = createCore(readEnv({ DATABASE_PATH: ':memory:', STAFF_API_TOKENS: TOKENS, ...settings }), { clock });
  return { core, clock };
}

async function addStaff(core: Core, name: string, password: string, over: { mustChangePassword?: boolean; disabled?: boolean; passwordHash?: string | null } = {}) {
  await core.store.staffAccounts.create({
    name,
    displayName: name.charAt(0).toUpperCase() + name.slice(1),
    passwordHash: over.passwordHash === undefined ? await hashPassword(password, CHEAP) : over.passwordHash,
    mustChangePassword: over.mustChangePassword ?? false,
    disabled: over.disabled ?? false,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
  });
}

async function send(core: Core, method: string, url: string, browser: Browser = {}, body?: unknown, extra: { origin?: string; address?: string; authorization?: string } = {}) {
  const res: StaffResponse = await core.staff.handle({
    method,
    url,
    cookie: browser.cookie,
    csrf: browser.csrf,
    host: HOST,
    origin: extra.origin,
    address: extra.address ?? '203.0.113.7',
    authorization: extra.authorization,
    readBody: async () => (body === undefined ? '' : JSON.stringify(body)),
    today: '2026-11-23',
  });
  const type = String(res.headers['content-type'] ?? '');
  return { ...res, json: type.startsWith('application/json') && res.body ? JSON.parse(res.body) : undefined };
}

/** Signs in and returns the browser's cookie and CSRF token, as the console page keeps them. */
async function signIn(core: Core, name: string, password: string): Promise<Browser & { status: number; json: unknown; setCookie: string }> {
  const r = await send(core, 'POST', '/staff/session', {}, { name, password }, { origin: ORIGIN });
  const setCookie = String(r.headers['set-cookie'] ?? '');
  const value = /^__Host-staff-session=([^;]+)/.exec(setCookie)?.[1];
  return { status: r.status, json: r.json, setCookie, cookie: value ? `${SESSION_COOKIE}=${value}` : undefined, csrf: (r.json as { csrfToken?: string })?.csrfToken };
}

describe('passwords', () => {
  it('hashes with scrypt and a salt, and verifies only the right password', async () => {
    const a = await hashPassword('correct horse battery', CHEAP);
    const b = await hashPassword('correct horse battery', CHEAP);
    expect(a).toMatch(/^scrypt\$10\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('anything', null)).toBe(false);
    expect(await verifyPassword('anything', 'scrypt$30$8$1$AAAAAAAAAAAAAAAAAAAAAA$' + 'A'.repeat(43))).toBe(false);
  });

  it('asks for length, not symbols, and refuses the name or the old password', () => {
    expect.soft(passwordProblem('short', 'alys')).toBe('too_short');
    expect.soft(passwordProblem('x'.repeat(201), 'alys')).toBe('too_long');
    expect.soft(passwordProblem('alys.jones@la', 'alys.jones@la')).toBe('same_as_name');
    expect.soft(passwordProblem('the same old one', 'alys', 'the same old one')).toBe('same_as_old');
    expect.soft(passwordProblem('tree kettle violin', 'alys')).toBeNull();
  });

  it('makes one-time passwords of 20 unambiguous characters', () => {
    const seen = new Set(Array.from({ length: 50 }, () => oneTimePassword()));
    expect(seen.size).toBe(50);
    for (const p of seen) expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{5}(-[a-km-zA-HJ-NP-Z2-9]{5}){3}$/);
  });
});

describe('signing in to the console', () => {
  it('sets a __Host- session cookie that scripts and other sites cannot use, and answers who is signed in', async () => {
    const { core } = setup();
    await addStaff(core, 'alys', 'tree kettle violin');
    const b = await signIn(core, 'Alys', 'tree kettle violin');
    expect(b.status).toBe(200);
    expect(b.setCookie).toMatch(/^__Host-staff-session=[A-Za-z0-9_-]{43}; Path=\/; Secure; HttpOnly; SameSite=Strict; Max-Age=36000$/);
    expect(b.json).toMatchObject({ name: 'alys', displayName: 'Alys', mustChangePassword: false });
    const me = await send(core, 'GET', '/staff/session', b);
    expect(me.json).toMatchObject({ name: 'alys', csrfToken: b.csrf });
    expect((await send(core, 'GET', '/staff/cases', b)).status).toBe(200);
  });

  it('gives one answer for an unknown name, a wrong password and a disabled account', async () => {
    const { core } = setup();
    await addStaff(core, 'alys', 'tree kettle violin');
    await addStaff(core, 'bryn', 'tree kettle violin', { disabled: true });
    await addStaff(core, 'carys@landlord.example', '', { passwordHash: null });
    for (const [name, password] of [['nobody', 'tree kettle violin'], ['alys', 'tree kettle violinn'], ['bryn', 'tree kettle violin'], ['carys@landlord.example', '']]) {
      const r = await send(core, 'POST', '/staff/session', {}, { name, password: password || 'x' }, { address: `198.51.100.${name.length}` });
      expect(r.status).toBe(401);
      expect(r.json).toEqual({ code: 'Unauthorized', message: 'the name or password is not right' });
      expect(r.headers['set-cookie']).toBeUndefined();
    }
  });

  it('stops guessing: five wrong passwords for an account lock it for 30 minutes, from any address', async () => {
    const { core, clock } = setup();
    await addStaff(core, 'alys', 'tree kettle violin');
    for (let i = 0; i < 5; i++) expect((await send(core, 'POST', '/staff/session', {}, { name: 'alys', password: `guess ${i}` }, { address: `198.51.100.${i}` })).status).toBe(401);
    const locked = await send(core, 'POST', '/staff/session', {}, { name: 'alys', password: 'tree kettle violin' }, { address: '192.0.2.1' });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(1700);
    clock.advance(31 * 60_000);
    expect((await signIn(core, 'alys', 'tree kettle violin')).status).toBe(200);
  });

  it('limits attempts per address before hashing anything', async () => {
    const { core } = setup();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await send(core, 'POST', '/staff/session', {}, { name: `n${i}`, password: 'x' }, { address: '192.0.2.9' })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
  });

  it('refuses a sign-in posted from another site (login CSRF)', async () => {
    const { core } = setup();
    await addStaff(core, 'alys', 'tree kettle violin');
    const r = await send(core, 'POST', '/staff/session', {}, { name: 'alys', password: 'tree kettle violin' }, { origin: 'https://evil.example' });
    expect(r.status).toBe(403);
  });

  it('requires the session’s CSRF token, from this site, on every state-changing request', async () => {
    const { core } = setup();
    await addStaff(core, 'alys', 'tree kettle violin');
    const b = await signIn(core, 'alys', 'tree kettle violin');
    const ref = 'CMP-2345-6789';
    const noToken = await send(core, 'POST', `/staff/cases/${ref}/events`, { cookie: b.cookie }, { type: 'note', text: 'x' });
    expect(noToken.status).toBe(403);
    const wrongToken = await send(core, 'POST', `/staff/cases/${ref}/events`, { cookie: b.cookie, csrf: 'x'.repeat(43) }, { type: 'note', text: 'x' });
    expect(wrongToken.status).toBe(403);
    const elsewhere = await send(core, 'POST', `/staff/cases/${ref}/events`, b, { type: 'note', text: 'x' }, { origin: 'https://evil.example' });
    expect(elsewhere.status).toBe(403);
    // With the token it reaches the route (an unknown case: 404, not 403).
    expect((await send(core, 'POST', `/staff/cases/${ref}/events`, b, { type: 'note', text: 'x' }, { origin: ORIGIN })).status).toBe(404);
  });

  it('ends a session after its hours, or when idle, and at sign-out', async () => {
    const { core, clock } = setup({ STAFF_SESSION_HOURS: '2', STAFF_SESSION_IDLE_MINUTES: '30' });
    await addStaff(core, 'alys', 'tree kettle violin');
    const b = await signIn(core, 'alys', 'tree kettle violin');
    clock.advance(29 * 60_000);
    expect((await send(core, 'GET', '/staff/cases', b)).status).toBe(200);
    clock.advance(29 * 60_000);
    expect((await send(core, 'GET', '/staff/cases', b)).status).toBe(200);
    clock.advance(31 * 60_000);
    expect((await send(core, 'GET', '/staff/cases', b)).status).toBe(401);

    const c = await signIn(core, 'alys', 'tree kettle violin');
    for (let i = 0; i < 5; i++) {
      clock.advance(25 * 60_000);
      const r = await send(core, 'GET', '/staff/cases', c);
      expect(r.status).toBe(i < 4 ? 200 : 401);
    }

    const d = await signIn(core, 'alys', 'tree kettle violin');
    const out = await send(core, 'POST', '/staff/session/sign-out', d, undefined, { origin: ORIGIN });
    expect(out.headers['set-cookie']).toMatch(/^__Host-staff-session=; .*Max-Age=0/);
    expect((await send(core, 'GET', '/staff/cases', d)).status).toBe(401);
  });

  it('makes the one-time password be changed before anything else, and signs other browsers out', async () => {
    const { core } = setup();
    await addStaff(core, 'alys', 'ABCDE-FGHJK-LMNPQ-RSTUV', { mustChangePassword: true });
    const b = await signIn(core, 'alys', 'ABCDE-FGHJK-LMNPQ-RSTUV');
    const other = await signIn(core, 'alys', 'ABCDE-FGHJK-LMNPQ-RSTUV');
    expect(b.json).toMatchObject({ mustChangePassword: true });
    expect((await send(core, 'GET', '/staff/cases', b)).json).toMatchObject({ code: 'PasswordChangeRequired' });
    const change = (current: string, next: string) => send(core, 'POST', '/staff/session/password', b, { currentPassword: current, newPassword: next }, { origin: ORIGIN });
    expect((await change('wrong one', 'tree kettle violin')).status).toBe(403);
    expect((await change('ABCDE-FGHJK-LMNPQ-RSTUV', 'short')).json).toMatchObject({ reason: 'too_short' });
    expect((await change('ABCDE-FGHJK-LMNPQ-RSTUV', 'tree kettle violin')).status).toBe(200);
    expect((await send(core, 'GET', '/staff/cases', b)).status).toBe(200);
    expect((await send(core, 'GET', '/staff/cases', other)).status).toBe(401);
    expect((await signIn(core, 'alys', 'ABCDE-FGHJK-LMNPQ-RSTUV')).status).toBe(401);
    expect((await signIn(core, 'alys', 'tree kettle violin')).json).toMatchObject({ mustChangePassword: false });
  });

  it('signs a disabled account out at once', async () => {
    const { core, clock } = setup();
    await addStaff(core, 'alys', 'tree kettle violin');
    const b = await signIn(core, 'alys', 'tree kettle violin');
    await core.store.staffAccounts.setDisabled('alys', true, clock.now().toISOString());
    expect((await send(core, 'GET', '/staff/cases', b)).status).toBe(401);
  });

  it('records what a person does under their own name, and a system under its token’s', async () => {
    const { core } = setup();
    await addStaff(core, 'alys', 'tree kettle violin');
    const b = await signIn(core, 'alys', 'tree kettle violin');
    const { record } = await core.store.cases.file({
      idempotencyKey: 'k1', kind: 'complaint', policyId: 'housing-ombudsman-code', policyVersion: '2024.1', language: 'en', channelId: 'test',
      userKey: 'test:u', conversationKey: 'test:c', conversationRef: {}, receivedAt: '2026-11-23T09:00:00.000Z', details: {}, triage: null, deadlines: null, actor: 'bot',
      listing: { next: null, basis: '' },
    });
    expect((await send(core, 'POST', `/staff/cases/${record.reference}/events`, b, { type: 'note', text: 'called back' }, { origin: ORIGIN })).status).toBe(201);
    expect((await send(core, 'POST', `/staff/cases/${record.reference}/events`, {}, { type: 'note', text: 'synced' }, { authorization: `Bearer ${TOKEN}` })).status).toBe(201);
    const events = await core.store.cases.events(record.id);
    expect(events.filter((e) => e.type === 'note').map((e) => e.actor)).toEqual(['person:alys', 'staff:contact-centre']);
  });

  it('serves the console page with a strict policy, and nothing but the sign-in routes without credentials', async () => {
    const { core } = setup();
    const page = await send(core, 'GET', '/staff/console');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.body).not.toMatch(/<script>(?!<)/);
    expect((await send(core, 'GET', '/staff/console/console.js')).status).toBe(200);
    expect((await send(core, 'GET', '/staff/console/strings.json?lang=cy')).json).toMatchObject({ sign_in_heading: 'Mewngofnodi' });
    expect((await send(core, 'GET', '/staff/console/../../etc/passwd')).status).toBe(404);
    expect((await send(core, 'GET', '/staff/cases')).status).toBe(401);
  });

  it('with STAFF_CONSOLE=off and no tokens, every staff route is 404 as before', async () => {
    const { core } = setup({ STAFF_CONSOLE: 'off', STAFF_API_TOKENS: '' });
    for (const url of ['/staff/console', '/staff/session', '/staff/cases']) expect((await send(core, 'GET', url)).status).toBe(404);
  });
});
