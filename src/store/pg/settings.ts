import { z } from 'zod';

/**
 * PostgreSQL settings, read from the environment and checked at start-up. Kept apart from
 * src/config/env.ts until the store is chosen there; `PgSettingsSchema.shape` can be spread into
 * EnvSchema as is. Error messages never quote DATABASE_URL, which usually carries a password.
 */
const positiveMs = (fallback: number, max: number) =>
  z.coerce.number({ error: 'must be a number of milliseconds' }).int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`).default(fallback);

export const PgSettingsSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .refine((u) => URL.canParse(u), 'must be a URL such as postgres://user:password@host:5432/database'),
  /** A CA certificate (PEM) to verify the server with; PGSSLROOTCERT is read when this is unset. */
  DATABASE_SSL_CA: z.string().min(1).optional(),
  DATABASE_POOL_SIZE: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1).max(200).default(10),
  /** Connections for per-conversation turn locks, one held by each turn in progress. */
  DATABASE_LOCK_POOL_SIZE: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1).max(500).default(20),
  DATABASE_STATEMENT_TIMEOUT_MS: positiveMs(10_000, 600_000),
  DATABASE_CONNECT_TIMEOUT_MS: positiveMs(5_000, 120_000),
  /** The longest a turn waits for its conversation's previous turn (on any instance) to finish. */
  TURN_LOCK_TIMEOUT_MS: positiveMs(15_000, 120_000),
  /** Only as a fallback for an `sslmode` missing from DATABASE_URL, as libpq does. */
  PGSSLMODE: z.string().optional(),
  PGSSLROOTCERT: z.string().min(1).optional(),
});
export type PgSettings = z.infer<typeof PgSettingsSchema>;

/** The settings, or an Error naming each bad variable without quoting the URL. */
export function readPgSettings(source: Record<string, string | undefined>): PgSettings {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const r = PgSettingsSchema.safeParse(cleaned);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => {
    const name = String(i.path[0] ?? 'environment');
    return name === 'DATABASE_URL' ? `${name}: ${i.message}` : `${name}: ${i.message} (got ${JSON.stringify(source[name] ?? null)})`;
  });
  throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
}

/** Whether the environment asks for PostgreSQL rather than the embedded SQLite file. */
export function wantsPostgres(source: Record<string, string | undefined>): boolean {
  return Boolean(source.DATABASE_URL);
}

/** The URL with any password replaced, for logs and /healthz. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
