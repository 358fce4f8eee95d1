/**
 * CPU per intake turn, in one process: the production app (createApp, SQLite in a temporary
 * file) and a bare echo bot (bench/echo-bot.ts) listen on loopback, and a load generator in the
 * same process drives the intake's 14-message conversation at them with "expectReplies" turns,
 * 50 conversations at once, in rounds that alternate the bots. It prints process CPU (user +
 * system, all threads, load generator included) per turn for each round and the medians.
 *
 * Why beside `npm run bench`: on a shared machine throughput swings with whatever else runs.
 * CPU per turn swings less, and far less between rounds seconds apart, so to compare a change,
 * give TURN_CPU_COMPARE the path of another checkout (its own src/, sharing this node_modules):
 * its app runs in this process too, in rounds alternating with this checkout's, and each pair of
 * rounds gives a difference. The load generator's share is the same for every bot, so "intake −
 * echo" is what the intake costs over the bare bot. Profile with:
 *   TURN_CPU_ECHO=0 node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/turn-cpu.ts
 * Run it as `node --expose-gc --import tsx bench/turn-cpu.ts` to start every round from a
 * collected heap (see cpuPerTurnUs).
 * Settings: TURN_CPU_TURNS per round (default 3000), TURN_CPU_ROUNDS (default 5), TURN_CPU_ECHO=0
 * to leave the echo bot out, TURN_CPU_COMPARE=<checkout> as above, TURN_CPU_BUILT=1 to run the
 * checkouts' compiled dist/ (`npm run build` first; a profile's line numbers are then the code's).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createEchoServer } from './echo-bot';

const SCRIPT = ['hi', 'English', 'The boiler has broken again and nobody came', 'Flat 3, 12 Park Road', '3 weeks ago', 'yes',
  'I phoned twice and they did not come', 'No hot water for the kids', 'no', '1 and 4', 'none', 'me', 'anonymous', 'yes'];
const CONCURRENCY = 50;

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
let seq = 0;

function post(port: number, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { port, host: '127.0.0.1', method: 'POST', path: '/api/messages', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => (res.statusCode === 200 && text.includes('"activities"') ? resolve() : reject(new Error(`bad reply ${res.statusCode}: ${text.slice(0, 200)}`))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** `turns` turns over CONCURRENCY conversations, each a resident going through the script. */
async function drive(port: number, turns: number, tag: string): Promise<void> {
  let left = turns;
  let conv = 0;
  const worker = async () => {
    while (left > 0) {
      const id = `${tag}-${conv++}`;
      for (const text of SCRIPT) {
        if (left-- <= 0) return;
        await post(port, JSON.stringify({
          type: 'message', id: `a${seq++}`, text, channelId: 'bench', serviceUrl: 'http://localhost', deliveryMode: 'expectReplies',
          from: { id: `u-${id}`, role: 'user' }, recipient: { id: 'bot' }, conversation: { id },
        }));
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

async function cpuPerTurnUs(port: number, turns: number, tag: string): Promise<number> {
  // With --expose-gc, each round starts from a collected heap, so one bot's garbage is not
  // collected (and counted) in the next bot's round; the pairs of an A/B then differ far less.
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.cpuUsage();
  await drive(port, turns, tag);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / turns;
}

interface Listening {
  listen: (port: number, host: string, cb: () => void) => unknown;
  address: () => unknown;
}
const listen = (server: Listening) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Bot {
  name: string;
  port: number;
  us: number[];
  close: () => Promise<void>;
}

/** The production app of a checkout (this one, or TURN_CPU_COMPARE's), on its own database file. */
async function intakeOf(checkout: string, name: string, dir: string): Promise<Bot> {
  // Each checkout's own modules; node_modules resolve to the same packages. TURN_CPU_BUILT=1
  // runs the compiled dist/ instead (build first), whose line numbers a CPU profile can name.
  const src = process.env.TURN_CPU_BUILT === '1' ? (m: string) => join(checkout, 'dist/src', `${m}.js`) : (m: string) => join(checkout, 'src', `${m}.ts`);
  const { createApp } = (await import(src('app'))) as typeof import('../src/app');
  const { readEnv } = (await import(src('config/env'))) as typeof import('../src/config/env');
  const { createLogger } = (await import(src('log'))) as typeof import('../src/log');
  const env = readEnv({ DATABASE_PATH: join(dir, `${name}.db`), MESSAGE_RATE_LIMIT: '0', LOG_LEVEL: 'warn' });
  const app = await createApp(env, createLogger('warn'));
  return { name, port: await listen(app.server), us: [], close: () => app.close() };
}

async function main() {
  const turns = Number(process.env.TURN_CPU_TURNS ?? 3000);
  const rounds = Number(process.env.TURN_CPU_ROUNDS ?? 5);
  const compare = process.env.TURN_CPU_COMPARE;
  const dir = mkdtempSync(join(tmpdir(), 'turn-cpu-'));
  const bots: Bot[] = [];
  if (process.env.TURN_CPU_ECHO !== '0') {
    const echo = createEchoServer();
    bots.push({ name: 'echo', port: await listen(echo), us: [], close: async () => void echo.close() });
  }
  bots.push(await intakeOf(resolve(__dirname, '..'), 'intake', dir));
  if (compare) bots.push(await intakeOf(resolve(compare), 'compare', dir));
  // Warm up (JIT, caches, the database's first pages).
  const warm = Number(process.env.TURN_CPU_WARM ?? 2000);
  for (const bot of bots) await drive(bot.port, warm, `warm-${bot.name}`);
  for (let r = 0; r < rounds; r++) {
    // Always in the same order, so every round of every bot follows another bot's round. The
    // checkouts share node_modules, so botbuilder's code sees both apps' objects and re-optimises
    // after each switch: reversing the order every other round (as this once did) gave the switch
    // to whichever came second, and the paired differences swung by ±600 µs with the order.
    for (const bot of bots) bot.us.push(await cpuPerTurnUs(bot.port, turns, `${bot.name}-${r}`));
    console.log(`round ${r + 1}: ${bots.map((b) => `${b.name} ${b.us[r].toFixed(0)}`).join(', ')} µs/turn  (load ${(await loadAverage()).toFixed(1)})`);
  }
  const m = Object.fromEntries(bots.map((b) => [b.name, median(b.us)]));
  const parts = bots.map((b) => `${b.name} ${m[b.name].toFixed(0)}`);
  if (m.echo !== undefined) parts.push(`intake − echo ${(m.intake - m.echo).toFixed(0)}`);
  if (m.compare !== undefined) {
    const diffs = bots[bots.length - 2].us.map((x, i) => x - bots[bots.length - 1].us[i]);
    parts.push(`intake − compare ${median(diffs).toFixed(0)} (median of paired rounds; rounds ${diffs.map((d) => d.toFixed(0)).join(', ')})`);
  }
  console.log(`median of ${rounds} rounds of ${turns} turns, µs of process CPU per turn (load generator included): ${parts.join(', ')}`);
  agent.destroy();
  for (const bot of bots) await bot.close();
  if (process.env.TURN_CPU_KEEP) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

async function loadAverage(): Promise<number> {
  const { loadavg } = await import('node:os');
  return loadavg()[0];
}

void main();
