import { timingSafeEqual } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { ConfigError, parseStaffTokens, readEnv } from '../../src/config/env';
import { StaffAuth } from '../../src/staff/auth';
import { call, CMS_TOKEN, core, TOKEN } from './helpers';

const tokens = [
  { name: 'contact-centre', token: TOKEN },
  { name: 'cms', token: CMS_TOKEN },
];

describe('bearer tokens', () => {
  it('names the client whose token was presented', async () => {
    const auth = new StaffAuth(tokens);
    expect(auth.authenticate(`Bearer ${TOKEN}`)).toEqual({ ok: true, name: 'contact-centre' });
    expect(auth.authenticate(`bearer  ${CMS_TOKEN} `)).toEqual({ ok: true, name: 'cms' });
  });

  it('tells a missing token from a wrong one', async () => {
    const auth = new StaffAuth(tokens);
    expect(auth.authenticate(undefined)).toEqual({ ok: false, reason: 'missing' });
    expect(auth.authenticate('  ')).toEqual({ ok: false, reason: 'missing' });
    expect(auth.authenticate(`Bearer ${TOKEN}x`)).toEqual({ ok: false, reason: 'invalid' });
    expect(auth.authenticate(`Bearer ${TOKEN.slice(0, -1)}`)).toEqual({ ok: false, reason: 'invalid' });
    expect(auth.authenticate(`Basic ${TOKEN}`)).toEqual({ ok: false, reason: 'invalid' });
    expect(auth.authenticate(TOKEN)).toEqual({ ok: false, reason: 'invalid' });
    expect(auth.authenticate('Bearer')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('compares equal-length digests against every configured token, whatever is presented', async () => {
    const equal = vi.fn((a: Buffer, b: Buffer) => timingSafeEqual(a, b));
    const auth = new StaffAuth(tokens, equal);
    for (const header of [`Bearer ${TOKEN}`, `Bearer ${CMS_TOKEN}`, 'Bearer x', `Bearer ${'y'.repeat(5000)}`, `Basic ${TOKEN}`, 'Bearer']) {
      equal.mockClear();
      auth.authenticate(header);
      // No early exit on a match or a mismatch, and never a length mismatch for timingSafeEqual to throw on.
      expect(equal).toHaveBeenCalledTimes(tokens.length);
      for (const [a, b] of equal.mock.calls) {
        expect(a.length).toBe(32);
        expect(b.length).toBe(32);
      }
    }
  });

  it('is disabled with no tokens', async () => {
    expect(new StaffAuth([]).enabled).toBe(false);
    expect(new StaffAuth(tokens).enabled).toBe(true);
  });
});

describe('the staff API behind authentication', () => {
  it('answers 401 with a Bearer challenge for no token or a wrong one, and never echoes the token', async () => {
    const c = core();
    const none = await call(c, { url: '/staff/cases', token: null });
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer realm="staff"');
    const wrong = await call(c, { url: '/staff/cases', token: 'not-the-token-but-long-enough-1234' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers['www-authenticate']).toMatch(/^Bearer realm="staff", error="invalid_token"$/);
    expect(JSON.stringify(wrong)).not.toContain('not-the-token');
    // Unknown paths are hidden behind authentication too, so they cannot be probed.
    expect((await call(c, { url: '/staff/nothing', token: null })).status).toBe(401);
    expect((await call(c, { url: '/staff/cases' })).status).toBe(200);
    expect((await call(c, { url: '/staff/nothing' })).status).toBe(404);
  });

  it('answers 404 on every route, before authentication, when no tokens are configured and the console is off', async () => {
    const c = core({ STAFF_CONSOLE: 'off' });
    for (const [method, url] of [
      ['GET', '/staff/cases'],
      ['GET', '/staff/cases/CMP-2345-6789'],
      ['POST', '/staff/cases/CMP-2345-6789/events'],
      ['GET', '/staff/cases/export.csv'],
      ['GET', '/staff/cases/export.jsonl'],
    ]) {
      for (const token of [null, TOKEN]) {
        const r = await call(c, { method, url, token, body: { type: 'note', text: 'x' } });
        expect(r.status).toBe(404);
        expect(r.headers['www-authenticate']).toBeUndefined();
      }
    }
  });
});

describe('STAFF_API_TOKENS', () => {
  it('reads name:token pairs, allowing spaces and a trailing comma', async () => {
    expect(parseStaffTokens(` contact-centre:${TOKEN} , cms:${CMS_TOKEN},`)).toEqual({ tokens });
    expect(readEnv({ STAFF_API_TOKENS: `contact-centre:${TOKEN}` }).STAFF_API_TOKENS).toEqual([tokens[0]]);
    expect(readEnv({}).STAFF_API_TOKENS).toEqual([]);
    expect(readEnv({ STAFF_API_TOKENS: '' }).STAFF_API_TOKENS).toEqual([]);
  });

  it('refuses bad values, naming the variable and the entry but never quoting a token', async () => {
    const secret = 'short-secret-value';
    const cases: Array<[string, RegExp]> = [
      [`cms:${secret}`, /STAFF_API_TOKENS: entry 1 \(cms\): the token must be at least 24 characters/],
      [`${secret}${secret}`, /STAFF_API_TOKENS: entry 1: must be name:token/],
      [`contact-centre:${TOKEN},bad name:${secret}${secret}`, /STAFF_API_TOKENS: entry 2: the name must be/],
      [`a:${TOKEN},a:${CMS_TOKEN}`, /entry 2 \(a\): the name is already used/],
      [`a:${TOKEN},b:${TOKEN}`, /entry 2 \(b\): the token is the same as an earlier entry's/],
      [`a:${secret} ${secret}`, /entry 1 \(a\): the token must be printable ASCII without spaces/],
    ];
    for (const [value, message] of cases) {
      let error: unknown;
      try {
        readEnv({ STAFF_API_TOKENS: value });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain(secret);
      expect((error as Error).message).not.toContain(TOKEN);
    }
  });
});
