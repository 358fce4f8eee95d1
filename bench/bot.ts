/**
 * Drives many concurrent conversations through the full intake over HTTP (deliveryMode
 * "expectReplies"), and a bare echo bot with the same load generator, each server in its own
 * process. Prints turns per second at saturation (50 concurrent conversations), latency at a
 * steady offered load of 200 turns per second, and each server's peak memory.
 *
 * Saturation is measured in rounds that alternate between the two bots, and each round's intake
 * figure is set against the echo figure taken just before it. On a shared machine throughput
 * drifts by more than the difference being measured within a minute; paired rounds keep that
 * drift out of the ratio, and the median round keeps one disturbed round from deciding it.
 * Run: npm run bench   (BENCH_SECONDS per round, default 5; BENCH_ROUNDS, default 3)
 *
 * With BENCH_DATABASE_URL=postgres://… the intake bot is also run on PostgreSQL (in a schema of
 * its own, dropped afterwards): one instance, and two instances that the load generator sends
 * turns to in turn (round-robin per turn, as a load balancer without sticky sessions would).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';


const SCRIPT = ['hi', 'English', 'The boiler has broken again and nobody came', 'Flat 3, 12 Park Road', '3 weeks ago', 'yes',
  'I phoned twice and they did not come', 'No hot water for the kids', 'no', '1 and 4', 'none', 'me', 'anonymous', 'yes'];

interface Server {
  url: string;
  proc: ChildProcess;
}

async function start(args: string[], env: Record<string, string>): Promise<Server> {
  const proc = spawn(process.execPath, ['--import', 'tsx', ...args], { env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    proc.stdout!.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/localhost:\d+)/.exec(out);
      if (m) resolve(m[1]);
    });
    proc.on('exit', (c) => reject(new Error(`exited ${c}: ${out}`)));
  });
  return { url, proc };
}

/**
 * CPU seconds the server process has used (all threads). On a shared machine, throughput moves
 * with whatever else runs; CPU per turn barely does, so it is printed beside it.
 */
function cpuSeconds(pid: number): number {
  // Fields 14 and 15 of /proc/<pid>/stat, after the parenthesised command name; Linux reports them in 1/100 s.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function peakRssMiB(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

let seq = 0;
/** One or more instances of one bot; each turn goes to the next (round-robin). */
type Target = string[];
async function turn(target: Target, conversation: string, text: string): Promise<number> {
  const url = target[seq % target.length];
  const t0 = performance.now();
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', id: `a${seq++}`, text, channelId: 'bench', serviceUrl: 'http://localhost', deliveryMode: 'expectReplies',
      from: { id: `u-${conversation}`, role: 'user' }, recipient: { id: 'bot' }, conversation: { id: conversation },
    }),
  });
  const body = (await res.json()) as { activities?: unknown[] };
  if (res.status !== 200 || !body.activities?.length) throw new Error(`bad reply ${res.status}`);
  return performance.now() - t0;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

