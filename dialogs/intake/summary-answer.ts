import { readAnswer } from '../parse/yes-no';
import { fieldToChange, saysChange } from './change';
import type { QuestionId } from './questions';

/**
 * What an answer to the summary ("Is that right?") asks for. Only a clear yes files: a yes with
 * a negation in it ("yes but the phone number is wrong") is a change, and anything unclear gets
 * the choices spelt out rather than a guess.
 */
export type SummaryDecision =
  | { kind: 'file' }
  | { kind: 'change'; field: QuestionId }
  | { kind: 'which' }
  | { kind: 'ask_again' };

export function summaryDecision(text: string): SummaryDecision {
  const field = fieldToChange(text);
  const r = readAnswer(text);
  if (field && saysChange(text)) return { kind: 'change', field };
  if (r.answer === 'yes' && r.clear && !r.negated) return { kind: 'file' };
  // "Nac ydi, ma'r cyfeiriad yn anghywir" names what is wrong; "the address" alone does too.
  if (field && (r.negated || r.answer === null || r.answer === 'no')) return { kind: 'change', field };
  if (r.negated || r.answer === 'no') return { kind: 'which' };
  return { kind: 'ask_again' };
}
