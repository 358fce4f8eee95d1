import { ActivityHandler, type ConversationState, type StatePropertyAccessor, type TurnContext, type UserState } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import type { i18n } from 'i18next';
import { type DescriptionOutcome, INTAKE_DIALOG, IntakeDialog, type IntakeOptions, type IntakeServices } from '../../dialogs/intake/intake-dialog';
import { parseCommand } from '../../dialogs/parse/commands';
import { matchOne } from '../../dialogs/parse/choices';
import { readAnswer } from '../../dialogs/parse/yes-no';
import { isGreeting } from '../../dialogs/parse/greeting';
import {
  excludedMessages,
  menu,
  menuChoices,
  type MenuValue,
  offerAfterExclusion,
  offerChoices,
  offerComplaint,
  safeguardingMessages,
  serviceRequestMessages,
  urgentMessages,
} from '../../dialogs/triage/replies';
import { normalise } from '../language/normalise';
import type { Lang } from '../i18n';
import type { PolicyProfile } from '../policy/schema';
import type { TriageResult } from '../triage';
import { ENQUIRY_DIALOG, EnquiryDialog, type EnquiryOptions, type EnquiryServices } from '../../dialogs/status/enquiry-dialog';
import { findReference } from '../cases/reference';
import type { Clock } from '../clock/clock';
import { type Logger, safeError } from '../log';
import { stampTurn } from '../clock/turn-instant';
import { saveTurnReplies } from './redelivery';
import type { Handover } from '../handoff/handover';
import { HANDOFF_STATUS } from '../handoff/protocol';
import { staffMatterIn } from '../policy/staff-matters';
import type { IntakeAnswers } from '../cases/intake';
import { sendReplies } from '../channels/fit';
import { answerText } from '../channels/taps';
import { humanMessages } from '../../dialogs/intake/messages';

export interface BotDeps {
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
  services: Omit<IntakeServices, 'language' | 'i18n'>;
  enquiry: Omit<EnquiryServices, 'language' | 'i18n' | 'profile'>;
  triage: TriageServices;
  /** The staff handover (src/handoff/): who has the conversation, and asking for a person. */
  handover: Handover;
}

/** What staff said to do when they give the conversation back. */
export interface ResumeAfterHandback {
  /** Intake answers staff recorded with the resident; they join the resident's own. */
  answers?: Partial<IntakeAnswers>;
  /** File the complaint now, if the intake is complete (the resident confirmed it to staff). */
  file?: boolean;
}

/** Triage as the bot needs it: classify a message, and record what is not a complaint. */
export interface TriageServices {
  /**
   * `forSafetyOnly` when only the urgent and safeguarding flags will be used: the reading then
   * skips looking up the resident's complaints, which only decides stage 2 requests.
   */
  classify(context: TurnContext, text: string, forSafetyOnly?: boolean): Promise<TriageResult>;
  /** Files a service request, exclusion or feedback; returns its reference. */
  record(context: TurnContext, kind: 'service_request' | 'excluded' | 'feedback', text: string, result: TriageResult, lang: Lang): Promise<string>;
}

const safetyFlags = (result: TriageResult): string[] => [...result.urgentTopics, ...(result.safeguarding ? ['safeguarding'] : [])];

const enquiryOptions = (kind: 'status_query' | 'escalation', text: string): EnquiryOptions => ({
  mode: kind === 'status_query' ? 'status' : 'escalate',
  reference: findReference(text) ?? undefined,
});

interface PendingOffer {
  /** What the resident said, to start the complaint with if they accept. */
  text: string;
  /** The offer has been put to them a second time. */
  askedAgain?: boolean;
}

/** Accepting the offer in its own words; yes and no themselves come from the one yes/no reader. */
const ACCEPT_OFFER = [
  { value: 'yes' as const, synonyms: ['make a complaint', 'gwneud cwyn', 'complain', 'cwyno', 'hoffwn', 'hoffwn i', 'i would', 'id like to', 'i want to complain'].map(normalise) },
];

/** "No, I don't want to complain" names the complaint but is a no: a negation decides first. */
function offerAnswer(text: string): 'yes' | 'no' | null {
  const r = readAnswer(text);
  if (r.answer === 'no' || (r.negated && r.answer !== 'unsure')) return 'no';
  if (r.answer === 'yes') return 'yes';
  return r.negated ? null : matchOne(text, ACCEPT_OFFER);
}

/**
 * The bot's turn logic: route each message to the intake (or a status answer), save state at
 * the end of every turn so a restart resumes at the same question. A channel's re-delivery of a
 * message already handled never reaches it: the Redelivery middleware answers it (redelivery.ts).
 */
