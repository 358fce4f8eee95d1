#!/usr/bin/env node
// npm's `prepare`: builds dist/ on every `npm install` / `npm ci`, so a fresh clone starts with
// `npm install && npm start`. An install without development dependencies (`npm ci --omit=dev`,
// NODE_ENV=production) has no compiler, and failing there would also stop the native modules'
// own install steps: so it builds nothing, keeps any dist/ already there (say, copied from a
// build stage) and says what `npm start` needs.
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

let compiler = true;
try {
  require.resolve('typescript/package.json', { paths: [process.cwd()] });
} catch {
  compiler = false;
}

if (!compiler) {
  const built = existsSync(join(process.cwd(), 'dist/src/index.js'));
  console.warn(
    `prepare: TypeScript is not installed (development dependencies omitted), so dist/ was not built. ` +
      (built
        ? 'The dist/ already here is used as it is.'
        : '`npm start` needs dist/: install with development dependencies and `npm run build`, then prune (`npm prune --omit=dev`).'),
  );
  process.exit(0);
}

// The npm that runs us, when it says where it is; otherwise whichever is on PATH.
const npm = process.env.npm_execpath;
const r = npm && npm.endsWith('.js')
  ? spawnSync(process.execPath, [npm, 'run', 'build'], { stdio: 'inherit' })
  : spawnSync('npm run build', { stdio: 'inherit', shell: true });
process.exit(r.status ?? 1);
