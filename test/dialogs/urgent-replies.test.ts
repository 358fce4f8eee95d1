import { describe, expect, it } from 'vitest';
import { urgentMessages } from '../../dialogs/triage/replies';
import { createI18n } from '../../src/i18n';
import { createProfileRegistry } from '../../src/policy/profiles';
import type { TriageResult } from '../../src/triage';

// Found trying the bot in Welsh: "Dw i isio marw" (a person at risk, nothing in the home) was told
// to ring the landlord's emergency repairs line before the crisis contacts.
const profile = createProfileRegistry().get('housing-ombudsman-code');
const i18n = createI18n();
const REPAIRS = { en: /emergency repairs line|emergency repair line/i, cy: /l?linell atgyweirio brys/ } as const;
const LIFE = { en: /call 999/, cy: /ffoniwch 999/ } as const;

describe('the emergency repairs line goes with something in the home, not with a person at risk alone', () => {
  it.each([
    ['en', ['person_at_risk'], false],
    ['cy', ['person_at_risk'], false],
    ['en', ['person_at_risk', 'gas'], true],
    ['cy', ['water'], true],
    ['en', ['emergency_repair'], true],
  ] as const)('%s, %j → repairs line %s, and 999 always', (lang, topics, repairs) => {
    const result = { urgent: true, urgentTopics: [...topics] } as unknown as TriageResult;
    const text = urgentMessages(i18n.getFixedT(lang), profile, result).join('\n');
    expect(REPAIRS[lang].test(text)).toBe(repairs);
    expect(text).toMatch(LIFE[lang]);
  });
});
