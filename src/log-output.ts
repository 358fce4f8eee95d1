import { write as fsWrite } from 'node:fs';

/** How much the log may hold for a reader that is behind: about 10,000 lines at the usual 400 bytes. */
export const LOG_BUFFER_BYTES = 4 * 1024 * 1024;

/** How long to wait before writing again to a descriptor that was full (EAGAIN). */
const FULL_RETRY_MS = 20;

type Write = (fd: number, data: Buffer, callback: (error: NodeJS.ErrnoException | null, written: number) => void) => void;

export interface LogOutputOptions {
  fd?: number;
  /** Most bytes held waiting for the reader; a line that would go past it is dropped and counted. */
  maxBytes?: number;
  /** Told, once the held lines have all been written, how many were dropped meanwhile (never what they said). */
  onDropped?: (dropped: number) => void;
  /** fs.write, or a stand-in for tests. */
  write?: Write;
}

/**
 * Where the log's lines go: stdout, written asynchronously (fs.write, off the event loop), with
 * what the reader has not taken yet held in a bounded buffer.
 *
 * Why not synchronous writes: a log reader that is slow or stops for a while (a log shipper
 * restarting, a full disk behind it, `| less` left open) filled the 64 KiB pipe, and then every
 * log line blocked the event loop until the reader took some: every resident's turn waited on
 * the log (bench/log-reader.ts measures it). Why bounded: a reader gone for good must not grow
 * the process without limit; past the bound lines are dropped, counted, and the count is logged
 * once the reader has caught up. Why not pino's own asynchronous destination: at exit it flushes
 * synchronously, retrying a write the closed pipe refuses (EPIPE) for ever, so a server whose
 * reader had gone never exited on SIGTERM; here a closed pipe ends the output, and `drain` waits
 * on the event loop, bounded by its timeout.
 */
export class LogOutput {
  private readonly fd: number;
  private readonly maxBytes: number;
  private readonly onDropped?: (dropped: number) => void;
  private readonly fsWrite: Write;
  private held: Buffer[] = [];
  private heldBytes = 0;
  private writing = false;
  private closed = false;
  private droppedSince = 0;
  private waiting: Array<() => void> = [];
  /** Lines dropped since the start: the buffer was full. */
  dropped = 0;

  constructor(options: LogOutputOptions = {}) {
    this.fd = options.fd ?? 1;
    this.maxBytes = options.maxBytes ?? LOG_BUFFER_BYTES;
    this.onDropped = options.onDropped;
    this.fsWrite = options.write ?? (fsWrite as unknown as Write);
  }

  /** Bytes held for the reader. */
  get pending(): number {
    return this.heldBytes;
  }

  /** Whether the reader has gone (the pipe closed): nothing more is written. */
  get ended(): boolean {
    return this.closed;
  }

  write(line: string): boolean {
    if (this.closed) return false;
    const bytes = Buffer.from(line);
    if (this.heldBytes + bytes.length > this.maxBytes) {
      this.dropped++;
      this.droppedSince++;
      return false;
    }
    this.held.push(bytes);
    this.heldBytes += bytes.length;
    if (!this.writing) this.next();
    return true;
  }

  /**
   * Resolves true once every line written so far has reached the descriptor, or false if the
   * reader has gone or `timeoutMs` passes first: graceful shutdown waits on it before exiting.
   */
  drain(timeoutMs: number): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    if (!this.writing && this.heldBytes === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        resolve(!this.closed && this.heldBytes === 0);
      };
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((w) => w !== done);
        resolve(false);
      }, timeoutMs);
      this.waiting.push(done);
    });
  }

  private next(): void {
    if (this.heldBytes === 0) {
      this.writing = false;
      if (this.droppedSince > 0) {
        const n = this.droppedSince;
        this.droppedSince = 0;
        // Caught up: say what was lost (a count), which writes one line more and comes back here.
        this.onDropped?.(n);
        if (this.heldBytes > 0) return;
      }
      for (const wake of this.waiting.splice(0)) wake();
      return;
    }
    this.writing = true;
    const chunk = this.held.length === 1 ? this.held[0] : Buffer.concat(this.held);
    this.held = [];
    this.fsWrite(this.fd, chunk, (error, written) => {
      if (error) {
        if (error.code === 'EAGAIN') {
          this.held.unshift(chunk);
          setTimeout(() => this.next(), FULL_RETRY_MS);
          return;
        }
        // EPIPE (the reader has gone) or any other failure: stop writing; logging must never
        // take the process down, and there is nowhere else to say so.
        this.close();
        return;
      }
      this.heldBytes -= written;
      if (written < chunk.length) this.held.unshift(chunk.subarray(written));
      this.next();
    });
  }

  private close(): void {
    this.closed = true;
    this.writing = false;
    this.held = [];
    this.heldBytes = 0;
    for (const wake of this.waiting.splice(0)) wake();
  }
}
