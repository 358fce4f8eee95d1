import { execFile } from 'node:child_process';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startInProcess, type InProcessBot } from '../e2e/in-process';
import { tempDbPath } from '../e2e/server';
import { entry } from '../support/compiled';

// The CLI is spawned (dist/, or tsx when dist/ is stale): tens of seconds on a busy two-core machine.
vi.setConfig({ testTimeout: 180_000 });

const db = tempDbPath();
// Spawned without blocking the event loop: the server's idle keep-alive sockets close meanwhile and
// the client must see that, rather than reuse a socket the server has already shut.
const complaints = (...args: string[]) =>
  new Promise<{ status: number; stdout: string }>((resolve) =>
    execFile(process.execPath, [...entry('cli'), 'staff', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_PATH: db } }, (error, stdout) =>
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout }),
    ),
  );

let bot: InProcessBot | undefined;
afterAll(async () => bot?.stop());

describe('a member of staff, from `complaints staff add` to the console over HTTP', () => {
  it('creates the account with a one-time password, then signs in, changes it and reads cases with the session', async () => {
    const added = await complaints('add', 'Alys', '--display-name', 'Alys Jones');
    expect(added.status).toBe(0);
    const oneTime = /^([A-Za-z0-9]{5}(?:-[A-Za-z0-9]{5}){3})$/m.exec(added.stdout)?.[1];
    expect(oneTime).toBeDefined();
    expect((await complaints('add', 'alys')).status).toBe(1);
    expect((await complaints('list')).stdout).toMatch(/^alys\tAlys Jones\tenabled\tone-time password\tnever$/m);

    bot = await startInProcess({ DATABASE_PATH: db });
    const origin = bot.url;
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${bot!.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin, ...headers }, body: JSON.stringify(body) });

    const signIn = await post('/staff/session', { name: 'alys', password: oneTime });
    expect(signIn.status).toBe(200);
    const setCookie = signIn.headers.getSetCookie();
    expect(setCookie).toHaveLength(1);
    expect(setCookie[0]).toMatch(/^__Host-staff-session=[\w-]+; Path=\/; Secure; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    const cookie = setCookie[0].split(';')[0];
    const { csrfToken, mustChangePassword } = (await signIn.json()) as { csrfToken: string; mustChangePassword: boolean };
    expect(mustChangePassword).toBe(true);

    expect((await fetch(`${bot.url}/staff/cases`, { headers: { cookie } })).status).toBe(403);
    const changed = await post('/staff/session/password', { currentPassword: oneTime, newPassword: 'kettle orchard lantern' }, { cookie, 'x-csrf-token': csrfToken });
    expect(changed.status).toBe(200);
    const cases = await fetch(`${bot.url}/staff/cases`, { headers: { cookie } });
    expect(cases.status).toBe(200);
    expect(cases.headers.get('cache-control')).toBe('no-store');

    const page = await fetch(`${bot.url}/staff/console?lang=cy`);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(await page.text()).toContain('<html lang="cy">');

    // The landlord's IT sees when each account last signed in (the sign-in above, by the bot's clock).
    expect((await complaints('list')).stdout).toMatch(/^alys\tAlys Jones\tenabled\tpassword\t\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/m);

    expect((await complaints('disable', 'alys')).stdout).toMatch(/Disabled alys; 1 session\(s\) ended/);
    expect((await fetch(`${bot.url}/staff/cases`, { headers: { cookie } })).status).toBe(401);
    // Nothing about the password or the cookie reaches the log.
    expect(bot.output()).not.toContain(oneTime!);
    expect(bot.output()).not.toContain(cookie.split('=')[1]);
    expect(bot.output()).not.toContain('kettle orchard lantern');
  });
});
