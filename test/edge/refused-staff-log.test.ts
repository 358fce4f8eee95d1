/**
 * LOG_LEVEL=debug adds one line per refused request (README, Configuration): the staff routes
 * too, so an IT team can see tokens being guessed. Status and code only: never the token tried.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServedInProcess, serveInProcess } from '../e2e/in-process';

describe('refused staff requests at LOG_LEVEL=debug', () => {
  let bot: ServedInProcess;
  beforeAll(async () => {
    bot = await serveInProcess({ LOG_LEVEL: 'debug', STAFF_API_TOKENS: 'ops:s3cret-token-for-tests-1234567890' });
  });
  afterAll(() => bot.stop());

  it('logs a wrong token as a refusal with its status and code, and not the token', async () => {
    const r = await fetch(`${bot.url}/staff/cases`, { headers: { authorization: 'Bearer guessed-token-abcdef123456' } });
    expect(r.status).toBe(401);
    const refused = bot.output().split('\n').filter((l) => l.includes('request refused')).map((l) => JSON.parse(l));
    expect(refused).toContainEqual(expect.objectContaining({ status: 401, code: 'Unauthorized' }));
    expect(bot.output()).not.toContain('guessed-token');
  });

  it('logs an unknown staff route as a 404 refusal', async () => {
    const r = await fetch(`${bot.url}/staff/nothing-here`, { headers: { authorization: 'Bearer s3cret-token-for-tests-1234567890' } });
    expect(r.status).toBe(404);
    const refused = bot.output().split('\n').filter((l) => l.includes('request refused')).map((l) => JSON.parse(l));
    expect(refused).toContainEqual(expect.objectContaining({ status: 404, code: 'NotFound' }));
  });
});

describe('refused console sign-ins at the default level', () => {
  let bot: ServedInProcess;
  beforeAll(async () => {
    bot = await serveInProcess({});
  });
  afterAll(() => bot.stop());

  it('logs each wrong password (info) and the lockout (warn) with route, status and code: never the name, password or address', async () => {
    const { url } = bot;
    const signIn = () =>
      fetch(`${url}/staff/session`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify({ name: 'gwenllian', password: 'not-her-password-1234' }) });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await signIn()).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const lines = bot.output().split('\n').filter((l) => l.includes('staff sign-in refused')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.level, l.route, l.status])).toEqual([
      ...Array.from({ length: 5 }, () => [30, '/staff/session', 401]),
      [40, '/staff/session', 429],
    ]);
    expect(bot.output()).not.toMatch(/gwenllian|not-her-password|127\.0\.0\.1/);
  });
});
