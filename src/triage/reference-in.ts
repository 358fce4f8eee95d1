import { findReference } from '../cases/reference';

/**
 * `findReference`, remembering the last text: the rules and the model's features both ask it of
 * the same message in turn, and on a long message the search is one of the dearer expressions.
 * A memo of one entry, keyed by the whole text: the same text always gives the same answer.
 */
let last: { text: string; reference: string | null } | null = null;
export function referenceIn(text: string): string | null {
  if (last?.text === text) return last.reference;
  const reference = findReference(text);
  last = { text, reference };
  return reference;
}
