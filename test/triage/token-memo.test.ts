import { describe, expect, it } from 'vitest';
import { loadAll } from '../../src/cli/triage-corpora';
import { numberOf, NUMBER } from '../../src/language/tokens';
import { createMatcher } from '../../src/triage/matcher';
import { featureIndexOf, messageFeatures } from '../../src/triage/message-features';
import { EXPRESSIONS } from '../../src/triage/features';
import { prefiltered, wordsPresent, wordsPresentInTokens } from '../../src/triage/required-words';
import { createRuleClassifier } from '../../src/triage/rules';
import { formsJoined } from '../../src/triage/forms-joined';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import committed from '../../src/triage/weights.json';
import type { TriageWeights } from '../../src/triage/model';

// The seventh speed round kept per-form look-ups on a typed word's shared token; since the eleventh
// they are kept in each reader's tables by the token's number (tokens.ts NUMBER).
// What is kept there must read exactly as the look-up by string it replaces, the first time and
// every time after, and must never show in a token's value.
const matcher = createMatcher();
const texts = [
  ...loadAll().map((m) => m.text),
  "sa i wedi ffonio so i'n hapus dw i'm yn siwr no one came, u said it wd b done b4 xmas",
  'Mae’r TŶ yn OER – “dim gwres” … ŴŶ and the boiler is STILL broken!!',
];

describe('the token number', () => {
  it('is no part of a token: not enumerable, not in JSON, not a key', () => {
    const tokens = matcher.tokens("The boiler's broken again, sa i'n hapus");
    const shared = tokens.filter((t) => numberOf(t) >= 0);
    expect(shared.length).toBeGreaterThan(3);
    for (const t of tokens) {
      expect(Object.keys(t)).toEqual(['form', 'raw']);
      expect(JSON.parse(JSON.stringify(t))).toEqual({ form: t.form, raw: t.raw });
      expect(Object.getOwnPropertyDescriptor(t, NUMBER)?.enumerable ?? false).toBe(false);
    }
    // A two-word form ("sa i") is made per message and has none: its readers look it up by string.
    expect(tokens.some((t) => numberOf(t) < 0)).toBe(true);
    // Every shared token its own number: a reader's slot tagged with it holds that token's values.
    expect(new Set(shared.map(numberOf)).size).toBe(new Set(shared).size);
  });

  it('gives the words present that the look-up by string gives, first time and remembered', () => {
    let compared = 0;
    let differ = 0;
    for (let pass = 0; pass < 2; pass++) {
      for (const text of texts.slice(0, 800)) {
        const tokens = matcher.tokens(text);
        const forms = tokens.map((t) => t.form);
        for (const typed of [true, false]) {
          const extra = typed ? [] : [` ${text.toLowerCase()} `];
          const byString = wordsPresent(extra, forms, typed ? tokens : []);
          const byMemo = wordsPresentInTokens(extra, tokens, typed);
          if (Buffer.compare(byMemo.flags, byString.flags) !== 0) differ++;
          compared++;
        }
      }
    }
    expect({ compared, differ }).toEqual({ compared: 3200, differ: 0 });
  });

  it('keeps what an expression built later adds to the words asked about', () => {
    const tokens = matcher.tokens('the zyxwv came back');
    wordsPresentInTokens([], tokens, true);
    // A new expression asks about a word no expression asked about before: remembered atoms are stale.
    const late = prefiltered(/\bzyxwv\b/);
    expect(late.could(wordsPresentInTokens([], tokens, true))).toBe(true);
    expect(late.could(wordsPresentInTokens([], matcher.tokens('nothing of the sort'), true))).toBe(false);
    for (const [, re] of EXPRESSIONS) {
      const p = prefiltered(re);
      expect(p.for(wordsPresentInTokens([], tokens, true))).toBe(p.for(wordsPresent([], tokens.map((t) => t.form), tokens)));
    }
  });

  it('gives the model the same features and cue hits as tokens without one, whichever matcher read them last', () => {
    const profile = createProfileRegistry().get(DEFAULT_POLICY);
    const rules = createRuleClassifier(matcher);
    const index = featureIndexOf(committed as unknown as TriageWeights);
    const other = createMatcher();
    let compared = 0;
    for (const text of texts.filter((_, i) => i % 5 === 0)) {
      const analysis = rules.analyse(text);
      const ruled = rules.classify(text, profile, {}, {});
      const plain = { tokens: analysis.tokens.map((t) => ({ form: t.form, raw: t.raw })), hits: analysis.hits };
      // Another matcher reads the same shared tokens in between: each keeps its own steps.
      expect(other.hits([...analysis.tokens])).toEqual(matcher.hits(plain.tokens));
      expect(matcher.hits([...analysis.tokens])).toEqual(matcher.hits(plain.tokens));
      const a = messageFeatures(index, text, analysis, ruled, {});
      const b = messageFeatures(index, text, plain, ruled, {});
      expect([...a.ids.subarray(0, a.count)]).toEqual([...b.ids.subarray(0, b.count)]);
      expect([...a.named]).toEqual([...b.named]);
      compared++;
    }
    expect(compared).toBeGreaterThan(400);
  });
});

describe('formsJoined', () => {
  it('remembers a frozen list only, so a list changed in place is joined again', () => {
    const frozen = Object.freeze(matcher.tokens('the boiler is broken'));
    expect(formsJoined(frozen)).toBe('the boiler is broken');
    expect(formsJoined(frozen)).toBe('the boiler is broken');
    const open = matcher.tokens('still no heating');
    expect(formsJoined(open)).toBe('still no heating');
    open.pop();
    expect(formsJoined(open)).toBe('still no');
    expect(formsJoined([])).toBe('');
  });
});
