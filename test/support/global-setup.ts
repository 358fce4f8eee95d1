import { spawnFrom, staleBuild } from './compiled';

/**
 * Says once, before any test, where the spawned bot and CLI come from: dist/ (fast) or the
 * sources with tsx (dist/ is stale; slower, never wrong). See test/support/compiled.ts.
 */
export default function setup(): void {
  const from = spawnFrom();
  if (from === 'dist') {
    console.log('tests spawn the bot and the CLI from dist/ (up to date with the sources)');
  } else {
    const why = process.env.TEST_SPAWN_FROM === 'tsx' ? 'TEST_SPAWN_FROM=tsx' : staleBuild();
    console.warn(`tests spawn the bot and the CLI from the sources with tsx (${why}); \`npm run build\` first makes the suite faster`);
  }
}
