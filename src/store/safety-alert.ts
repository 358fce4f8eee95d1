/**
 * What an event does to a handover's safety alert (`handoff_requests.safety_alert`, migration
 * 13): a resident's message that raised an emergency or a person at risk while a person had the
 * conversation (`resident_message` with `data.safety`, its topics) becomes the one the staff
 * queue shows, the latest such message winning; a member of staff's message ends it (they have
 * answered), and so does the handover's finish. Kept by the store beside the event, in its
 * transaction, so no caller can append one without the other, and the queue reads only the
 * handovers that have one instead of every taken handover's latest events on every poll.
 */
export function safetyAlertAfter(kind: string, data: unknown): 'raised' | 'answered' | null {
  if (kind === 'staff_message') return 'answered';
  if (kind !== 'resident_message') return null;
  const safety = typeof data === 'object' && data !== null ? (data as { safety?: unknown }).safety : undefined;
  return Array.isArray(safety) && safety.some((s) => typeof s === 'string') ? 'raised' : null;
}
