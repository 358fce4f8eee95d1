/**
 * Turns of one conversation run one at a time, in arrival order, so two quick messages cannot
 * both read the same state and overwrite each other's answers; different conversations run freely.
 *
 * Two implementations: src/store/turn-queue.ts's TurnQueue, in-process, for the embedded SQLite
 * store (one process per file), and PgConversationLocks (src/store/pg/conversation-locks.ts),
 * which holds each conversation across every instance on one PostgreSQL database.
 */
export interface ConversationLocks {
  run<T>(key: string, turn: () => Promise<T>): Promise<T>;
}

/**
 * The conversation's previous turn did not finish within the wait (on this or another instance).
 * The turn was not run; the server should answer 503 with Retry-After so the channel re-delivers.
 */
export class ConversationBusyError extends Error {
  readonly retryAfterSeconds: number;

  constructor(waitedMs: number, retryAfterSeconds = 2) {
    super(`the conversation's previous turn was still running after ${waitedMs} ms`);
    this.name = 'ConversationBusyError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
