/**
 * Blanking a handover's personal fields, the same in both stores. The audit trail keeps its rows
 * (who, when, what kind); what people said or gave goes. Migration 9 lets handoff_events take
 * exactly this marker as its data and nothing else.
 */
export const REDACTED_JSON = '{"redacted":true}';

/**
 * Handovers blanked while open and finished since: the conversation reference is no longer
 * needed. Spelt exactly as the partial index handoff_requests_left_to_blank (migration 10) is, so
 * the hourly sweep reads only those rows (almost always none), not every finished handover.
 */
export const LEFT_TO_BLANK_WHERE = `state = 'finished' AND context = '{"redacted":true}' AND conversation_ref <> 'null'`;

/** Whether a stored JSON value (an event's data, a handover's context) has been blanked. */
export function isRedacted(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { redacted?: unknown }).redacted === true;
}

/** A handoff_requests row's personal fields, as stored (JSON text). */
export interface HandoffPersonalFields {
  state: string;
  conversation_ref: string;
  context: string;
  callback: string | null;
}

/**
 * The fields blanked, or undefined when there is nothing left to blank. The context (the resident's
 * answers so far, triage, adjustments) becomes the marker; a callback keeps why and when it was
 * asked for, not the resident's words for when nor the phone number. The conversation reference
 * (the resident's channel address, often their name) goes once the handover is finished: while
 * open it is how staff's words reach the resident.
 */
export function blankedHandoff(row: HandoffPersonalFields): Omit<HandoffPersonalFields, 'state'> | undefined {
  const blanked = {
    conversation_ref: row.state === 'finished' ? 'null' : row.conversation_ref,
    context: REDACTED_JSON,
    callback: row.callback === null ? null : blankedCallback(row.callback),
  };
  const same = blanked.conversation_ref === row.conversation_ref && blanked.context === row.context && blanked.callback === row.callback;
  return same ? undefined : blanked;
}

function blankedCallback(stored: string): string | null {
  let callback: unknown;
  try {
    callback = JSON.parse(stored);
  } catch {
    // Not ours to read, so not ours to keep: the row reader would refuse it anyway.
    return null;
  }
  if (typeof callback !== 'object' || callback === null) return stored === 'null' ? stored : null;
  return JSON.stringify({ ...callback, when: null, phone: null });
}
