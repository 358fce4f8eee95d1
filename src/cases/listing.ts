import { createHash } from 'node:crypto';
import type { BankHoliday } from '../deadlines/bank-holidays';
import type { PolicyProfile } from '../policy/schema';
import type { CaseStatus } from './lifecycle';

/**
 * The listing fields a case keeps beside its events (cases.next_*, cases.listing_basis), so the
 * staff views select by state, due and overdue with an indexed query instead of replaying every
 * case. They are a cache of the events under one profile and one bank-holiday list: `basis` says
 * which, and a case whose basis is not the current one is recomputed at start-up.
 */
export interface ListingNext {
  kind: 'acknowledge' | 'respond';
  /** London date, YYYY-MM-DD. */
  date: string;
  extended: boolean;
  clause: string | null;
}

export interface CaseListing {
  next: ListingNext | null;
  basis: string;
}

/** The basis of a case that has no dates (service requests, exclusions, feedback): never stale. */
export const NO_DATES_BASIS = '-';
/** The basis of a complaint whose dates could not be worked out (its profile is not loaded). */
export const UNAVAILABLE_BASIS = '!';
/** The basis of a row filed without listing fields, or migrated from before them: always stale. */
export const NOT_COMPUTED_BASIS = '';

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 16);

/** A fingerprint of the bank-holiday list the dates were counted with. */
export function holidaysFingerprint(holidays: readonly BankHoliday[]): string {
  return digest(holidays.map((h) => h.date));
}

/**
 * A fingerprint of a profile and the bank holidays: id and version for a person reading it, the
 * content hash because a landlord may edit a profile without bumping its version.
 */
export function listingBasis(profile: PolicyProfile, holidaysHash: string): string {
  return `${profile.id}@${profile.version}#${digest(profile)}+${holidaysHash}`;
}

export function listingNext(status: CaseStatus): ListingNext | null {
  const n = status.next;
  return n ? { kind: n.kind, date: n.date, extended: n.extended, clause: n.clause } : null;
}
