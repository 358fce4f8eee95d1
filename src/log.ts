import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { LogLevel } from './config/env';
import { LOG_BUFFER_BYTES, LogOutput } from './log-output';

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
  return pino(loggerOptions(level), destination ?? stdout());
}

function loggerOptions(level: LogLevel): LoggerOptions {
  return {
    level,
    base: { service: 'complaints-intake-bot' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { err: safeError, error: safeError },
  };
}

let stdoutOutput: LogOutput | undefined;

/**
 * Stdout, shared by every logger of the process (the start-up one and the configured one), so
 * their lines keep their order: written asynchronously with a bounded buffer (src/log-output.ts),
 * as a slow or stalled log reader otherwise stalled every turn (bench/log-reader.ts). Lines
 * dropped at the bound are counted in a `warn` line once the reader has caught up.
 */
function stdout(): LogOutput {
  if (!stdoutOutput) {
    let note: Logger | undefined;
    const output = new LogOutput({
      onDropped: (dropped) => note?.warn({ dropped, bufferBytes: LOG_BUFFER_BYTES }, 'log lines dropped: the log reader fell behind by more than the buffer'),
    });
    note = pino(loggerOptions('warn'), output);
    stdoutOutput = output;
  }
  return stdoutOutput;
}

/**
 * Waits until every line logged to stdout has been written, for at most `timeoutMs`: true when
 * all were, false when the reader has gone or the time ran out. Called before the process exits
 * (index.ts), so a graceful shutdown loses no line; without it, lines still held would go with
 * the process.
 */
export function drainLogs(timeoutMs: number): Promise<boolean> {
  return stdoutOutput ? stdoutOutput.drain(timeoutMs) : Promise.resolve(true);
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
