/**
 * A service manager starts the bot by its full path from whatever directory it likes (systemd's
 * default is /). The bot's own files (the chat page's and the console's scripts) are found from
 * where the bot is installed, not from the working directory; before, such a start stopped with
 * ENOENT on web/page.js.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project-root';
import { entry } from '../support/compiled';

let proc: ChildProcess | undefined;
afterAll(() => {
  if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
});

it('serves the chat page and the staff console when started from another directory', async () => {
  const elsewhere = mkdtempSync(join(tmpdir(), 'complaints-elsewhere-'));
  // `--import tsx` is resolved from the working directory, so name the loader by its full path.
  const args = entry('server').map((a) => (a === 'tsx' ? pathToFileURL(require.resolve('tsx')).href : a));
  proc = spawn(process.execPath, args, { cwd: elsewhere, env: { ...process.env, PORT: '0', DATABASE_PATH: join(elsewhere, 'c.db') }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    proc!.stdout!.on('data', () => {
      const m = /listening on (http:\/\/localhost:\d+)/.exec(out);
      if (m) resolve(m[1]);
    });
    proc!.on('exit', (code) => reject(new Error(`the bot exited with ${code}:\n${out}`)));
  });
  for (const path of ['/', '/webchat/page.js', '/staff/console', '/staff/console/console.js']) {
    const res = await fetch(`${url}${path}`);
    expect(res.status, path).toBe(200);
  }
}, 150_000);

it('finds the project from the compiled tree too, and falls back to the working directory outside any project', () => {
  const root = projectRoot();
  expect(projectRoot(join(root, 'dist', 'src', 'config'))).toBe(root);
  expect(projectRoot(mkdtempSync(join(tmpdir(), 'no-project-')))).toBe(process.cwd());
});
