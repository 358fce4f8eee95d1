import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { featuresOf } from '../../src/triage/features';
import { createRuleClassifier } from '../../src/triage/rules';

// The feature-family tests' shared reading: a message's named features as the classifier sees them
// (the rules' analysis and reading, no intake answers, no typed word known to be a slip).
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const rules = createRuleClassifier();

export const features = (text: string) => featuresOf(text, rules.analyse(text), rules.classify(text, profile), {}, () => false);

/** One named feature: every `raised` message raises it, no `not` message does. */
export const table = (name: string, raised: string[], not: string[]) =>
  describe(name, () => {
    it.each(raised)('%s', (text) => {
      expect(features(text).has(name)).toBe(true);
    });
    it.each(not)('%s: no', (text) => {
      expect(features(text).has(name)).toBe(false);
    });
  });
