import { ActivityTypes, type ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogContext, DialogSet, type DialogState, DialogTurnStatus, type DialogTurnResult } from 'botbuilder-dialogs';
import type { i18n } from 'i18next';
import { type DescriptionOutcome, INTAKE_DIALOG, IntakeDialog, type IntakeOptions, type IntakeServices, type IntakeState } from '../intake/intake-dialog';
import { anythingElseAnswer } from '../parse/closing';
import { ENQUIRY_DIALOG, EnquiryDialog, type EnquiryEnd, type EnquiryOptions, type EnquiryServices } from '../status/enquiry-dialog';
import { isGreeting } from '../parse/greeting';
import { looksLikePlace } from '../parse/place';
import { emojiAnswer } from '../parse/yes-no';
import { asksForPersonInPassing, parseCommand, personRequestLanguage } from '../parse/commands';
import { writtenLanguage } from '../intake/language-choice';
import { answerText } from '../../src/channels/taps';
import { menuChoices, type MenuValue } from '../triage/replies';
import type { Lang } from '../../src/i18n';
import type { TriageResult } from '../../src/triage';
import { isPublicPost } from '../../src/bot/public-post';
import { type ConversationOwner, nobodyHasTakenIt, type PersonRequests } from './conversation-owner';
import { discloseAssistant, discloseAssistantAfterHandback, inBoth, oweDisclosure, payDisclosure } from './disclosure';
import type { IntakeAnswers } from '../../src/cases/intake';
import { interrupt, readInterruption } from './interruptions';
import { type ClarifyState, type DangerState, type LastRequest, type MidwaySafety, PERSON_ASKED, type PendingOffer, TriageRoutes, type TriageServices } from './triage-routes';
import type { PersonOutcome } from './conversation-owner';
import { ActivityReceivedSkip } from './activity-received';

export const MAIN_DIALOG = 'main';

/** What staff said to do when they gave the conversation back. */
export interface ResumeAfterHandback {
  /** Intake answers staff recorded with the resident; they join the resident's own (staff's win). */
  answers?: Partial<IntakeAnswers>;
  /** File the complaint now, if the intake is complete (the resident confirmed it to staff). */
  file?: boolean;
}

const RESUME = Symbol('resumeAfterHandback');

export type { TriageServices };

export interface MainDialogServices {
  i18n: i18n;
  conversationState: ConversationState;
  /** The resident's language (user state): kept across their conversations. */
  language: StatePropertyAccessor<Lang | undefined>;
  intake: Omit<IntakeServices, 'language' | 'i18n' | 'onDescription' | 'onImpact'>;
  enquiry: Omit<EnquiryServices, 'language' | 'i18n' | 'profile'>;
  triage: TriageServices;
  /** "Speak to a person", from any point. */
  persons: PersonRequests;
  /** Who has the conversation; the bot unless told otherwise. */
  owner?: ConversationOwner;
}


/**
 * The one router of a conversation, in the manner of Microsoft's core-bot sample: it sits at the
 * bottom of the dialog stack, never ends, and decides every turn, in this order:
 * 1. a public post (a comment under a Page post) gets one reply asking for a private message;
 * 2. who has the conversation: while a person does, the bot says nothing but safety;
 * 3. interruptions (help, cancel, start again, a language, a person), in one place;
 * 4. the dialog under way (the intake, a status enquiry), or the answer to an offer;
 * 5. otherwise triage decides what the message is, and the first message of a conversation that
 *    had no conversationUpdate (SMS, Messenger) is greeted and answered in the same turn.
 */
/** A dialog's end that asked "Is there anything else?" last: the intake's filing, the enquiry's stage 2. */
function endsAsking(result: unknown): boolean {
  const r = result as { reference?: unknown; escalated?: unknown } | undefined;
  return typeof r?.reference === 'string' || typeof r?.escalated === 'string';
}

