import { createHash } from 'node:crypto';
import type { OpenCaps } from '../store/ports';

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
 * and a script could fill the staff queue. Both counts are the store's, taken in the same atomic
 * step as the insert (Handoffs.open with caps), so every instance sees the same: which address
 * opened which handover was each instance's memory, and with two instances a resident could open
 * twice the cap. The store keeps a digest of the
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
   * The caps a new handover is held to, for Handoffs.open, which counts and opens in one atomic
   * step (counted first and opened after, two turns from one address, or two instances, both
   * passed at the cap). A safety request (`safety`) is held to SAFETY_ALLOWANCE times each cap;
   * 0 stays 0 (no cap).
   */
  caps(safety = false): OpenCaps {
    const times = safety ? SAFETY_ALLOWANCE : 1;
    return { total: this.limits.total * times, perAddress: this.limits.perAddress * times };
  }
}
