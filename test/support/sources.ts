import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's root, for the boundary tests that read source files. */
export const ROOT = join(__dirname, '..', '..');

/** Every script file under `dir` (relative to the root), as relative paths. */
export function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|js|mjs|cjs)$/.test(e.name) ? [path] : [];
  });
}
