import { ActivityHandler, type ConversationState, type StatePropertyAccessor, type TurnContext, type UserState } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import type { i18n } from 'i18next';
import { INTAKE_DIALOG, IntakeDialog, type IntakeOptions, type IntakeServices } from '../../dialogs/intake/intake-dialog';
import { isGreeting, isStatusQuestion } from '../../dialogs/parse/status';
import type { Lang } from '../i18n';
import type { StatusReplies } from './status-replies';

const SEEN_LIMIT = 50;

export interface BotDeps {
  conversationState: ConversationState;
  userState: UserState;
  i18n: i18n;
  services: Omit<IntakeServices, 'language' | 'i18n'>;
  status: StatusReplies;
}

/**
 * The bot's turn logic: route each message to the intake (or a status answer), save state at
 * the end of every turn so a restart resumes at the same question, and ignore a channel's
 * re-delivery of a message already handled.
 */
export class ComplaintsBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly seen: StatePropertyAccessor<string[]>;
  readonly language: StatePropertyAccessor<Lang | undefined>;
  private readonly dialogs: DialogSet;

  constructor(private readonly deps: BotDeps) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.seen = deps.conversationState.createProperty<string[]>('seenActivities');
    this.language = deps.userState.createProperty<Lang | undefined>('language');
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(new IntakeDialog({ ...deps.services, i18n: deps.i18n, language: this.language }));

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const others = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient?.id);
      if (others.length) {
        const dc = await this.dialogs.createContext(context);
        if (!dc.activeDialog) await dc.beginDialog(INTAKE_DIALOG, {} satisfies IntakeOptions);
      }
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
  }

  private async alreadyHandled(context: TurnContext): Promise<boolean> {
    const id = context.activity.id;
    if (!id) return false;
    const seen = await this.seen.get(context, []);
    if (seen.includes(id)) return true;
    seen.push(id);
    if (seen.length > SEEN_LIMIT) seen.splice(0, seen.length - SEEN_LIMIT);
    await this.seen.set(context, seen);
    return false;
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    if (await this.alreadyHandled(context)) return;
    const dc = await this.dialogs.createContext(context);
    let result;
    try {
      result = await dc.continueDialog();
    } catch (e) {
      // A stack saved by an older release may name a dialog that no longer exists.
      if (!/wasn't found|was not found|Can't continue dialog/i.test((e as Error).message)) throw e;
      const salvaged = dc.stack.map((i) => (i.state as { answers?: unknown })?.answers).find((a) => a && typeof a === 'object');
      await dc.cancelAllDialogs();
      const lang = (await this.language.get(context)) ?? 'cy';
      await context.sendActivity(this.deps.i18n.getFixedT(lang)('intake:restarted_after_update'));
      await dc.beginDialog(INTAKE_DIALOG, { answers: (salvaged as IntakeOptions['answers']) ?? {} });
      return;
    }
    if (result.status !== DialogTurnStatus.empty) return;

    const text = (context.activity.text ?? '').trim();
    const lang = await this.language.get(context);
    if (lang && isStatusQuestion(text)) {
      for (const reply of this.deps.status.replies(context, lang)) await context.sendActivity(reply);
      return;
    }
    const firstMessage = text && !isGreeting(text) && !isStatusQuestion(text) && text.split(/\s+/).length >= 3 ? text : undefined;
    await dc.beginDialog(INTAKE_DIALOG, { firstMessage } satisfies IntakeOptions);
  }
}
