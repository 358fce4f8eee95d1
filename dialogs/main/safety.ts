import type { TFunction } from 'i18next';
import type { Lang } from '../../src/i18n';
import type { PolicyProfile } from '../../src/policy/schema';
import type { TriageResult } from '../../src/triage';
import { safeguardingMessages, urgentMessages } from '../triage/replies';

/** Emergency instructions, then crisis contacts: what a message raising either gets before anything else. */
export function safetyMessages(t: TFunction, lang: Lang, profile: PolicyProfile, result: TriageResult): string[] {
  return [...urgentMessages(t, profile, result), ...(result.safeguarding ? safeguardingMessages(t, lang) : [])];
}

/** The topics a reading raised, to tell later readings what has been answered already. */
export const safetyFlags = (result: TriageResult): string[] => [...result.urgentTopics, ...(result.safeguarding ? ['safeguarding'] : [])];
