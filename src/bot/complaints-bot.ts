import { ActivityHandler, type ConversationState, type StatePropertyAccessor, type TurnContext, type UserState } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { i18n } from 'i18next';
import { MainDialog, type MainDialogServices, type TriageServices } from '../../dialogs/main/main-dialog';
import type { Lang } from '../i18n';
import type { Clock } from '../clock/clock';
import { type Logger, safeError } from '../log';
import { stampTurn } from '../clock/turn-instant';
import { inBoth } from '../../dialogs/main/disclosure';
import { saveTurnReplies } from './redelivery';

export type { TriageServices };

export interface BotDeps extends Omit<MainDialogServices, 'conversationState' | 'language' | 'i18n'> {
  /** The server's clock; every turn is stamped with it before anything reads the time. */
  clock: Clock;
  conversationState: ConversationState;
  userState: UserState;
  /**
   * Keep a turn's replies (for re-delivery) only once its state is written, not alongside it:
   * for a store shared by instances (where a write can lose a race, and a separate commit is
   * made anyway). A lost turn must leave no replies behind, or its re-delivery would replay an
   * answer given from state that was never kept.
   */
  repliesAfterState?: boolean;
  i18n: i18n;
}

/**
 * The Bot Framework edge: wires activities to the main dialog (dialogs/main/main-dialog.ts), which
 * decides every turn, and saves state at the end of each so a restart resumes at the same
 * question. A channel's re-delivery of a message already handled never reaches it: the
 * Redelivery middleware answers it (redelivery.ts).
 */
export class ComplaintsBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  readonly language: StatePropertyAccessor<Lang | undefined>;
  readonly main: MainDialog;
  /** The state the main dialog keeps, for tests that drive it on its own (DialogTestClient). */
  readonly state: { conversation: ConversationState; user: UserState };

  constructor(private readonly deps: BotDeps) {
    super();
    this.state = { conversation: deps.conversationState, user: deps.userState };
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.language = deps.userState.createProperty<Lang | undefined>('language');
    this.main = new MainDialog({ ...deps, language: this.language });
    const route = async (context: TurnContext, next: () => Promise<void>) => {
      await this.main.run(context, this.dialogState);
      await next();
    };
    this.onMessage(route);
    // The bot itself joining says nothing and keeps nothing.
    this.onMembersAdded(async (context, next) => {
      const others = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
      return others ? route(context, next) : next();
    });
    this.onEvent(async (context, next) => {
      if (context.activity.name === 'language') await this.main.run(context, this.dialogState);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    stampTurn(context, this.deps.clock);
    await super.run(context);
    // Queued together, so the replies kept for a re-delivery and the state they were sent from
    // are committed in one transaction: a crash keeps both or neither.
    const saveState = () => Promise.all([this.deps.conversationState.saveChanges(context, false), this.deps.userState.saveChanges(context, false)]);
    if (this.deps.repliesAfterState) {
      await saveState();
      await saveTurnReplies(context);
      return;
    }
    await Promise.all([saveTurnReplies(context), saveState()]);
  }

  /**
   * After a turn failed, for whatever reason: whatever the resident was in the middle of is
   * ended, so the next message starts afresh instead of failing the same way again, and they are
   * told so, in their language (Welsh first, in both, if they have not chosen one). State is read
   * again from the store first: the failed turn's half-made changes, or a write that was refused,
   * must not be what is saved. The language stays.
   */
  async recoverFromError(context: TurnContext, log: Logger): Promise<void> {
    const { conversationState, userState, i18n } = this.deps;
    stampTurn(context, this.deps.clock);
    let lang: Lang | undefined;
    try {
      await userState.load(context, true);
      lang = await this.language.get(context);
    } catch (e) {
      log.warn({ err: safeError(e) }, 'recovery: language not read, answering in both');
    }
    try {
      await conversationState.load(context, true);
      await this.main.clear(context, this.dialogState);
      await conversationState.saveChanges(context, false);
    } catch (e) {
      log.error({ err: safeError(e) }, 'recovery: conversation state not cleared');
    }
    await context.sendActivity(inBoth(i18n, 'intake:turn_failed', lang));
  }
}
