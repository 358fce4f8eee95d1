import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n';

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

  it('uses Welsh plural forms: 2 ddiwrnod, 3 diwrnod, 6 diwrnod', async () => {
    const t = createI18n().getFixedT('cy');
    expect(t('deadlines:duration.working_days', { count: 1 })).toBe('1 diwrnod gwaith');
    expect(t('deadlines:duration.working_days', { count: 2 })).toBe('2 ddiwrnod gwaith');
    expect(t('deadlines:duration.working_days', { count: 3 })).toBe('3 diwrnod gwaith');
    expect(t('deadlines:duration.working_days', { count: 6 })).toBe('6 diwrnod gwaith');
    expect(t('deadlines:duration.months', { count: 2 })).toBe('2 fis');
    expect(t('deadlines:duration.months', { count: 12 })).toBe('12 mis');
  });
});
