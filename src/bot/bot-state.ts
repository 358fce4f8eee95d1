import { type BotState, ConversationState, type TurnContext, UserState } from 'botbuilder';
import { emptyStoreItems } from '../store/ports';

/**
 * botbuilder's ConversationState and UserState, leaving to the store the question of whether a
 * turn changed them. (The one file here that knows botbuilder: it decides when state reaches
 * SqliteStorage, which itself stays SDK-free.)
 *
 * BotState hashes the whole state when it is loaded and again at the end of the turn (JSON with a
 * replacer function called on every value, then SHA-256): four times a turn for the two states,
 * as much CPU as the SQLite reads and writes themselves. SqliteStorage already holds the stored
 * JSON and serialises what it is given once, so it makes the same decision (write exactly when
 * what would be stored differs) at the cost of that one serialisation; over a store that does
 * not (MemoryStorage in a test), state read in a turn is simply written back. Everything else is
 * BotState's behaviour: state is read once a turn and written with eTag "*".
 */
// A mixin's base constructor must take any arguments (TypeScript's rule for mixins).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type BotStateClass = new (...args: any[]) => BotState;

function savedByTheStore<B extends BotStateClass>(Base: B) {
  return class extends Base {
    readonly #loaded = Symbol('loaded state');

    override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
      const cached = context.turnState.get(this.#loaded) as Record<string, unknown> | undefined;
      if (!force && cached) return cached;
      const key = await this.storageKey(context);
      const items = await this.storage.read([key]);
      const state: Record<string, unknown> = items[key] ?? {};
      context.turnState.set(this.#loaded, state);
      return state;
    }

    override async saveChanges(context: TurnContext, force = false): Promise<void> {
      let state = context.turnState.get(this.#loaded) as Record<string, unknown> | undefined;
      // Not read this turn, so not changed this turn.
      if (!state && !force) return;
      state ??= {};
      state.eTag = '*';
      const changes = emptyStoreItems<Record<string, unknown>>();
      changes[await this.storageKey(context)] = state;
      await this.storage.write(changes);
      context.turnState.set(this.#loaded, state);
    }

    override async clear(context: TurnContext): Promise<void> {
      context.turnState.set(this.#loaded, {});
    }

    override async delete(context: TurnContext): Promise<void> {
      context.turnState.delete(this.#loaded);
      await this.storage.delete([await this.storageKey(context)]);
    }

    override get(context: TurnContext): Record<string, unknown> | undefined {
      const cached = context.turnState.get(this.#loaded);
      return typeof cached === 'object' && cached !== null ? (cached as Record<string, unknown>) : undefined;
    }
  };
}

export class StoreComparingConversationState extends savedByTheStore(ConversationState) {}
export class StoreComparingUserState extends savedByTheStore(UserState) {}
