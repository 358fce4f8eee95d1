import type { HandoffEvent, Handoffs } from '../store/ports';

/** Ends every open stream at once (shutdown), so none holds a draining instance open. */
export class StreamClosers {
  private readonly waiting = new Set<() => void>();
  private closedFlag = false;

  get closed(): boolean {
    return this.closedFlag;
  }

  /** Resolves after `ms`, or at once when the streams are closed. */
  sleep(ms: number): Promise<void> {
    if (this.closedFlag) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiting.add(done);
    });
  }

  closeAll(): void {
    this.closedFlag = true;
    for (const wake of [...this.waiting]) wake();
  }
}

/**
 * Events may commit out of id order on PostgreSQL (two instances appending at once): each read
 * looks back this many ids and skips those already sent, so a late commit is not passed over.
 */
const LOOK_BACK = 100;
const KEEP_ALIVE_MS = 15_000;

/** People's display names by actor (`person:<sign-in name>`), as src/staff/names.ts reads them. */
export type Names = ReadonlyMap<string, string>;
export type NameLookup = (actors: Array<string | null>) => Promise<Names>;
const NO_NAMES: Names = new Map();

/**
 * A handover event as staff read it, in the routes and the stream alike: `actor` as recorded (for
 * audit), `actorName` the person's display name now (null for a system, the bot, the resident).
 */
export const eventView = (e: HandoffEvent, names: Names = NO_NAMES) => ({ id: e.id, handoff: e.handoffId, at: e.at, kind: e.kind, actor: e.actor, actorName: names.get(e.actor) ?? null, data: e.data });

const frame = (e: HandoffEvent, names: Names) => `id: ${e.id}\nevent: ${e.kind}\ndata: ${JSON.stringify(eventView(e, names))}\n\n`;

/**
 * Server-sent events of the handovers' events after `after`, read from the shared store every
 * `pollMs`, so a resident's message handled by any instance reaches staff connected to any
 * other. A comment line every 15 s keeps proxies from closing an idle stream and lets the server
 * notice a client that has gone.
 */
export async function* handoffEventStream(
  handoffs: Handoffs,
  closers: StreamClosers,
  options: { after: number; handoffId?: number; pollMs?: number; names?: NameLookup },
): AsyncGenerator<string> {
  const pollMs = options.pollMs ?? 1000;
  let cursor = options.after;
  const sent = new Set<number>();
  let quietSince = Date.now();
  yield 'retry: 2000\n\n';
  while (!closers.closed) {
    const events = (await handoffs.eventsAfter(Math.max(options.after, cursor - LOOK_BACK), 500, options.handoffId)).filter((e) => !sent.has(e.id));
    // Names read for each batch with new events only (a quiet stream reads none), so a rename shows from the next event on.
    const names = events.length && options.names ? await options.names(events.map((e) => e.actor)) : NO_NAMES;
    for (const e of events) {
      sent.add(e.id);
      cursor = Math.max(cursor, e.id);
      quietSince = Date.now();
      yield frame(e, names);
    }
    for (const id of sent) if (id < cursor - LOOK_BACK) sent.delete(id);
    if (Date.now() - quietSince >= KEEP_ALIVE_MS) {
      quietSince = Date.now();
      yield ': keep-alive\n\n';
    }
    await closers.sleep(pollMs);
  }
}
