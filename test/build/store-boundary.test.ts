import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sources } from '../support/sources';

/**
 * Issue #15: nothing outside src/store/ knows which database it runs on. A module that imports a
 * driver or carries SQL elsewhere would break the moment the other adapter is chosen.
 */
const STORE = join('src', 'store') + sep;
const outsideStore = [...sources('src'), ...sources('dialogs')].filter((p) => !p.startsWith(STORE));
const RULES: Array<[string, RegExp]> = [
  ['imports better-sqlite3', /from\s+['"]better-sqlite3['"]|require\(\s*['"]better-sqlite3['"]\s*\)/],
  ["imports 'pg'", /from\s+['"]pg['"]|require\(\s*['"]pg['"]\s*\)/],
  ['has SQL', /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE)\b/],
];

describe('the store boundary', () => {
  it('finds the modules it checks (so an empty list cannot pass by accident)', () => {
    expect(outsideStore).toContain(join('src', 'app.ts'));
    expect(outsideStore).toContain(join('dialogs', 'intake', 'intake-dialog.ts'));
    expect(outsideStore.some((p) => p.startsWith(STORE))).toBe(false);
    expect(sources('src').some((p) => p.startsWith(STORE))).toBe(true);
  });

  it.each(RULES)('no module outside src/store/ %s', (_what, pattern) => {
    const offenders = outsideStore.filter((p) => pattern.test(readFileSync(join(ROOT, p), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('would catch one that did', () => {
    expect(RULES.map(([, p]) => p.test("import Database from 'better-sqlite3';\nconst q = 'SELECT 1'; import { Pool } from 'pg';"))).toEqual([true, true, true]);
    expect(RULES[2][1].test("db.prepare('UPDATE cases SET state = ?')")).toBe(true);
  });
});
