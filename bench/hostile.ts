/**
 * The hostile requests of issue #13 against a running bot, for before/after figures:
 *   npx tsx bench/hostile.ts http://localhost:4101 <pid> [--slow] [--only=2,3]
 * Each line reports the status (or what happened to the connection), the server's RSS and CPU
 * from /proc, and whether /healthz still answers. `--slow` also drips a body one byte every 2 s
 * and reports when the server drops it (up to 400 s).
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';

const [url, pidText] = process.argv.slice(2);
const pid = Number(pidText);
const base = {
  type: 'message',
  channelId: 'test',
  serviceUrl: 'http://localhost',
  deliveryMode: 'expectReplies',
  recipient: { id: 'bot' },
};

function rssMiB(): number {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}
function cpuSeconds(): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}
function alive(): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function post(body: Buffer | string, headers: Record<string, string> = {}): Promise<string> {
  try {
    const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    return `${res.status} ${(await res.text()).slice(0, 120)}`;
  } catch (e) {
    return `connection failed: ${(e as Error).cause ?? (e as Error).message}`;
  }
}

async function healthMs(): Promise<string> {
  const t = performance.now();
  try {
    const res = await fetch(`${url}/healthz`);
    return `${res.status} in ${Math.round(performance.now() - t)} ms`;
  } catch {
    return 'no answer';
  }
}

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');

async function measure(name: string, run: () => Promise<string>): Promise<void> {
  if (only && !only.includes(name.slice(0, 1))) return;
  if (!alive()) return console.log(`${name}: server already dead`);
  const rss0 = rssMiB();
  const cpu0 = cpuSeconds();
  const t = performance.now();
  const result = await run();
  const ms = Math.round(performance.now() - t);
  await new Promise((r) => setTimeout(r, 300));
  if (!alive()) return console.log(`${name}: ${result}; PROCESS DIED`);
  console.log(`${name}: ${result}; ${ms} ms; CPU ${(cpuSeconds() - cpu0).toFixed(2)} s; RSS ${rss0} -> ${rssMiB()} MiB; healthz ${await healthMs()}`);
}

function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

async function main() {
  const activity = (conv: string, extra: object = {}) => JSON.stringify({ ...base, id: `h-${conv}-${Date.now()}`, text: 'hello', from: { id: 'u' }, conversation: { id: conv }, ...extra });
  await measure('1 truncated gzip (12 bytes)', () => post(gzipSync(activity('trunc')).subarray(0, 12), { 'content-encoding': 'gzip' }));
  // 300 MB of spaces before a valid activity compresses to about 300 KB.
  const bomb = gzipSync(Buffer.concat([Buffer.alloc(300 * 1024 * 1024, ' '), Buffer.from(activity('bomb'))]), { level: 9 });
  await measure(`2 gzip bomb (${Math.round(bomb.length / 1024)} KB)`, () => post(bomb, { 'content-encoding': 'gzip' }));
  await measure('3 20,000-deep nested from', () => post(`{"type":"message","channelId":"test","serviceUrl":"http://localhost","deliveryMode":"expectReplies","conversation":{"id":"deep"},"recipient":{"id":"bot"},"from":{"id":"u","name":"Resident Name","x":${nested(20000)}}}`));
  const big = 'My boiler is broken and the damp is everywhere. '.repeat(Math.ceil((1000 * 1024) / 48)).slice(0, 1000 * 1024);
  // Into conversations already past the greeting, so the text reaches triage as a resident's would.
  const run = Date.now();
  for (const i of [0, 1, 2, 3]) for (const text of ['hi', 'English']) if (!only || only.includes('4')) await post(activity(`big-${run}-${i}`, { text, id: `${text}-${i}` }));
  await measure('4 four 1,000 KB texts at once', async () => {
    const started = Promise.all([0, 1, 2, 3].map((i) => post(activity(`big-${run}-${i}`, { text: big }))));
    await new Promise((r) => setTimeout(r, 50));
    const h = await healthMs();
    const results = await started;
    return `${results.map((r) => r.slice(0, 3)).join(',')}; healthz during: ${h}`;
  });
  if (process.argv.includes('--slow') || only?.includes('5')) {
    await measure('5 slow body (1 byte / 2 s)', () =>
      new Promise<string>((resolve) => {
        const t = performance.now();
        const req = request(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '100000' } });
        const drip = setInterval(() => req.write(' '), 2000);
        const done = (what: string) => {
          clearInterval(drip);
          resolve(`${what} after ${Math.round((performance.now() - t) / 1000)} s`);
        };
        req.on('response', (res) => done(`answered ${res.statusCode}`));
        req.on('error', (e) => done(`dropped (${(e as NodeJS.ErrnoException).code ?? e.message})`));
        setTimeout(() => {
          req.destroy();
          done('still open');
        }, 400_000);
      }),
    );
  }
}

void main();