export class MainDialog extends ComponentDialog {
  /** A conversation the bot has greeted (its opening disclosure sent). */
  private readonly greeted: StatePropertyAccessor<boolean | undefined>;
  /** An enquiry that ended without an answer on the last turn (EnquiryEnd), for one turn only. */
  private readonly unfinishedEnquiry: StatePropertyAccessor<EnquiryOptions['mode'] | undefined>;
  /** "Is there anything else?" ended the last turn (a complaint filed, stage 2 recorded): its answer is the next message only. */
  private readonly anythingElse: StatePropertyAccessor<boolean | undefined>;
  private readonly routes: TriageRoutes;
  private readonly owner: ConversationOwner;
  private readonly sets = new WeakMap<StatePropertyAccessor<DialogState>, DialogSet>();
  /** The library's "activityReceived" event, which nothing here handles, is not emitted (activity-received.ts). */
  readonly activityReceived = new ActivityReceivedSkip();

  constructor(private readonly services: MainDialogServices) {
    super(MAIN_DIALOG);
    const { conversationState, i18n, language } = services;
    this.greeted = conversationState.createProperty<boolean | undefined>('greeted');
    this.unfinishedEnquiry = conversationState.createProperty<EnquiryOptions['mode'] | undefined>('unfinishedEnquiry');
    this.anythingElse = conversationState.createProperty<boolean | undefined>('anythingElseAsked');
    this.owner = services.owner ?? nobodyHasTakenIt;
    this.routes = new TriageRoutes({
      i18n,
      language,
      profile: services.intake.profile,
      triage: services.triage,
      persons: services.persons,
      offer: conversationState.createProperty<PendingOffer | string | undefined>('complaintOffer'),
      descriptionSafety: conversationState.createProperty<string[]>('descriptionSafety'),
      clarify: conversationState.createProperty<ClarifyState | undefined>('clarify'),
      danger: conversationState.createProperty<DangerState | undefined>('danger'),
      lastRequest: conversationState.createProperty<LastRequest | undefined>('lastRequest'),
      crisis: conversationState.createProperty<boolean | 'no_person' | undefined>('crisisAsked'),
      today: (context) => services.intake.today(context),
    });
    this.addDialog(
      new IntakeDialog({
        ...services.intake,
        i18n,
        language,
        onDescription: (context, text, lang, explicit): Promise<DescriptionOutcome> => this.routes.readDescription(context, text, lang, explicit),
        onImpact: (context, description, impact, lang) => this.routes.readImpact(context, description, impact, lang),
      }),
    );
    // State saved before lookups were counted in the database may still hold `lookupGuard`: unread, harmless.
    this.addDialog(new EnquiryDialog({ ...services.enquiry, i18n, profile: services.intake.profile, language }));
  }

