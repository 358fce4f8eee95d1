import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import { Pool, type PoolConfig } from 'pg';
import type { PgSettings } from './settings';

const SSL_MODES = ['disable', 'no-verify', 'require', 'verify-ca', 'verify-full'] as const;
type SslMode = (typeof SSL_MODES)[number];

/**
 * TLS as libpq means it, so an operator's usual `sslmode` does what they expect:
 * - disable (or no sslmode and no CA): no TLS;
 * - require: encrypted; the certificate is checked only if a CA is given (then as verify-ca);
 * - verify-ca: the certificate must chain to the given CA (a CA is required);
 * - verify-full: the certificate must chain to the given CA, or to Node's public CAs, and name the host;
 * - no-verify: encrypted, nothing checked (pg's own extension; for a test box only).
 * With a CA but no sslmode, verify-full. `prefer` and `allow` are refused: pg cannot fall back
 * to plain text, so they would mean something else. Client certificates are not supported.
 */
export function tlsOptions(settings: PgSettings, readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): false | ConnectionOptions {
  const url = new URL(settings.DATABASE_URL);
  if (url.searchParams.has('sslcert') || url.searchParams.has('sslkey')) {
    throw new Error('DATABASE_URL: client certificates (sslcert, sslkey) are not supported');
  }
  const caPath = url.searchParams.get('sslrootcert') ?? settings.DATABASE_SSL_CA ?? settings.PGSSLROOTCERT;
  const asked = url.searchParams.get('sslmode') ?? settings.PGSSLMODE ?? (caPath ? 'verify-full' : 'disable');
  if (!(SSL_MODES as readonly string[]).includes(asked)) {
    throw new Error(`DATABASE_URL: sslmode must be one of ${SSL_MODES.join(', ')} (got "${asked}")`);
  }
  const mode = asked as SslMode;
  if (mode === 'disable') return false;
  if (mode === 'no-verify') return { rejectUnauthorized: false };
  let ca: string | undefined;
  if (caPath) {
    try {
      ca = readFile(caPath);
    } catch (e) {
      throw new Error(`DATABASE_SSL_CA: cannot read the CA file ${caPath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  if (mode === 'verify-ca' && !ca) throw new Error('DATABASE_URL: sslmode=verify-ca needs a CA (sslrootcert, DATABASE_SSL_CA or PGSSLROOTCERT)');
  if (mode === 'require' && !ca) return { rejectUnauthorized: false };
  if (mode === 'require' || mode === 'verify-ca') return { ca, checkServerIdentity: () => undefined };
  return ca ? { ca } : {};
}

/** The URL without the TLS parameters, which `tlsOptions` has taken over (pg would let them override it). */
function withoutTlsParameters(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  for (const p of ['sslmode', 'sslrootcert', 'ssl', 'uselibpqcompat']) url.searchParams.delete(p);
  return url.toString();
}

export interface PoolOptions {
  /** Connections at most; defaults to DATABASE_POOL_SIZE. */
  max?: number;
  /** Startup options, e.g. `-c search_path=…` (the tests' own schema). */
  options?: string;
  /** Where pool-level connection errors go; the message only, never the URL. */
  log?: (message: string) => void;
}

export function poolConfig(settings: PgSettings, options: PoolOptions = {}): PoolConfig {
  return {
    // Host, port, user, password and database come from the URL; what it leaves out, pg takes
    // from PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass) and PGDATABASE.
    connectionString: withoutTlsParameters(settings.DATABASE_URL),
    ssl: tlsOptions(settings),
    max: options.max ?? settings.DATABASE_POOL_SIZE,
    connectionTimeoutMillis: settings.DATABASE_CONNECT_TIMEOUT_MS,
    statement_timeout: settings.DATABASE_STATEMENT_TIMEOUT_MS,
    // A client that dies halfway through a transaction must not hold its row locks for long.
    idle_in_transaction_session_timeout: settings.DATABASE_STATEMENT_TIMEOUT_MS * 3,
    idleTimeoutMillis: 30_000,
    application_name: 'complaints-intake-bot',
    keepAlive: true,
    ...(options.options ? { options: options.options } : {}),
  };
}

/**
 * A pool of connections. An idle connection that breaks (the server restarted, a failover) is
 * reported and dropped, never allowed to take the process down; the next query opens a new one.
 */
export function createPgPool(settings: PgSettings, options: PoolOptions = {}): Pool {
  const pool = new Pool(poolConfig(settings, options));
  const log = options.log ?? (() => undefined);
  pool.on('error', (e) => log(`PostgreSQL: an idle connection failed: ${e.message}`));
  return pool;
}
