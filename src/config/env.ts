import { z } from 'zod';
import { parseTrustedProxies } from '../client-address';
import { PgSettingsSchema } from '../store/pg/settings';
import { DEFAULT_STAFFED_HOURS, parseStaffedHours } from '../handoff/staffed-hours';
import { INSTAGRAM_SECRETS, InstagramSettingsSchema } from '../channels/instagram/settings';
import { WHATSAPP_SECRETS, WhatsAppSettingsSchema } from '../channels/whatsapp/settings';
import { webChatSettingsProblem, WebChatSettingsSchema } from '../webchat/settings';

// Here rather than in log.ts, so reading settings (the CLI too) does not load the logger.
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A staff API client: `name` is recorded on what it does (`staff:<name>`); `token` is its secret. */
export interface StaffToken {
  name: string;
  token: string;
}

export const STAFF_TOKEN_MIN_LENGTH = 24;
const STAFF_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
// Printable ASCII without spaces: anything else is almost always a copy-and-paste accident.
const STAFF_TOKEN = /^[\x21-\x7e]+$/;

/**
 * Reads `name:token,name:token`. Errors name the entry by position (and name, which is not
 * secret) but never quote a token, as they end up in start-up logs.
 */
export function parseStaffTokens(text: string): { tokens: StaffToken[] } | { error: string } {
  const tokens: StaffToken[] = [];
  const entries = text.split(',').map((e) => e.trim());
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!entry) continue; // a trailing comma or a blank between pairs
    const label = `entry ${i + 1}`;
    const colon = entry.indexOf(':');
    if (colon < 0) return { error: `${label}: must be name:token, e.g. contact-centre:<a token of ${STAFF_TOKEN_MIN_LENGTH} or more characters>` };
    const name = entry.slice(0, colon).trim();
    const token = entry.slice(colon + 1).trim();
    if (!STAFF_NAME.test(name)) return { error: `${label}: the name must be 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit` };
    const named = `${label} (${name})`;
    if (token.length < STAFF_TOKEN_MIN_LENGTH) return { error: `${named}: the token must be at least ${STAFF_TOKEN_MIN_LENGTH} characters` };
    if (token.length > 512) return { error: `${named}: the token must be at most 512 characters` };
    if (!STAFF_TOKEN.test(token)) return { error: `${named}: the token must be printable ASCII without spaces` };
    const sameName = tokens.findIndex((t) => t.name === name);
    if (sameName >= 0) return { error: `${named}: the name is already used by an earlier entry` };
    // Two clients sharing a token could not be told apart on the events they record.
    if (tokens.some((t) => t.token === token)) return { error: `${named}: the token is the same as an earlier entry's` };
    tokens.push({ name, token });
  }
  return { tokens };
}

/** Settings whose values must never appear in an error message or a log. */
// DATABASE_URL usually carries the database password.
const SECRETS = new Set(['STAFF_API_TOKENS', 'MicrosoftAppPassword', 'DATABASE_URL', 'DIRECT_LINE_TOKEN_SECRET', 'DIRECT_LINE_SECRET', 'HUB_EVENT_SECRET', 'STAFF_OIDC_CLIENT_SECRET', ...WHATSAPP_SECRETS, ...INSTAGRAM_SECRETS]);

/**
 * Every setting, validated at start-up. A bad value stops the process with a message that names
 * the variable, before anything listens or writes.
 */
