import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import { isLostRace } from '../bot/bot-state';
import { CLIENT_ADDRESS } from '../handoff/cap';
import { ConversationBusyError, type ConversationLocks } from '../store/conversation-locks';

/** Tries at one activity before giving up: a busy conversation or a lost state race is re-delivered. */
const ATTEMPTS = 5;

export interface TurnDeliveryDeps {
  adapter: CloudAdapter;
  /** The bot's turn (ComplaintsBot.run). */
  run: (context: TurnContext) => Promise<void>;
  locks: ConversationLocks;
  /** What the turn is authenticated as (see localTurnAuthentication). */
  auth: AuthenticateRequestResult;
  sleep?: (ms: number) => Promise<void>;
}

export class DeliveryFailed extends Error {
  constructor(readonly reason: 'busy' | 'changed') {
    super(reason === 'busy' ? 'the conversation stayed busy' : 'the conversation kept changing under the turn');
    this.name = 'DeliveryFailed';
  }
}

/**
 * Hands an activity to the bot as a channel would, through the adapter and its middleware, one
 * turn of a conversation at a time (the same lock /api/messages takes). Here the server is the
 * channel, so what a channel does on a 503 (try again shortly) is done here: a turn refused as
 * busy, or whose state write lost a race (nothing of it kept), runs again.
 */
export class TurnDelivery {
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly deps: TurnDeliveryDeps) {
    this.sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** `clientAddress`: the resident's browser, as the server saw it (for the handover cap, src/handoff/cap.ts). */
  async deliver(activity: Record<string, unknown>, clientAddress?: string): Promise<void> {
    const conversation = (activity.conversation as { id: string }).id;
    const key = `${String(activity.channelId)}:${conversation}`;
    let reason: DeliveryFailed['reason'] = 'busy';
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      let lostRace = false;
      try {
        await this.deps.locks.run(key, () =>
          // A fresh copy each time: the adapter writes into the activity it is given.
          this.deps.adapter.processActivityDirect(this.deps.auth, structuredClone(activity) as Partial<Activity> as Activity, async (context) => {
            if (clientAddress) context.turnState.set(CLIENT_ADDRESS, clientAddress);
            try {
              await this.deps.run(context);
            } catch (e) {
              // onTurnError leaves such a turn alone (src/bot/adapter.ts); it is run again here.
              if (isLostRace(e)) lostRace = true;
              throw e;
            }
          }),
        );
        if (!lostRace) return;
        reason = 'changed';
        await this.sleep(100 * attempt);
      } catch (e) {
        if (!(e instanceof ConversationBusyError)) throw e;
        reason = 'busy';
        await this.sleep(Math.min(e.retryAfterSeconds * 1000, 2_000));
      }
    }
    throw new DeliveryFailed(reason);
  }
}
