/**
 * Staff messages a channel held back (WhatsApp refused them outside its 24-hour window and sent
 * the reopen template instead) wait for the resident's next message. Every resident message during
 * a handover asks for those still undelivered, so the two events involved are marked as they are
 * written (migration 10's columns, both stores) and the question is one indexed lookup instead of
 * a read of the handover's whole history. The marks come from the events' own data, worked out
 * here once for both stores, so no caller can forget them.
 */
export interface HeldBackMarks {
  /** A staff_message the channel refused with the reopen template sent: to deliver when the resident writes. */
  heldBack: boolean;
  /** A staff_message_delivered: the id of the held-back message it delivered. */
  delivers: number | null;
}

export function heldBackMarks(kind: string, data: unknown): HeldBackMarks {
  const d = typeof data === 'object' && data !== null ? (data as { reopenRequested?: unknown; of?: unknown }) : {};
  return {
    heldBack: kind === 'staff_message' && d.reopenRequested === true,
    delivers: kind === 'staff_message_delivered' && Number.isSafeInteger(d.of) && (d.of as number) > 0 ? (d.of as number) : null,
  };
}
