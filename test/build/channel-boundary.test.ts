import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sources } from '../support/sources';

/**
 * Issue #17: channels differ in one place, src/channels/capabilities.ts. A dialog or the bot that
 * builds a message's buttons itself, or asks which channel it is on, would show some channel
 * something it cannot display.
 */
const CHANNELS = join('src', 'channels') + sep;
const outside = [...sources('src'), ...sources('dialogs')].filter((p) => !p.startsWith(CHANNELS));
const RULES: Array<[string, RegExp]> = [
  ['builds messages with MessageFactory or CardFactory', /\b(MessageFactory|CardFactory|ChoiceFactory)\b/],
  ['sets suggested actions', /\.suggestedActions\s*=(?!=)|suggestedActions:\s*\{|\bActionTypes\b/],
  ['branches on a channel id', /channelId\s*[!=]==?\s*['"`]|Channels\.\w+/],
];

describe('the channel boundary', () => {
  it('finds the modules it checks', () => {
    expect(outside).toContain(join('dialogs', 'intake', 'intake-dialog.ts'));
    expect(outside).toContain(join('src', 'bot', 'complaints-bot.ts'));
    expect(outside.some((p) => p.startsWith(CHANNELS))).toBe(false);
  });

  it.each(RULES)('no module outside src/channels/ %s', (_what, pattern) => {
    expect(outside.filter((p) => pattern.test(readFileSync(join(ROOT, p), 'utf8')))).toEqual([]);
  });

  it('would catch one that did', () => {
    const [, builds] = RULES[0];
    const [, sets] = RULES[1];
    const [, branches] = RULES[2];
    expect(sets.test('msg.suggestedActions = { actions, to: [] };')).toBe(true);
    expect(builds.test("return MessageFactory.suggestedActions(['Yes'], 'Sure?');")).toBe(true);
    expect(branches.test("if (context.activity.channelId === 'facebook') {")).toBe(true);
  });
});
