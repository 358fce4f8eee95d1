import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { i18n, TFunction } from 'i18next';
import type { IntakeAnswers } from '../../src/cases/intake';
import type { WorkingCalendar } from '../../src/deadlines/calendar';
import { turnInstant } from '../../src/clock/turn-instant';
import type { Timeline } from '../../src/deadlines/timeline';
import type { Lang } from '../../src/i18n';
import { detectLanguage } from '../../src/language/detect';
import type { PolicyProfile } from '../../src/policy/schema';
import { type Command, parseCommand } from '../parse/commands';
import { fieldToChange } from './change';
import { languageChoice, writesSentence } from './language-choice';
import { filedMessages, humanMessages } from './messages';
import { clearAnswer, nextQuestion, noteReportedInDescription, question, type QuestionContext, type QuestionId } from './questions';
import { languagePrompt, questionPrompt, say, summaryPrompt, switchPrompt } from './render';
import type { Prompt } from '../../src/channels/prompt';
import { sendReplies } from '../../src/channels/fit';
import { answerText } from '../../src/channels/taps';
import { summaryDecision } from './summary-answer';

/** Bumped when the shape of the saved state changes; older stacks are restarted, keeping answers. */
export const INTAKE_VERSION = 1;
export const INTAKE_DIALOG = 'intake';

type Step = 'language' | QuestionId | 'summary' | 'change_which';

export interface IntakeState {
  version: number;
  step: Step;
  answers: IntakeAnswers;
  retries: number;
  /** When the resident first got in touch: the complaint's receipt for the deadline engine. */
  receivedAt: string;
  /** Whether a switch to the other language has been offered already. */
  offeredSwitch: boolean;
  /** The first message, when it already described the problem, kept until a language is chosen. */
  pendingDescription?: string;
  /** The resident asked to complain (rather than just saying hello), so triage does not divert them. */
  explicit?: boolean;
}

export interface FiledCase {
  reference: string;
  timeline: Timeline;
  created: boolean;
}

/** What the intake needs from the bot around it; no storage or HTTP detail leaks in. */
export interface IntakeServices {
  profile: PolicyProfile;
  calendar: WorkingCalendar;
  i18n: i18n;
  language: StatePropertyAccessor<Lang | undefined>;
  /** London date of this turn. */
  today(context: TurnContext): string;
  fileCase(context: TurnContext, state: IntakeState, lang: Lang): Promise<FiledCase>;
  /**
   * Asks for a person and tells the resident what happens next (src/handoff/handover.ts): whether
   * someone is coming and roughly when, or, when nobody can, a call back. 'callback_offered' means
   * the resident was just asked a question of its own, so the intake does not ask one on top.
   */
  requestHuman(context: TurnContext, reason: 'asked' | 'not_understood'): Promise<'waiting' | 'callback_offered' | 'already' | void>;
  /**
   * Reads "what went wrong" as triage would: safety messages always; 'handled' when it is not a
   * complaint at all (a first repair request, a matter for another body) and the resident did
   * not ask to complain, so the bot has dealt with it instead; another dialog to hand over to
   * when the answer is a question about a complaint already made ("where is my complaint?").
   */
  onDescription?(context: TurnContext, text: string, lang: Lang, explicit: boolean): Promise<DescriptionOutcome>;
  /**
   * Reads how it has affected the household beside what went wrong, for safety: a broken boiler
   * is one thing, a broken boiler with a newborn in the house is urgent.
   */
  onImpact?(context: TurnContext, description: string, impact: string, lang: Lang): Promise<void>;
}

export type DescriptionOutcome = 'continue' | 'handled' | { handOver: { dialogId: string; options: object } };

export interface IntakeOptions {
  /** A first message that already says what is wrong. */
  firstMessage?: string;
  /** Answers kept from an older conversation state. */
  answers?: IntakeAnswers;
  /** Started because the resident asked to complain. */
  explicit?: boolean;
}

const MAX_RETRIES = 3;

export class IntakeDialog extends Dialog<IntakeOptions> {
  constructor(private readonly services: IntakeServices) {
    super(INTAKE_DIALOG);
  }

  private t(lang: Lang): TFunction {
    return this.services.i18n.getFixedT(lang);
  }

