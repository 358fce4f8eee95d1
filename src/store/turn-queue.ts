import type { ConversationLocks } from './conversation-locks';

/**
 * Runs turns for one conversation one at a time, in arrival order, so two quick messages cannot
 * both read the same state and overwrite each other's answers. Different conversations run freely.
 * In-process only: the SQLite store's locks (one process per file), and the queue in front of
 * PostgreSQL's, so turns on one instance wait here rather than each holding a connection.
 */
export class TurnQueue implements ConversationLocks {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, turn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(turn, turn);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  get pending(): number {
    return this.tails.size;
  }
}