  /**
   * Runs one turn from the bot: the router is begun once and continued ever after. A stack saved
   * before the router existed (the intake or an enquiry at the bottom) is moved under it as it is.
   */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    // A public thread keeps nothing: no state is read or written for it.
    if (isPublicPost(context.activity)) {
      await this.publicPost(context);
      return;
    }
    const state = await dialogState.get(context, { dialogStack: [] });
    if (state.dialogStack.length && state.dialogStack[0].id !== MAIN_DIALOG) {
      state.dialogStack = [{ id: MAIN_DIALOG, state: { dialogs: { dialogStack: state.dialogStack } } }];
    }
    const dc = await this.setFor(dialogState).createContext(context);
    this.activityReceived.before(context);
    const result = await dc.continueDialog();
    this.activityReceived.after(context);
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(MAIN_DIALOG);
  }

  /**
   * The dialog set holding the router, made once per state accessor (the bot has one): it holds
   * no turn's data, and making it afresh each turn also recomputed its version hash each turn.
   */
  private setFor(dialogState: StatePropertyAccessor<DialogState>): DialogSet {
    let set = this.sets.get(dialogState);
    if (!set) {
      set = new DialogSet(dialogState);
      set.add(this);
      this.sets.set(dialogState, set);
    }
    return set;
  }

  /**
   * Staff gave the conversation back (a proactive turn, with no message from the resident): the
   * bot says it is the automated assistant again and carries on where the conversation stood.
   */
  async resumeAfterHandback(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>, resume: ResumeAfterHandback): Promise<void> {
    context.turnState.set(RESUME, resume);
    await this.run(context, dialogState);
  }

  /** Ends whatever the resident was in the middle of, after a failed turn; their language stays. */
  async clear(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    await dialogState.delete(context);
    await this.routes.clear(context);
  }

  protected override async onBeginDialog(inner: DialogContext): Promise<DialogTurnResult> {
    return this.turn(inner);
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    return this.turn(inner);
  }

  private async turn(dc: DialogContext): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    const resume = dc.context.turnState.get(RESUME) as ResumeAfterHandback | undefined;
    if (resume) {
      await this.resumed(dc, resume);
      return Dialog.EndOfTurn;
    }
    const before = await this.services.language.get(dc.context);
    if (activity.type === ActivityTypes.ConversationUpdate) await this.welcome(dc);
    else if (activity.type === ActivityTypes.Event && activity.name === 'language') await this.languageEvent(dc);
    else if (activity.type === ActivityTypes.Message && !isPublicPost(activity)) await this.message(dc);
    else if (isPublicPost(activity)) await this.publicPost(dc.context);
    // Whichever way the language changed (typed to the officer, the switch, a request for a person
    // in Welsh), an open handover follows it: the queue showed the language first chosen (trial18).
    const after = await this.services.language.get(dc.context);
    if (after && after !== before) await this.owner.languageChanged?.(dc.context, after);
    return Dialog.EndOfTurn;
  }

  /** After a hand-back: the disclosure, then the intake with what staff recorded (or filed), or the question that was waiting. */
  private async resumed(dc: DialogContext, resume: ResumeAfterHandback): Promise<void> {
    await discloseAssistantAfterHandback(dc.context, this.services.i18n, await this.services.language.get(dc.context));
    const answers = resume.answers ?? {};
    if (dc.activeDialog?.id === INTAKE_DIALOG) await (this.findDialog(INTAKE_DIALOG) as IntakeDialog).resumeFromStaff(dc, answers, resume.file === true);
    else if (Object.keys(answers).length) await dc.beginDialog(INTAKE_DIALOG, { answers: answers as IntakeOptions['answers'], explicit: true } satisfies IntakeOptions);
    else if (dc.activeDialog) await dc.repromptDialog();
  }

  /** Someone joined (Web Chat, Teams, the Emulator): the bilingual greeting, which says it is automated. */
  private async welcome(dc: DialogContext): Promise<void> {
    const activity = dc.context.activity;
    const others = (activity.membersAdded ?? []).filter((m) => m.id !== activity.recipient?.id);
    if (!others.length || dc.activeDialog) return;
    await this.greeted.set(dc.context, true);
    await dc.beginDialog(INTAKE_DIALOG, {} satisfies IntakeOptions);
  }

  private async message(dc: DialogContext): Promise<void> {
    const context = dc.context;
    const text = (context.activity.text ?? '').trim();
    if ((await this.owner.ownerOf(context)).kind === 'person') {
      // Safety first for the resident; then the message reaches the officer, marked if it raised any.
      // What the bot had asked before the person took it (an offer, "anything else?") lapses: after
      // hand-back, a "yes" said to the officer must not be read as its answer (found by trial11).
      await this.routes.dropOffer(context);
      // "Cymraeg" / "English" typed to the officer is still the resident's choice of language, as
      // the website's switch is (languageEvent): kept without a word, so the bot carries on in it
      // after hand-back. It was read as a message only, and the intake came back in the language
      // left behind (found by trial17).
      const command = parseCommand(text);
      if (command === 'welsh' || command === 'english') await this.services.language.set(context, command === 'welsh' ? 'cy' : 'en');
      const safety = await this.safetyOnly(context, text);
      await this.owner.heardWhilePersonHas?.(context, safety);
      return;
    }
    if (await this.owner.answeredForPerson?.(context, text, await this.services.language.get(context), { answersQuestion: this.answersWhere(dc, text) })) {
      if (dc.activeDialog) await dc.repromptDialog();
      return;
    }
    // Read by this message alone, whatever it turns out to be: a complaint a few messages on may be about something else.
    const last = await this.routes.takeLastRequest(context);
    // An exclusion's reference is for disputing its decision; only a service request is what a complaint is about.
    const lastRequest = last?.kind === 'excluded' ? undefined : last;
    const lastExclusion = last?.kind === 'excluded' ? last : undefined;
    // Only the message straight after the enquiry gave up: later, "start again" is a new start.
    const unfinishedEnquiry = await this.unfinishedEnquiry.get(context);
    if (unfinishedEnquiry) await this.unfinishedEnquiry.delete(context);
    const anythingElse = await this.anythingElse.get(context);
    if (anythingElse) await this.anythingElse.delete(context);
    const first = !(await this.greeted.get(context)) && !dc.activeDialog;
    await this.greeted.set(context, true);
    if (first) await this.greetFirst(context, text);

    const read = readInterruption(text, dc.activeDialog);
    // A request for a person inside the answer to "what went wrong?": the words are what went
    // wrong, taken first so the officer has them in the draft, and the request follows (below).
    const withinDescription = read === 'human' && !parseCommand(text) && this.atStep(dc, 'description');
    // The person asks what the first-or-unhappy question would: it is not put as well (found by the staff trial, ops12).
    if (withinDescription) context.turnState.set(PERSON_ASKED, true);
    // A first message with no words at all (an emoji, a sticker's text) reads as "help", but the
    // greeting already says what the bot is and how to reach a person: help as well doubled it.
    // A thumbs up or down is the answer to a complaint offered, as at the intake's yes-or-no questions.
    const answersOffer = read === 'help' && !dc.activeDialog && emojiAnswer(text) !== null && (await this.routes.offerPending(context));
    // A thumbs up after a request was recorded is thanks, as "ok 👍" and "thanks" are, not a call for help (found round 13).
    const thanksAfterRequest = read === 'help' && !dc.activeDialog && lastRequest !== undefined && emojiAnswer(text) === 'yes';
    const interruption = (first && read === 'help' && !/[\p{L}\p{N}?]/u.test(text)) || answersOffer || thanksAfterRequest ? null : read;
    if (first && read && !interruption) {
      await dc.beginDialog(INTAKE_DIALOG, {} satisfies IntakeOptions);
    } else if (interruption && !dc.activeDialog && (interruption === 'welsh' || interruption === 'english' || interruption === 'help') && (await this.keepPending(dc, interruption))) {
      // Asked again: the question waiting about their message ("first time, or unhappy?") keeps it.
    } else if (interruption && !withinDescription) {
      // Asked for in a sentence that says more ("…and I can smell gas, I want to speak to someone"):
      // the safety reading comes first, and where it asked for a person already, that is the request.
      const heard = interruption === 'human' && !parseCommand(text) ? await this.heardMidway(dc, text, false, true) : null;
      if (!heard || heard.outcome === undefined) {
        // "canslo" at the danger or first-or-unhappy question stops what that question was about:
        // "There's nothing under way to cancel" right after a question read as not listening (found round 14).
        const questionWaits = interruption === 'cancel' && !dc.activeDialog && (await this.routes.pendingQuestion(context));
        await this.routes.dropOffer(context);
        await interrupt(dc, interruption, { i18n: this.services.i18n, language: this.services.language, persons: this.services.persons, unfinishedEnquiry, questionWaits });
      } else await this.afterHeard(dc, heard);
    } else if (!withinDescription && (await this.emergencyMidway(dc, text))) {
      // An emergency given as the answer to a question: its instructions, then the question again or an end.
    } else {
      const result = dc.activeDialog ? await this.continueActive(dc) : undefined;
      if (!result || result.status === DialogTurnStatus.empty) await this.idle(dc, text, first, lastRequest, lastExclusion, anythingElse);
      else if (result.status === DialogTurnStatus.complete && (result.result as EnquiryEnd | undefined)?.unfinished) await this.unfinishedEnquiry.set(context, (result.result as EnquiryEnd).unfinished);
      // A complaint filed or stage 2 recorded ends with "Is there anything else?": its answer is the next message's.
      else if (result.status === DialogTurnStatus.complete && !dc.activeDialog && endsAsking(result.result)) await this.anythingElse.set(context, true);
      // Asked for in the last sentence of a longer message: the words are taken first, so the
      // person sees them in the draft, and the request is not lost in them.
      if (asksForPersonInPassing(text) || withinDescription) {
        const outcome = await this.services.persons.request(context, 'asked', await this.services.language.get(context));
        // The request's answer came after the question the words led to: asked again, so the
        // question is the last thing they read (a call back offered is a question of its own).
        if (dc.activeDialog && outcome !== 'callback_offered') await dc.repromptDialog();
      }
    }
    await payDisclosure(context, this.services.i18n);
  }

  /**
   * A switch of language or help while the first-or-unhappy or danger question waits (no dialog
   * under way: the intake handed the description to it): that question again, in the new language,
   * where the switch began a new intake and the description was lost (found on Web Chat). False
   * when neither waits, and the interruption is handled as usual.
   */
  private async keepPending(dc: DialogContext, interruption: 'welsh' | 'english' | 'help'): Promise<boolean> {
    const { language, i18n } = this.services;
    const before = await language.get(dc.context);
    if (!before || !(await this.routes.pendingQuestion(dc.context))) return false;
    if (interruption === 'help') {
      await dc.context.sendActivity(inBoth(i18n, 'intake:help', before));
      return this.routes.askPendingAgain(dc.context, before);
    }
    const lang: Lang = interruption === 'welsh' ? 'cy' : 'en';
    await language.set(dc.context, lang);
    if (lang !== before) await dc.context.sendActivity(inBoth(i18n, 'intake:language.chosen', lang));
    return this.routes.askPendingAgain(dc.context, lang);
  }

  /** Whether the intake is asking the question `step`. */
  private atStep(dc: DialogContext, step: string): boolean {
    const active = dc.activeDialog;
    return active?.id === INTAKE_DIALOG && (active.state as IntakeState).step === step;
  }

  /**
   * Whether a message is an answer the router reads for safety before the dialog takes it: any
   * question of the intake or a status enquiry, and the first-or-unhappy question. Not the
   * intake's opening language question (a first message is read by triage), "what went wrong?"
   * or "how has it affected you?", whose answers are read for safety already (readDescription,
   * readImpact), so a gas smell is not told twice.
   */
  private async answersQuestion(dc: DialogContext): Promise<boolean> {
    const active = dc.activeDialog;
    if (active?.id === ENQUIRY_DIALOG) return true;
    if (active?.id === INTAKE_DIALOG) return !['language', 'description', 'impact'].includes((active.state as IntakeState).step);
    return !active && (await this.routes.clarifyPending(dc.context));
  }

  /**
   * An emergency, a safeguarding concern or a crisis heard in the answer to a question (found by
   * the staff trial, ops12: "I can smell gas in the kitchen now" at "Where is the problem?" was
   * stored as the location): read as the first message is, in this one place rather than in each
   * question. Also the answer to the danger question when it was asked here. True when handled.
   */
  private async emergencyMidway(dc: DialogContext, text: string): Promise<boolean> {
    const answered = await this.routes.answeredDangerMidway(dc.context);
    if (answered) {
      // Nobody in danger: the question under way again, with no "when everyone is safe".
      if (!answered.confirmed) await dc.repromptDialog();
      else await this.afterHeard(dc, { kind: answered.stop ? 'stop' : 'reask', outcome: answered.outcome });
      return true;
    }
    // The danger question only where an answer may still be describing the problem ("where?", "when?"):
    // later answers name hazards told as the past or as no hazard at all ("I reported the leak by the
    // fuse box in March", "I work nights at the fire station"), and triage's flags still fire there.
    const heard = await this.heardMidway(dc, text, this.atStep(dc, 'location') || this.atStep(dc, 'when'));
    if (!heard) return false;
    if (heard.kind !== 'danger') await this.afterHeard(dc, heard);
    return true;
  }

  /** The safety reading of an answer, its instructions said; null when there was no question under way or nothing was raised. */
  private async heardMidway(dc: DialogContext, text: string, canAskDanger: boolean, anywhere = false): Promise<MidwaySafety | null> {
    // A request for a person with more in the sentence is read wherever it comes, a first message too, in the language it asks in.
    const lang = (await this.services.language.get(dc.context)) ?? (anywhere ? (personRequestLanguage(text) ?? writtenLanguage(text) ?? 'cy') : undefined);
    if (!lang || !text || !(anywhere || (await this.answersQuestion(dc)))) return null;
    const heard = await this.routes.safetyMidway(dc.context, text, lang, canAskDanger && Boolean(dc.activeDialog));
    return heard.kind === 'none' ? null : heard;
  }

  /**
   * After the instructions: the case under way is marked as a first message's danger would mark it
   * (`dangerConfirmed`); the answer was the emergency, not the answer, so the question comes again,
   * after a line saying so (not now when a call back was offered: that is a question of its own,
   * and its answer brings the question back). A person at risk with nothing in the home gets no
   * more repair questions: what was under way ends, and "anything else?" follows, as for a first message.
   */
  private async afterHeard(dc: DialogContext, heard: { kind: MidwaySafety['kind']; outcome?: PersonOutcome | void }): Promise<void> {
    const context = dc.context;
    const lang = (await this.services.language.get(context)) ?? 'cy';
    if (heard.kind === 'stop') {
      await this.routes.dropOffer(context);
      await dc.cancelAllDialogs();
      await this.routes.stopMidway(context, lang, heard.outcome);
      return;
    }
    const active = dc.activeDialog;
    if (active?.id === INTAKE_DIALOG) (active.state as IntakeState).answers.dangerConfirmed = true;
    else if (!active) await this.routes.confirmDanger(context);
    if (heard.outcome === 'callback_offered') return;
    await context.sendActivity(this.services.i18n.getFixedT(lang)('triage:urgent.midway_again'));
    if (dc.activeDialog) await dc.repromptDialog();
    else await this.routes.askPendingAgain(context, lang);
  }

  /** An address or a room sent while the intake is asking "where?": that question's answer (found by trial9 over SMS, after a call back was offered). */
  private answersWhere(dc: DialogContext, text: string): boolean {
    const active = dc.activeDialog;
    return active?.id === INTAKE_DIALOG && (active.state as { step?: string }).step === 'location' && looksLikePlace(text);
  }

  /**
   * The first message where no conversationUpdate came first (SMS, Messenger): the bot says it is
   * automated before answering. A message in a plain language (a language word, or a sentence)
   * chooses it; otherwise the disclosure comes in both, unless the language greeting, which
   * discloses it too, is what the message will get.
   */
  private async greetFirst(context: TurnContext, text: string): Promise<void> {
    const { language, i18n } = this.services;
    const command = readInterruption(text, undefined);
    let lang = await language.get(context);
    if (!lang && (command === 'welsh' || command === 'english')) {
      // The interruption sets it, and says so.
      return discloseAssistant(context, i18n, command === 'welsh' ? 'cy' : 'en');
    }
    if (!lang && (!command || command === 'human')) {
      lang = (command ? personRequestLanguage(text) : writtenLanguage(text)) ?? undefined;
      if (lang) await language.set(context, lang);
    }
    if (!lang && command !== 'human' && command !== 'cancel') return;
    if ((!command || (command === 'human' && !parseCommand(text))) && text) {
      const reading = await this.services.triage.classify(context, text, true);
      if (reading.urgent || reading.safeguarding) return oweDisclosure(context, lang);
    }
    await discloseAssistant(context, i18n, lang);
    // Anything else without a language gets the language greeting, or a triage answer whose
    // language triage picks: that one discloses in its own language (TriageRoutes.route).
  }

  private async continueActive(dc: DialogContext): Promise<DialogTurnResult> {
    try {
      return await dc.continueDialog();
    } catch (e) {
      // A stack saved by an older release may name a dialog that no longer exists.
      if (!/wasn't found|was not found|Can't continue dialog/i.test((e as Error).message)) throw e;
      const salvaged = dc.stack.map((i) => (i.state as { answers?: unknown })?.answers).find((a) => a && typeof a === 'object');
      await dc.cancelAllDialogs();
      const lang = (await this.services.language.get(dc.context)) ?? 'cy';
      await dc.context.sendActivity(this.services.i18n.getFixedT(lang)('intake:restarted_after_update'));
      await dc.beginDialog(INTAKE_DIALOG, { answers: (salvaged as IntakeOptions['answers']) ?? {} });
      return Dialog.EndOfTurn;
    }
  }

  /** Nothing under way: an offer's answer, the menu's buttons, a greeting, or triage's reading. */
  private async idle(dc: DialogContext, text: string, first: boolean, lastRequest?: LastRequest, lastExclusion?: LastRequest, anythingElse?: boolean): Promise<void> {
    const lang = await this.services.language.get(dc.context);
    // "No", "dim diolch", thanks: the exchange closed, as the safeguarding "anything else?" closes.
    // It got the menu, and a "diolch" was filed as a compliment with a new reference (trial18).
    // Anything more than a bare answer is the next matter, read as any message is.
    if (anythingElse && lang) {
      const answer = anythingElseAnswer(dc.context.activity.text ?? '');
      if (answer) {
        await dc.context.sendActivity(this.services.i18n.getFixedT(lang)(answer === 'yes' ? 'intake:filed.go_on' : 'intake:filed.nothing_else'));
        return;
      }
    }
    // Disputing the exclusion just explained comes before the complaint offered after it.
    if (lastExclusion && (await this.routes.answeredExclusion(dc, text, lastExclusion))) return;
    if ((await this.routes.answeredCrisis(dc)) || (await this.routes.answeredDanger(dc)) || (await this.routes.answeredClarify(dc)) || (await this.routes.answeredOffer(dc, text))) return;
    // The menu's buttons, by value (or number, or label); words go through triage like everything else.
    const picked = lang ? this.menuPick(dc.context) : null;
    // "Make a complaint", as a service request's reply invites where it was misread: that request is what went wrong.
    if (picked === 'menu.complain' && lastRequest) {
      await dc.beginDialog(INTAKE_DIALOG, { explicit: true, firstMessage: lastRequest.text } satisfies IntakeOptions);
      return;
    }
    if (picked) return this.onMenu(dc, picked, lang!);
    // Greetings and the language choice belong to the intake's opening.
    if (!text || isGreeting(text) || (!lang && text.split(/\s+/).length < 3)) {
      await dc.beginDialog(INTAKE_DIALOG, {} satisfies IntakeOptions);
      return;
    }
    await this.routes.route(dc, text, lang, first, lastRequest);
  }

  /** A menu choice tapped, numbered or named in either language; null for anything else. */
  private menuPick(context: TurnContext): MenuValue | null {
    for (const l of ['cy', 'en'] as const) {
      const value = answerText(context.activity, menuChoices(this.services.i18n.getFixedT(l)));
      if (value.startsWith('menu.')) return value as MenuValue;
    }
    return null;
  }

  private async onMenu(dc: DialogContext, picked: MenuValue, lang: Lang): Promise<void> {
    switch (picked) {
      case 'menu.complain':
        await dc.beginDialog(INTAKE_DIALOG, { explicit: true } satisfies IntakeOptions);
        return;
      case 'menu.repair':
        await dc.context.sendActivity(this.services.i18n.getFixedT(lang)('triage:none.repair_prompt'));
        return;
      case 'menu.status':
        await dc.beginDialog(ENQUIRY_DIALOG, { mode: 'status' });
        return;
      case 'menu.person':
        await this.services.persons.request(dc.context, 'asked', lang);
        return;
    }
  }

  /**
   * The website's language switch: `{ type: "event", name: "language", value: "cy" | "en" }`.
   * Nothing is said unless a question is waiting: then a line in the new language and the
   * question again in it. An intake still asking "Cymraeg / English?" takes it as the answer.
   */
  private async languageEvent(dc: DialogContext): Promise<void> {
    const value = dc.context.activity.value;
    if (value !== 'cy' && value !== 'en') return;
    const { language, i18n } = this.services;
    const before = await language.get(dc.context);
    await language.set(dc.context, value);
    if ((await this.owner.ownerOf(dc.context)).kind === 'person') return;
    const active = dc.activeDialog;
    if (!active) return;
    if (active.id === INTAKE_DIALOG && (active.state as { step?: string }).step === 'language') {
      const s = active.state as { answers?: IntakeOptions['answers']; pendingDescription?: string; explicit?: boolean; receivedAt?: string };
      // As at the typed answer: the kept message's reply thanks them, so the choice does not too.
      await dc.context.sendActivity(inBoth(i18n, s.pendingDescription && !s.answers?.description ? 'intake:language.chosen_reading' : 'intake:language.chosen', value));
      await dc.replaceDialog(INTAKE_DIALOG, { answers: s.answers, firstMessage: s.pendingDescription, explicit: s.explicit, receivedAt: s.receivedAt } satisfies IntakeOptions);
      return;
    }
    if (before !== value) await dc.context.sendActivity(inBoth(i18n, 'intake:language.chosen', value));
    await dc.repromptDialog();
  }

  /**
   * A person has the conversation: the bot is silent, except that an emergency or a safeguarding
   * cue gets its instructions at once, read clause by clause as when the bot has it (a hazard in
   * one clause of a long message to the officer is not lost in the rest). At once, not after
   * waiting to see whether the officer answers: the instructions are what the resident needs
   * first, and the officer sees the message marked, with the bot's words, at the top of the queue.
   * Returns the topics raised, for the officer's view.
   */
  private async safetyOnly(context: TurnContext, text: string): Promise<string[]> {
    if (!text) return [];
    const result: TriageResult = await this.services.triage.classify(context, text, true);
    const lang = (await this.services.language.get(context)) ?? (result.language === 'en' ? 'en' : 'cy');
    const { messages, topics } = await this.routes.safetyByClause(context, this.services.i18n.getFixedT(lang), lang, text, result);
    for (const m of messages) await context.sendActivity(m);
    return topics;
  }

  /** One short reply, in the resident's language where it shows, asking them to write privately. */
  private async publicPost(context: TurnContext): Promise<void> {
    const text = context.activity.text ?? '';
    const lang = (await this.services.language.get(context)) ?? writtenLanguage(text) ?? undefined;
    await context.sendActivity(inBoth(this.services.i18n, 'intake:first.public_post', lang));
  }
}
