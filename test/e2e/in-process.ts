import type { AddressInfo } from 'node:net';
import { type App, createApp } from '../../src/app';
import { FixedClock } from '../../src/clock/clock';
import { readEnv } from '../../src/config/env';
import { tempDbPath } from './server';
import { createLogger } from '../../src/log';

/**
 * The production app (createApp: the real adapter with its onTurnError, the transcript
 * middleware, the turn queue and the restify server) listening on a free port in this process,
 * at a server time the test moves. A spawned `npm start` runs on the real clock, and the
 * channel's `timestamp` no longer moves time, so tests about dates use this instead.
 */
export interface InProcessBot {
  url: string;
  app: App;
  clock: FixedClock;
  /** Everything the app logged. */
  output: () => string;
  stop(): Promise<void>;
}

export async function startInProcess(settings: Record<string, string> = {}, at = '2026-11-23T10:00:00Z'): Promise<InProcessBot> {
  const clock = new FixedClock(at);
  const lines: string[] = [];
  const app = await createApp(readEnv({ DATABASE_PATH: tempDbPath(), ...settings }), createLogger('info', { write: (line: string) => void lines.push(line) }), { clock });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, app, clock, output: () => lines.join('\n'), stop: () => app.close() };
}

/**
 * The production app in this process on the real clock, shaped as startBot's bot (url, dbPath,
 * output, stop), logging at the LOG_LEVEL given as `npm start` would. For tests about what
 * crosses HTTP (channels' activities, webhooks, re-delivery) rather than about the process: the
 * settings read at start, refused starts, signals and exit codes stay with startBot (./server),
 * which spawns `npm start`'s entry point. Here the app costs its turns only: a spawned bot also
 * loads botbuilder and the dialogs again, about 3 s of CPU a start.
 */
export interface ServedInProcess {
  url: string;
  app: App;
  dbPath: string;
  output: () => string;
  stop(): Promise<void>;
}

export async function serveInProcess(settings: Record<string, string> = {}, dbPath = tempDbPath()): Promise<ServedInProcess> {
  const env = readEnv({ DATABASE_PATH: dbPath, ...settings });
  const lines: string[] = [];
  const app = await createApp(env, createLogger(env.LOG_LEVEL, { write: (line: string) => void lines.push(line) }));
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, app, dbPath, output: () => lines.join('\n'), stop: () => app.close() };
}
