/**
 * Log lines against a slow or stalled log reader: how long the event loop stalls, and whether
 * any line is lost by the time a graceful shutdown has exited, with stdout written synchronously
 * (pino.destination({ sync: true }), the fifteenth session's choice) or asynchronously with a
 * bounded buffer (src/log-output.ts).
 *
 *   npx tsx bench/log-reader.ts [--seconds 6] [--rate 200]
 *
 * Each run is a shell pipeline, `writer | reader`, so stdout is a real pipe (64 KiB on Linux) as
 * under `node dist/src/index.js | shipper`, not the socket pair Node gives a child's stdio.
 * The writer logs `rate` lines a second (about 400 bytes each, the size of a turn's line) from a
 * 10 ms timer for `seconds`, records the event loop's delay (perf_hooks), then logs its last
 * line, drains and exits as the server's shutdown does. The reader takes 16 KiB at a time:
 * - fast: as fast as it can;
 * - slow: 16 KiB every 250 ms (64 KiB/s, below the writer's rate: a shipper that cannot keep up);
 * - stalled: nothing for 3 s, then fast (a shipper restarting);
 * - gone: reads for 1 s and exits (the writer must still exit, at once).
 * The reader counts the lines by their `seq` and reports any missing. Wall-clock figures are
 * only comparable within one run of this command, on the same machine.
 */
import { spawnSync } from 'node:child_process';
import { readSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { resolve } from 'node:path';
import pino from 'pino';
import { createLogger } from '../src/log';
import { LogOutput } from '../src/log-output';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

async function writer(mode: 'sync' | 'async', seconds: number, rate: number): Promise<void> {
  let dropped = 0;
  const output = mode === 'async' ? new LogOutput({ onDropped: (n) => (dropped += n) }) : undefined;
  const log = createLogger('info', output ?? pino.destination({ fd: 1, sync: true }));
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const pad = 'x'.repeat(260);
  let seq = 0;
  const perTick = rate / 100;
  let owed = 0;
  await new Promise<void>((done) => {
    const started = performance.now();
    const tick = setInterval(() => {
      // Lines owed by the clock, not by ticks: a stalled loop catches up, as turns queued behind it would.
      owed = ((performance.now() - started) / 10) * perTick - seq;
      for (; owed >= 1; owed--) log.info({ seq: seq++, handoff: 4812, channel: 'webchat', pad }, 'turn answered');
      if (performance.now() - started >= seconds * 1000) {
        clearInterval(tick);
        done();
      }
    }, 10);
  });
  delay.disable();
  log.info({ seq: seq++, last: true }, 'shut down');
  const t0 = performance.now();
  const drained = output ? await output.drain(20_000) : true;
  const report = {
    mode,
    written: seq,
    loopMaxMs: Math.round(delay.max / 1e6),
    loopP99Ms: Math.round(delay.percentile(99) / 1e6),
    loopMeanMs: Number((delay.mean / 1e6).toFixed(1)),
    drainMs: Math.round(performance.now() - t0),
    drained,
    dropped: output?.dropped ?? 0,
    droppedReported: dropped,
  };
  process.stderr.write(`${JSON.stringify(report)}\n`);
  process.exit(0);
}

function reader(kind: string): void {
  const buf = Buffer.alloc(16 * 1024);
  const started = Date.now();
  let rest = '';
  const seen = new Set<number>();
  let last = false;
  if (kind === 'stalled') sleep(3000);
  for (;;) {
    if (kind === 'gone' && Date.now() - started > 1000) break;
    let n: number;
    try {
      n = readSync(0, buf);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        sleep(5);
        continue;
      }
      throw e;
    }
    if (n === 0) break;
    const lines = (rest + buf.toString('utf8', 0, n)).split('\n');
    rest = lines.pop()!;
    for (const line of lines) {
      const parsed = JSON.parse(line) as { seq?: number; last?: boolean };
      if (typeof parsed.seq === 'number') seen.add(parsed.seq);
      if (parsed.last) last = true;
    }
    if (kind === 'slow') sleep(250);
  }
  const max = seen.size ? Math.max(...seen) : -1;
  let missing = 0;
  for (let i = 0; i <= max; i++) if (!seen.has(i)) missing++;
  process.stdout.write(`${JSON.stringify({ reader: kind, received: seen.size, missing, lastLineArrived: last, readerSeconds: (Date.now() - started) / 1000 })}\n`);
  process.exit(0);
}

function main(): void {
  const seconds = Number(arg('seconds', '6'));
  const rate = Number(arg('rate', '200'));
  const self = resolve(__filename);
  const tsx = resolve(__dirname, '../node_modules/.bin/tsx');
  console.log(`${rate} lines/s of about 400 bytes for ${seconds} s, then shutdown; loop delay from perf_hooks (5 ms resolution)`);
  console.log('reader   mode   written  received  missing  last-line  loop-max-ms  loop-p99-ms  loop-mean-ms  drain-ms  dropped  exited-after-s');
  for (const kind of ['fast', 'slow', 'stalled', 'gone']) {
    for (const mode of ['sync', 'async']) {
      const started = Date.now();
      const run = spawnSync('bash', ['-c', `"${tsx}" "${self}" --writer ${mode} --seconds ${seconds} --rate ${rate} | "${tsx}" "${self}" --reader ${kind}`], { encoding: 'utf8', timeout: 120_000 });
      const w = JSON.parse(run.stderr.trim().split('\n').filter((l) => l.startsWith('{')).pop() ?? '{}');
      const r = JSON.parse(run.stdout.trim().split('\n').pop() || '{}');
      const cells = [kind.padEnd(8), mode.padEnd(6), String(w.written).padStart(7), String(r.received).padStart(9), String(r.missing).padStart(8), String(r.lastLineArrived).padStart(10),
        String(w.loopMaxMs).padStart(12), String(w.loopP99Ms).padStart(12), String(w.loopMeanMs).padStart(13), String(w.drainMs).padStart(9), String(w.dropped).padStart(8), ((Date.now() - started) / 1000).toFixed(1).padStart(15)];
      console.log(cells.join(' '));
    }
  }
}

if (args.includes('--writer')) void writer(arg('writer', 'sync') as 'sync' | 'async', Number(arg('seconds', '6')), Number(arg('rate', '200')));
else if (args.includes('--reader')) reader(arg('reader', 'fast'));
else main();
