import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project's directory (where package.json and web/ are), found upward from this module, so
 * the bot's own files are found whichever directory it was started from: a service manager
 * running `node /opt/bot/dist/src/index.js` from `/` failed on web/page.js before. The module sits
 * at src/config/ under tsx and dist/src/config/ when built, so the depth differs and is searched
 * rather than assumed. A copy without package.json falls back to the working directory.
 */
export function projectRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'web'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}
