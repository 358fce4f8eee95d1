import { existsSync } from 'node:fs';
import { createApp } from './app';
import { ConfigError, readEnv } from './config/env';
import { createLogger, safeError } from './log';

// A .env file, if there is one, fills in settings not already in the environment.
if (existsSync('.env')) process.loadEnvFile('.env');

async function start(): Promise<void> {
  let app;
  let log = createLogger('info');
  try {
    const env = readEnv(process.env);
    log = createLogger(env.LOG_LEVEL);
    keepServing(log);
    app = await createApp(env, log);
    const { server, profile } = app;
    server.listen(env.PORT, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : env.PORT;
      log.info(`Complaints bot listening on http://localhost:${port}/api/messages (health: /healthz)`);
      log.info(`Policy: ${profile.id} (${profile.name.en}, version ${profile.version}); store: ${env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : env.DATABASE_PATH}`);
    });
  } catch (e) {
    if (e instanceof ConfigError) {
      // Plain text on stderr, as an operator reads it; a setting's value is never a secret here (see env.ts).
      console.error(`Cannot start: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
  const stop = () => {
    void app!.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
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

void start();
