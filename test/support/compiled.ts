/**
 * How tests spawn the bot and the CLI: from the compiled build in dist/ (what `npm start` and
 * `npm run complaints` run) when it is up to date with the sources, otherwise from the sources
 * with tsx.
 *
 *   spawn(process.execPath, [...entry('server'), ...], { cwd: ROOT })
 *
 * Why: tsx's loader hooks make every start of the bot or the CLI two to three times slower
 * (about 4 s against 11 s on a busy two-core machine), and the suite starts about sixty of them.
 * `npm ci` builds dist/ (`prepare`), so CI always has a current build; a developer who has changed
 * a source since their last build gets tsx, so a test never runs stale code.
 *
 * "Up to date": every .ts under src/ and dialogs/ has its .js in dist/ written no earlier than it,
 * every .json there or under locales/ that tsc copied is no older than its source, and the build
 * settings are no newer than the build. TEST_SPAWN_FROM=tsx or =dist forces one (dist: fails
 * loudly when dist/ is stale, for CI).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');

const ENTRIES = {
  server: { source: 'src/index.ts', compiled: 'dist/src/index.js' },
  cli: { source: 'src/cli/main.ts', compiled: 'dist/src/cli/main.js' },
} as const;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? filesUnder(path) : [path];
  });
}

const mtime = (path: string): number => statSync(path).mtimeMs;

/** Why dist/ cannot stand in for the sources (the first reason found), or null when it can. */
export function staleBuild(root = ROOT): string | null {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'src', 'index.js'))) return 'dist/ is not built';
  const built = mtime(join(dist, 'src', 'index.js'));
  for (const config of ['tsconfig.json', 'tsconfig.build.json']) {
    if (mtime(join(root, config)) > built) return `${config} is newer than dist/`;
  }
  for (const dir of ['src', 'dialogs', 'locales']) {
    for (const file of filesUnder(join(root, dir))) {
      const rel = relative(root, file);
      if (rel.endsWith('.d.ts')) continue;
      if (rel.endsWith('.ts')) {
        const out = join(dist, rel.replace(/\.ts$/, '.js'));
        if (!existsSync(out)) return `${rel} has no compiled ${relative(root, out)}`;
        if (mtime(out) < mtime(file)) return `${rel} is newer than ${relative(root, out)}`;
      } else if (rel.endsWith('.json')) {
        // tsc copies only the JSON that code imports; the rest is read from the source tree.
        const out = join(dist, rel);
        if (existsSync(out) && mtime(out) < mtime(file)) return `${rel} is newer than ${relative(root, out)}`;
      }
    }
  }
  return null;
}

let decided: 'dist' | 'tsx' | undefined;

/** 'dist' or 'tsx', decided once per process. */
export function spawnFrom(): 'dist' | 'tsx' {
  if (decided) return decided;
  const forced = process.env.TEST_SPAWN_FROM;
  if (forced === 'tsx') return (decided = 'tsx');
  const why = staleBuild();
  if (forced === 'dist' && why) throw new Error(`TEST_SPAWN_FROM=dist, but ${why}: run \`npm run build\``);
  return (decided = why ? 'tsx' : 'dist');
}

/** Node's arguments to run the bot ('server') or the CLI ('cli'), with the project root as cwd. */
export function entry(which: keyof typeof ENTRIES): string[] {
  const e = ENTRIES[which];
  return spawnFrom() === 'dist' ? [join(ROOT, e.compiled)] : ['--import', 'tsx', join(ROOT, e.source)];
}

export { DIST, ROOT as PROJECT_ROOT };
