/**
 * Where a turn's activity came from, when that is the sender's own address: set by the server on
 * the self-hosted website chat and on /api/messages without an app id (with one, the sender is
 * the Bot Connector, whose address is every resident's). Read from the turn state.
 */
export const CLIENT_ADDRESS = Symbol('clientAddress');

/** Addresses remembered at most; the least recently used goes first. */
const MAX_ADDRESSES = 10_000;

export interface CapLimits {
  /** HANDOVER_MAX_OPEN_PER_ADDRESS; 0 for none. */
  perAddress: number;
  /** HANDOVER_MAX_OPEN; 0 for none. */
  total: number;
}

/**
 * How far past each cap a safety handover (safeguarding or urgent) may still be queued: twice the
 * cap. A resident in danger whose address or the queue is at the cap is still someone staff must
 * see; only twice as many open as any resident may have is plainly a script, not a person.
 */
export const SAFETY_ALLOWANCE = 2;

/**
 * How many handovers may be open at once, from one address and in all. Without it, "speak to a
 * person" (or five wrong references) from fresh chat conversations opened a handover each time,
 * and a script could fill the staff queue. The whole queue is the store's (every instance
 * counts); which address opened which handover is this instance's memory only, never stored: it
 * is a network address, not something staff need.
 */
export class HandoverCap {
  private readonly byAddress = new Map<string, Set<number>>();

  constructor(private readonly limits: CapLimits) {}

  /**
   * Whether a new handover would go over a cap. `openOf` counts the open handovers and says which
   * of this address's are still open (Handoffs.openAmong: counted by index; the whole queue was read
   * on every request for a person). A safety request (`safety`) is held to SAFETY_ALLOWANCE times each cap.
   */
  async full(address: string | undefined, openOf: (ids: readonly number[]) => Promise<{ total: number; open: number[] }>, safety = false): Promise<'address' | 'total' | null> {
    const times = safety ? SAFETY_ALLOWANCE : 1;
    const perAddress = this.limits.perAddress > 0 && address ? this.byAddress.get(address) : undefined;
    if (this.limits.total <= 0 && !perAddress) return null;
    const { total, open } = await openOf(perAddress ? [...perAddress] : []);
    if (this.limits.total > 0 && total >= this.limits.total * times) return 'total';
    if (perAddress && address) {
      const still = new Set(open);
      for (const id of perAddress) if (!still.has(id)) perAddress.delete(id);
      if (perAddress.size === 0) this.byAddress.delete(address);
      else if (perAddress.size >= this.limits.perAddress * times) return 'address';
    }
    return null;
  }

  /** A handover opened for `address`. */
  opened(address: string | undefined, id: number): void {
    if (!address || this.limits.perAddress <= 0) return;
    const mine = this.byAddress.get(address) ?? new Set<number>();
    this.byAddress.delete(address);
    if (this.byAddress.size >= MAX_ADDRESSES) this.byAddress.delete(this.byAddress.keys().next().value!);
    this.byAddress.set(address, mine.add(id));
  }
}
