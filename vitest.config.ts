import { defineConfig } from 'vitest/config';

// Generous limits: several tests spawn the bot or the CLI (tsx compiles on start), and suites run
// side by side on a busy two-core machine, where a start-up alone can take 20 s.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
