/**
 * What an event does to a case's waiting review (`cases.review_waiting`, migration 12): a
 * resident's `review_requested` makes one wait (the first since the last answer stays the one
 * shown, so asking again does not move a resident back in the queue), an officer's
 * `review_answered` ends it. Kept by the store beside the event, in its transaction, so no caller
 * can append one without the other; the queue then reads only reviews still waiting.
 */
export function reviewWaitingAfter(eventType: string): 'asked' | 'answered' | null {
  if (eventType === 'review_requested') return 'asked';
  if (eventType === 'review_answered') return 'answered';
  return null;
}
