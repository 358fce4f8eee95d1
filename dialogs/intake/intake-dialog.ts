import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { i18n, TFunction } from 'i18next';
import type { IntakeAnswers } from '../../src/cases/intake';
import { findReference } from '../../src/cases/reference';
import type { WorkingCalendar } from '../../src/deadlines/calendar';
import { turnInstant } from '../../src/clock/turn-instant';
import type { Timeline } from '../../src/deadlines/timeline';
import type { Lang } from '../../src/i18n';
import { detectLanguage } from '../../src/language/detect';
import type { PolicyProfile } from '../../src/policy/schema';
import { parseCommand } from '../parse/commands';
import { fieldToChange } from './change';
import { languageChoice, writtenLanguage } from './language-choice';
import { isGreeting } from '../parse/greeting';
import { filedMessages } from './messages';
import { clearAnswer, nextQuestion, noteLocationInDescription, noteReportedInDescription, noteSelfInDescription, noteWhenInDescription, question, type QuestionContext, type QuestionId } from './questions';
import { languagePrompt, prefilledPrompt, questionPrompt, say, summaryPrompt, switchPrompt } from './render';
import type { Prompt } from '../../src/channels/prompt';
import { sendReplies } from '../../src/channels/fit';
import { answerText } from '../../src/channels/taps';
import { summaryDecision } from './summary-answer';
import { parseContact } from '../parse/contact';
import { reportedSinceInDescription } from '../parse/when-answer';
import { readAnswer } from '../parse/yes-no';
import { normalise } from '../../src/language/normalise';

/** "skip", or no thanks, at a question that can be left. */
const SKIP = /^(skip|sgipio|none|dim|dim diolch|no thanks|no thank you|nothing|dim byd)$/;

/** Bumped when the shape of the saved state changes; older stacks are restarted, keeping answers. */
export const INTAKE_VERSION = 1;
export const INTAKE_DIALOG = 'intake';

type Step = 'language' | QuestionId | 'updates_contact' | 'summary' | 'change_which';

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
  /** An email or phone for updates has been asked for (channels with a reply window). */
  askedUpdatesContact?: boolean;
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
  requestHuman(context: TurnContext, reason: 'asked' | 'not_understood'): Promise<'waiting' | 'callback_offered' | 'already' | 'not_queued' | void>;
  /**
   * The channel lets the landlord reply only for a while after the resident's last message
   * (Messenger, Instagram): an email or phone number for updates is asked for before filing.
   */
  replyWindow?(context: TurnContext): boolean;
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
  /** Kept across a restart: when the resident first got in touch. */
  receivedAt?: string;
}

