import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from '../../config/project-root';
import cyStrings from '../../../locales/cy/console.json';
import enStrings from '../../../locales/en/console.json';
import cyIntake from '../../../locales/cy/intake.json';
import enIntake from '../../../locales/en/intake.json';

/**
 * The console's static files, in the project's web/staff-console/ (wherever the bot was started
 * from), read once at start-up; its strings are imported, so tsc copies them into dist/ with the code.
 */
export const DEFAULT_CONSOLE_ASSETS = join(projectRoot(), 'web', 'staff-console');

export interface ConsoleAssets {
  files: ReadonlyMap<string, { type: string; body: string }>;
  strings: Readonly<Record<'cy' | 'en', Record<string, string>>>;
}

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', html: 'text/html; charset=utf-8' };

export function loadConsoleAssets(dir: string = DEFAULT_CONSOLE_ASSETS): ConsoleAssets {
  const root = resolve(dir);
  const files = new Map<string, { type: string; body: string }>();
  for (const name of ['console.html', 'console.js', 'console.css']) {
    files.set(name, { type: TYPES[name.split('.').pop()!], body: readFileSync(join(root, name), 'utf8') });
  }
  return { files, strings: { cy: withChoices(cyStrings, cyIntake), en: withChoices(enStrings, enIntake) } };
}

/**
 * The intake's choice labels (outcomes, adjustments, representatives), worded once in intake.json,
 * for the hand-back panel's checkboxes: `outcome_repair`, `adjustment_braille`, `representative_mp`.
 * The console's own strings win where the resident's wording ("Someone to speak for me") does not fit staff.
 */
function withChoices(own: Record<string, string>, intake: { outcome: Record<string, string>; adjustment: Record<string, string>; representative: Record<string, string> }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const group of ['outcome', 'adjustment', 'representative'] as const) {
    for (const [code, label] of Object.entries(intake[group])) out[`${group}_${code}`] = label;
  }
  return { ...out, ...own };
}
