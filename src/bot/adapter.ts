import {
  type Activity,
  CloudAdapter,
  StatusCodes,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type Middleware,
  type TurnContext,
} from 'botbuilder';
import type { i18n } from 'i18next';
import { AuthenticationError } from 'botframework-connector';
import type { Env } from '../config/env';
import { safeError, type Logger } from '../log';
import { isLostRace } from './bot-state';
import { ReusingBotFrameworkAuthentication } from './reusing-authentication';
import { OwnChannelsOnlyAuthentication } from './own-channels-only';
import { type LocalConnector, SelfHostedConnectorAuthentication } from '../directline/connector';

/**
 * The Bot Framework adapter, set up as in Microsoft's samples. With no MicrosoftAppId it accepts
 * unauthenticated traffic (tests, integrators using deliveryMode "expectReplies") and sends
 * nothing to a serviceUrl other than this server's own (src/bot/own-channels-only.ts).
 */
export function createAdapter(
  env: Env,
  i18n: i18n,
  log: Logger,
  /** Ends what the resident was doing and tells them, so a failed turn does not fail every later one. */
  recover?: (context: TurnContext) => Promise<void>,
  /** Self-hosted website chat: connector clients for this server's own serviceUrl (src/directline/). */
  local?: LocalConnector,
): CheckedActivityAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: env.MicrosoftAppId,
    MicrosoftAppPassword: env.MicrosoftAppPassword,
    MicrosoftAppType: env.MicrosoftAppType,
    MicrosoftAppTenantId: env.MicrosoftAppTenantId,
  } as ConfigurationBotFrameworkAuthenticationOptions);
  const reusing = new ReusingBotFrameworkAuthentication(auth);
  // Without an app id nothing is authenticated, so no serviceUrl a caller names is written to.
  const outbound = env.MicrosoftAppId ? reusing : new OwnChannelsOnlyAuthentication(reusing);
  const adapter = new CheckedActivityAdapter(local ? new SelfHostedConnectorAuthentication(outbound, local) : outbound);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // Another turn wrote this conversation's state since this one read it (a lost lock): nothing
    // of this turn was kept, so there is nothing to recover; the server answers 503 and the
    // channel re-delivers the message to run afresh. Recovering here would clear the winner's state.
    if (isLostRace(error)) {
      log.warn({ channelId: context.activity.channelId, activityType: context.activity.type }, 'turn lost a state race; not kept, to be re-delivered');
      return;
    }
    // Where it was thrown, never the message: that can quote what the resident wrote.
    log.error({ err: safeError(error), channelId: context.activity.channelId, activityType: context.activity.type }, 'turn error');
    // A turn that failed once would usually fail again at the same step (a stored date the
    // dialog cannot handle, a record that cannot be written): the dialog stack is cleared so the
    // next message works, and the resident hears that, in their language.
    if (recover) {
      try {
        await recover(context);
        return;
      } catch (recoverError) {
        log.error({ err: safeError(recoverError) }, 'could not recover the conversation');
      }
    }
    const cy = i18n.getFixedT('cy')('intake:error');
    const en = i18n.getFixedT('en')('intake:error');
    try {
      await context.sendActivity(`${cy}\n\n${en}`);
    } catch (sendError) {
      log.error({ err: safeError(sendError) }, 'could not apologise for a turn error');
    }
  };
  return adapter;
}

/** Where CloudAdapter.process writes its answer (restify's response, or the server's HeldResponse). */
export interface TurnResponse {
  status(code: number): unknown;
  send(body?: unknown): unknown;
  end(): unknown;
}

/**
 * A CloudAdapter that also runs an activity the server has already read and checked
 * (src/request-body.ts, src/bot/incoming-activity.ts). CloudAdapter.process checks the request
 * again with zod 3 schemas it builds afresh on every call, parsing the whole activity as a record
 * twice: about 3% of a turn's CPU and 6% of its allocations under load, for checks ours have made
 * more strictly already. `processChecked` does what process() then does for a POSTed activity
 * (botbuilder 4.23): the timestamps made Dates as validateAndFixActivity makes them, the caller
 * authenticated from the Authorization header, the turn run, and the status and any body (an
 * invoke's, or expectReplies' activities) written; an authentication failure is a 401 and any
 * other error a 500, each with the error's message, as process() answers them.
 */
export class CheckedActivityAdapter extends CloudAdapter {
  async processChecked(
    authorization: string | undefined,
    activity: Partial<Activity>,
    res: TurnResponse,
    logic: (context: TurnContext) => Promise<void>,
    log: Logger,
  ): Promise<void> {
    const end = (status: number, body?: unknown) => {
      res.status(status);
      if (body) res.send(body);
      res.end();
    };
    const fixed = activity as Partial<Activity> & Record<string, unknown>;
    for (const field of ['timestamp', 'expiration', 'localTimestamp'] as const) {
      const value = fixed[field];
      if (typeof value === 'string') {
        fixed[`raw${field[0].toUpperCase()}${field.slice(1)}`] = value;
        fixed[field] = new Date(value);
      }
    }
    try {
      const invoke = await this.processActivity(authorization ?? '', fixed as Activity, logic);
      end(invoke?.status ?? StatusCodes.OK, invoke?.body);
    } catch (err) {
      // Where it was thrown, never the message (CloudAdapter.process printed the whole error).
      log.error({ err: safeError(err) }, 'activity not processed');
      end(err instanceof AuthenticationError ? StatusCodes.UNAUTHORIZED : StatusCodes.INTERNAL_SERVER_ERROR, (err as Error).message ?? err);
    }
  }
}

/** Where botbuilder-dialogs keeps its memory-scope configuration in the turn state. */
const DIALOG_STATE_CONFIGURATION = 'DialogStateManagerConfiguration';

/**
 * botbuilder-dialogs builds its memory scopes and path resolvers afresh on every turn (a
 * dependency-injection container and zod checks, about 5% of a turn's CPU) and caches them only
 * for that turn. They hold no per-turn data, and the library's own DialogManager shares one set
 * across turns (its stateConfiguration); this does the same for the bot's DialogSet. Should the
 * library stop using this key, each turn simply builds its own again.
 */
export function shareDialogStateConfiguration(): Middleware {
  let shared: unknown;
  return {
    async onTurn(context, next) {
      if (shared) context.turnState.set(DIALOG_STATE_CONFIGURATION, shared);
      await next();
      shared ??= context.turnState.get(DIALOG_STATE_CONFIGURATION);
    },
  };
}