/** At these steps "Cymraeg" and "English" answer the question (chat or letters) rather than interrupt it. */
export function takesLanguageWord(state: Pick<IntakeState, 'step'>): boolean {
  return state.step === 'language' || state.step === 'letter_language';
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
      receivedAt: options?.receivedAt ?? turnInstant(dc.context).toISOString(),
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
    const lang = (await this.services.language.get(dc.context)) ?? 'cy';

    if (state.version !== INTAKE_VERSION) return this.restartAfterUpdate(dc, state, lang);
    // A tap or a number read as the choice's value, against the prompt this step shows.
    const asked = this.stepPrompt(state, lang, dc.context);
    const text = answerText(dc.context.activity, asked.choices, asked.shortcuts);
    if (state.step === 'language') return this.onLanguage(dc, state, text);
    if (!text) {
      await dc.context.sendActivity(this.t(lang)('intake:not_text'));
      return this.ask(dc, state, lang);
    }

    if (state.step === 'summary') return this.onSummary(dc, state, text, lang);
    if (state.step === 'updates_contact') return this.onUpdatesContact(dc, state, text, lang);
    if (state.step === 'change_which') return this.onChangeWhich(dc, state, text, lang);

    const q = question(state.step);
    const result = q.parse(text, state.answers, { ...this.questionContext(dc.context, lang), attempt: state.retries });
    if (!result.ok) {
      // "I want to make a complaint" said to "what has gone wrong?" asks to complain, as the same words would first.
      if (result.retryKey === 'description_asks_to_complain') state.explicit = true;
      return this.retry(dc, state, lang, result.retryKey, result.asks);
    }
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
    await sendReplies(context, this.stepPrompt(state, lang, context));
  }

  // --- language -------------------------------------------------------------------------

  private languageQuestion(): Prompt {
    return languagePrompt(this.t('cy')('intake:language.greeting'), this.t('en')('intake:language.greeting'), {
      cy: this.t('cy')('intake:language.greeting_brief'),
      en: this.t('en')('intake:language.greeting_brief'),
    });
  }

  private async onLanguage(dc: DialogContext, state: IntakeState, text: string): Promise<DialogTurnResult> {
    // Help, cancel and a request for a person are the main dialog's interruptions (dialogs/main/).
    let lang = languageChoice(text);
    if (!lang) {
      const cmd = parseCommand(text);
      lang = cmd === 'welsh' ? 'cy' : cmd === 'english' ? 'en' : null;
    }
    if (!lang) {
      // Someone who starts by describing the problem has chosen a language by writing in it.
      lang = writtenLanguage(text);
      if (lang && !state.answers.description && !state.pendingDescription) state.pendingDescription = text;
    }
    if (!lang && isGreeting(text)) {
      // A second hello is not a wrong answer: greet back and ask again, without "please type".
      await sendReplies(dc.context, languagePrompt(this.t('cy')('intake:language.greeting_again'), this.t('en')('intake:language.greeting_again')));
      return Dialog.EndOfTurn;
    }
    if (!lang) {
      state.retries++;
      // A question or a problem too short to tell its language by ("whats happening with CMP-…")
      // was answered "please type English or Cymraeg" and lost (found over SMS, round 13): kept,
      // and read once a language is chosen, as a first message written in one is.
      const keep = !state.answers.description && !state.pendingDescription && (findReference(text) !== null || text.trim().split(/\s+/).length >= 5);
      if (keep) state.pendingDescription = text;
      const key = keep ? 'intake:language.not_understood_kept' : 'intake:language.not_understood';
      await sendReplies(dc.context, languagePrompt(this.t('cy')(key), this.t('en')(key)));
      return Dialog.EndOfTurn;
    }
    await this.services.language.set(dc.context, lang);
    return this.afterLanguage(dc, state, lang, true);
  }

  private async afterLanguage(dc: DialogContext, state: IntakeState, lang: Lang, announce: boolean): Promise<DialogTurnResult> {
    const t = this.t(lang);
    state.retries = 0;
    // A message kept at the language question is read next, and what answers it thanks them
    // ("Thank you. To keep your complaint private…"): "Thank you. I'll carry on…" before it made
    // two in a row (found round 13). The choice is then said without its own thanks.
    const reading = state.pendingDescription !== undefined && !state.answers.description;
    if (announce) await dc.context.sendActivity(t(reading ? 'intake:language.chosen_reading' : 'intake:language.chosen'));
    if (state.pendingDescription && !state.answers.description) {
      const text = state.pendingDescription;
      delete state.pendingDescription;
      const outcome = this.services.onDescription ? await this.services.onDescription(dc.context, text, lang, state.explicit === true) : 'continue';
      if (outcome !== 'continue') return this.divert(dc, outcome);
      state.answers.description = text;
      noteReportedInDescription(state.answers, this.questionContext(dc.context, lang));
      // "…nobody came." is not followed by a second full stop after the quote; a channel billed by the segment gets a short form.
      await sendReplies(dc.context, prefilledPrompt(t, lang, text));
      for (const s of [...noteSelfInDescription(state.answers), ...noteLocationInDescription(state.answers), ...noteWhenInDescription(state.answers, this.questionContext(dc.context, lang))]) await dc.context.sendActivity(say(t, lang, s));
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

  // --- questions ------------------------------------------------------------------------

  private questionContext(context: TurnContext, lang: Lang): QuestionContext {
    return { profile: this.services.profile, calendar: this.services.calendar, lang, today: this.services.today(context) };
  }

  /** What this step asks: sent by `ask`, and read against when the answer comes. */
  private stepPrompt(state: IntakeState, lang: Lang, context?: TurnContext): Prompt {
    const t = this.t(lang);
    if (state.step === 'summary') return summaryPrompt(t, lang, state.answers);
    if (state.step === 'change_which') return { text: t('intake:summary.change_which'), lang };
    if (state.step === 'updates_contact') return { text: t('intake:updates_contact.ask'), lang };
    if (state.step === 'language') return this.languageQuestion();
    const reportedSince = state.step === 'when' && context ? reportedSinceInDescription(state.answers.description, this.services.today(context), lang) : null;
    return questionPrompt(t, lang, question(state.step), state.answers, reportedSince);
  }

  private async ask(dc: DialogContext, state: IntakeState, lang: Lang): Promise<DialogTurnResult> {
    await sendReplies(dc.context, this.stepPrompt(state, lang, dc.context));
    return Dialog.EndOfTurn;
  }

  private async askNext(dc: DialogContext, state: IntakeState, lang: Lang): Promise<DialogTurnResult> {
    const q = nextQuestion(state.answers);
    state.step = q ? q.id : this.needsUpdatesContact(dc.context, state) ? 'updates_contact' : 'summary';
    if (state.step === 'updates_contact') state.askedUpdatesContact = true;
    state.retries = 0;
    return this.ask(dc, state, lang);
  }

  private async retry(dc: DialogContext, state: IntakeState, lang: Lang, key?: string, asks = false): Promise<DialogTurnResult> {
    state.retries++;
    const t = this.t(lang);
    if (state.retries >= MAX_RETRIES) {
      // Three answers the bot cannot use: a person is asked for (the resident is told by requestHuman).
      state.retries = 0;
      const outcome = await this.services.requestHuman(dc.context, 'not_understood');
      if (outcome === 'callback_offered') return Dialog.EndOfTurn;
    } else if (asks) {
      // The message asks the question again itself (with examples): the prompt is not repeated.
      await dc.context.sendActivity(t(`intake:${key}`));
      return Dialog.EndOfTurn;
    } else {
      await dc.context.sendActivity(t(`intake:${key ?? 'retry'}`));
    }
    return this.ask(dc, state, lang);
  }

  // --- updates where the channel's reply window closes -----------------------------------

  /** Someone who gave neither an email nor a phone (an address, or nothing yet) and is not anonymous. */
  private needsUpdatesContact(context: TurnContext, state: IntakeState): boolean {
    const c = state.answers.contact;
    if (state.askedUpdatesContact || !this.services.replyWindow?.(context) || !c || c.anonymous) return false;
    return !c.email && !c.phone;
  }

  private async onUpdatesContact(dc: DialogContext, state: IntakeState, text: string, lang: Lang): Promise<DialogTurnResult> {
    const found = parseContact(text);
    if (found?.email || found?.phone) {
      state.answers.contact = { ...state.answers.contact!, ...(found.email ? { email: found.email } : {}), ...(found.phone ? { phone: found.phone } : {}) };
      return this.askNext(dc, state, lang);
    }
    const r = readAnswer(text);
    if (SKIP.test(normalise(text)) || r.answer === 'no') return this.askNext(dc, state, lang);
    return this.retry(dc, state, lang, 'updates_contact.not_understood');
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
    // "Where?" is not asked of a matter with no place, but a resident who asks to give one is asked.
    if (field === 'location' && question(field).skip?.(state.answers)) {
      state.step = field;
      state.retries = 0;
      return this.ask(dc, state, lang);
    }
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
