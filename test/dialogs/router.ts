import { type Activity, AutoSaveStateMiddleware, type CardAction, type Middleware } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { createCore, type Core, type CoreOptions } from '../../src/app';
import { readEnv } from '../../src/config/env';
import { FixedClock } from '../../src/clock/clock';
import { stampTurn } from '../../src/clock/turn-instant';
import type { SqliteStore } from '../../src/store/sqlite/store';

/**
 * The bot's main dialog under DialogTestClient, with the real triage and an in-memory store, at
 * a fixed time: each message answered with all its replies' text and buttons, and the cases filed.
 */
export function router(options: Pick<CoreOptions, 'classifier'> = {}) {
  const clock = new FixedClock('2026-11-23T10:00:00Z');
  const core: Core = createCore(readEnv({ DATABASE_PATH: ':memory:' }), { clock, ...options });
  const stamp: Middleware = { onTurn: async (context, next) => (stampTurn(context, clock), next()) };
  const client = new DialogTestClient('test', core.bot.main, undefined, [stamp, new AutoSaveStateMiddleware(core.bot.state.user)], core.bot.state.conversation);
  return {
    async say(text: string, extra: Record<string, unknown> = {}): Promise<{ text: string; buttons: string[] }> {
      const first = await client.sendActivity({ type: 'message', text, ...extra });
      const replies: Partial<Activity>[] = first ? [first] : [];
      for (let r = client.getNextReply(); r; r = client.getNextReply()) replies.push(r);
      return {
        text: replies.map((r) => r.text ?? '').join('\n'),
        buttons: replies.flatMap((r) => (r.suggestedActions?.actions ?? []).map((a: CardAction) => JSON.stringify(a.value ?? a.title))),
      };
    },
    cases: () =>
      ((core.store as SqliteStore).db.prepare('SELECT kind, triage, details FROM cases ORDER BY rowid').all() as Array<{ kind: string; triage: string; details: string }>).map((r) => ({
        kind: r.kind,
        triage: JSON.parse(r.triage) as { dangerConfirmed?: boolean; confirmDanger?: string },
        details: JSON.parse(r.details) as { dangerConfirmed?: boolean; location?: string },
      })),
    /** The staff handovers asked for, with the context object staff and hubs get. */
    handoffs: () =>
      ((core.store as SqliteStore).db.prepare('SELECT reason, context FROM handoff_requests ORDER BY id').all() as Array<{ reason: string; context: string }>).map((r) => ({
        reason: r.reason,
        context: JSON.parse(r.context) as { caseDraft?: Record<string, unknown> | null },
      })),
    /** A case's events (type and data), in the order appended. */
    events: (reference: string) =>
      (
        (core.store as SqliteStore).db
          .prepare('SELECT e.type, e.data FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.reference = ? ORDER BY e.id')
          .all(reference) as Array<{ type: string; data: string }>
      ).map((e) => ({ type: e.type, data: JSON.parse(e.data) as unknown })),
    kinds(): string[] {
      return this.cases().map((c) => c.kind);
    },
  };
}
