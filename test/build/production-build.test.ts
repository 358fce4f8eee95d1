import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Production runs compiled JavaScript (`npm start` = node dist/…), built by `npm run build`
// from tsconfig.build.json, which `prepare` runs on every `npm install`/`npm ci`. These checks
// keep that wiring honest without compiling (CI's .ci/run starts the real build and polls
// /healthz; see scripts/cold-start.js).

const root = join(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const build = JSON.parse(
  readFileSync(join(root, 'tsconfig.build.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''),
);

/** dist/src/index.js → src/index.ts, as tsc maps it with rootDir "." and outDir "dist". */
function sourceOf(distFile: string): string {
  const { outDir, rootDir } = build.compilerOptions;
  expect(distFile.startsWith(`${outDir}/`)).toBe(true);
  return join(rootDir, distFile.slice(outDir.length + 1)).replace(/\.js$/, '.ts');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the production build', () => {
  it.each([
    { script: 'start', entry: 'dist/src/index.js' },
    { script: 'complaints', entry: 'dist/src/cli/main.js' },
  ])('npm $script runs node on $entry, compiled from a source that exists', ({ script, entry }) => {
    expect(pkg.scripts[script]).toBe(`node ${entry}`);
    expect(existsSync(join(root, sourceOf(entry)))).toBe(true);
  });

  it('package.json main is the compiled entry point', () => {
    expect(pkg.main).toBe('dist/src/index.js');
  });

  it('builds on install, from the build config', () => {
    expect(pkg.scripts.prepare).toBe('node scripts/prepare.js');
    expect(pkg.scripts.build).toMatch(/\btsc -p tsconfig\.build\.json$/);
  });

  // `npm ci --omit=dev` has no compiler; failing there would also abort native modules' installs.
  it.each([
    { dist: false, says: /dist\/ was not built.*`npm start` needs dist\// },
    { dist: true, says: /dist\/ was not built.*The dist\/ already here is used/ },
  ])('an install without TypeScript (dist present: $dist) builds nothing, succeeds and says so', ({ dist, says }) => {
    const dir = mkdtempSync(join(tmpdir(), 'prepare-'));
    mkdirSync(join(dir, 'scripts'));
    copyFileSync(join(root, 'scripts/prepare.js'), join(dir, 'scripts/prepare.js'));
    if (dist) {
      mkdirSync(join(dir, 'dist/src'), { recursive: true });
      copyFileSync(join(root, 'package.json'), join(dir, 'dist/src/index.js'));
    }
    const r = spawnSync(process.execPath, ['scripts/prepare.js'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(r.status).toBe(0);
    expect(r.stderr.replace(/\n/g, ' ')).toMatch(says);
    expect(existsSync(join(dir, 'dist/src/index.js'))).toBe(dist);
  });

  it('compiles the bot, its dialogs and the CLI, and no tests or benchmarks', () => {
    expect([...build.include].sort()).toEqual(['dialogs', 'src']);
    expect(build.extends).toBe('./tsconfig.json');
  });

  it.each(['tsx', 'typescript', 'esbuild', 'vitest', 'rimraf'])('%s is a development dependency only', (name) => {
    expect(pkg.dependencies[name]).toBeUndefined();
  });

  it.each(['tsx', 'typescript'])('%s is there for development', (name) => {
    expect(pkg.devDependencies[name]).toBeDefined();
  });

  // Files beside the source are not beside dist/: run-time data (locales, profiles, bank
  // holidays) is imported, so tsc copies it into dist/ with the code.
  it('no compiled module finds files relative to its own directory', () => {
    // tsx-only tools that read test/fixtures and ../shared (triage training and evaluation)
    const devOnly = new Set(['src/cli/eval-triage.ts', 'src/cli/train-triage.ts', 'src/cli/triage-corpora.ts']);
    // The one module that may: it searches upward for package.json and web/ (not copied into
    // dist/), so the same search works from src/ and dist/src/ and from any working directory.
    devOnly.add('src/config/project-root.ts');
    const offenders = ['src', 'dialogs']
      .flatMap((d) => filesUnder(join(root, d)))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => relative(root, f))
      .filter((f) => !devOnly.has(f))
      .filter((f) => /\b__dirname\b|\b__filename\b|import\.meta\.(dirname|url)/.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
