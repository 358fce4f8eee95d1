import { existsSync } from 'node:fs';
import { ConfigError, type Env, readEnv, settingWarnings, unknownSettings } from './config/env';
import { createLogger, drainLogs, safeError } from './log';
import { holdInstanceLock, type InstanceLock } from './store/sqlite/instance-lock';

// A .env file, if there is one, fills in settings not already in the environment.
if (existsSync('.env')) process.loadEnvFile('.env');

/** How long past SHUTDOWN_GRACE_SECONDS shutdown may take (closing connections, timers and the store) before the process exits anyway. */
const SHUTDOWN_MARGIN_MS = 15_000;
/** How long an exit on failure waits for the log's last lines to be written (they say why). */
const FAILURE_LOG_DRAIN_MS = 5_000;

/**
 * Exits once the log's lines are written (or `drainMs` has passed): logging is asynchronous
 * (src/log-output.ts), so a bare process.exit would take the lines still held with it, among them
 * the one saying why the process ended.
 */
function exitAfterLogs(code: number, drainMs: number): void {
  void drainLogs(Math.max(0, drainMs)).then(() => {
    instanceLock?.release();
    process.exit(code);
  });
}

/** Kept referenced for the life of the process: a collected connection would let go of the claim. */
let instanceLock: InstanceLock | undefined;

async function start(): Promise<void> {
  let app;
  let env: Env;
  let log = createLogger('info');
  try {
    env = readEnv(process.env);
    log = createLogger(env.LOG_LEVEL);
    for (const { name, meant } of unknownSettings(process.env)) {
      log.warn({ setting: name, meant }, `${name} is not a setting of this bot and is ignored${meant ? `; did you mean ${meant}?` : ''}`);
    }
    for (const warning of settingWarnings(env)) log.warn(warning);
    keepServing(log);
    // One instance per SQLite file: a second one refuses to start (src/store/sqlite/instance-lock.ts).
    // Held until the process ends; the operating system lets go of it however it ends.
    if (!env.DATABASE_URL) instanceLock = holdInstanceLock(env.DATABASE_PATH);
    // Loaded once the settings have been read: a setting refused above fails in a fraction of the
    // time the bot, botbuilder and the dialogs take to load.
    const { createApp } = await import('./app');
    app = await createApp(env, log);
    const { server, profile } = app;
    // Before listening, an error (the port taken, no permission) is a failed start, not a request's
    // bug: without this it would reach keepServing and leave a process that serves nothing.
    const failedToListen = (e: Error) => {
      log.fatal({ err: safeError(e), code: (e as NodeJS.ErrnoException).code, port: env.PORT }, 'cannot listen');
      exitAfterLogs(1, FAILURE_LOG_DRAIN_MS);
    };
    server.once('error', failedToListen);
    server.listen(env.PORT, () => {
      server.off('error', failedToListen);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : env.PORT;
      log.info(`Complaints bot listening on http://localhost:${port}/api/messages (health: /healthz, readiness: /readyz)`);
      log.info(`Chat page: http://localhost:${port}/`);
      log.info(`Policy: ${profile.id} (${profile.name.en}, version ${profile.version}); store: ${env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : env.DATABASE_PATH}`);
    });
  } catch (e) {
    if (e instanceof ConfigError) {
      // Plain text on stderr, as an operator reads it; a setting's value is never a secret here (see env.ts).
      console.error(`Cannot start: ${e.message}`);
      exitAfterLogs(1, FAILURE_LOG_DRAIN_MS);
      return;
    }
    throw e;
  }
  const running = app;
  const graceMs = env.SHUTDOWN_GRACE_SECONDS * 1000;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second signal: the operator will not wait (log lines still held for a slow reader go too).
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    const deadline = Date.now() + graceMs + SHUTDOWN_MARGIN_MS;
    log.info({ signal, graceSeconds: env.SHUTDOWN_GRACE_SECONDS, inFlight: running.lifecycle.inFlight }, 'shutting down: no new requests; finishing turns in flight');
    // Bounded whatever holds it (a store that does not answer its close, a timer's sweep): past
    // the grace period and a margin, exit 1 rather than leave a process the supervisor must kill.
    setTimeout(() => {
      log.error({ graceSeconds: env.SHUTDOWN_GRACE_SECONDS, marginMs: SHUTDOWN_MARGIN_MS }, 'shutdown did not finish in time: exiting now');
      exitAfterLogs(1, 1_000);
    }, graceMs + SHUTDOWN_MARGIN_MS).unref();
    // Once the store is closed, the log's last lines are written before the process goes: up to
    // the same bound as the whole shutdown (a reader that has stopped for good cannot hold it).
    running.shutdown(graceMs).then(
      (drained) => {
        log.info({ drained }, 'shut down');
        exitAfterLogs(drained ? 0 : 1, deadline - Date.now());
      },
      (e: unknown) => {
        log.error({ err: safeError(e) }, 'shutdown failed');
        exitAfterLogs(1, deadline - Date.now());
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * A throw or rejection nobody caught is a bug, pinned by a test when found; one request's bug
 * must not take every resident's conversation down with it, so it is logged (type and stack,
 * never the message) and the process keeps serving.
 */
function keepServing(log: ReturnType<typeof createLogger>): void {
  process.on('uncaughtException', (e) => log.error({ err: safeError(e) }, 'uncaught exception; still serving'));
  process.on('unhandledRejection', (e) => log.error({ err: safeError(e) }, 'unhandled rejection; still serving'));
}

start().catch((e: unknown) => {
  // Start-up failed for a reason other than a setting (ConfigErrors exit above): exit non-zero so a
  // supervisor restarts or alerts, rather than leave the rejection to keepServing and exit 0.
  createLogger('info').fatal({ err: safeError(e) }, 'cannot start');
  exitAfterLogs(1, FAILURE_LOG_DRAIN_MS);
});
