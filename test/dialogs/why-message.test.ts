import { describe, expect, it } from 'vitest';
import { whyMessage } from '../../dialogs/triage/replies';
import { createI18n } from '../../src/i18n';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { createClassifier } from '../../src/triage/classify';

const i18n = createI18n();
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const classifier = createClassifier();
const read = (text: string) => classifier.classify(text, profile, {}, { today: '2026-12-06' });

// "I read this as … because of these words": the words must be reasons for that reading. Words of
// unhappiness are reasons for a complaint, and the bot offers one on their strength instead.
describe('the words a non-complaint reading gives as its reason', () => {
  it.each([
    ['en', 'The council took my housing benefit away and I am in arrears now, they wont listen', 'excluded', /housing benefit/, /wont listen/],
  ] as const)('%s: %s', (lang, text, kind, given, never) => {
    const result = read(text);
    expect(result.kind).toBe(kind);
    // The reading did hear the unhappiness (it is what the complaint offer rests on).
    expect(result.signals.some((s) => s.cue === 'dissatisfaction')).toBe(true);
    const why = whyMessage(i18n.getFixedT(lang), result)!;
    expect(why).toMatch(given);
    expect(why).not.toMatch(never);
  });

  it('leaves out complaint cues and punctuation whatever the reading, keeping the rest in order', () => {
    const signals = [
      { cue: 'dissatisfaction', text: 'fed up', source: 'text' as const },
      { cue: 'fault', text: 'dripping', source: 'text' as const },
      { cue: 'repeated', text: 'again', source: 'text' as const },
      { cue: 'words', text: 'tap', source: 'text' as const },
      { cue: 'words', text: '?', source: 'text' as const },
    ];
    const why = whyMessage(i18n.getFixedT('en'), { ...read('The tap is dripping'), kind: 'service_request', signals });
    expect(why).toMatch(/because of these words: “dripping”, “tap”\./);
    const cy = [
      { cue: 'other_org', text: 'budd-dal tai', source: 'text' as const },
      { cue: 'dissatisfaction', text: 'llond bol', source: 'text' as const },
    ];
    const cyWhy = whyMessage(i18n.getFixedT('cy'), { ...read('Mae fy mudd-dal tai wedi stopio'), kind: 'excluded', signals: cy })!;
    expect(cyWhy).toMatch(/“budd-dal tai”/);
    expect(cyWhy).not.toMatch(/llond bol/);
  });
});
