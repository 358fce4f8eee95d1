import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

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

// Where the long files are (they spawn processes or a browser): started first when vitest has no
// timings from an earlier run (a fresh checkout, CI), so they do not begin last and leave one
// worker finishing alone. With timings, vitest's own order (failed, then slowest, first) stands.
const SLOW_FIRST = [/^test\/cli\//, /^test\/browser\//, /^test\/e2e\/multi-instance/, /^test\/e2e\//];

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
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

// Isolation: vitest runs each file in a fresh process by default, and some fifty files load the
// bot (botbuilder, the dialogs) again each time: most of the suite's CPU was start-up. Files that
// only import modules and call them share their worker's process ("shared": loaded once a
// worker). Everything that touches global state stays isolated: spawning processes or a browser
// (cli, browser, e2e, build, support, and the files using test/e2e/server or in-process),
// vi.spyOn/vi.mock, vi.setConfig, fake timers, process.env changes. A NEW test file that touches
// global state goes in ISOLATED below; the code's module-level state is caches and lazy singletons.
const ISOLATED = [
  'test/cli/**/*.test.ts',
  'test/browser/**/*.test.ts',
  'test/e2e/**/*.test.ts',
  'test/build/**/*.test.ts',
  'test/support/**/*.test.ts',
  'test/bot/bot-state-etag.test.ts', // test/e2e/server
  'test/staff/http.test.ts', // test/e2e/server
  'test/staff/paging.test.ts', // test/e2e/in-process
  'test/staff/console-http.test.ts', // spawns, process.env, vi.setConfig
  'test/dialogs/activity-received.test.ts', // vi.spyOn(Dialog.prototype)
  'test/bot/channel-taps.test.ts', // i18n addResource mutates the shared locale JSON
  'test/store/store.test.ts', // vi.spyOn
  'test/triage/dev7-fresh-eval.test.ts', // vi.mock, vi.spyOn(console), process.argv
];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    maxWorkers: workers,
    sequence: { sequencer: SlowFirst },
    projects: [
      {
        extends: true,
        test: { name: 'isolated', include: ISOLATED, isolate: true, globalSetup: ['test/support/global-setup.ts'] },
      },
      {
        extends: true,
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...ISOLATED], isolate: false },
      },
    ],
  },
});
