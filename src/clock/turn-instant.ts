import type { TurnContext } from 'botbuilder';
import type { Clock } from './clock';
import { londonDate } from './clock';

const TURN_INSTANT = Symbol('turnInstant');

/**
 * Stamps the turn with the server's time once, as it starts, so every part of one turn (the
 * received date, "today", a lock's expiry) agrees on the same instant.
 */
export function stampTurn(context: TurnContext, clock: Clock): Date {
  const existing = context.turnState.get(TURN_INSTANT) as Date | undefined;
  if (existing) return existing;
  const at = clock.now();
  context.turnState.set(TURN_INSTANT, at);
  return at;
}

/** When the server received this turn. A turn the bot did not stamp is a wiring bug, not a reason to ask the client. */
export function turnInstant(context: TurnContext): Date {
  const at = context.turnState.get(TURN_INSTANT) as Date | undefined;
  if (!at) throw new Error('the turn has no server time: stampTurn must run before the bot reads the time');
  return at;
}

/** The London date of this turn, by the server's clock. */
export function turnDate(context: TurnContext): string {
  return londonDate(turnInstant(context));
}