  override async beginDialog(dc: DialogContext, options?: IntakeOptions): Promise<DialogTurnResult> {
    const lang = await this.services.language.get(dc.context);
    const state: IntakeState = {
      version: INTAKE_VERSION,
      step: 'language',
      answers: options?.answers ?? {},
      retries: 0,
      receivedAt: turnInstant(dc.context).toISOString(),
      offeredSwitch: false,
      explicit: options?.explicit ?? Boolean(options?.firstMessage),
    };
    if (options?.firstMessage && !state.answers.description) state.pendingDescription = options.firstMessage;
    dc.activeDialog!.state = state;
    if (!lang) {
      await sendReplies(dc.context, this.languageQuestion());
      return Dialog.EndOfTurn;
    }
    return this.afterLanguage(dc, state, lang, false);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as IntakeState;
    let lang = (await this.services.language.get(dc.context)) ?? 'cy';

    if (state.version !== INTAKE_VERSION) return this.restartAfterUpdate(dc, state, lang);
    // A tap or a number read as the choice's value, against the prompt this step shows.
    const asked = this.stepPrompt(state, lang);
    const text = answerText(dc.context.activity, asked.choices, asked.shortcuts);
    if (state.step === 'language') return this.onLanguage(dc, state, text);
    if (!text) {
      await dc.context.sendActivity(this.t(lang)('intake:not_text'));
      return this.ask(dc, state, lang);
    }

    const command = this.command(text, state.step);
    if (command) {
      const handled = await this.onCommand(dc, state, command, lang);
      if (handled) return handled;
      lang = (await this.services.language.get(dc.context)) ?? lang;
    }

    if (state.step === 'summary') return this.onSummary(dc, state, text, lang);
    if (state.step === 'change_which') return this.onChangeWhich(dc, state, text, lang);

    const q = question(state.step);
    const result = q.parse(text, state.answers, this.questionContext(dc.context, lang));
    if (!result.ok) return this.retry(dc, state, lang, result.retryKey);
    state.retries = 0;
    if (q.id === 'description' && this.services.onDescription) {
      const outcome = await this.services.onDescription(dc.context, text, lang, state.explicit === true);
      if (outcome !== 'continue') return this.divert(dc, outcome);
    }
    if (q.id === 'impact') await this.services.onImpact?.(dc.context, state.answers.description ?? '', text, lang);
    const t = this.t(lang);
    for (const s of result.say ?? []) await dc.context.sendActivity(say(t, lang, s));
    if (!q.choices) await this.offerSwitchIfOtherLanguage(dc.context, state, text, lang);
    return this.askNext(dc, state, lang);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = instance.state as IntakeState;
    const lang = await this.services.language.get(context);
    if (!lang || state.step === 'language') {
      await sendReplies(context, this.languageQuestion());
      return;
    }
    await sendReplies(context, this.stepPrompt(state, lang));
  }

  // --- language -------------------------------------------------------------------------

  private languageQuestion(): Prompt {
    return languagePrompt(this.t('cy')('intake:language.greeting'), this.t('en')('intake:language.greeting'));
  }

  private async onLanguage(dc: DialogContext, state: IntakeState, text: string): Promise<DialogTurnResult> {
    let lang = languageChoice(text);
    if (!lang) {
      const cmd = parseCommand(text);
      lang = cmd === 'welsh' ? 'cy' : cmd === 'english' ? 'en' : null;
      if (cmd === 'human') {
        await this.services.requestHuman(dc.context, 'asked');
        for (const m of humanMessages(this.t('cy'), 'cy', this.services.profile).slice(1)) await dc.context.sendActivity(m);
        for (const m of humanMessages(this.t('en'), 'en', this.services.profile).slice(1)) await dc.context.sendActivity(m);
        return Dialog.EndOfTurn;
      }
    }
    if (!lang) {
      // Someone who starts by describing the problem has chosen a language by writing in it.
      // Names alone ("Tŷ Gwyn, Heol Fawr") are not writing in a language: a sentence has its small words.
      const detected = detectLanguage(text);
      const strong = Math.max(detected.welsh.length, detected.english.length) >= 2;
      if (strong && (detected.language === 'cy' || detected.language === 'en') && text.split(/\s+/).length >= 3 && writesSentence(text, detected.language)) {
        lang = detected.language;
        if (!state.answers.description && !state.pendingDescription) state.pendingDescription = text;
      }
    }
    if (!lang) {
      state.retries++;
      await sendReplies(dc.context, languagePrompt(this.t('cy')('intake:language.not_understood'), this.t('en')('intake:language.not_understood')));
      return Dialog.EndOfTurn;
    }
    await this.services.language.set(dc.context, lang);
    return this.afterLanguage(dc, state, lang, true);
  }

