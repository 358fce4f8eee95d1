import { type BotState, ConversationState, type TurnContext, UserState } from 'botbuilder';

/**
 * botbuilder's ConversationState and UserState, deciding differently whether a turn changed them.
 * (The one file here that knows botbuilder: it decides when state reaches SqliteStorage, which
 * itself stays SDK-free.)
 *
 * BotState hashes the whole state when it is loaded and again at the end of the turn (JSON with a
 * replacer function called on every value, then SHA-256): four times a turn for the two states,
 * as much CPU as the SQLite reads and writes themselves. Comparing the plain JSON text makes the
 * same decision (write exactly when what would be stored differs) for a fraction of the cost.
 * Everything else is BotState's behaviour: state is read once a turn and written with eTag "*".
 */
interface Loaded {
  state: Record<string, unknown>;
  /** The state as JSON, without its eTag, when it was loaded or last saved; '' forces a save. */
  json: string;
}

const asJson = (state: Record<string, unknown>): string => {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
};

// A mixin's base constructor must take any arguments (TypeScript's rule for mixins).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type BotStateClass = new (...args: any[]) => BotState;

function comparingJson<B extends BotStateClass>(Base: B) {
  return class extends Base {
    readonly #loaded = Symbol('loaded state');

    override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
      const cached = context.turnState.get(this.#loaded) as Loaded | undefined;
      if (!force && cached?.state) return cached.state;
      const key = await this.storageKey(context);
      const items = await this.storage.read([key]);
      const state: Record<string, unknown> = items[key] ?? {};
      context.turnState.set(this.#loaded, { state, json: asJson(state) } satisfies Loaded);
      return state;
    }

    override async saveChanges(context: TurnContext, force = false): Promise<void> {
      let cached = context.turnState.get(this.#loaded) as Loaded | undefined;
      if (!force && (!cached || asJson(cached.state) === cached.json)) return;
      const key = await this.storageKey(context);
      cached ??= { state: {}, json: '' };
      cached.state.eTag = '*';
      await this.storage.write({ [key]: cached.state });
      cached.json = asJson(cached.state);
      context.turnState.set(this.#loaded, cached);
    }

    override async clear(context: TurnContext): Promise<void> {
      context.turnState.set(this.#loaded, { state: {}, json: '' } satisfies Loaded);
    }

    override async delete(context: TurnContext): Promise<void> {
      context.turnState.delete(this.#loaded);
      await this.storage.delete([await this.storageKey(context)]);
    }

    override get(context: TurnContext): Record<string, unknown> | undefined {
      const cached = context.turnState.get(this.#loaded) as Loaded | undefined;
      return typeof cached === 'object' && typeof cached.state === 'object' ? cached.state : undefined;
    }
  };
}

export class JsonComparingConversationState extends comparingJson(ConversationState) {}
export class JsonComparingUserState extends comparingJson(UserState) {}
