import { radicals } from '../language/mutations';
import { words } from '../language/normalise';
import type { PolicyProfile } from './schema';

export type StaffMatter = PolicyProfile['handover']['staffMatters'][number];

/** A word as typed and every radical form it could be a mutation of ("nghladin" → "cladin"). */
const forms = (w: string): Set<string> => new Set([w, ...radicals(w)]);

/**
 * The first matter the profile gives to staff whose cue phrase the text contains, in either
 * language: a phrase matches when its words appear in a row, each as typed or unmutated.
 * Pure; null when none does.
 */
export function staffMatterIn(text: string, profile: PolicyProfile): StaffMatter | null {
  const said = words(text).map(forms);
  if (!said.length) return null;
  for (const matter of profile.handover.staffMatters) {
    for (const phrase of [...matter.cues.en, ...matter.cues.cy]) {
      const want = words(phrase);
      for (let i = 0; i + want.length <= said.length; i++) {
        if (want.every((w, j) => said[i + j].has(w))) return matter;
      }
    }
  }
  return null;
}