  private async afterLanguage(dc: DialogContext, state: IntakeState, lang: Lang, announce: boolean): Promise<DialogTurnResult> {
    const t = this.t(lang);
    state.retries = 0;
    if (announce) await dc.context.sendActivity(t('intake:language.chosen'));
    if (state.pendingDescription && !state.answers.description) {
      const text = state.pendingDescription;
      delete state.pendingDescription;
      const outcome = this.services.onDescription ? await this.services.onDescription(dc.context, text, lang, state.explicit === true) : 'continue';
      if (outcome !== 'continue') return this.divert(dc, outcome);
      state.answers.description = text;
      noteReportedInDescription(state.answers, this.questionContext(dc.context, lang));
      await dc.context.sendActivity(t('intake:q.description_prefilled', { text }));
    }
    delete state.pendingDescription;
    return this.askNext(dc, state, lang);
  }

  /** The description was not a complaint to take: dealt with already, or another dialog's to answer. */
  private divert(dc: DialogContext, outcome: Exclude<DescriptionOutcome, 'continue'>): Promise<DialogTurnResult> {
    if (outcome === 'handled') return dc.endDialog({ diverted: true });
    return dc.replaceDialog(outcome.handOver.dialogId, outcome.handOver.options);
  }

  private async offerSwitchIfOtherLanguage(context: TurnContext, state: IntakeState, text: string, lang: Lang): Promise<void> {
    if (state.offeredSwitch) return;
    const d = detectLanguage(text);
    const other: Lang = lang === 'cy' ? 'en' : 'cy';
    const signs = other === 'cy' ? d.welsh.length : d.english.length;
    if (d.language === other && signs >= 2) {
      state.offeredSwitch = true;
      await sendReplies(context, switchPrompt(this.t(other)('intake:language.offer_switch'), other));
    }
  }

  // --- commands -------------------------------------------------------------------------

  private command(text: string, step: Step): Command | null {
    const cmd = parseCommand(text);
    // At the letters question, "Cymraeg" answers the question rather than switching the chat.
    if (step === 'letter_language' && (cmd === 'welsh' || cmd === 'english')) return null;
    return cmd;
  }

  /** Returns a turn result if the command ended the turn. */
  private async onCommand(dc: DialogContext, state: IntakeState, command: Command, lang: Lang): Promise<DialogTurnResult | null> {
    const t = this.t(lang);
    switch (command) {
      case 'help':
        await dc.context.sendActivity(t('intake:help'));
        return this.ask(dc, state, lang);
      case 'restart':
        await dc.context.sendActivity(t('intake:restart'));
        state.answers = {};
        state.retries = 0;
        return this.askNext(dc, state, lang);
      case 'cancel':
        await dc.context.sendActivity(t('intake:cancel'));
        return dc.endDialog({ cancelled: true });
      case 'human': {
        const outcome = await this.services.requestHuman(dc.context, 'asked');
        // The first of humanMessages is what requestHuman has just said, with the wait.
        for (const m of humanMessages(t, lang, this.services.profile).slice(1)) await dc.context.sendActivity(m);
        return outcome === 'callback_offered' ? Dialog.EndOfTurn : this.ask(dc, state, lang);
      }
      case 'welsh':
      case 'english': {
        const next: Lang = command === 'welsh' ? 'cy' : 'en';
        await this.services.language.set(dc.context, next);
        if (next !== lang) await dc.context.sendActivity(this.t(next)('intake:language.chosen'));
        return this.ask(dc, state, next);
      }
    }
  }

  // --- questions ------------------------------------------------------------------------

  private questionContext(context: TurnContext, lang: Lang): QuestionContext {
    return { profile: this.services.profile, calendar: this.services.calendar, lang, today: this.services.today(context) };
  }

