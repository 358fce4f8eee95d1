import { ActivityHandler, ActivityTypes, type ConversationState, type StatePropertyAccessor, type TurnContext, type UserState } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { i18n } from 'i18next';
import { MainDialog, type MainDialogServices, type ResumeAfterHandback, type TriageServices } from '../../dialogs/main/main-dialog';
import type { Handover } from '../handoff/handover';
import { HANDOFF_STATUS } from '../handoff/protocol';
import type { Lang } from '../i18n';
import type { Clock } from '../clock/clock';
import { type Logger, safeError } from '../log';
import { stampTurn } from '../clock/turn-instant';
import { inBoth } from '../../dialogs/main/disclosure';
import { sendHeldReplies } from '../channels/fit';
import { isPublicPost } from './public-post';
import { saveTurnReplies } from './redelivery';

export type { ResumeAfterHandback, TriageServices };

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
  /** A contact-centre hub's handoff.status events go to the handover (src/handoff/). */
  handover?: Pick<Handover, 'hubStatus'>;
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
    // Messages go straight to the router in run(); this is for anything that calls ActivityHandler's own dispatch.
    this.onMessage(route);
    // The bot itself joining says nothing and keeps nothing.
    this.onMembersAdded(async (context, next) => {
      const others = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
      return others ? route(context, next) : next();
    });
    this.onEvent(async (context, next) => {
      if (context.activity.name === 'language') await this.main.run(context, this.dialogState);
      // A hub's handoff.status: never refused, always answered in the resident's language.
      else if (context.activity.name === HANDOFF_STATUS && this.deps.handover) await this.deps.handover.hubStatus(context, await this.language.get(context));
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    stampTurn(context, this.deps.clock);
    // Once the resident has chosen a language, each reply says it is in it (not in the client's
    // locale, which botbuilder copies onto replies), so the website's page can follow a choice
    // made in the conversation ("English" tapped in the chat) with its own strings.
    if (!isPublicPost(context.activity)) {
      context.onSendActivities(async (ctx, activities, next) => {
        const lang = await this.language.get(ctx);
        if (lang) for (const a of activities) if (a.type === ActivityTypes.Message) a.locale = lang === 'cy' ? 'cy-GB' : 'en-GB';
        return next();
      });
    }
    // A message, nearly every turn, goes straight to the router: ActivityHandler's dispatch would
    // reach the same one handler through a dozen nested async steps (turn, message and dialog
    // handler lists, all empty but ours), several microseconds a turn for nothing.
    if (context.activity.type === ActivityTypes.Message) await this.main.run(context, this.dialogState);
    else await super.run(context);
    // SMS holds a turn's replies to join them (src/channels/fit.ts): they go now, so what is kept for a re-delivery is what was sent.
    await sendHeldReplies(context);
    // A public post keeps nothing: reading the language for its reply would otherwise save an empty user-state row under the commenter's id.
    if (isPublicPost(context.activity)) return saveTurnReplies(context);
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

  /** The intake's answers so far in this conversation (wherever it sits on the stack), for the handover's context object. */
  async draftAnswers(context: TurnContext): Promise<Record<string, unknown> | null> {
    const find = (stack: DialogState['dialogStack'] | undefined): Record<string, unknown> | null => {
      for (const item of stack ?? []) {
        const state = item.state as { answers?: unknown; dialogs?: DialogState } | undefined;
        if (state?.answers && typeof state.answers === 'object') return state.answers as Record<string, unknown>;
        const inner = find(state?.dialogs?.dialogStack);
        if (inner) return inner;
      }
      return null;
    };
    return find((await this.dialogState.get(context))?.dialogStack);
  }

  /**
   * Staff gave the conversation back: a proactive turn (no message from the resident) through the
   * router, which says so and carries on; state is loaded and saved here as a turn's would be.
   */
  async resumeAfterHandback(context: TurnContext, resume: ResumeAfterHandback): Promise<void> {
    stampTurn(context, this.deps.clock);
    await this.main.resumeAfterHandback(context, this.dialogState, resume);
    await Promise.all([this.deps.conversationState.saveChanges(context, false), this.deps.userState.saveChanges(context, false)]);
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
