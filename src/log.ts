import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { LogLevel } from './config/env';

export type { Logger };

/**
 * Field names that can carry a resident's words, who they are or how to reach them, or a
 * credential. Whatever object a log line is given, these are censored at the top level and two
 * levels down, so a careless `log.info({ activity })` still writes nothing personal.
 */
const SENSITIVE_KEYS = [
  'text',
  'speak',
  'summary',
  'name',
  'firstName',
  'lastName',
  'surname',
  'email',
  'phone',
  'mobile',
  'telephone',
  'contact',
  'postcode',
  'address',
  'description',
  'body',
  'authorization',
  'Authorization',
  'cookie',
  'token',
  'accessToken',
  'password',
  'secret',
  'MicrosoftAppPassword',
  'STAFF_API_TOKENS',
];

export const REDACT_PATHS = SENSITIVE_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);

/**
 * The process's one logger: JSON lines on stdout (pino), personal data and credentials censored
 * by `redact`. Messages passed to it are still the caller's responsibility: they name what
 * happened and ids, never what a resident wrote.
 */
export function createLogger(level: LogLevel = 'info', destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    base: { service: 'complaints-intake-bot' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { err: safeError, error: safeError },
  };
  // Written synchronously, not pino's default of buffered writes flushed at exit: when stdout is a
  // pipe whose reader has gone (`npm start | head`, a log shipper that died), the flush at
  // process.exit retried the refused write for ever (sonic-boom's flushSync retries every error),
  // and a SIGTERM'd server never exited. A synchronous write sees EPIPE at once, and pino then
  // stops logging to the closed pipe.
  return pino(options, destination ?? pino.destination({ fd: 1, sync: true }));
}

/**
 * An error as a log line may hold it: its type, code and where it was thrown, never its message,
 * which can quote the input that caused it (a resident's words, a request sent to a channel).
 */
export type SafeError = { type: string; code?: string; status?: number; stack?: string };

// Callers write `{ err: safeError(e) }` and the logger's serializer runs safeError again on that
// field: without this, the second pass saw a plain object and every error was logged as
// `{"type":"object"}`, with no type, code or stack for an operator to go on.
const alreadySafe = new WeakSet<object>();

export function safeError(e: unknown): SafeError {
  if (typeof e === 'object' && e !== null && alreadySafe.has(e)) return e as SafeError;
  const safe = describeError(e);
  alreadySafe.add(safe);
  return safe;
}

function describeError(e: unknown): SafeError {
  if (!(e instanceof Error)) return { type: typeof e };
  const { code, statusCode } = e as Error & { code?: unknown; statusCode?: unknown };
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 12)
    .map((l) => l.trim())
    .join('\n');
  return {
    type: e.constructor?.name || e.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    ...(typeof statusCode === 'number' ? { status: statusCode } : {}),
    ...(frames ? { stack: frames } : {}),
  };
}

/**
 * The logger restify gets. It would otherwise write whole requests (headers, bodies) when a
 * response cannot be formatted; here a request is its method and path, nothing more.
 */
export function frameworkLogger(log: Logger): Logger {
  return log.child(
    { component: 'restify' },
    {
      serializers: {
        req: (req: { method?: string; url?: string }) => ({ method: req?.method, path: String(req?.url ?? '').split('?')[0].slice(0, 200) }),
        res: (res: { statusCode?: number }) => ({ status: res?.statusCode }),
        value: () => '[omitted]',
        err: safeError,
      },
    },
  );
}
