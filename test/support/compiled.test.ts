import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entry, PROJECT_ROOT, spawnFrom, staleBuild } from './compiled';

type Touch = (path: string, at: Date) => void;

const OLD = new Date('2026-01-01T00:00:00Z');
const NEW = new Date('2026-01-02T00:00:00Z');

/** A project whose sources were written at OLD and built at NEW, then changed by `edit`. */
function project(edit: (touch: Touch) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'compiled-'));
  const touch: Touch = (path, at) => {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '');
    utimesSync(file, at, at);
  };
  for (const f of ['tsconfig.json', 'tsconfig.build.json', 'src/index.ts', 'src/cli/main.ts', 'dialogs/main.ts', 'locales/cy/bot.json', 'src/notes.json']) touch(f, OLD);
  for (const f of ['dist/src/index.js', 'dist/src/cli/main.js', 'dist/dialogs/main.js', 'dist/locales/cy/bot.json']) touch(f, NEW);
  edit(touch);
  return root;
}

describe('whether dist/ can stand in for the sources', () => {
  it.each([
    { case: 'built after every source', edit: () => {}, stale: null },
    { case: 'never built', edit: () => {}, empty: true, stale: /not built/ },
    { case: 'a source changed since', edit: (t: Touch) => t('dialogs/main.ts', new Date('2026-01-03T00:00:00Z')), stale: /dialogs\/main\.ts is newer/ },
    { case: 'a new source not built', edit: (t: Touch) => t('src/new.ts', OLD), stale: /src\/new\.ts has no compiled dist\/src\/new\.js/ },
    { case: 'a copied locale changed since', edit: (t: Touch) => t('locales/cy/bot.json', new Date('2026-01-03T00:00:00Z')), stale: /locales\/cy\/bot\.json is newer/ },
    { case: 'the build settings changed since', edit: (t: Touch) => t('tsconfig.build.json', new Date('2026-01-03T00:00:00Z')), stale: /tsconfig\.build\.json is newer/ },
    // JSON that no code imports is not copied by tsc, and is read from the source tree.
    { case: 'JSON that tsc does not copy changed', edit: (t: Touch) => t('src/notes.json', new Date('2026-01-03T00:00:00Z')), stale: null },
  ] as Array<{ case: string; edit: (t: Touch) => void; empty?: boolean; stale: RegExp | null }>)('$case: $stale', ({ edit, empty, stale }) => {
    const reason = staleBuild(empty ? mkdtempSync(join(tmpdir(), 'compiled-')) : project(edit));
    if (stale === null) expect(reason).toBeNull();
    else expect(reason).toMatch(stale);
  });

  it('spawns the compiled entry points when current, the sources with tsx when not', () => {
    if (spawnFrom() === 'dist') {
      expect(entry('server')).toEqual([join(PROJECT_ROOT, 'dist/src/index.js')]);
      expect(entry('cli')).toEqual([join(PROJECT_ROOT, 'dist/src/cli/main.js')]);
    } else {
      expect(entry('server')).toEqual(['--import', 'tsx', join(PROJECT_ROOT, 'src/index.ts')]);
      expect(entry('cli')).toEqual(['--import', 'tsx', join(PROJECT_ROOT, 'src/cli/main.ts')]);
    }
  });
});
