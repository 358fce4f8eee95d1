import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n';
import { duration } from '../../src/i18n/format';

const PLURAL = /_(zero|one|two|few|many|other)$/;
function keys(dir: string): Set<string> {
  const out = new Set<string>();
  const walk = (o: unknown, file: string, prefix: string) => {
    for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
      if (v && typeof v === 'object') walk(v, file, `${prefix}${k}.`);
      else out.add(`${file}:${prefix}${k.replace(PLURAL, '')}`);
    }
  };
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) walk(JSON.parse(readFileSync(join(dir, f), 'utf8')), f, '');
  return out;
}

describe('locales', () => {
  it('every key exists in both Welsh and English', async () => {
    const en = keys('locales/en');
    const cy = keys('locales/cy');
    expect([...en].filter((k) => !cy.has(k)), 'missing in cy').toEqual([]);
    expect([...cy].filter((k) => !en.has(k)), 'missing in en').toEqual([]);
  });

  it('every Welsh plural key has all six Welsh forms', async () => {
    const walk = (o: Record<string, unknown>, path: string[] = []): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? walk(v as Record<string, unknown>, [...path, k]) : [[...path, k].join('.')]));
    for (const f of readdirSync('locales/cy')) {
      const all = walk(JSON.parse(readFileSync(join('locales/cy', f), 'utf8')));
      const bases = new Set(all.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      for (const b of bases) for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) expect(all, `${f} ${b}`).toContain(`${b}_${form}`);
    }
  });

  it('says counts of days in Welsh words, with the right form and mutation (test/i18n/numbers.test.ts has the table)', async () => {
    const t = createI18n().getFixedT('cy');
    expect(duration(t, { n: 1, unit: 'working_days' })).toBe('un diwrnod gwaith');
    expect(duration(t, { n: 2, unit: 'working_days' })).toBe('dau ddiwrnod gwaith');
    expect(duration(t, { n: 3, unit: 'working_days' })).toBe('tri diwrnod gwaith');
    expect(duration(t, { n: 6, unit: 'working_days' })).toBe('chwe diwrnod gwaith');
    expect(duration(t, { n: 2, unit: 'months' })).toBe('dau fis');
    expect(duration(t, { n: 12, unit: 'months' })).toBe('deuddeg mis');
  });
});
