import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { createClassifier } from '../../src/triage/classify';

const profile = createProfileRegistry().get(DEFAULT_POLICY);
const classifier = createClassifier();

describe('the words given as the reason for a reading', () => {
  // The resident is told "I read this as … because of these words": "yn y" or "on my" explain nothing.
  it.each([
    ["Mae'r drws cefn wedi torri yn y gegin a dydy o ddim yn cloi", ['yn y', 'a dydy']],
    ["The lock on my front door is broken and it won't lock, I'm on my own with the kids", ['on my', 'and it']],
    ['There is a leak in the bathroom and it is in the ceiling', ['in the', 'and it', 'it is']],
    ["There's a smell of gas in the hallway", ["there's a", 'in the']],
    ['The garden gate has been broken for a while', ['has been', 'has', 'been']],
    ["Dw i wedi ffonio ddwywaith ac mae'r to yn dal i ollwng", ['dw i', 'dw']],
  ])('%j: no pair of function words among %j', (text, pairs) => {
    const words = classifier.classify(text, profile, {}, { today: '2026-12-06' }).signals.filter((s) => s.cue === 'words').map((s) => s.text.toLowerCase());
    for (const p of pairs) expect(words).not.toContain(p);
  });

  it('still gives content words and pairs', () => {
    const r = classifier.classify("The lock on my front door is broken and it won't lock, I'm on my own with the kids", profile, {}, { today: '2026-12-06' });
    // As a word of its own or inside the rules' phrase ("lock on my front door is broken").
    expect(r.signals.some((s) => /\bbroken\b/.test(s.text))).toBe(true);
  });
});

describe('a reason reads as one (words round 9)', () => {
  // Issue #19: "come and", "out in", "o 'di", "but", "not", "very" say nothing to a resident or an officer.
  it.each([
    ['My kitchen tap is dripping, can someone come and fix it?', ['come and', 'can', 'it']],
    ['we still moved out in the end', ['out in', 'out', 'in the']],
    ["Mae'r gwres wedi torri ers wythnos ond does neb wedi dod", ['ond', "wedi", 'wedi torri ond']],
    ['Not very helpful at all, the repair was never done', ['not', 'very', 'at all', 'all']],
    ["Roedd o 'di bod yn iawn ond mae'r to yn gollwng eto", ["o 'di", 'iawn', 'ond']],
  ])('%j: none of %j given as the reason', (text, empty) => {
    const quoted = classifier.classify(text, profile, {}, { today: '2026-12-06' }).signals.filter((s) => s.source === 'text').map((s) => s.text.toLowerCase());
    for (const e of empty) expect(quoted).not.toContain(e);
  });

  it('still gives the words that carry the reason', () => {
    const r = classifier.classify('My kitchen tap is dripping, can someone come and fix it?', profile, {}, { today: '2026-12-06' });
    expect(r.signals.some((s) => /dripping|tap|fix/.test(s.text))).toBe(true);
  });
});