export const EnvSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be from 0 to 65535')
    .max(65535, 'must be from 0 to 65535')
    .default(3978),
  POLICY: z.string().regex(/^[a-z0-9-]+$/, 'must be a policy id such as housing-ombudsman-code').default('housing-ombudsman-code'),
  POLICY_FILE: z.string().min(1).optional(),
  DATABASE_PATH: z.string().min(1, 'must not be empty').default('./data/complaints.db'),
  /**
   * Set: the shared PostgreSQL store (several instances may run on it) instead of the SQLite file
   * at DATABASE_PATH. Never printed: it usually carries a password.
   */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .refine((u) => URL.canParse(u), 'must be a URL such as postgres://user:password@host:5432/database')
    .optional(),
  /** Pool sizes, timeouts and TLS for PostgreSQL, with their defaults; read only when DATABASE_URL is set. */
  ...PgSettingsSchema.omit({ DATABASE_URL: true }).shape,
  BANK_HOLIDAYS_PATH: z.string().min(1).optional(),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: z.string().default(''),
  /**
   * Days an idle conversation's state, transcript and kept replies are kept (and a silent
   * resident's own state); filed cases are kept regardless. See the README for why 90.
   */
  RETENTION_DAYS: z.coerce
    .number({ error: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(1, 'must be at least 1 day')
    .max(3650, 'must be at most 3650 days (10 years)')
    .default(90),
  /** Empty or absent: the staff API is disabled and every /staff route answers 404. */
  STAFF_API_TOKENS: z
    .string()
    .optional()
    .transform((text, ctx): StaffToken[] => {
      if (text === undefined) return [];
      const r = parseStaffTokens(text);
      if ('tokens' in r) return r.tokens;
      ctx.issues.push({ code: 'custom', message: r.error, input: '(hidden)' });
      return z.NEVER;
    }),
  /**
   * The staff console (/staff/console) and its sign-in with named accounts (`complaints staff add`).
   * `off`: only bearer tokens, and with no STAFF_API_TOKENS every /staff route answers 404.
   */
  STAFF_CONSOLE: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  /** A console session ends this many hours after sign-in (a shift), or after STAFF_SESSION_IDLE_MINUTES unused. */
  STAFF_SESSION_HOURS: z.coerce.number({ error: 'must be a number of hours' }).int('must be a whole number of hours').min(1, 'must be at least 1 hour').max(24, 'must be at most 24 hours').default(10),
  STAFF_SESSION_IDLE_MINUTES: z.coerce
    .number({ error: 'must be a number of minutes' })
    .int('must be a whole number of minutes')
    .min(5, 'must be at least 5 minutes')
    .max(480, 'must be at most 480 minutes')
    .default(60),
  /** OpenID Connect sign-in (Microsoft Entra ID: https://login.microsoftonline.com/<tenant>/v2.0); all four or none. */
  STAFF_OIDC_ISSUER: z.url({ error: 'must be the provider\'s issuer URL' }).optional(),
  STAFF_OIDC_CLIENT_ID: z.string().min(1).optional(),
  STAFF_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  STAFF_OIDC_REDIRECT_URI: z.url({ error: 'must be this bot\'s callback URL, e.g. https://bot.example/staff/oidc/callback' }).optional(),
  /**
   * Which proxies in front of this server may name the client in X-Forwarded-For (src/client-address.ts):
   * empty for none (the socket's peer is the client), a number of hops, or addresses and CIDR ranges.
   * Every per-address limit counts by the address it gives.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((text, ctx) => {
      try {
        return parseTrustedProxies(text);
      } catch (e) {
        ctx.issues.push({ code: 'custom', message: (e as Error).message, input: text });
        return z.NEVER;
      }
    }),
  /** Messages per minute per conversation on POST /api/messages; 0 turns the limit off (load tests). */
  MESSAGE_RATE_LIMIT: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more').default(60),
  /**
   * After SIGTERM/SIGINT, how long turns in flight may take to finish before the process closes
   * the store and exits anyway. Under the platform's own limit (Kubernetes gives 30 s by default).
   */
  SHUTDOWN_GRACE_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .int('must be a whole number of seconds')
    .min(0, 'must be 0 or more')
    .max(600, 'must be at most 600 seconds')
    .default(25),
  /**
   * When staff can take a conversation (London time), e.g. "Mon-Fri 09:00-17:00; Sat 10:00-13:00",
   * "always" or "never"; closed on bank holidays and the profile's closure days. Outside them a
   * resident asking for a person is told so and offered a call back (src/handoff/staffed-hours.ts).
   */
  STAFFED_HOURS: z
    .string()
    .default(DEFAULT_STAFFED_HOURS)
    .transform((text, ctx) => {
      try {
        return { text, hours: parseStaffedHours(text) };
      } catch (e) {
        ctx.issues.push({ code: 'custom', message: (e as Error).message, input: text });
        return z.NEVER;
      }
    }),
  /** Minutes a request may wait unaccepted (in staffed hours) before the resident is offered a call back; 0 never. */
  HANDOVER_ACCEPT_MINUTES: z.coerce.number({ error: 'must be a number of minutes' }).int('must be a whole number').min(0).max(1440, 'must be at most 1440').default(15),
  /** Whether residents see a member of staff's first name on their replies (the landlord's choice). */
  HANDOVER_STAFF_FIRST_NAME: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false').transform((v) => v === 'true'),
  /**
   * Open handovers one client address may hold at once (website chat, and /api/messages without
   * an app id, where the address is the sender's): past it a new request is not queued and the
   * resident is given the phone number instead. 0 turns the cap off.
   */
  HANDOVER_MAX_OPEN_PER_ADDRESS: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more').max(1000, 'must be at most 1000').default(3),
  /** Open handovers in the whole queue (waiting, call back and taken); past it, as above. 0 turns the cap off. */
  HANDOVER_MAX_OPEN: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more').max(1_000_000, 'must be at most 1000000').default(500),
  /**
   * What a contact-centre hub puts in its handoff.status event's value (`secret`) on a Direct Line
   * conversation (channelId directline or webchat), where a resident's page could post the same
   * event; unset, such events are refused. Never printed.
   */
  HUB_EVENT_SECRET: z.string().min(24, 'must be at least 24 characters').max(512, 'must be at most 512 characters').optional(),
  /** WhatsApp Cloud API (src/channels/whatsapp/): all four secrets, or none and no /whatsapp route. */
  ...WhatsAppSettingsSchema.shape,
  /** Instagram messaging (src/channels/instagram/): all four, or none and no /instagram route. */
  ...InstagramSettingsSchema.shape,
  /** Website chat (src/directline/): where this server is reached; the bot's serviceUrl for self-hosted Direct Line. */
  PUBLIC_URL: z
    .string()
    .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), 'must be an http:// or https:// URL, e.g. https://chat.example.org')
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  /** Signs self-hosted Direct Line tokens; generated and kept in the store when unset. Never printed. */
  DIRECT_LINE_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').max(512, 'must be at most 512 characters').optional(),
  /** Set: POST /directline/token exchanges it for an Azure Bot Service Direct Line token. Never printed. */
  DIRECT_LINE_SECRET: z.string().min(1).max(512, 'must be at most 512 characters').optional(),
  DIRECT_LINE_ENDPOINT: z
    .string()
    .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), 'must be an https:// URL such as https://europe.directline.botframework.com/v3/directline')
    .transform((u) => u.replace(/\/+$/, ''))
    .default('https://directline.botframework.com/v3/directline'),
  /** Direct Line tokens minted per minute per client address (POST /directline/token); 0 turns the limit off. */
  DIRECT_LINE_TOKEN_RATE_LIMIT: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more').default(10),
  /** Self-hosted Direct Line WebSocket streams open on one instance at once; past it a stream is refused (503) until one closes. */
  DIRECT_LINE_STREAM_MAX: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be 1 or more').max(100_000, 'must be at most 100000').default(1000),
  /** Streams one conversation may hold open on one instance (a resident's tabs, and a reconnection overlapping a dying socket). */
  DIRECT_LINE_STREAMS_PER_CONVERSATION: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be 1 or more').max(20, 'must be at most 20').default(3),
  /** How often an instance asks the store for activities other instances appended to its open streams' conversations (one read each time). */
  DIRECT_LINE_STREAM_POLL_MS: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(100, 'must be at least 100').max(60_000, 'must be at most 60000').default(1000),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  /** The chat page at / (src/webchat/settings.ts). */
  ...WebChatSettingsSchema.shape,
});
export type Env = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function readEnv(source: Record<string, string | undefined>): Env {
  // Treat "PORT=" like an unset variable, as shells and .env files commonly leave them.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const r = EnvSchema.safeParse(cleaned);
  if (r.success) {
    const env = r.data;
    if (env.MicrosoftAppType === 'SingleTenant' && env.MicrosoftAppId && !env.MicrosoftAppTenantId) {
      throw new ConfigError('MicrosoftAppTenantId: required when MicrosoftAppType is SingleTenant');
    }
    const oidc = ['STAFF_OIDC_ISSUER', 'STAFF_OIDC_CLIENT_ID', 'STAFF_OIDC_CLIENT_SECRET', 'STAFF_OIDC_REDIRECT_URI'] as const;
    const missing = oidc.filter((k) => !env[k]);
    if (missing.length > 0 && missing.length < oidc.length) throw new ConfigError(`${missing[0]}: required when ${oidc.find((k) => env[k])} is set`);
    if (env.MicrosoftAppId && env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
      throw new ConfigError('MicrosoftAppPassword: required when MicrosoftAppId is set');
    }
    const webchat = webChatSettingsProblem(env);
    if (webchat) throw new ConfigError(webchat);
    return env;
  }
  const lines = r.error.issues.map((i) => {
    const name = String(i.path[0] ?? 'environment');
    return SECRETS.has(name) ? `${name}: ${i.message}` : `${name}: ${i.message} (got ${JSON.stringify(source[name] ?? null)})`;
  });
  throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
}