  /** What this step asks: sent by `ask`, and read against when the answer comes. */
  private stepPrompt(state: IntakeState, lang: Lang): Prompt {
    const t = this.t(lang);
    if (state.step === 'summary') return summaryPrompt(t, lang, state.answers);
    if (state.step === 'change_which') return { text: t('intake:summary.change_which'), lang };
    if (state.step === 'language') return this.languageQuestion();
    return questionPrompt(t, lang, question(state.step));
  }

  private async ask(dc: DialogContext, state: IntakeState, lang: Lang): Promise<DialogTurnResult> {
    await sendReplies(dc.context, this.stepPrompt(state, lang));
    return Dialog.EndOfTurn;
  }

  private async askNext(dc: DialogContext, state: IntakeState, lang: Lang): Promise<DialogTurnResult> {
    const q = nextQuestion(state.answers);
    state.step = q ? q.id : 'summary';
    state.retries = 0;
    return this.ask(dc, state, lang);
  }

  private async retry(dc: DialogContext, state: IntakeState, lang: Lang, key?: string): Promise<DialogTurnResult> {
    state.retries++;
    const t = this.t(lang);
    if (state.retries >= MAX_RETRIES) {
      // Three answers the bot cannot use: a person is asked for (the resident is told by requestHuman).
      state.retries = 0;
      const outcome = await this.services.requestHuman(dc.context, 'not_understood');
      if (outcome === 'callback_offered') return Dialog.EndOfTurn;
    } else {
      await dc.context.sendActivity(t(`intake:${key ?? 'retry'}`));
    }
    return this.ask(dc, state, lang);
  }

  // --- summary and filing ---------------------------------------------------------------

  private async onSummary(dc: DialogContext, state: IntakeState, text: string, lang: Lang): Promise<DialogTurnResult> {
    const decision = summaryDecision(text);
    switch (decision.kind) {
      case 'file':
        return this.file(dc, state, lang);
      case 'change':
        return this.change(dc, state, decision.field, lang);
      case 'which':
        state.step = 'change_which';
        state.retries = 0;
        return this.ask(dc, state, lang);
      case 'ask_again':
        return this.retry(dc, state, lang, 'summary.unclear');
    }
  }

  private async onChangeWhich(dc: DialogContext, state: IntakeState, text: string, lang: Lang): Promise<DialogTurnResult> {
    const field = fieldToChange(text);
    if (!field) return this.retry(dc, state, lang);
    return this.change(dc, state, field, lang);
  }

  private async change(dc: DialogContext, state: IntakeState, field: QuestionId, lang: Lang): Promise<DialogTurnResult> {
    clearAnswer(state.answers, field);
    return this.askNext(dc, state, lang);
  }

  private async file(dc: DialogContext, state: IntakeState, lang: Lang): Promise<DialogTurnResult> {
    const filed = await this.services.fileCase(dc.context, state, lang);
    const t = this.t(lang);
    for (const m of filedMessages(t, lang, this.services.profile, this.services.calendar, filed, state.answers, this.services.today(dc.context))) {
      await dc.context.sendActivity(m);
    }
    return dc.endDialog({ reference: filed.reference });
  }

  /**
   * After a member of staff hands the conversation back: what they recorded joins the answers
   * (theirs win), and the intake carries on from the first question still unanswered; with
   * `file`, a complete intake the resident confirmed to staff is filed at once.
   */
  async resumeFromStaff(dc: DialogContext, answers: Partial<IntakeAnswers>, file: boolean): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as IntakeState;
    const lang = (await this.services.language.get(dc.context)) ?? 'cy';
    state.answers = { ...state.answers, ...answers };
    const next = nextQuestion(state.answers);
    if (!next && file) return this.file(dc, state, lang);
    return this.askNext(dc, state, lang);
  }

  private async restartAfterUpdate(dc: DialogContext, state: IntakeState, lang: Lang): Promise<DialogTurnResult> {
    await dc.context.sendActivity(this.t(lang)('intake:restarted_after_update'));
    const answers = state && typeof state.answers === 'object' && state.answers ? state.answers : {};
    return dc.replaceDialog(INTAKE_DIALOG, { answers } satisfies IntakeOptions);
  }
}
