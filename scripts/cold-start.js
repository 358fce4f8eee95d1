#!/usr/bin/env node
// Cold start to healthy: how long a new instance takes from spawn to its first `200` on
// /healthz, which is what a load balancer waits for before sending it residents.
//
//   node scripts/cold-start.js [--runs N] [-- command ...]     (default: node dist/src/index.js)
//
// Each run gets a free port and its own temporary database, so nothing is cached between runs
// but the operating system's file cache (as on a real scale-out). Prints every run and the
// median; exits 1 if any run did not become healthy within the time limit.
'use strict';
const { spawn } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

// Generous: a busy two-core machine running other suites can be slow, and this is a check,
// not a race.
const HEALTHY_WITHIN_MS = 60_000;

function parseArgs(argv) {
  let runs = 5;
  let command = [process.execPath, 'dist/src/index.js'];
  const dash = argv.indexOf('--');
  const own = dash === -1 ? argv : argv.slice(0, dash);
  if (dash !== -1 && argv.length > dash + 1) command = argv.slice(dash + 1);
  for (let i = 0; i < own.length; i++) {
    if (own[i] === '--runs' && /^\d+$/.test(own[i + 1] ?? '') && Number(own[i + 1]) > 0) runs = Number(own[++i]);
    else {
      console.error('usage: node scripts/cold-start.js [--runs N] [-- command ...]');
      process.exit(2);
    }
  }
  return { runs, command };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function healthy(port) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2_000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

/** Stops the whole process group (npm start runs node under a shell), waiting for it to go. */
function stopGroup(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const hard = setTimeout(() => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    try { process.kill(-child.pid, 'SIGTERM'); } catch { resolve(); }
  });
}

async function once(command) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'cold-start-'));
  let output = '';
  const started = process.hrtime.bigint();
  const child = spawn(command[0], command.slice(1), {
    env: { ...process.env, PORT: String(port), DATABASE_PATH: join(dir, 'complaints.db') },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stopping it stops npm's children too
  });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  try {
    while (Number(process.hrtime.bigint() - started) / 1e6 < HEALTHY_WITHIN_MS) {
      if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode} before it was healthy:\n${output}`);
      if (await healthy(port)) return Number(process.hrtime.bigint() - started) / 1e6;
      await sleep(10);
    }
    throw new Error(`not healthy within ${HEALTHY_WITHIN_MS} ms:\n${output}`);
  } finally {
    await stopGroup(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const { runs, command } = parseArgs(process.argv.slice(2));
  const times = [];
  for (let i = 0; i < runs; i++) {
    const ms = await once(command);
    times.push(ms);
    console.log(`run ${i + 1}: healthy after ${Math.round(ms)} ms`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`${command.join(' ')}: median ${Math.round(median)} ms over ${runs} run(s) (min ${Math.round(sorted[0])}, max ${Math.round(sorted[sorted.length - 1])})`);
}

main().catch((e) => {
  console.error(`cold-start: ${e.message}`);
  process.exit(1);
});
