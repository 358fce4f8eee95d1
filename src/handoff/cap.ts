import { createHash } from 'node:crypto';

/**
 * Where a turn's activity came from, when that is the sender's own address: set by the server on
 * the self-hosted website chat and on /api/messages without an app id (with one, the sender is
 * the Bot Connector, whose address is every resident's). Read from the turn state.
 */
export const CLIENT_ADDRESS = Symbol('clientAddress');

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
 * and a script could fill the staff queue. Both counts are the store's (Handoffs.openCounts), so
 * every instance sees the same: which address opened which handover was each instance's memory,
 * and with two instances a resident could open twice the cap. The store keeps a digest of the
 * address on the open handover (`addressKey`), not the address itself, and only while it is open.
 */
export class HandoverCap {
  constructor(private readonly limits: CapLimits) {}

  /**
   * What the store keeps of `address` for the per-address cap: a SHA-256 digest, or null without a
   * per-address cap or an address (nothing is kept then). A digest keeps the address out of sight
   * of anyone reading the table; it is not anonymous (an IPv4 address's is found by trying them
   * all), which is why it is cleared when the handover finishes.
   */
  addressKey(address: string | undefined): string | null {
    if (this.limits.perAddress <= 0 || !address) return null;
    return createHash('sha256').update(`handover-cap\0${address}`).digest('base64url');
  }

  /**
   * Whether a new handover from `address` would go over a cap. `openCounts` counts the open
   * handovers in all and from the address's key (Handoffs.openCounts: by index). A safety request
   * (`safety`) is held to SAFETY_ALLOWANCE times each cap.
   */
  async full(address: string | undefined, openCounts: (addressKey: string | null) => Promise<{ total: number; fromAddress: number }>, safety = false): Promise<'address' | 'total' | null> {
    const times = safety ? SAFETY_ALLOWANCE : 1;
    const key = this.addressKey(address);
    if (this.limits.total <= 0 && key === null) return null;
    const { total, fromAddress } = await openCounts(key);
    if (this.limits.total > 0 && total >= this.limits.total * times) return 'total';
    if (key !== null && fromAddress >= this.limits.perAddress * times) return 'address';
    return null;
  }
}