/** Closed loop: each of `concurrency` residents sends the next message as soon as the last is answered. */
async function saturate(url: Target, concurrency: number, seconds: number) {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  let conv = 0;
  const worker = async (w: number) => {
    while (performance.now() < end) {
      const id = `sat-${url[0]}-${w}-${conv++}`;
      for (const text of SCRIPT) {
        if (performance.now() >= end) return;
        latencies.push(await turn(url, id, text));
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  const elapsed = (performance.now() - t0) / 1000;
  return { turns: latencies.length, tps: latencies.length / elapsed, latencies };
}

/** Open loop: turns start on a fixed schedule, whatever the server does, spread over many conversations. */
async function steady(url: Target, rate: number, seconds: number) {
  const latencies: number[] = [];
  const total = rate * seconds;
  const conversations = Array.from({ length: 100 }, (_, i) => ({ id: `steady-${i}-${Date.now()}`, step: 0, busy: Promise.resolve() }));
  const t0 = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const c = conversations[i % conversations.length];
    const text = SCRIPT[c.step % SCRIPT.length];
    if (c.step % SCRIPT.length === SCRIPT.length - 1) c.id = `${c.id}-n`;
    c.step++;
    const start = performance.now();
    // A resident's next message waits for the last reply; latency counts from when it was due.
    const p = c.busy.then(() => turn(url, c.id, text)).then(() => void latencies.push(performance.now() - start));
    c.busy = p;
    pending.push(p);
  }
  await Promise.all(pending);
  return { achieved: latencies.length / ((performance.now() - t0) / 1000), p50: pct(latencies, 50), p99: pct(latencies, 99) };
}

const median = (xs: number[]) => pct(xs, 50);

interface Bot {
  name: string;
  servers: Server[];
  rounds: Array<{ tps: number; cpuPerTurnUs: number }>;
  latencies: number[];
}

async function main() {
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const db = join(mkdtempSync(join(tmpdir(), 'bench-')), 'bench.db');
  const bots: Bot[] = [];
  // The load generator sends as fast as it can: exactly what MESSAGE_RATE_LIMIT stops, so it is off for all.
  const modes: Array<[string, string[], Record<string, string>, number]> = [
    ['echo bot', ['bench/echo-bot.ts'], { MESSAGE_RATE_LIMIT: '0' }, 1],
    ['intake bot', ['src/index.ts'], { DATABASE_PATH: db, MESSAGE_RATE_LIMIT: '0' }, 1],
  ];
  const pg = await postgresSchema();
  if (pg) {
    const env = { DATABASE_URL: pg.url, MESSAGE_RATE_LIMIT: '0' };
    modes.push(['pg, 1 inst', ['src/index.ts'], env, 1], ['pg, 2 inst', ['src/index.ts'], env, 2]);
  }
  for (const [name, args, env, instances] of modes) {
    const servers: Server[] = [];
    for (let i = 0; i < instances; i++) servers.push(await start([...args], env));
    await saturate(servers.map((s) => s.url), 10, 2); // warm up
    bots.push({ name, servers, rounds: [], latencies: [] });
  }
  const cpuOf = (bot: Bot) => bot.servers.reduce((sum, s) => sum + cpuSeconds(s.proc.pid!), 0);
  for (let r = 0; r < rounds; r++) {
    for (const bot of bots) {
      const cpu0 = cpuOf(bot);
      const sat = await saturate(bot.servers.map((s) => s.url), 50, seconds);
      bot.rounds.push({ tps: sat.tps, cpuPerTurnUs: ((cpuOf(bot) - cpu0) * 1e6) / sat.turns });
      bot.latencies.push(...sat.latencies);
    }
  }
  for (const bot of bots) {
    const st = await steady(bot.servers.map((s) => s.url), 200, 2 * seconds);
    const rss = Math.max(...bot.servers.map((s) => peakRssMiB(s.proc.pid!)));
    for (const s of bot.servers) s.proc.kill();
    console.log(
      `${bot.name.padEnd(11)} saturation (50 conversations): ${median(bot.rounds.map((x) => x.tps)).toFixed(0)} turns/s ` +
        `(rounds: ${bot.rounds.map((x) => x.tps.toFixed(0)).join(', ')}), p50 ${pct(bot.latencies, 50).toFixed(1)} ms, p99 ${pct(bot.latencies, 99).toFixed(1)} ms | ` +
        `steady 200 turns/s: achieved ${st.achieved.toFixed(0)}/s, p50 ${st.p50.toFixed(1)} ms, p99 ${st.p99.toFixed(1)} ms | peak RSS ${rss.toFixed(0)} MiB | ` +
        `server CPU ${median(bot.rounds.map((x) => x.cpuPerTurnUs)).toFixed(0)} µs/turn`,
    );
  }
  const [echo, ...intakes] = bots;
  for (const intake of intakes) {
    const byRound = (f: (x: Bot['rounds'][number], y: Bot['rounds'][number]) => number) => intake.rounds.map((x, i) => 100 * f(x, echo.rounds[i]));
    const tput = byRound((x, e) => x.tps / e.tps);
    const cpu = byRound((x, e) => e.cpuPerTurnUs / x.cpuPerTurnUs);
    const show = (xs: number[]) => `${median(xs).toFixed(0)}% (rounds: ${xs.map((x) => `${x.toFixed(0)}%`).join(', ')})`;
    console.log(`${intake.name}: throughput = ${show(tput)} of the echo bot's (target ≥ 60% for SQLite); by server CPU per turn = ${show(cpu)}`);
  }
  await pg?.drop();
}

/** A schema of its own in BENCH_DATABASE_URL's database, for the PostgreSQL modes; none without it. */
async function postgresSchema(): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  const base = process.env.BENCH_DATABASE_URL?.trim();
  if (!base) return undefined;
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new Pool({ connectionString: base, max: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

void main();