/**
 * Names of the bot's own families of settings: a variable that starts with one of these and is no
 * setting is almost always a misspelt one (`STAFF_API_TOKEN`, `DATABASE_POOLSIZE`), which would
 * otherwise be ignored without a word, leaving the staff API off or a pool at its default.
 */
const SETTING_PREFIXES = ['HUB_', 'STAFF_', 'STAFFED_', 'DATABASE_', 'WEBCHAT_', 'DIRECT_LINE_', 'WHATSAPP_', 'INSTAGRAM_', 'HANDOVER_', 'RETENTION_', 'SHUTDOWN_', 'MESSAGE_RATE', 'TURN_LOCK_', 'BANK_HOLIDAY', 'POLICY', 'PUBLIC_URL', 'TRUSTED_'];

/**
 * Variables in the environment that look like settings of this bot but are none, each with the
 * setting it most likely meant (or null): for a warning at start-up, naming the variable, never
 * its value. Not an error, since another program's variable may share a prefix.
 */
export function unknownSettings(source: Record<string, string | undefined>): Array<{ name: string; meant: string | null }> {
  const known = Object.keys(EnvSchema.shape);
  return Object.keys(source)
    .filter((name) => SETTING_PREFIXES.some((p) => name.startsWith(p)) && !known.includes(name))
    .sort()
    .map((name) => {
      let meant: string | null = null;
      let best = 4; // at most three letters apart
      for (const k of known) {
        const d = editDistance(name, k);
        if (d < best) [best, meant] = [d, k];
      }
      return { name, meant };
    });
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/**
 * Settings that are valid but leave part of the bot not working as its setting implies: said once
 * in the log at start-up. On PostgreSQL (several instances) without PUBLIC_URL, each instance
 * names itself as the website chat's serviceUrl, so a member of staff signed in on one instance
 * cannot reach a resident whose chat came in through another (their reply is `502 NotDelivered`).
 */
export function settingWarnings(env: Env): string[] {
  const out: string[] = [];
  if (env.DATABASE_URL && !env.PUBLIC_URL && !env.DIRECT_LINE_SECRET) {
    out.push(
      'PUBLIC_URL is not set: with several instances on DATABASE_URL, set it on every instance to the address in front of them (the load balancer), or staff replies sent from one instance cannot reach a website chat that came in through another',
    );
  }
  if (env.DIRECT_LINE_SECRET && !env.HUB_EVENT_SECRET) {
    out.push(
      'HUB_EVENT_SECRET is not set: handoff.status events from Azure Direct Line (channelId directline or webchat) are refused, since the resident\'s page could send them as well as a hub; a hub on Direct Line must put HUB_EVENT_SECRET in each event\'s value as "secret"',
    );
  }
  return out;
}
