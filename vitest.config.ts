import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { ISOLATED } from './test/support/isolated';

// Generous limits: several tests spawn the bot or the CLI, and suites run side by side on a busy
// two-core machine, where a start-up alone can take 20 s.
//
// Workers: vitest's default is one fewer than the cores, so ONE on a two-core machine, and the
// whole suite ran file after file while most of its slow files sat waiting on a spawned bot, the
// CLI, Chromium or PostgreSQL. One worker a core (at least two) keeps both cores busy through
// those waits: a waiting worker's child is what runs. Cores + 1 was tried and, on a machine
// already loaded by other suites, stretched serial spawns past their limits. VITEST_MAX_WORKERS
// (or `--maxWorkers`) overrides it.
const workers = Number(process.env.VITEST_MAX_WORKERS) || Math.max(2, availableParallelism());

// Where the long files are (they spawn processes or a browser, or train the triage model, or
// run the PostgreSQL store contract): started first when vitest has no timings from an earlier
// run (a fresh checkout, CI), so they do not begin last and leave one worker finishing alone
// (model.test, some 45 s of CPU, began two thirds of the way through such a run and ended with
// only the store contract after it). With timings, vitest's own order (failed, then slowest) stands.
const SLOW_FIRST = [
  /^test\/cli\//,
  /^test\/browser\//,
  /^test\/triage\/weights-file\.test\.ts$/,
  /^test\/triage\/model\.test\.ts$/,
  /^test\/e2e\/multi-instance/,
  /^test\/e2e\//,
  /^test\/triage\/required-words\.test\.ts$/,
  /^test\/store\/pg-store-contract\.test\.ts$/,
];

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const path = (f: TestSpecification) => relative(root, f.moduleId).split('\\').join('/');
    const timed = sorted.every((f) => this.ctx.cache.getFileTestResults(`${f.project.name}:${path(f)}`));
    if (timed) return sorted;
    const rank = (f: TestSpecification) => {
      const i = SLOW_FIRST.findIndex((re) => re.test(path(f)));
      return i === -1 ? SLOW_FIRST.length : i;
    };
    const own = (f: TestSpecification) => (f.project.config.isolate ? 0 : 1);
    return [...sorted].sort((a, b) => own(a) - own(b) || rank(a) - rank(b));
  }
}

// Isolation: vitest runs each file in a fresh process by default, and the bot's modules
// (botbuilder, the dialogs, the triage model) cost about 4 s of CPU to load: most files that build
// the app or a chat spent more on that than on their tests. So every file shares its worker's
// process (`isolate: false`: the modules load once a worker) except those in ISOLATED
// (test/support/isolated.ts: what may not share, and why; test/support/isolated.test.ts checks it).
// Shared runners are reused only while the next file in the queue is shared too, so the few
// isolated files go first rather than between shared ones.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    maxWorkers: workers,
    sequence: { sequencer: SlowFirst },
    projects: [
      {
        extends: true,
        test: { name: 'isolated', include: [...ISOLATED], isolate: true },
      },
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...ISOLATED],
          isolate: false,
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
    ],
  },
});
