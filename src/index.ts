import { existsSync } from 'node:fs';
import { createApp } from './app';
import { ConfigError, readEnv } from './config/env';

// A .env file, if there is one, fills in settings not already in the environment.
if (existsSync('.env')) process.loadEnvFile('.env');

function start(): void {
  let app;
  try {
    const env = readEnv(process.env);
    app = createApp(env);
    const { server, profile } = app;
    server.listen(env.PORT, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : env.PORT;
      console.log(`Complaints bot listening on http://localhost:${port}/api/messages (health: /healthz)`);
      console.log(`Policy: ${profile.id} (${profile.name.en}, version ${profile.version}); database: ${env.DATABASE_PATH}`);
    });
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`Cannot start: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
  const stop = () => {
    void app.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

start();
