import type { i18n } from 'i18next';
import type { Clock } from '../clock/clock';
import { type Logger, safeError } from '../log';
import type { Handoffs } from '../store/ports';
import type { ResidentDelivery } from './api';

/**
 * When nobody accepts a waiting handover within HANDOVER_ACCEPT_MINUTES, the resident is told
 * honestly and offered a call back (their answer is read by the handover on their next message).
 * Each handover is moved by one guarded UPDATE, so with several instances it is told once.
 */
export function scheduleHandoverTimeouts(deps: {
  handoffs: Handoffs;
  clock: Clock;
  minutes: number;
  delivery: ResidentDelivery;
  i18n: i18n;
  log: Logger;
  everyMs?: number;
}): { stop(): Promise<void>; tick(): Promise<void> } {
  let running: Promise<void> | undefined;
  const tick = async () => {
    if (deps.minutes <= 0) return;
    const now = deps.clock.now();
    try {
      const moved = await deps.handoffs.expireWaiting(new Date(now.getTime() - deps.minutes * 60_000).toISOString(), now.toISOString());
      for (const h of moved) {
        const text = deps.i18n.getFixedT(h.language ?? 'cy')('handoff:unanswered');
        await deps.delivery.send(h, text, null).catch((e: unknown) => deps.log.warn({ err: safeError(e), handoff: h.id }, 'handover: call back offer not delivered'));
      }
    } catch (e) {
      deps.log.error({ err: safeError(e) }, 'handover: waiting requests not checked');
    }
  };
  const timer = deps.minutes > 0 ? setInterval(() => void (running ??= tick().finally(() => (running = undefined))), deps.everyMs ?? 30_000) : undefined;
  timer?.unref();
  return {
    tick,
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
