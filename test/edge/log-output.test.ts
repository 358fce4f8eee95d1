/**
 * The log's stdout against a slow or stalled reader (src/log-output.ts): logging never waits for
 * the reader, what it has not taken yet is held (up to a bound) and written in order, a graceful
 * exit waits for it, and a reader that has gone ends the output instead of hanging the process.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LogOutput } from '../../src/log-output';

type Callback = (error: NodeJS.ErrnoException | null, written: number) => void;

/** A descriptor whose writes complete only when the test says, each taking at most `take` bytes. */
function stalledFd(take = Infinity) {
  const calls: Array<{ data: Buffer; done: Callback }> = [];
  const got: Buffer[] = [];
  const write = (_fd: number, data: Buffer, done: Callback) => void calls.push({ data, done });
  /** Completes the oldest write in flight: `error`, or as many bytes as the reader takes. */
  const release = (error?: string) => {
    const call = calls.shift()!;
    if (error) return call.done(Object.assign(new Error(error), { code: error }), 0);
    const n = Math.min(take, call.data.length);
    got.push(call.data.subarray(0, n));
    call.done(null, n);
  };
  return { write, calls, release, text: () => Buffer.concat(got).toString('utf8') };
}

const flushMicrotasks = () => new Promise((r) => setImmediate(r));

describe('LogOutput: stdout written asynchronously, bounded, drained at exit', () => {
  it('returns at once while the reader is stalled, one write in flight, and writes everything in order once it reads', async () => {
    const fd = stalledFd();
    const out = new LogOutput({ write: fd.write });
    for (let i = 0; i < 100; i++) expect(out.write(`line ${i}\n`)).toBe(true);
    expect(fd.calls).toHaveLength(1);
    expect(out.pending).toBeGreaterThan(0);
    let drained: boolean | undefined;
    void out.drain(10_000).then((d) => (drained = d));
    while (fd.calls.length) {
      fd.release();
      await flushMicrotasks();
    }
    expect(fd.text()).toBe(Array.from({ length: 100 }, (_, i) => `line ${i}\n`).join(''));
    await flushMicrotasks();
    expect(drained).toBe(true);
    expect(out.pending).toBe(0);
  });

  it('resumes a partial write from the byte it stopped at, Welsh letters whole, and retries a full descriptor (EAGAIN)', async () => {
    const fd = stalledFd(7);
    const out = new LogOutput({ write: fd.write });
    const lines = ['{"msg":"ŵyr ŷd"}\n', '{"msg":"Llŷn"}\n'];
    for (const l of lines) out.write(l);
    fd.release('EAGAIN');
    await new Promise((r) => setTimeout(r, 50));
    for (let n = 0; n < 20 && fd.calls.length; n++) {
      fd.release();
      await flushMicrotasks();
    }
    expect(fd.text()).toBe(lines.join(''));
    expect(await out.drain(100)).toBe(true);
  });

  it('drops past its bound rather than grow without limit, and says how many once the reader has caught up', async () => {
    const fd = stalledFd();
    const told: number[] = [];
    const out = new LogOutput({ write: fd.write, maxBytes: 90, onDropped: (n) => (told.push(n), out.write(`dropped ${n}\n`)) });
    for (let i = 0; i < 20; i++) out.write(`line ${String(i).padStart(3, '0')}\n`);
    // Nine-byte lines, ninety bytes held (the write in flight counts): ten kept, ten dropped.
    expect(out.dropped).toBe(10);
    expect(told).toEqual([]);
    while (fd.calls.length) {
      fd.release();
      await flushMicrotasks();
    }
    expect(told).toEqual([10]);
    expect(fd.text()).toBe(`${Array.from({ length: 10 }, (_, i) => `line ${String(i).padStart(3, '0')}\n`).join('')}dropped 10\n`);
  });

  it('ends when the reader has gone (EPIPE): nothing thrown, nothing retried, and a drain answers false at once', async () => {
    const fd = stalledFd();
    const out = new LogOutput({ write: fd.write });
    out.write('a\n');
    out.write('b\n');
    const drain = out.drain(60_000);
    fd.release('EPIPE');
    expect(await drain).toBe(false);
    expect(out.ended).toBe(true);
    expect(out.write('c\n')).toBe(false);
    expect(fd.calls).toHaveLength(0);
  });

  it('in a process whose stdout is not being read: logging returns, the lines wait, and every one arrives before it exits, censored', async () => {
    const proc = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../fixtures/log-burst.ts')], { env: { ...process.env, LINES: '4000' }, stdio: ['ignore', 'pipe', 'pipe'] });
    // Not read until the process says its 4000 logging calls (1.6 MB, far past what the pipe
    // holds) have returned: written synchronously, they could not return until it was.
    proc.stdout.pause();
    let err = '';
    proc.stderr.on('data', (d) => (err += d));
    const logged = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 60_000);
      proc.stderr.on('data', () => err.includes('logged') && (clearTimeout(timer), resolve(true)));
    });
    expect(logged).toBe(true);
    expect(err).not.toContain('drained');
    let out = '';
    proc.stdout.on('data', (d) => (out += d));
    proc.stdout.resume();
    const code = await new Promise<number | null>((resolve) => proc.on('exit', resolve));
    expect(code).toBe(0);
    expect(err).toContain('drained true');
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { seq: number; text?: string });
    expect(lines.map((l) => l.seq)).toEqual(Array.from({ length: 4001 }, (_, i) => i));
    expect(out).not.toMatch(/Rhian|07700|Heol/);
    expect(lines[0].text).toBe('[redacted]');
  }, 120_000);
});
