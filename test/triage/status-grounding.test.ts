import { describe, expect, it } from 'vitest';
import { createProfileRegistry } from '../../src/policy/profiles';
import { defaultClassifier } from '../../src/triage';

// A status question asks after a case already raised (triage.md). Unhappy and about no case
// ("how much longer will the scaffolding be up?") it is a complaint phrased as a question
// (issue #19), which the shipped model read as a status question once retrained on dev11.
const profile = createProfileRegistry().get('housing-ombudsman-code');
const c = defaultClassifier();
const read = (text: string) => c.classify(text, profile, {}, { today: '2026-12-07' });

describe('a question about progress is a status question only when it asks after a case or is calm', () => {
  it.each([
    ['How much longer will the scaffolding be up? Can you tell me?', false],
    ['Pa mor hir fydd y sgaffaldiau i fyny? Allwch chi ddweud wrtha i?', false],
    ['Any news on CMP-7KQ4-9TXD? This is ridiculous.', true],
    ['Any update on my complaint? It is taking ages.', true],
    ['Unrhyw newyddion am fy nghwyn i?', true],
  ])('%s → status question %s', (text, status) => {
    expect(read(text).kind === 'status_query').toBe(status);
  });
});
