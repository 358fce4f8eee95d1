import type { DeadlineService } from '../deadlines/service';
import { type Logger, safeError } from '../log';
import type { CaseStore } from '../store/ports';
import { listingFor } from './updates';

/** Cases read per batch; between batches the event loop is free, so /healthz and turns answer. */
const BATCH = 200;

export interface RefreshOptions {
  batch?: number;
  /** Checked between batches: shutdown stops the work there. */
  stopped?: () => boolean;
}

/**
 * Recomputes the stored listing fields of every complaint whose basis is not the current one:
 * filed before migration 4, filed under an older profile or bank-holiday list, or whose profile
 * was not loaded. Run at start-up in the background (it is not needed to answer residents). Each
 * case is written only if it has not changed since it was read, so an event recorded meanwhile
 * (here or on another instance) wins, and two instances recomputing at once do the work once.
 */
export async function refreshListings(cases: CaseStore, deadlines: DeadlineService, options: RefreshOptions = {}): Promise<number> {
  const batch = options.batch ?? BATCH;
  const bases = deadlines.allBases();
  let afterId = 0;
  let refreshed = 0;
  while (!options.stopped?.()) {
    const stale = await cases.staleListings({ bases, afterId, limit: batch });
    if (stale.length === 0) break;
    // Together, so SQLite's group commit makes them one transaction.
    const written = await Promise.all(stale.map((s) => cases.refreshListing(s, listingFor(deadlines, s.record, s.events))));
    refreshed += written.filter(Boolean).length;
    afterId = stale[stale.length - 1].record.id;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return refreshed;
}

export interface ListingRefresh {
  /** Settles when the recompute has finished (or failed, which is logged). */
  done: Promise<void>;
  /** Stops after the batch under way. */
  stop(): Promise<void>;
}

export function startListingRefresh(cases: CaseStore, deadlines: DeadlineService, log: Logger): ListingRefresh {
  let stopped = false;
  const started = Date.now();
  const done = refreshListings(cases, deadlines, { stopped: () => stopped }).then(
    (n) => {
      if (n > 0) log.info({ cases: n, ms: Date.now() - started }, 'listing: recomputed the next dates of cases filed under another profile or bank-holiday list');
    },
    (e: unknown) => log.error({ err: safeError(e) }, 'listing: recompute failed; staff listings may miss those cases until the next start'),
  );
  return {
    done,
    stop() {
      stopped = true;
      return done;
    },
  };
}
