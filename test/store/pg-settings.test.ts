import { describe, expect, it } from 'vitest';
import { poolConfig, tlsOptions } from '../../src/store/pg/pool';
import { readPgSettings, redactedUrl } from '../../src/store/pg/settings';

const URL_ = 'postgres://bot:s3cret@db.example:5432/complaints';
const settings = (env: Record<string, string>) => readPgSettings({ DATABASE_URL: URL_, ...env });
const files: Record<string, string> = { '/ca.pem': 'THE CA' };
const readFile = (p: string) => {
  if (p in files) return files[p];
  throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
};

describe('PostgreSQL settings', () => {
  it('has defaults for everything but the URL', () => {
    expect(settings({})).toMatchObject({ DATABASE_POOL_SIZE: 10, DATABASE_LOCK_POOL_SIZE: 20, DATABASE_STATEMENT_TIMEOUT_MS: 10_000, TURN_LOCK_TIMEOUT_MS: 15_000 });
  });

  it.each([
    [{ DATABASE_URL: 'mysql://bot:s3cret@db/x' }, /DATABASE_URL: must start with postgres:\/\//],
    [{ DATABASE_URL: 'postgres://bot:s3cret@[bad' }, /DATABASE_URL: must be a URL/],
    [{ DATABASE_URL: URL_, DATABASE_POOL_SIZE: 'lots' }, /DATABASE_POOL_SIZE: must be a number \(got "lots"\)/],
    [{ DATABASE_URL: URL_, TURN_LOCK_TIMEOUT_MS: '0' }, /TURN_LOCK_TIMEOUT_MS: must be at least 1/],
  ])('refuses %j, naming the variable and never the password', (env, message) => {
    let error: Error | undefined;
    try {
      readPgSettings(env);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain('s3cret');
  });

  it('hides the password when the URL is shown', () => {
    expect(redactedUrl(URL_)).toBe('postgres://bot:***@db.example:5432/complaints');
    expect(redactedUrl('postgres://db.example/complaints')).toBe('postgres://db.example/complaints');
  });

  it('passes pool size, timeouts and the URL without its TLS parameters to pg', () => {
    const config = poolConfig(settings({ DATABASE_URL: `${URL_}?sslmode=no-verify&application_name=x`, DATABASE_POOL_SIZE: '7' }));
    expect(config).toMatchObject({ max: 7, statement_timeout: 10_000, connectionTimeoutMillis: 5_000, ssl: { rejectUnauthorized: false } });
    expect(config.connectionString).toBe(`${URL_}?application_name=x`);
  });
});

describe('TLS, as libpq reads sslmode', () => {
  const noIdentityCheck = expect.objectContaining({ ca: 'THE CA', checkServerIdentity: expect.any(Function) });
  it.each([
    ['no sslmode, no CA', {}, false],
    ['disable', { DATABASE_URL: `${URL_}?sslmode=disable` }, false],
    ['PGSSLMODE when the URL has none', { PGSSLMODE: 'no-verify' }, { rejectUnauthorized: false }],
    ['the URL before PGSSLMODE', { DATABASE_URL: `${URL_}?sslmode=disable`, PGSSLMODE: 'verify-full' }, false],
    ['require without a CA: encrypted, not verified', { DATABASE_URL: `${URL_}?sslmode=require` }, { rejectUnauthorized: false }],
    ['require with a CA: as verify-ca', { DATABASE_URL: `${URL_}?sslmode=require`, DATABASE_SSL_CA: '/ca.pem' }, noIdentityCheck],
    ['verify-ca', { DATABASE_URL: `${URL_}?sslmode=verify-ca&sslrootcert=/ca.pem` }, noIdentityCheck],
    ['verify-full with public CAs', { DATABASE_URL: `${URL_}?sslmode=verify-full` }, {}],
    ['verify-full with PGSSLROOTCERT', { DATABASE_URL: `${URL_}?sslmode=verify-full`, PGSSLROOTCERT: '/ca.pem' }, { ca: 'THE CA' }],
    ['a CA and no sslmode: verify-full', { DATABASE_SSL_CA: '/ca.pem' }, { ca: 'THE CA' }],
  ])('%s', (_, env, expected) => {
    expect(tlsOptions(settings(env as Record<string, string>), readFile)).toEqual(expected);
  });

  it.each([
    ['prefer, which pg cannot honour', { DATABASE_URL: `${URL_}?sslmode=prefer` }, /sslmode must be one of/],
    ['verify-ca without a CA', { DATABASE_URL: `${URL_}?sslmode=verify-ca` }, /verify-ca needs a CA/],
    ['a CA file that is not there', { DATABASE_SSL_CA: '/missing.pem' }, /DATABASE_SSL_CA: cannot read the CA file \/missing.pem: ENOENT/],
    ['a client certificate', { DATABASE_URL: `${URL_}?sslcert=/c.pem` }, /client certificates/],
  ])('refuses %s', (_, env, message) => {
    expect(() => tlsOptions(settings(env as Record<string, string>), readFile)).toThrow(message);
  });
});
