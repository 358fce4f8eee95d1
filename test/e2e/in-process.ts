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
