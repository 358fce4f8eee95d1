import type { TurnContext } from 'botbuilder';

/** The description of the turn-state key botbuilder-dialogs marks "activityReceived emitted" with. */
const MARK_DESCRIPTION = 'ActivityReceivedEmitted';

/**
 * botbuilder-dialogs' first `continueDialog` of a turn emits an "activityReceived" dialog event
 * from the leaf of the stack: it builds a DialogContext for every container on the way down
 * (each with its own DialogStateManager and service collection) and bubbles the event back up
 * through every dialog, awaiting at each step. It exists for adaptive dialogs' interruptions; no
 * dialog of this bot handles it (none overrides onDialogEvent, onPreBubbleEvent or
 * onPostBubbleEvent), so it was a DialogContext and a dozen async steps a turn for nothing.
 *
 * The library marks a turn as done with a module-private symbol in the turn state. It is learnt
 * from the first turn that runs the event, then set before each later turn's `continueDialog` so
 * the library skips it. Should the library stop using that mark, nothing is learnt and every
 * turn emits the event again, as before.
 */
export class ActivityReceivedSkip {
  private mark: symbol | undefined;

  /** Before the turn's first `continueDialog`: marks the event as emitted, once the mark is known. */
  before(context: TurnContext): void {
    if (this.mark) context.turnState.set(this.mark, true);
  }

  /** After it: learns the mark from the turn state, if not known yet. */
  after(context: TurnContext): void {
    if (this.mark) return;
    for (const key of context.turnState.keys()) {
      if (typeof key === 'symbol' && key.description === MARK_DESCRIPTION) {
        this.mark = key;
        return;
      }
    }
  }

  /** Whether the mark has been learnt (for tests). */
  get learnt(): boolean {
    return this.mark !== undefined;
  }
}