export class ComplaintsBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  /** A message the resident was offered to make a complaint about, awaiting their answer. */
  private readonly offer: StatePropertyAccessor<PendingOffer | string | undefined>;
  /** Urgent topics and safeguarding already answered for the intake's description. */
  private readonly descriptionSafety: StatePropertyAccessor<string[]>;
  readonly language: StatePropertyAccessor<Lang | undefined>;
  private readonly dialogs: DialogSet;

  constructor(private readonly deps: BotDeps) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.offer = deps.conversationState.createProperty<PendingOffer | string | undefined>('complaintOffer');
    this.descriptionSafety = deps.conversationState.createProperty<string[]>('descriptionSafety');
    this.language = deps.userState.createProperty<Lang | undefined>('language');
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(
      new IntakeDialog({
        ...deps.services,
        i18n: deps.i18n,
        language: this.language,
        onDescription: (context, text, lang, explicit) => this.readDescription(context, text, lang, explicit),
        onImpact: (context, description, impact, lang) => this.readImpact(context, description, impact, lang),
      }),
    );
    // State saved before lookups were counted in the database may still hold `lookupGuard`: unread, harmless.
    this.dialogs.add(
      new EnquiryDialog({
        ...deps.enquiry,
        i18n: deps.i18n,
        profile: deps.services.profile,
        language: this.language,
      }),
    );

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    // A contact-centre hub's handoff.status: never refused, always answered in the resident's language.
    this.onEvent(async (context, next) => {
      if (context.activity.name === HANDOFF_STATUS) await this.deps.handover.hubStatus(context, await this.language.get(context));
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
      await this.dialogState.delete(context);
      await this.offer.delete(context);
      await this.descriptionSafety.delete(context);
      await conversationState.saveChanges(context, false);
    } catch (e) {
      log.error({ err: safeError(e) }, 'recovery: conversation state not cleared');
    }
    const say = (l: Lang) => i18n.getFixedT(l)('intake:turn_failed');
    await context.sendActivity(lang ? say(lang) : `${say('cy')}\n\n${say('en')}`);
  }

  /** The intake's answers so far in this conversation, for the handover's context object. */
  async draftAnswers(context: TurnContext): Promise<Record<string, unknown> | null> {
    const state = await this.dialogState.get(context);
    const found = state?.dialogStack?.map((i) => (i.state as { answers?: unknown })?.answers).find((a) => a && typeof a === 'object');
    return (found as Record<string, unknown> | undefined) ?? null;
  }

  /**
   * While a person has the conversation the bot says nothing, except emergency instructions and
   * crisis contacts: the message goes to the staff stream (and, as every message, the transcript).
   */
  private async whilePersonHas(context: TurnContext, handoff: NonNullable<Awaited<ReturnType<Handover['openFor']>>>): Promise<void> {
    await this.deps.handover.residentMessage(context, handoff);
    const text = (context.activity.text ?? '').trim();
    if (!text) return;
    const lang = (await this.language.get(context)) ?? (handoff.language as Lang | null) ?? 'cy';
    const result = await this.deps.triage.classify(context, text, true);
    const t = this.deps.i18n.getFixedT(lang);
    for (const m of urgentMessages(t, this.deps.services.profile, result)) await context.sendActivity(m);
    if (result.safeguarding) for (const m of safeguardingMessages(t, lang)) await context.sendActivity(m);
  }

  /**
   * Staff gave the conversation back: the resident hears they are talking to the automated
   * assistant again, and the conversation carries on where it stood, with what staff recorded.
   * Runs as a proactive turn (no message from the resident), so it loads and saves state itself.
   */
  async resumeAfterHandback(context: TurnContext, resume: ResumeAfterHandback): Promise<void> {
    stampTurn(context, this.deps.clock);
    const lang = (await this.language.get(context)) ?? 'cy';
    await context.sendActivity(this.deps.i18n.getFixedT(lang)('handoff:back_to_bot'));
    const dc = await this.dialogs.createContext(context);
    const answers = resume.answers ?? {};
    if (dc.activeDialog?.id === INTAKE_DIALOG) {
      await (this.dialogs.find(INTAKE_DIALOG) as IntakeDialog).resumeFromStaff(dc, answers, resume.file === true);
    } else if (Object.keys(answers).length) {
      await dc.beginDialog(INTAKE_DIALOG, { answers: answers as IntakeOptions['answers'], explicit: true } satisfies IntakeOptions);
    } else if (dc.activeDialog) {
      await dc.repromptDialog();
    }
    await Promise.all([this.deps.conversationState.saveChanges(context, false), this.deps.userState.saveChanges(context, false)]);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const open = await this.deps.handover.openFor(context);
    if (open?.state === 'taken') return this.whilePersonHas(context, open);
    if (open && (await this.deps.handover.answerCallback(context, open, context.activity.text ?? '', await this.language.get(context)))) {
      const dc = await this.dialogs.createContext(context);
      if (dc.activeDialog) await dc.repromptDialog();
      return;
    }
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
    if (await this.answeredOffer(dc, text)) return;
    // The menu's buttons, by value (or number, or label); words go through triage like everything else.
    const picked = lang ? this.menuPick(context) : null;
    if (picked) return this.onMenu(dc, picked, lang!);
    // "cancel" with nothing under way: say so, rather than open an intake to cancel.
    if (parseCommand(text) === 'cancel') {
      const say = (l: Lang) => this.deps.i18n.getFixedT(l)('intake:cancel_nothing');
      await context.sendActivity(lang ? say(lang) : `${say('cy')}\n\n${say('en')}`);
      return;
    }
    // Commands, greetings and the language choice belong to the intake's opening.
    if (!text || parseCommand(text) || isGreeting(text) || (!lang && text.split(/\s+/).length < 3)) {
      await dc.beginDialog(INTAKE_DIALOG, {} satisfies IntakeOptions);
      return;
    }
    await this.route(dc, text, lang);
  }

  /** A menu choice tapped, numbered or named in either language; null for anything else. */
  private menuPick(context: TurnContext): MenuValue | null {
    for (const l of ['cy', 'en'] as const) {
      const value = answerText(context.activity, menuChoices(this.deps.i18n.getFixedT(l)));
      if (value.startsWith('menu.')) return value as MenuValue;
    }
    return null;
  }

  private async onMenu(dc: Awaited<ReturnType<DialogSet['createContext']>>, picked: MenuValue, lang: Lang): Promise<void> {
    const t = this.deps.i18n.getFixedT(lang);
    switch (picked) {
      case 'menu.complain':
        await dc.beginDialog(INTAKE_DIALOG, { explicit: true } satisfies IntakeOptions);
        return;
      case 'menu.repair':
        await dc.context.sendActivity(t('triage:none.repair_prompt'));
        return;
      case 'menu.status':
        await dc.beginDialog(ENQUIRY_DIALOG, { mode: 'status' } satisfies EnquiryOptions);
        return;
      case 'menu.person':
        // requestHuman says what happens and when; the rest of humanMessages is how else to reach the team.
        await this.deps.services.requestHuman(dc.context, 'asked');
        await sendReplies(dc.context, ...humanMessages(t, lang, this.deps.services.profile).slice(1));
        return;
    }
  }

  /**
   * The answer to "would you like to make a complaint about it?". A reply that is neither yes nor
   * no, and is not a command or a new matter of its own ("14 Oak Road" from someone still
   * answering questions), gets the question once more rather than a menu; after that the offer
   * lapses and the message is taken as it comes.
   */
  private async answeredOffer(dc: Awaited<ReturnType<DialogSet['createContext']>>, text: string): Promise<boolean> {
    const stored = await this.offer.get(dc.context);
    if (!stored) return false;
    // Offers saved before the re-ask existed are plain text.
    const offered: PendingOffer = typeof stored === 'string' ? { text: stored } : stored;
    await this.offer.delete(dc.context);
    const lang = (await this.language.get(dc.context)) ?? 'cy';
    const t = this.deps.i18n.getFixedT(lang);
    const answer = offerAnswer(answerText(dc.context.activity, offerChoices(t)));
    if (answer === 'yes') {
      await dc.beginDialog(INTAKE_DIALOG, { firstMessage: offered.text, explicit: true } satisfies IntakeOptions);
      return true;
    }
    if (answer === 'no') {
      await dc.context.sendActivity(t('triage:service_request.can_complain'));
      return true;
    }
    if (offered.askedAgain || !text || parseCommand(text) || isGreeting(text)) return false;
    const reading = await this.deps.triage.classify(dc.context, text);
    if (reading.kind !== 'none' || reading.urgent || reading.safeguarding) return false;
    await this.offer.set(dc.context, { ...offered, askedAgain: true });
    await sendReplies(dc.context, offerComplaint(t, 'triage:service_request.offer_again'));
    return true;
  }

  /** "What went wrong?" answered after a plain hello: safety first, and divert what is not a complaint. */
  private async readDescription(context: TurnContext, text: string, lang: Lang, explicit: boolean): Promise<DescriptionOutcome> {
    const result = await this.deps.triage.classify(context, text);
    await this.safety(context, lang, result);
    await this.descriptionSafety.set(context, safetyFlags(result));
    await this.staffMatter(context, text, lang, result);
    // "Where is my complaint?" asked where the bot expected a new one: answer the question asked.
    if (result.kind === 'status_query' || result.kind === 'escalation') {
      return { handOver: { dialogId: ENQUIRY_DIALOG, options: enquiryOptions(result.kind, text) } };
    }
    const diverted = ['service_request', 'excluded', 'feedback'] as const;
    if (explicit || !(diverted as readonly string[]).includes(result.kind)) return 'continue';
    await this.dispatchRecorded(context, text, lang, result as TriageResult & { kind: (typeof diverted)[number] });
    return 'handled';
  }

  /**
   * Safety messages the impact adds to what the description already raised (and answered):
   * only what is new, so a resident told about gas once is not told again.
   */
  private async readImpact(context: TurnContext, description: string, impact: string, lang: Lang): Promise<void> {
    const raised = new Set(await this.descriptionSafety.get(context, []));
    const both = await this.deps.triage.classify(context, `${description}\n${impact}`, true);
    const urgentTopics = both.urgentTopics.filter((topic) => !raised.has(topic));
    await this.safety(context, lang, { ...both, urgent: urgentTopics.length > 0, urgentTopics, safeguarding: both.safeguarding && !raised.has('safeguarding') });
  }

  /**
   * Emergency instructions and crisis contacts first, then a person: at once for safeguarding,
   * and for urgent matters where the profile says so (handover.urgent).
   */
  private async safety(context: TurnContext, lang: Lang, result: TriageResult): Promise<void> {
    const t = this.deps.i18n.getFixedT(lang);
    for (const m of urgentMessages(t, this.deps.services.profile, result)) await context.sendActivity(m);
    if (result.safeguarding) {
      for (const m of safeguardingMessages(t, lang)) await context.sendActivity(m);
      await this.deps.handover.requestHuman(context, 'safeguarding', lang, { triage: result });
    } else if (result.urgent && this.deps.services.profile.handover.urgent) {
      await this.deps.handover.requestHuman(context, 'urgent', lang, { triage: result });
    }
  }

  /** A matter the landlord's policy gives to named staff (the profile's handover.staffMatters): said why, then a person asked for. */
  private async staffMatter(context: TurnContext, text: string, lang: Lang, result: TriageResult): Promise<void> {
    const matter = staffMatterIn(text, this.deps.services.profile);
    if (!matter) return;
    await context.sendActivity(matter.describe[lang]);
    await this.deps.handover.requestHuman(context, 'needs_staff', lang, { triage: result, staffMatter: matter });
  }

  /** Service requests, exclusions and feedback: recorded, explained, and a complaint offered where due. */
  private async dispatchRecorded(
    context: TurnContext,
    text: string,
    lang: Lang,
    result: TriageResult & { kind: 'service_request' | 'excluded' | 'feedback' },
  ): Promise<void> {
    const t = this.deps.i18n.getFixedT(lang);
    const profile: PolicyProfile = this.deps.services.profile;
    const reference = await this.deps.triage.record(context, result.kind, text, result, lang);
    if (result.kind === 'feedback') {
      const suggestion = result.signals.some((s) => s.cue === 'suggestion');
      await context.sendActivity(t(suggestion ? 'triage:feedback.suggestion' : 'triage:feedback.compliment', { reference }));
      return;
    }
    const messages = result.kind === 'service_request' ? serviceRequestMessages(t, profile, result, reference) : excludedMessages(t, lang, profile, result, reference);
    await sendReplies(context, ...messages);
    const offered = result.kind === 'service_request' ? result.dissatisfied : offerAfterExclusion(profile, result) !== null;
    if (offered) await this.offer.set(context, { text });
  }

  /** Triage decides the route; safety messages always come first. */
  private async route(dc: Awaited<ReturnType<DialogSet['createContext']>>, text: string, chosen: Lang | undefined): Promise<void> {
    const context = dc.context;
    const result = await this.deps.triage.classify(context, text);
    // Someone who has not chosen a language yet and is not starting a complaint is answered in
    // the language they wrote in; mixed Welsh and English gets Welsh first, as everywhere.
    let lang = chosen;
    if (!lang && (result.kind !== 'complaint' || result.urgent || result.safeguarding)) {
      lang = result.language === 'en' ? 'en' : 'cy';
      await this.language.set(context, lang);
    }
    const t = this.deps.i18n.getFixedT(lang ?? 'cy');
    if (lang) await this.safety(context, lang, result);
    if (lang && result.kind !== 'complaint') await this.staffMatter(context, text, lang, result);
    const describes = result.signals.some((s) => s.cue !== 'complaint_word') || text.split(/\s+/).length > 4;
    switch (result.kind) {
      case 'complaint':
        await dc.beginDialog(INTAKE_DIALOG, { firstMessage: describes ? text : undefined, explicit: true } satisfies IntakeOptions);
        return;
      case 'status_query':
      case 'escalation':
        await dc.beginDialog(ENQUIRY_DIALOG, enquiryOptions(result.kind, text));
        return;
      case 'service_request':
      case 'excluded':
      case 'feedback':
        await this.dispatchRecorded(context, text, lang!, result as TriageResult & { kind: typeof result.kind });
        return;
      case 'none':
        if (result.safeguarding) return;
        await sendReplies(context, menu(t));
        return;
    }
  }
}
