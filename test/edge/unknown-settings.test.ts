import { describe, expect, it } from 'vitest';
import { readEnv, settingWarnings, unknownSettings } from '../../src/config/env';

/**
 * A misspelt setting is ignored by the schema (the bot starts with its default: the staff API
 * off, a pool at 10), so start-up warns of each variable that looks like one of the bot's settings
 * and is none, with the one it most likely meant. Values are never part of the answer.
 */
describe('settings that look like the bot’s but are none', () => {
  it('names each, with the setting it most likely meant', () => {
    expect(
      unknownSettings({
        STAFF_API_TOKEN: 'cms:abcdefghijklmnopqrstuvwxyz',
        DATABASE_POOLSIZE: '5',
        WEBCHAT_WELCOME: 'Helo',
        STAFFED_HOUR: 'always',
        STAFF_API_TOKENS: 'cms:abcdefghijklmnopqrstuvwxyz',
        PORT: '3978',
        HOME: '/root',
        PGHOST: 'db',
      }),
    ).toEqual([
      { name: 'DATABASE_POOLSIZE', meant: 'DATABASE_POOL_SIZE' },
      { name: 'STAFFED_HOUR', meant: 'STAFFED_HOURS' },
      { name: 'STAFF_API_TOKEN', meant: 'STAFF_API_TOKENS' },
      { name: 'WEBCHAT_WELCOME', meant: 'WEBCHAT_WELCOME_CY' },
    ]);
  });

  it('says nothing of the bot’s own settings, of other programs’ variables, or of a name like none', () => {
    expect(unknownSettings({ DATABASE_URL: 'postgres://x', DIRECT_LINE_STREAM_POLL_MS: '500', PATH: '/bin', NODE_ENV: 'production' })).toEqual([]);
    expect(unknownSettings({ STAFF_ROTA_FILE: '/x' })).toEqual([{ name: 'STAFF_ROTA_FILE', meant: null }]);
  });
});

describe('settings valid alone that leave something not working', () => {
  it('says PUBLIC_URL is needed on PostgreSQL, where staff on one instance reply to a website chat on another', () => {
    expect(settingWarnings(readEnv({ DATABASE_URL: 'postgres://db/complaints' }))).toEqual([expect.stringMatching(/^PUBLIC_URL is not set: with several instances/)]);
    expect(settingWarnings(readEnv({ DATABASE_URL: 'postgres://db/complaints', PUBLIC_URL: 'https://chat.landlord.example' }))).toEqual([]);
    // Azure's Direct Line carries the replies, and one SQLite instance is its own address.
    expect(settingWarnings(readEnv({ DATABASE_URL: 'postgres://db/complaints', DIRECT_LINE_SECRET: 'x'.repeat(40), HUB_EVENT_SECRET: 'h'.repeat(30) }))).toEqual([]);
    expect(settingWarnings(readEnv({}))).toEqual([]);
  });

  it('says handoff.status from Azure Direct Line is refused without HUB_EVENT_SECRET, never printing a secret', () => {
    const warnings = settingWarnings(readEnv({ DIRECT_LINE_SECRET: 'x'.repeat(40) }));
    expect(warnings).toEqual([expect.stringMatching(/^HUB_EVENT_SECRET is not set: handoff\.status events from Azure Direct Line .* are refused/)]);
    expect(warnings.join('')).not.toContain('x'.repeat(40));
    expect(settingWarnings(readEnv({ DIRECT_LINE_SECRET: 'x'.repeat(40), HUB_EVENT_SECRET: 'h'.repeat(30) }))).toEqual([]);
    expect(() => readEnv({ HUB_EVENT_SECRET: 'short' })).toThrow(/HUB_EVENT_SECRET: must be at least 24 characters/);
  });
});
