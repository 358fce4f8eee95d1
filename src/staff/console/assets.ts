import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The console's static files (web/staff-console/) and strings (locales/<lang>/console.json), read
 * once at start-up: from src/ under tsx and from dist/src/ when compiled, so the repository root
 * is found by walking up rather than by a fixed number of "..".
 */
function repositoryRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'web', 'staff-console'))) return dir;
    dir = resolve(dir, '..');
  }
  throw new Error('web/staff-console not found above ' + __dirname);
}

export interface ConsoleAssets {
  files: ReadonlyMap<string, { type: string; body: string }>;
  strings: Readonly<Record<'cy' | 'en', Record<string, string>>>;
}

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', html: 'text/html; charset=utf-8' };

export function loadConsoleAssets(): ConsoleAssets {
  const root = repositoryRoot();
  const files = new Map<string, { type: string; body: string }>();
  for (const name of ['console.html', 'console.js', 'console.css']) {
    files.set(name, { type: TYPES[name.split('.').pop()!], body: readFileSync(join(root, 'web', 'staff-console', name), 'utf8') });
  }
  const strings = (lang: 'cy' | 'en') => JSON.parse(readFileSync(join(root, 'locales', lang, 'console.json'), 'utf8')) as Record<string, string>;
  return { files, strings: { cy: strings('cy'), en: strings('en') } };
}
