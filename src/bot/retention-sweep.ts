import { type Logger, safeError } from '../log';
import type { Clock } from '../clock/clock';
/**
 * What a sweep needs of a store: delete up to `limit` things idle since `before`, saying whether
 * more are left, and (where it keeps handovers) how many handover records it blanked.
 */
interface Sweepable {
  sweep(before: Date, limit: number): Promise<{ conversations: number; more: boolean; handoverRequests?: number; handoverEvents?: number }>;
}

/** What a whole sweep did. */
export interface Swept {
  conversations: number;
  handoverRequests: number;
  handoverEvents: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Conversations per transaction, so a first sweep over a large backlog does not hold the event loop for long. */
const CONVERSATIONS_PER_PASS = 1_000;

/** The instant before which a conversation not heard from is deleted. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** Sweeps until nothing idle is left; returns how many conversations went and handover records were blanked. */
export async function sweepIdle(store: Sweepable, clock: Clock, days: number): Promise<Swept> {
  const cutoff = retentionCutoff(clock.now(), days);
  const swept = { conversations: 0, handoverRequests: 0, handoverEvents: 0 };
  for (;;) {
    const pass = await store.sweep(cutoff, CONVERSATIONS_PER_PASS);
    swept.conversations += pass.conversations;
    swept.handoverRequests += pass.handoverRequests ?? 0;
    swept.handoverEvents += pass.handoverEvents ?? 0;
    if (!pass.more) return swept;
  }
}

export interface RetentionSchedule {
  /** The sweep started at start-up, for tests and shutdown to wait on. */
  first: Promise<void>;
  /** Stops the timer; settles once a sweep under way has finished. */
  stop(): Promise<void>;
}

/**
 * Sweeps at start-up and then every `intervalMs` (an hour by default). The timer is unref'd so it
 * never keeps the process alive; a failed sweep is logged and tried again at the next interval.
 */
export function scheduleRetention(store: Sweepable, clock: Clock, days: number, log: Logger, intervalMs = 60 * 60 * 1000, what = 'the state and transcripts of idle conversations, and blanked their handovers'): RetentionSchedule {
  let running: Promise<void> = Promise.resolve();
  const run = (): Promise<void> =>
    (running = running.then(() =>
      sweepIdle(store, clock, days).then(
        (n) => {
          if (n.conversations > 0 || n.handoverRequests > 0 || n.handoverEvents > 0) log.info({ ...n, days }, `retention: deleted ${what}`);
        },
        (e: unknown) => log.error({ err: safeError(e) }, 'retention sweep failed'),
      ),
    ));
  const first = run();
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  return {
    first,
    stop: () => {
      clearInterval(timer);
      return running;
    },
  };
}
