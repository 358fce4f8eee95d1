import { type BotState, ConversationState, type TurnContext, UserState } from 'botbuilder';
import { emptyStoreItems, ETagConflictError } from '../store/ports';

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
 * not (MemoryStorage in a test), state read in a turn is simply written back.
 *
 * Unlike BotState, state is written with the eTag it was read with (none for a key that did not
 * exist: create only), never "*": a turn that read state another turn has since written gets
 * ETagConflictError instead of silently overwriting it. The per-conversation lock makes that
 * impossible in normal operation, so a conflict means a lock was lost (or two conversations of
 * one resident wrote their shared user state at once); the server answers 503 with Retry-After
 * and the channel re-delivers the message, to be run afresh (see isLostRace, src/server.ts).
 */
// A mixin's base constructor must take any arguments (TypeScript's rule for mixins).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type BotStateClass = new (...args: any[]) => BotState;

function savedByTheStore<B extends BotStateClass>(Base: B) {
  return class extends Base {
    readonly #loaded = Symbol('loaded state');
    readonly #written = Symbol('written this turn');

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
      const key = await this.storageKey(context);
      // The store does not hand back the eTag of what it wrote: a second save in one turn (none
      // today) learns it by reading, or it would conflict with this turn's own first write.
      if (context.turnState.get(this.#written)) state.eTag = (await this.storage.read([key]))[key]?.eTag;
      const changes = emptyStoreItems<Record<string, unknown>>();
      changes[key] = state;
      await this.storage.write(changes);
      context.turnState.set(this.#loaded, state);
      context.turnState.set(this.#written, true);
    }

    override async clear(context: TurnContext): Promise<void> {
      // Cleared, but still the stored row's successor: the write must carry the eTag it replaces.
      const eTag = (context.turnState.get(this.#loaded) as Record<string, unknown> | undefined)?.eTag;
      context.turnState.set(this.#loaded, eTag === undefined ? {} : { eTag });
    }

    override async delete(context: TurnContext): Promise<void> {
      context.turnState.delete(this.#loaded);
      context.turnState.delete(this.#written);
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

/** Whether a turn failed because its state was written by another turn since it was read. */
export function isLostRace(error: unknown): boolean {
  return error instanceof ETagConflictError;
}
