import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entry } from '../support/compiled';

/**
 * Starts the real bot (npm start's entry point: dist/ when current, else the sources with tsx; see
 * test/support/compiled.ts) on a free port, with its own database file.
 */
export interface RunningBot {
  url: string;
  proc: ChildProcess;
  dbPath: string;
  output: () => string;
  /**
   * Waits until the log holds a line matching `line` (something the bot logs at or after what a
   * test is about), and returns everything logged up to then. The bot writes its log lines
   * asynchronously, in order (src/log-output.ts): a test that reads `output()` just after a
   * request may read before the request's lines are written, and an assertion that a secret is
   * NOT in the log would then pass on a log not yet written. Once a later line is here, every
   * earlier one is. No deadline of its own (the test's bounds it, on a busy machine); rejects if
   * the bot exits first.
   */
  logged(line: RegExp, what: string): Promise<string>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function tempDbPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'complaints-')), 'complaints.db');
}

export async function startBot(env: Record<string, string> = {}, dbPath = tempDbPath(), nodeArgs: string[] = []): Promise<RunningBot> {
  const proc = spawn(process.execPath, [...nodeArgs, ...entry('server')], {
    env: { ...process.env, PORT: '0', DATABASE_PATH: dbPath, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot did not start:\n${out}`)), 150_000);
    proc.stdout!.on('data', () => {
      const m = /listening on (http:\/\/localhost:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bot exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    proc,
    dbPath,
    output: () => out,
    logged: (line, what) =>
      new Promise<string>((resolve, reject) => {
        const check = () => {
          if (!line.test(out)) return false;
          proc.stdout!.off('data', check);
          proc.off('exit', gone);
          resolve(out);
          return true;
        };
        const gone = () => {
          proc.stdout!.off('data', check);
          reject(new Error(`the bot exited before logging ${what}:\n${out}`));
        };
        if (check()) return;
        proc.stdout!.on('data', check);
        proc.once('exit', gone);
      }),
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        // Already gone (exited, or killed by a signal: then exitCode stays null).
        if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill(signal);
      }),
  };
}

/** Runs the entry point expecting it to refuse to start; returns its exit code and output. */
export function failedStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, entry('server'), { env: { ...process.env, PORT: '0', DATABASE_PATH: tempDbPath(), ...env } });
    let out = '';
    proc.stdout.on('data', (d) => (out += d));
    proc.stderr.on('data', (d) => (out += d));
    // 'close', not 'exit': the pipes may still hold the last lines when the process has exited,
    // and a test that says a secret is not in the output must read all of it.
    proc.on('close', (code) => resolve({ code, output: out }));
  });
}

let counter = 0;
/** One conversation over HTTP with deliveryMode "expectReplies", as integrators drive it. */
export interface Posted {
  status: number;
  retryAfter: string | null;
  body: { activities?: Array<{ text?: string }>; code?: string; message?: string };
  /** The replies' texts, one a line. */
  text: string;
}

/** One message activity POSTed as a channel would, with deliveryMode "expectReplies". */
export async function postMessage(url: string, m: { conversation: string; user: string; text: string; id: string; extra?: Record<string, unknown>; headers?: Record<string, string> }): Promise<Posted> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...m.headers },
    body: JSON.stringify({
      type: 'message',
      id: m.id,
      text: m.text,
      channelId: 'test',
      serviceUrl: 'http://localhost',
      deliveryMode: 'expectReplies',
      from: { id: m.user, role: 'user' },
      recipient: { id: 'bot' },
      conversation: { id: m.conversation },
      ...m.extra,
    }),
  });
  const body = (await res.json().catch(() => ({}))) as Posted['body'];
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body, text: (body.activities ?? []).map((a) => a.text ?? '').join('\n') };
}

export function httpConversation(url: string, conversationId = `conv-${Date.now()}-${counter++}`, userId = 'user-1') {
  return {
    async say(text: string, extra: Record<string, unknown> = {}): Promise<string[]> {
      const r = await postMessage(url, { conversation: conversationId, user: userId, text, id: `act-${counter++}`, extra });
      if (r.status !== 200) throw new Error(`HTTP ${r.status}: ${JSON.stringify(r.body)}`);
      return (r.body.activities ?? []).map((a) => a.text ?? '');
    },
  };
}
