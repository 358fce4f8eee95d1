/** A plain `ws` client of the Direct Line stream, as DirectLineJS reads it, for the website chat tests. */
import WebSocket from 'ws';
import type { DlActivity } from './directline-client';

export interface ActivitySet {
  activities: DlActivity[];
  watermark: string;
}

/** Generous: two cores shared by eight engineers' test runs. */
const WAIT_MS = 30_000;

export class StreamClient {
  /** Every message received, heartbeats ('') included, in order. */
  readonly messages: string[] = [];
  readonly sets: ActivitySet[] = [];
  closed?: { code: number; reason: string };
  private readonly waiters: Array<() => void> = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const text = data.toString();
      this.messages.push(text);
      if (text) this.sets.push(JSON.parse(text) as ActivitySet);
      this.wake();
    });
    socket.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
  }

  /** Opens `url`; resolves once open, or rejects with the HTTP status of a refused upgrade. */
  static open(url: string): Promise<StreamClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      const client = new StreamClient(socket);
      socket.once('open', () => resolve(client));
      socket.once('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => reject(Object.assign(new Error(`HTTP ${res.statusCode}`), { status: res.statusCode, body: body ? JSON.parse(body) : undefined })));
      });
      socket.once('error', (e) => reject(e));
    });
  }

  /** Every activity received so far, in order. */
  get activities(): DlActivity[] {
    return this.sets.flatMap((s) => s.activities);
  }

  get watermark(): string | undefined {
    return this.sets.at(-1)?.watermark;
  }

  /** Resolves once `ready()` holds, checked after each message (and at once). */
  async until(ready: () => boolean, what: string, ms = WAIT_MS): Promise<void> {
    const deadline = Date.now() + ms;
    while (!ready()) {
      if (Date.now() > deadline) throw new Error(`stream: waited ${ms} ms for ${what}; got ${JSON.stringify(this.messages).slice(0, 2000)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 250);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Resolves once the server has closed the stream. */
  async untilClosed(ms = WAIT_MS): Promise<{ code: number; reason: string }> {
    await this.until(() => this.closed !== undefined, 'the stream to close', ms);
    return this.closed!;
  }

  close(): void {
    this.socket.close();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}
