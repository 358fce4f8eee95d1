/**
 * Triage, pure: (text, profile, answers?) → kind, reason, flags, and the signals that decided
 * it. No I/O, no clock (pass today's date in), no model download: the rules are the model.
 */
import { createClassifier, type Classifier } from './classify';

export * from './types';
export { createClassifier, type Classifier, type TriageContext } from './classify';
export { CUES, type Cue } from './cues';
export { triageAnswersFromIntake } from './from-intake';

let shared: Classifier | undefined;
/** One compiled classifier per process; compiling the cue lists takes a few milliseconds. */
export function defaultClassifier(): Classifier {
  return (shared ??= createClassifier());
}
