import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED } from './isolated';

// Most test files share a worker's process (test/support/isolated.ts says why and which may
// not): a file that changes process-wide state there changes it for the files after it.

const ROOT = join(__dirname, '..', '..');

/** What a file may do only in a process of its own, and how to see it in the source. */
const PROCESS_WIDE: Array<[string, RegExp]> = [
  ['a module mock or stubbed env/global (vi.mock, vi.stubEnv, vi.stubGlobal)', /\bvi\s*\.\s*(?:mock|doMock|unmock|doUnmock|stubEnv|stubGlobal)\s*\(/],
  ['fake timers or a fixed system time', /\bvi\s*\.\s*(?:useFakeTimers|setSystemTime)\s*\(/],
  ['a write to process.env', /\bprocess\.env(?:\.\w+|\[[^\]]*\])?\s*[-+|&?]{0,2}=(?!=)|\bdelete\s+process\.env\b|Object\.assign\(\s*process\.env\b/],
  ['a write to process.argv', /\bprocess\.argv\s*=(?!=)/],
  ['process.chdir or a listener on process', /\bprocess\.(?:chdir|on|once|addListener|prependListener|prependOnceListener|setUncaughtExceptionCaptureCallback)\s*\(/],
  ['i18n resources added or removed (they are the shared locale JSON)', /\.(?:addResource|addResources|addResourceBundle|removeResourceBundle)\s*\(/],
  ['a write to a global', /\b(?:globalThis|global)\.\w+\s*=(?!=)/],
];

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : sourcesUnder(path);
    return e.name.endsWith('.ts') ? [relative(ROOT, path).split('\\').join('/')] : [];
  });
}

const sources = sourcesUnder(join(ROOT, 'test')).filter((f) => f !== 'test/support/isolated.test.ts');
const changes = (text: string) => PROCESS_WIDE.filter(([, re]) => re.test(text)).map(([what]) => what);
const doing = (file: string) => changes(readFileSync(join(ROOT, file), 'utf8'));

describe('which test files run in a process of their own', () => {
  it('names only files that exist', () => {
    expect(ISOLATED.filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
  });

  it('includes every test file that changes process-wide state', () => {
    const shared = sources.filter((f) => f.endsWith('.test.ts') && !ISOLATED.includes(f));
    expect(Object.fromEntries(shared.map((f) => [f, doing(f)]).filter(([, what]) => what.length > 0))).toEqual({});
  });

  it('leaves the helpers shared files import free of process-wide changes', () => {
    // A helper doing them would do them inside every file importing it, shared or not.
    const helpers = sources.filter((f) => !f.endsWith('.test.ts'));
    expect(helpers.length).toBeGreaterThan(10);
    expect(Object.fromEntries(helpers.map((f) => [f, doing(f)]).filter(([, what]) => what.length > 0))).toEqual({});
  });

  it('tells a change from a read', () => {
    const changing = [
      "vi.mock('../../src/cli/triage-corpora', async () => ({}));",
      "vi.stubEnv('CI', 'true');",
      'vi.useFakeTimers();',
      "process.env.CI = 'true';",
      "process.env['PORT'] ??= '0';",
      'delete process.env.TEST_DATABASE_URL;',
      "Object.assign(process.env, { CI: '1' });",
      "process.argv = [argv[0], 'eval-triage.ts'];",
      "process.on('SIGTERM', stop);",
      "c.core.i18n.addResource('cy', 'triage', 'none.status', 'x');",
      'globalThis.fetch = fake;',
    ];
    for (const text of changing) expect(changes(text), text).toHaveLength(1);
    const reading = [
      "if (process.env.CI === 'true') skip();",
      'const env = { ...process.env, PORT: "0" };',
      "if (process.env.TEST_SPAWN_FROM !== 'dist') return;",
      "proc.on('exit', (code) => resolve(code));",
      "const spy = vi.spyOn(console, 'warn');",
      'vi.setConfig({ testTimeout: 600_000 });',
      "i18n.t('triage:none.status');",
      'const ok = globalThis.fetch === fetch;',
      'const argv = process.argv;',
    ];
    for (const text of reading) expect(changes(text), text).toEqual([]);
  });
});
