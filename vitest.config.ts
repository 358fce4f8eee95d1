import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
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

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    maxWorkers: workers,
    sequence: { sequencer: SlowFirst },
    globalSetup: ['test/support/global-setup.ts'],
  },
});
