import { TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/app';
import { FixedClock } from '../../src/clock/clock';
import { readEnv } from '../../src/config/env';
import { defaultClassifier, type Classifier } from '../../src/triage';

/**
 * One reading of a message a turn (issue #19, cost): the router, the safety check and the offer
 * each ask TriageFiling for a reading, and each used to be a whole classification of the same
 * text. Counted at the classifier itself, through the real bot.
 */
function countingChat() {
  const shipped = defaultClassifier();
  const calls: string[] = [];
  const classifier: Classifier = {
    ...shipped,
    classify: (text, profile, answers, context) => {
      calls.push(`${JSON.stringify(answers ?? {})} ${text}`);
      return shipped.classify(text, profile, answers, context);
    },
  };
  const at = '2026-11-23T10:00:00Z';
  const core = createCore(readEnv({ DATABASE_PATH: ':memory:' }), { clock: new FixedClock(at), classifier });
  const adapter = new TestAdapter(async (context) => core.bot.run(context));
  for (const m of core.turnMiddleware) adapter.use(m);
  return {
    calls,
    /** The classifier's calls for one message, and the replies. */
    async say(text: string): Promise<{ calls: string[]; replies: string[] }> {
      calls.splice(0);
      adapter.activeQueue.splice(0);
      await adapter.receiveActivity({ type: 'message', text, timestamp: new Date(at) });
      return { calls: calls.splice(0), replies: adapter.activeQueue.splice(0).map((a) => a.text ?? '') };
    },
  };
}

const repeats = (calls: string[]) => calls.filter((c, i) => calls.indexOf(c) !== i);

describe('a turn reads a message once', () => {
  it.each([
    'My boiler has been broken for three weeks, I have rung four times and nobody has come. I am fed up.',
    'I can smell gas in the kitchen',
    'Mae’r boeler wedi torri ers tair wythnos a does neb wedi dod, dw i wedi cael llond bol',
    'The kitchen tap is dripping, can someone come and fix it?',
    'My neighbour threatened me and I am scared to go out, the landlord has done nothing',
  ])('classifies %j once however many parts of the turn read it', async (text) => {
    // A conversation's first message: the router, the safety check and the intake's start each
    // read it (three whole classifications of one text before this memo).
    const { calls, replies } = await countingChat().say(text);
    expect(replies.length).toBeGreaterThan(0);
    expect(calls.length).toBeGreaterThan(0);
    expect(repeats(calls)).toEqual([]);
  });

  it('reads the same words again in the next turn (the memo is the turn’s, not the bot’s)', async () => {
    const c = countingChat();
    const text = 'I can smell gas in the kitchen';
    const first = await c.say(text);
    const again = await c.say(text);
    expect(first.calls.some((x) => x.endsWith(text))).toBe(true);
    expect(again.calls.some((x) => x.endsWith(text))).toBe(true);
  });
});
