/**
 * A landlord's IT team configures the bot from .env.example and the README: every setting the
 * code reads is in both, and the example, copied to .env as it stands, starts the bot.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EnvSchema, readEnv } from '../../src/config/env';
import { PROJECT_ROOT } from '../support/compiled';

const settings = Object.keys(EnvSchema.shape);
const example = readFileSync(join(PROJECT_ROOT, '.env.example'), 'utf8');
const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
// Rows of the README's settings tables: Configuration's, PostgreSQL's, the website chat's.
const tableRows = readme.split('\n').filter((l) => /^\s*\|/.test(l));

describe('the settings an operator can find', () => {
  it('reads a good number of settings (the schema is where this test looks)', () => {
    expect(settings.length).toBeGreaterThan(40);
  });

  it.each(settings)('%s is in .env.example, set or commented out', (name) => {
    expect(example).toMatch(new RegExp(`^(# ?)?${name}=`, 'm'));
  });

  it.each(settings)('%s is in a README settings table', (name) => {
    expect(tableRows.some((row) => row.includes(`\`${name}\``))).toBe(true);
  });

  it('starts with .env.example copied to .env unchanged', () => {
    const env = readEnv(parseEnv(example));
    expect(env.PORT).toBe(3978);
    expect(env.SHUTDOWN_GRACE_SECONDS).toBe(25);
    expect(env.DATABASE_URL).toBeUndefined();
  });
});
