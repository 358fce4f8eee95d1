import type { TFunction } from 'i18next';
import { hasNoPlace } from '../parse/no-place';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { i18n } from 'i18next';
import { type DescriptionOutcome, INTAKE_DIALOG, type IntakeOptions } from '../intake/intake-dialog';
import { ENQUIRY_DIALOG, type EnquiryOptions } from '../status/enquiry-dialog';
import { parseCommand } from '../parse/commands';
import { matchOne } from '../parse/choices';
import { readAnswer } from '../parse/yes-no';
import { onlyDayToCome, readWhenAnswer } from '../parse/when-answer';
import { isGreeting } from '../parse/greeting';
import { onlyAsksToComplain } from '../parse/asks-to-complain';
import { clarifyQuestion, crisisQuestion, dangerQuestion, personAtRiskOnly, ombudsmanMessages, signpostMessages, excludedMessages, menu, offerAfterExclusion, offerChoices, offerComplaint, serviceRequestMessages, urgentMessages } from '../triage/replies';
import { readFirstOrUnhappy } from '../parse/first-or-unhappy';
import { wantsOmbudsman } from '../parse/ombudsman-wish';
import { complaintAboutOtherBody } from '../parse/other-body';
import { addressInDangerAnswer } from '../parse/danger-answer';
import { looksLikePlace } from '../parse/place';
import { howToReach } from '../intake/messages';
import { BODIES } from '../../src/policy/bodies';
import { sendReplies } from '../../src/channels/fit';
import { answerText } from '../../src/channels/taps';
import { normalise } from '../../src/language/normalise';
import type { Lang } from '../../src/i18n';
import type { PolicyProfile } from '../../src/policy/schema';
import type { TriageResult } from '../../src/triage';
import { findReference } from '../../src/cases/reference';
import { discloseAssistant, oweDisclosure, payDisclosure } from './disclosure';
import { safetyFlags, safetyMessages } from './safety';
import type { PersonOutcome, PersonRequests } from './conversation-owner';
import { staffMatterIn } from '../../src/policy/staff-matters';
import { clausesOf } from '../../src/triage/hazard';
import { nationTerms } from '../../src/i18n/terms';

/** The message whose safety messages `route` has said this turn. */
const SAFETY_SAID = Symbol('safetySaid');
/** What asking for a person then came to ('callback_offered' is a question of its own). */
const SAFETY_OUTCOME = Symbol('safetyOutcome');
/** Set by the router when the message also asks for a person: the person asks what the first-or-unhappy question would. */
export const PERSON_ASKED = Symbol('personAsked');

/** Triage as the bot needs it: classify a message, and record what is not a complaint. */
export interface TriageServices {
  /**
   * `forSafetyOnly` when only the urgent and safeguarding flags will be used: the reading then
   * skips looking up the resident's complaints, which only decides stage 2 requests.
   */
  classify(context: TurnContext, text: string, forSafetyOnly?: boolean): Promise<TriageResult>;
  /** Files a service request, exclusion or feedback; returns its reference. `location`: an address the resident gave (to the danger question). */
  record(context: TurnContext, kind: 'service_request' | 'excluded' | 'feedback', text: string, result: TriageResult, lang: Lang, location?: string): Promise<string>;
  /**
   * Adds an address the resident sent on its own right after a service request to that request's
   * record (a `location_given` event); false when it is not this resident's request.
   */
  addLocation?(context: TurnContext, reference: string, location: string): Promise<boolean>;
  /**
   * Adds a few words the resident sent right after a service request (a date: "since Monday",
   * "12/12") to that request's record (a `detail_given` event); false when it is not theirs.
   */
  addDetail?(context: TurnContext, reference: string, words: string): Promise<boolean>;
  /**
   * Records on the resident's own exclusion that they want the landlord to look again at the
   * decision (a `review_requested` event with their words); false when it is not theirs.
   */
  requestReview?(context: TurnContext, reference: string, words: string): Promise<boolean>;
}

export interface PendingOffer {
  /** What the resident said, to start the complaint with if they accept. */
  text: string;
  /** The offer has been put to them a second time. */
  askedAgain?: boolean;
}

/**
 * The clarifying question of a conversation: asked once (`asked`), and the message it is about
 * while the answer is awaited.
 */
export interface ClarifyState {
  asked: true;
  pending?: string;
}

/**
 * "Is anyone in danger, or is your home unsafe, right now?": asked at most once a conversation
 * (`asked`); the message it is about while the answer is awaited, and whether the words were
 * about a person; `confirmed` once the resident said yes, so what is filed records it.
 */
export interface DangerState {
  asked: true;
  pending?: string;
  about?: 'home' | 'person';
  confirmed?: true;
  /** Asked of the intake's "what went wrong?" answer from someone who asked to complain: their complaint goes on after. */
  explicit?: true;
  /** An address given with the answer ("yes, we're at 14 Oak Road"): the case's location, never asked again. */
  location?: string;
  /** Asked of an answer in the middle of a dialog: its answer is the router's, and the dialog's question comes again after. */
  midway?: true;
}

/**
 * What an emergency heard in the middle of a dialog (or at the first-or-unhappy question) came to:
 * `none`, nothing raised; `reask`, instructions given and the question is to be asked again (the
 * answer was the emergency, not the answer); `stop`, a person at risk and nothing in the home:
 * no more repair questions; `danger`, the danger question asked instead.
 */
export interface MidwaySafety {
  kind: 'none' | 'reask' | 'stop' | 'danger';
  /** What asking for a person came to, when one was asked for. */
  outcome?: PersonOutcome | void;
  /** The reading the instructions rest on. */
  reading?: TriageResult;
}

interface RouteServices {
  i18n: i18n;
  language: StatePropertyAccessor<Lang | undefined>;
  profile: PolicyProfile;
  triage: TriageServices;
  /** Asking for a person (safeguarding, urgent where the profile says, matters the profile gives to staff). */
  persons: PersonRequests;
  /** A message the resident was offered to make a complaint about, awaiting their answer. */
  offer: StatePropertyAccessor<PendingOffer | string | undefined>;
  /** Urgent topics and safeguarding already answered for the intake's description. */
  descriptionSafety: StatePropertyAccessor<string[]>;
  clarify: StatePropertyAccessor<ClarifyState | undefined>;
  danger: StatePropertyAccessor<DangerState | undefined>;
  /** The service request recorded by the last message, for the next one only. */
  lastRequest: StatePropertyAccessor<LastRequest | undefined>;
  /** "Anything else you'd like help with?" asked after a person at risk, awaiting its answer. */
  /** The "anything else?" question is waiting: true with a person coming, 'no_person' where the queue refused one. */
  crisis: StatePropertyAccessor<boolean | 'no_person' | undefined>;
  /** Today's London date, to read a date sent on its own. */
  today(context: TurnContext): string;
}

/** A service request (or an exclusion) just recorded: what the resident said, and its reference. */
export interface LastRequest {
  text: string;
  reference: string;
  /** An exclusion, whose decision the next message may dispute; a service request when absent. */
  kind?: 'excluded';
}

/** "CMP" and two groups of four, typed as a reference, whether or not it is one. */
const LOOKS_LIKE_REFERENCE = /\bCMP[\s-]*[A-Z0-9]{4}[\s-]*[A-Z0-9]{4}\b/i;

function enquiryOptions(kind: 'status_query' | 'escalation', text: string): EnquiryOptions {
  const reference = findReference(text) ?? undefined;
  const unread = reference ? undefined : LOOKS_LIKE_REFERENCE.exec(text)?.[0];
  return { mode: kind === 'status_query' ? 'status' : 'escalate', ...(reference ? { reference } : {}), ...(unread ? { unread } : {}), ...(kind === 'escalation' ? { said: text } : {}) };
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

/** Words that turn a complaint down: a leading no, or a negated wish to complain ("dim isio cwyno"). */
function refusesComplaint(text: string): boolean {
  const n = normalise(text);
  if (/^(?:no|nope|nah|na|nac|nag|naddo|nadi|nacdi|nagoes|nacoes|dim diolch|no thanks)\b/.test(n)) return true;
  // A negation a few words before the complaint word: "don't want to complain", "dim isio gwneud cwyn", "i'm isio cwyno".
  return /(?:\b(?:don't|dont|do not|not|never|rather not|dim|ddim|peidio|nid)|'m)(?:\s+\S+){0,3}?\s+(?:complain\w*|cwyn|cwynion|gwyn|chwyn|nghwyn|cwyno|gwyno|chwyno)\b/.test(n);
}

/** What triage's reading of a message leads to: safety first, then the intake, an enquiry, or a record and an offer. */
export class TriageRoutes {
  constructor(private readonly services: RouteServices) {}

  async clear(context: TurnContext): Promise<void> {
    await this.services.offer.delete(context);
    await this.services.clarify.delete(context);
    await this.services.danger.delete(context);
    await this.services.descriptionSafety.delete(context);
    await this.services.lastRequest.delete(context);
    await this.services.crisis.delete(context);
  }

  /** Whether "would you like to make a complaint about it?" is waiting for its answer. */
  async offerPending(context: TurnContext): Promise<boolean> {
    return Boolean(await this.services.offer.get(context));
  }

  /** Whether the first-or-unhappy or danger question waits, with the message it is about. */
  async pendingQuestion(context: TurnContext): Promise<boolean> {
    return Boolean((await this.services.danger.get(context))?.pending || (await this.services.clarify.get(context))?.pending);
  }

  /** Whether the first-or-unhappy question waits, with the message it is about. */
  async clarifyPending(context: TurnContext): Promise<boolean> {
    return Boolean((await this.services.clarify.get(context))?.pending);
  }

  /** An emergency heard while the first-or-unhappy question waits: what it leads to is marked as a yes to the danger question marks it. */
  async confirmDanger(context: TurnContext): Promise<void> {
    const danger = await this.services.danger.get(context);
    await this.services.danger.set(context, { ...danger, asked: true, confirmed: true });
  }

  /**
   * The first-or-unhappy or danger question is waiting, with the message it is about: asked again
   * in `lang` (after a switch of language or help), so the message is not lost. False when neither waits.
   */
  async askPendingAgain(context: TurnContext, lang: Lang): Promise<boolean> {
    const t = this.services.i18n.getFixedT(lang);
    if ((await this.services.danger.get(context))?.pending) {
      await sendReplies(context, dangerQuestion(t));
      return true;
    }
    if ((await this.services.clarify.get(context))?.pending) {
      await sendReplies(context, clarifyQuestion(t));
      return true;
    }
    return false;
  }

  /** An interruption answers the turn: a pending offer lapses, as any other message would make it (the question too; it is not asked again). */
  async dropOffer(context: TurnContext): Promise<void> {
    if (await this.services.offer.get(context)) await this.services.offer.delete(context);
    if ((await this.services.clarify.get(context))?.pending) await this.services.clarify.set(context, { asked: true });
    if ((await this.services.danger.get(context))?.pending) await this.services.danger.set(context, { asked: true });
    await this.services.crisis.delete(context);
  }

  /**
   * After a person at risk with nothing in the home (personAtRiskOnly): 999, the crisis contacts and
   * a person came first; then, instead of an intake question ("Where is the problem?" to someone who
   * wants to die), whether there is anything else, which they are free to take up or not. Not asked
   * when a call back was just offered: that is a question of its own, and it comes first.
   */
  private async askAnythingElse(context: TurnContext, lang: Lang, outcome: PersonOutcome | void): Promise<void> {
    if (outcome === 'callback_offered') return;
    // A first message owes the disclosure; it goes before the question, so the question is the last thing read.
    await payDisclosure(context, this.services.i18n);
    await this.services.crisis.set(context, outcome === 'not_queued' ? 'no_person' : true);
    await sendReplies(context, crisisQuestion(this.services.i18n.getFixedT(lang)));
  }

  /**
   * The answer to "anything else you'd like help with?": yes asks what, in their own words; no is
   * respected, with the person still coming and 999 and the crisis line said once more. Anything
   * else is their next matter, taken as it comes (false).
   */
  async answeredCrisis(dc: DialogContext): Promise<boolean> {
    const asked = await this.services.crisis.get(dc.context);
    if (!asked) return false;
    await this.services.crisis.delete(dc.context);
    const lang = (await this.services.language.get(dc.context)) ?? 'cy';
    const t = this.services.i18n.getFixedT(lang);
    const said = answerText(dc.context.activity, crisisQuestion(t).choices ?? []);
    const read = readAnswer(said);
    // Only a bare answer: "yes, the boiler is broken too" is the matter itself, and triage takes it.
    const bare = said.trim().split(/\s+/).length <= 3;
    if (read.answer === 'yes' && bare && !read.negated) {
      await dc.context.sendActivity(t('triage:safeguarding.go_on'));
      return true;
    }
    if (read.answer === 'no' && bare) {
      // Past a cap nobody is coming: the resident was told how else to reach the team, not promised a person.
      await dc.context.sendActivity(t(asked === 'no_person' ? 'triage:safeguarding.nothing_else_no_person' : 'triage:safeguarding.nothing_else', { samaritans: BODIES.samaritans.phone }));
      return true;
    }
    return false;
  }

  /**
   * The answer to the danger question (triage's `confirmDanger`). Yes: the emergency lines an
   * urgent reading gets (and the crisis contacts where the words were about a person), with a
   * person asked for as for any urgent reading; then, whatever the answer, the message is taken
   * on exactly as it would have been. A reply that is neither is still read for safety.
   */
  async answeredDanger(dc: DialogContext): Promise<boolean> {
    const state = await this.services.danger.get(dc.context);
    if (!state?.pending) return false;
    const lang = (await this.services.language.get(dc.context)) ?? 'cy';
    const t = this.services.i18n.getFixedT(lang);
    const said = answerText(dc.context.activity, dangerQuestion(t).choices ?? []);
    const answer = readAnswer(said).answer;
    const yes = answer === 'yes';
    // Someone in danger often says where they are: kept for the case and a person, not asked again.
    const location = addressInDangerAnswer(said) ?? undefined;
    await this.services.danger.set(dc.context, { asked: true, ...(yes ? { confirmed: true as const } : {}), ...(location ? { location } : {}) });
    const first = await this.services.triage.classify(dc.context, state.pending, true);
    if (yes) await this.safety(dc.context, lang, { ...first, urgent: true, urgentTopics: ['emergency_repair'], safeguarding: state.about === 'person', dangerConfirmed: true }, location);
    else if (said && answer === null) await this.safety(dc.context, lang, await this.services.triage.classify(dc.context, said, true), location);
    if (location) await dc.context.sendActivity(t('triage:danger.address_noted', { address: location }));
    // Someone who asked to complain gets their complaint, with what they wrote as what went wrong.
    if (state.explicit) await dc.beginDialog(INTAKE_DIALOG, await this.intakeOptions(dc.context, { firstMessage: state.pending, explicit: true }));
    else await this.route(dc, state.pending, lang, false);
    return true;
  }

  /**
   * Asks the danger question about `text` when triage named a hazard without a flag and it has not
   * been asked in this conversation; true when asked (the answer takes the message on).
   */
  private async askedDanger(context: TurnContext, text: string, result: TriageResult, lang: Lang, explicit: boolean): Promise<boolean> {
    if (!result.confirmDanger || (await this.services.danger.get(context))?.asked) return false;
    await this.services.danger.set(context, { asked: true, pending: text, about: result.confirmDanger, ...(explicit ? { explicit: true as const } : {}) });
    await sendReplies(context, dangerQuestion(this.services.i18n.getFixedT(lang)));
    return true;
  }

  /**
   * A first report or a complaint about its handling? Asked once a conversation, never twice; not
   * of a few words with nothing to act on ("Oak Road again"), which the menu answers. True when asked.
   */
  private async askedClarify(context: TurnContext, text: string, result: TriageResult, t: TFunction): Promise<boolean> {
    const substantial = result.kind !== 'none' || text.split(/\s+/).length > 4;
    if (!result.clarify || !substantial || context.turnState.get(PERSON_ASKED) || (await this.services.clarify.get(context))?.asked) return false;
    await this.services.clarify.set(context, { asked: true, pending: text });
    await sendReplies(context, clarifyQuestion(t));
    return true;
  }

  /** The danger state, its address given to the first case or intake that asks for it: a later matter in the conversation may be elsewhere. */
  private async takeLocation(context: TurnContext): Promise<DangerState | undefined> {
    const danger = await this.services.danger.get(context);
    if (danger?.location) {
      const { location: _given, ...rest } = danger;
      await this.services.danger.set(context, rest);
    }
    return danger;
  }

  /** The intake's options, with the danger answer where the resident said yes and the address they gave with it (the case records both). */
  private async intakeOptions(context: TurnContext, options: IntakeOptions): Promise<IntakeOptions> {
    const danger = await this.takeLocation(context);
    if (!danger?.confirmed && !danger?.location) return options;
    return {
      ...options,
      answers: {
        ...options.answers,
        ...(danger.confirmed ? { dangerConfirmed: true as const } : {}),
        ...(danger.location && !options.answers?.location ? { location: danger.location } : {}),
      },
    };
  }

  /**
   * The answer to "first time, or unhappy with how we've dealt with it?" (triage's `clarify`), by
   * tap, number or words. First time: a service request. Unhappy: a complaint, with the service
   * request carrying on beside it, and the resident told so. An answer that says neither leaves
   * the first reading standing (a complaint stays one), a service request with a complaint offered.
   */
  async answeredClarify(dc: DialogContext): Promise<boolean> {
    const state = await this.services.clarify.get(dc.context);
    if (!state?.pending) return false;
    const text = state.pending;
    await this.services.clarify.set(dc.context, { asked: true });
    const lang = (await this.services.language.get(dc.context)) ?? 'cy';
    const t = this.services.i18n.getFixedT(lang);
    const said = answerText(dc.context.activity, clarifyQuestion(t).choices);
    const answer = said === 'clarify.first' || said === 'clarify.unhappy' ? said : readFirstOrUnhappy(said);
    const first = await this.services.triage.classify(dc.context, text);
    const request = { ...first, kind: 'service_request' as const, clarify: undefined };
    // Unhappy, or no clear answer to words that leaned to a complaint: missing one is the costly error.
    if (answer === 'clarify.unhappy' || (answer === null && first.kind === 'complaint')) {
      if (answer === 'clarify.unhappy' && first.kind !== 'none') {
        const reference = await this.services.triage.record(dc.context, 'service_request', text, request, lang);
        await dc.context.sendActivity(t(bothKey(text), { reference }));
      }
      // Unhappy with how it has been dealt with so far: it was reported, so "have you reported this
      // before?" is not asked as well; only when and how, unless the message says that too.
      const reported = answer === 'clarify.unhappy' ? { answers: { reportedBefore: { answer: 'yes' as const } } } : {};
      await dc.beginDialog(INTAKE_DIALOG, await this.intakeOptions(dc.context, { firstMessage: text, explicit: true, ...reported }));
      return true;
    }
    if (first.kind === 'none') {
      await sendReplies(dc.context, menu(t));
      return true;
    }
    // A first report, or no clear answer: the service request, and the offer of a complaint unless they said it is new.
    await this.dispatchRecorded(dc.context, text, lang, { ...request, dissatisfied: answer === 'clarify.first' ? false : true });
    return true;
  }

  /**
   * The answer to "would you like to make a complaint about it?". A reply that is neither yes nor
   * no, and is not a command or a new matter of its own ("14 Oak Road" from someone still
   * answering questions), gets the question once more rather than a menu; after that the offer
   * lapses and the message is taken as it comes.
   */
  async answeredOffer(dc: DialogContext, text: string): Promise<boolean> {
    const stored = await this.services.offer.get(dc.context);
    if (!stored) return false;
    // Offers saved before the re-ask existed are plain text.
    const offered: PendingOffer = typeof stored === 'string' ? { text: stored } : stored;
    await this.services.offer.delete(dc.context);
    const lang = (await this.services.language.get(dc.context)) ?? 'cy';
    const t = this.services.i18n.getFixedT(lang);
    const said = answerText(dc.context.activity, offerChoices(t));
    const answer = offerAnswer(said);
    if (answer === 'yes') {
      await dc.beginDialog(INTAKE_DIALOG, await this.intakeOptions(dc.context, { firstMessage: offered.text, explicit: true }));
      return true;
    }
    // "But I asked for an explanation three times and got no answer" may have a negation in it and
    // no yes, yet it is the complaint offered, not a refusal nor a new matter: taken as a yes with
    // both messages as what went wrong, unless it turns the complaint down ("no", "I don't want to complain").
    const unclear = answer === null || (answer === 'no' && !readAnswer(said).clear);
    if (unclear && said.trim() && !refusesComplaint(said) && (await this.services.triage.classify(dc.context, said)).kind === 'complaint') {
      await dc.beginDialog(INTAKE_DIALOG, await this.intakeOptions(dc.context, { firstMessage: `${offered.text.trim().replace(/(?<![.!?])$/, '.')} ${said.trim()}`, explicit: true }));
      return true;
    }
    if (answer === 'no') {
      await dc.context.sendActivity(t('triage:service_request.can_complain'));
      return true;
    }
    if (offered.askedAgain || !text || parseCommand(text) || isGreeting(text)) return false;
    const reading = await this.services.triage.classify(dc.context, text);
    if (reading.kind !== 'none' || reading.urgent || reading.safeguarding) return false;
    await this.services.offer.set(dc.context, { ...offered, askedAgain: true });
    await sendReplies(dc.context, offerComplaint(t, 'triage:service_request.offer_again'));
    return true;
  }

  /** "What went wrong?" answered after a plain hello: safety first, and divert what is not a complaint. */
  async readDescription(context: TurnContext, text: string, lang: Lang, explicit: boolean): Promise<DescriptionOutcome> {
    const result = await this.services.triage.classify(context, text);
    // The same message read by `route` this turn (a first message that is a complaint) has had its
    // safety messages, and a person asked for: not said twice (found over SMS, a gas smell).
    const outcome = context.turnState.get(SAFETY_SAID) !== text ? await this.safety(context, lang, result, undefined, text) : context.turnState.get(SAFETY_OUTCOME);
    await this.services.descriptionSafety.set(context, safetyFlags(result));
    // A person at risk, and nothing wrong in the home: not what went wrong, and no "where?" after it.
    if (personAtRiskOnly(result)) {
      await this.askAnythingElse(context, lang, outcome as PersonOutcome | void);
      return 'handled';
    }
    // A hazard named but no flag raised, as in `route`: asked before anything else; the intake
    // stops here and the answer takes the message on (answeredDanger), as a complaint where the
    // resident asked to complain.
    if (await this.askedDanger(context, text, result, lang, explicit)) return 'handled';
    await this.staffMatter(context, text, lang, result);
    // As in `route`: another body's own service is signposted and nothing is filed, whoever asked to complain.
    const t = this.services.i18n.getFixedT(lang);
    const otherBody = otherBodyOf(text, result);
    if (otherBody) {
      for (const m of signpostMessages(t, this.services.profile, otherBody)) await context.sendActivity(m);
      return 'handled';
    }
    if (wantsOmbudsmanOf(text, result)) {
      for (const m of ombudsmanMessages(t, this.services.profile)) await context.sendActivity(m);
      return { handOver: { dialogId: ENQUIRY_DIALOG, options: enquiryOptions(afterOmbudsman(result), text) } };
    }
    // "Where is my complaint?" asked where the bot expected a new one: answer the question asked.
    if (result.kind === 'status_query' || result.kind === 'escalation') {
      return { handOver: { dialogId: ENQUIRY_DIALOG, options: enquiryOptions(result.kind, text) } };
    }
    // A first report or unhappy with how it has gone? Asked here too (the usual path, after a hello),
    // unless they asked to complain: the answer takes the message on (answeredClarify).
    if (!explicit && (await this.askedClarify(context, text, result, t))) return 'handled';
    const diverted = ['service_request', 'excluded', 'feedback'] as const;
    if (explicit || !(diverted as readonly string[]).includes(result.kind)) return 'continue';
    await this.dispatchRecorded(context, text, lang, result as TriageResult & { kind: (typeof diverted)[number] });
    return 'handled';
  }

  /**
   * Safety messages the impact adds to what the description already raised (and answered):
   * only what is new, so a resident told about gas once is not told again.
   */
  async readImpact(context: TurnContext, description: string, impact: string, lang: Lang): Promise<void> {
    const raised = new Set(await this.services.descriptionSafety.get(context, []));
    const both = await this.services.triage.classify(context, `${description}\n${impact}`, true);
    const urgentTopics = both.urgentTopics.filter((topic) => !raised.has(topic));
    await this.safety(context, lang, { ...both, urgent: urgentTopics.length > 0, urgentTopics, safeguarding: both.safeguarding && !raised.has('safeguarding') });
  }

  /**
   * Emergency instructions and crisis contacts first, then a person: at once for safeguarding,
   * and for urgent matters where the profile says so (handover.urgent).
   */
  private async safety(context: TurnContext, lang: Lang, result: TriageResult, location?: string, text?: string): Promise<PersonOutcome | void> {
    const t = this.services.i18n.getFixedT(lang);
    // The emergency line first, as when both flags are raised.
    if (text) for (const m of await this.hazardBeside(context, t, text, result)) await context.sendActivity(m);
    for (const m of safetyMessages(t, lang, this.services.profile, result)) await context.sendActivity(m);
    const extras = { triage: result, ...(location ? { location } : {}) };
    // A first message owes the disclosure: after the instructions, before a person is asked for,
    // whose answer may be a question (a call back's time) that should be the last thing read.
    if (result.safeguarding || (result.urgent && this.services.profile.handover.urgent)) await payDisclosure(context, this.services.i18n);
    if (result.safeguarding) return this.services.persons.request(context, 'safeguarding', lang, extras);
    if (result.urgent && this.services.profile.handover.urgent) return this.services.persons.request(context, 'urgent', lang, extras);
  }

  /**
   * Safeguarding raised without an emergency: triage then asks no danger question (hazard.ts asks
   * only when no flag is raised), so "I'm scared of my ex … and water is dripping next to the
   * light" got the crisis contacts and nothing about the water (found by trial9). Each clause is
   * read alone: an emergency in one gets its instructions, a hazard its emergency repairs line.
   * Only what is said changes; the reading recorded for the case stays triage's.
   */
  private async hazardBeside(context: TurnContext, t: TFunction, text: string, result: TriageResult): Promise<string[]> {
    if (!result.safeguarding || result.urgent) return [];
    const clauses = clausesOf(text, result.language);
    if (clauses.length < 2) return [];
    const topics = new Set<string>();
    let hazard = false;
    for (const clause of clauses) {
      const r = await this.services.triage.classify(context, clause, true);
      if (r.urgent) for (const topic of r.urgentTopics) topics.add(topic);
      else if (r.confirmDanger === 'home') hazard = true;
    }
    if (topics.size) return urgentMessages(t, this.services.profile, { ...result, urgent: true, urgentTopics: [...topics] as TriageResult['urgentTopics'] }).filter((m) => m !== t('triage:urgent.carry_on'));
    if (!hazard) return [];
    const line = this.services.profile.contacts.emergencyRepairs?.phone;
    return [t('triage:urgent.hazard_beside'), line ? t('triage:urgent.repairs_line', { phone: line }) : t('triage:urgent.repairs_line_none', nationTerms(t, this.services.profile))];
  }

  /**
   * An answer in the middle of a dialog (the intake's "where?", a status enquiry's reference, the
   * first-or-unhappy question) read for safety by the rules the first message is read by: the whole
   * message, then each clause alone. Where it raises an emergency or safeguarding: the instructions
   * at once, in the resident's language, and a person where the first message would get one. Where
   * it names a hazard with no flag and the danger question has not been asked, it is asked
   * (`canAskDanger`: only where the router can take its answer). Nothing is said otherwise.
   */
  async safetyMidway(context: TurnContext, text: string, lang: Lang, canAskDanger: boolean): Promise<MidwaySafety> {
    // A number, a tap's value, an emoji: no words to read ("1", "👍").
    if (!/\p{L}{2}/u.test(text)) return { kind: 'none' };
    const result = await this.services.triage.classify(context, text, true);
    const reading = await this.byClause(context, text, result);
    if (!reading) {
      if (!canAskDanger || !result.confirmDanger || (await this.services.danger.get(context))?.asked) return { kind: 'none' };
      await this.services.danger.set(context, { asked: true, pending: text, about: result.confirmDanger, midway: true });
      await sendReplies(context, dangerQuestion(this.services.i18n.getFixedT(lang)));
      return { kind: 'danger' };
    }
    const outcome = await this.instructMidway(context, lang, reading, text);
    return { kind: reading.safeguarding && reading.urgentTopics.every((topic) => topic === 'person_at_risk') ? 'stop' : 'reask', outcome, reading };
  }

  /**
   * The answer to the danger question asked in the middle of a dialog: a yes gets the emergency
   * lines (and the crisis contacts where the words were about a person) and a person as any
   * urgent reading does; a reply that is neither is still read for safety. Null when that
   * question is not waiting; otherwise whether the resident said yes.
   */
  async answeredDangerMidway(context: TurnContext): Promise<{ confirmed: boolean; stop: boolean; outcome?: PersonOutcome | void } | null> {
    const state = await this.services.danger.get(context);
    if (!state?.pending || !state.midway) return null;
    const lang = (await this.services.language.get(context)) ?? 'cy';
    const t = this.services.i18n.getFixedT(lang);
    const said = answerText(context.activity, dangerQuestion(t).choices ?? []);
    const answer = readAnswer(said).answer;
    await this.services.danger.set(context, { asked: true, ...(answer === 'yes' ? { confirmed: true as const } : {}) });
    if (answer === 'yes') {
      const first = await this.services.triage.classify(context, state.pending, true);
      const reading: TriageResult = { ...first, urgent: true, urgentTopics: ['emergency_repair'], safeguarding: state.about === 'person', dangerConfirmed: true };
      return { confirmed: true, stop: false, outcome: await this.instructMidway(context, lang, reading) };
    }
    if (answer === null && said) {
      const heard = await this.safetyMidway(context, said, lang, false);
      return { confirmed: heard.kind !== 'none', stop: heard.kind === 'stop', outcome: heard.outcome };
    }
    return { confirmed: false, stop: false };
  }

  /**
   * A person at risk heard in the middle of a dialog: the dialog has been ended (no more repair
   * questions, as for a first message), and "anything else?" follows unless a call back was offered.
   */
  async stopMidway(context: TurnContext, lang: Lang, outcome: PersonOutcome | void): Promise<void> {
    await this.askAnythingElse(context, lang, outcome);
  }

  /**
   * Says the instructions for a reading raised in the middle of a dialog, and asks for a person
   * where the first message would. "Once everyone is safe, I can carry on and record this" is for
   * a first message; here the question comes again after the instructions, with a line that says so.
   */
  private async instructMidway(context: TurnContext, lang: Lang, reading: TriageResult, text?: string): Promise<PersonOutcome | void> {
    const t = this.services.i18n.getFixedT(lang);
    const beside = text ? await this.hazardBeside(context, t, text, reading) : [];
    for (const m of [...beside, ...safetyMessages(t, lang, this.services.profile, reading)].filter((m) => m !== t('triage:urgent.carry_on'))) await context.sendActivity(m);
    const extras = { triage: reading };
    // A first message owes the disclosure: after the instructions, before a person is asked for.
    if (reading.safeguarding || (reading.urgent && this.services.profile.handover.urgent)) await payDisclosure(context, this.services.i18n);
    if (reading.safeguarding) return this.services.persons.request(context, 'safeguarding', lang, extras);
    if (reading.urgent && this.services.profile.handover.urgent) return this.services.persons.request(context, 'urgent', lang, extras);
  }

  /** The reading with a flag: the whole message's, or else what its clauses raise read alone; null when nothing is raised. */
  private async byClause(context: TurnContext, text: string, result: TriageResult): Promise<TriageResult | null> {
    if (result.urgent || result.safeguarding) return result;
    const topics = new Set<TriageResult['urgentTopics'][number]>();
    let safeguarding = false;
    const clauses = clausesOf(text, result.language);
    for (const clause of clauses.length < 2 ? [] : clauses) {
      const r = await this.services.triage.classify(context, clause, true);
      if (r.urgent) for (const topic of r.urgentTopics) topics.add(topic);
      safeguarding ||= r.safeguarding;
    }
    if (!topics.size && !safeguarding) return null;
    return { ...result, urgent: topics.size > 0, urgentTopics: [...topics], safeguarding };
  }

  /**
   * While a person has the conversation: what the resident is told for safety, and the topics
   * raised, from the whole message and, where that raises nothing, from each clause alone ("thanks
   * for ringing back, and there's water coming through the light in the hall" to the officer).
   * No person is asked for: one has it.
   */
  async safetyByClause(context: TurnContext, t: TFunction, lang: Lang, text: string, result: TriageResult): Promise<{ messages: string[]; topics: string[] }> {
    const reading = await this.byClause(context, text, result);
    if (!reading) return { messages: [], topics: [] };
    // "Once everyone is safe, I can carry on and record this": the person who has it carries on, not the bot.
    const messages = [...(await this.hazardBeside(context, t, text, reading)), ...safetyMessages(t, lang, this.services.profile, reading)].filter((m) => m !== t('triage:urgent.carry_on'));
    return { messages, topics: safetyFlags(reading) };
  }

  /** A matter the landlord's policy gives to named staff (the profile's handover.staffMatters): said why, then a person asked for. */
  private async staffMatter(context: TurnContext, text: string, lang: Lang, result: TriageResult): Promise<void> {
    const matter = staffMatterIn(text, this.services.profile);
    if (!matter) return;
    await context.sendActivity(matter.describe[lang]);
    await this.services.persons.request(context, 'needs_staff', lang, { triage: result, staffMatter: matter });
  }

  /** Service requests, exclusions and feedback: recorded, explained, and a complaint offered where due. */
  private async dispatchRecorded(
    context: TurnContext,
    text: string,
    lang: Lang,
    result: TriageResult & { kind: 'service_request' | 'excluded' | 'feedback' },
  ): Promise<void> {
    const t = this.services.i18n.getFixedT(lang);
    const profile = this.services.profile;
    const danger = await this.takeLocation(context);
    const reference = await this.services.triage.record(context, result.kind, text, danger?.confirmed ? { ...result, dangerConfirmed: true } : result, lang, danger?.location);
    if (result.kind === 'feedback') {
      const suggestion = result.signals.some((s) => s.cue === 'suggestion');
      await context.sendActivity(t(suggestion ? 'triage:feedback.suggestion' : 'triage:feedback.compliment', { reference }));
      return;
    }
    if (result.kind === 'service_request') await this.services.lastRequest.set(context, { text, reference });
    if (result.kind === 'excluded') await this.services.lastRequest.set(context, { text, reference, kind: 'excluded' });
    const messages = result.kind === 'service_request' ? serviceRequestMessages(t, profile, result, reference, text) : excludedMessages(t, lang, profile, result, reference);
    await sendReplies(context, ...messages);
    const offered = result.kind === 'service_request' ? result.dissatisfied : offerAfterExclusion(profile, result) !== null;
    if (offered) await this.services.offer.set(context, { text });
  }

  /**
   * "I think that's wrong, I want to challenge it", "dw i ddim yn cytuno", right after an
   * exclusion: the resident takes up "you can ask the landlord to look again". It is recorded on
   * the exclusion with their words and they are told so, with the Ombudsman's review after it;
   * read as the offer's "no" it got "you can make a complaint at any time", which answered nothing.
   */
  async answeredExclusion(dc: DialogContext, text: string, exclusion: LastRequest): Promise<boolean> {
    if (!disputesDecision(text)) return false;
    const context = dc.context;
    if (!(await this.services.triage.requestReview?.(context, exclusion.reference, text))) return false;
    await this.services.offer.delete(context);
    const lang = (await this.services.language.get(context)) ?? 'cy';
    const t = this.services.i18n.getFixedT(lang);
    const ombudsman = BODIES[this.services.profile.ombudsman.body];
    await context.sendActivity(t('triage:excluded.review_requested', { reference: exclusion.reference, ombudsman: ombudsman.name[lang], contact: howToReach(ombudsman, lang) }));
    return true;
  }

  /** The service request the message before recorded, if any: read once, by the next message the router takes. */
  async takeLastRequest(context: TurnContext): Promise<LastRequest | undefined> {
    const last = await this.services.lastRequest.get(context);
    if (last) await this.services.lastRequest.delete(context);
    return last;
  }

  /**
   * Triage decides the route; safety messages always come first. `first`: the conversation's first
   * message, whose language triage may be the one to pick; it is disclosed in that language.
   * `lastRequest`: a service request the message before recorded, which a complaint now is about.
   */
  async route(dc: DialogContext, text: string, chosen: Lang | undefined, first: boolean, lastRequest?: LastRequest): Promise<void> {
    const context = dc.context;
    // "Fflat 3 Tŷ Gwyn, Heol Fawr" on its own, right after a request was recorded (an urgent one
    // says "once everyone is safe, I can carry on"): where the request is, not a new matter.
    // So is a room or part of the building on its own ("y gegin", "the back bedroom"): a resident
    // still answering "where?" as the intake would ask it, not starting something new.
    // A date on its own ("since Monday", "12/12", "ers dydd Llun") straight after is more about the
    // request (when it started, when they are in), not a new matter: it got the menu. Added to it;
    // read before an address or a place, where any number counts ("12/11/2026" is no flat number).
    const words = lastRequest ? dateOnly(text, this.services.today(context)) : null;
    const address = lastRequest && !words ? addressOnly(text) : null;
    const location = address ?? (lastRequest && !words ? placeOnly(text) : null);
    if (lastRequest && location && (await this.services.triage.addLocation?.(context, lastRequest.reference, location))) {
      const t = this.services.i18n.getFixedT(chosen ?? 'cy');
      await context.sendActivity(address ? t('triage:request_address_noted', { address, reference: lastRequest.reference }) : t('triage:request_place_noted', { place: location, reference: lastRequest.reference }));
      return;
    }
    if (lastRequest && words && (await this.services.triage.addDetail?.(context, lastRequest.reference, words))) {
      await context.sendActivity(this.services.i18n.getFixedT(chosen ?? 'cy')('triage:request_detail_noted', { words, reference: lastRequest.reference }));
      // Still about the request: a "yes" or another date next is too.
      await this.services.lastRequest.set(context, lastRequest);
      return;
    }
    // "ia", "yes", "ok", "diolch" after the request's reply (whose urgent form says "I can carry on"):
    // it is recorded, and they can say more; not the menu, as if nothing had been said.
    if (lastRequest && acknowledges(text)) {
      await context.sendActivity(this.services.i18n.getFixedT(chosen ?? 'cy')('triage:request_ack', { reference: lastRequest.reference }));
      await this.services.lastRequest.set(context, lastRequest);
      return;
    }
    // "I disagree, I want to challenge it" straight after a service request disputes the reading
    // its reply owned to ("If I've got that wrong, say 'make a complaint'"): it is that, with the
    // request's words, and not the menu as if nothing had been said (found by trial12).
    if (lastRequest && lastRequest.kind === undefined && chosen && disputesDecision(text)) {
      await context.sendActivity(this.services.i18n.getFixedT(chosen)('triage:request_disputed', { reference: lastRequest.reference }));
      await dc.beginDialog(INTAKE_DIALOG, await this.intakeOptions(context, { firstMessage: lastRequest.text, explicit: true }));
      return;
    }
    const result = await this.services.triage.classify(context, text);
    // Someone who has not chosen a language yet and is not starting a complaint is answered in
    // the language they wrote in; mixed Welsh and English gets Welsh first, as everywhere.
    const ombudsman = wantsOmbudsmanOf(text, result);
    const otherBody = otherBodyOf(text, result);
    let lang = chosen;
    if (!lang && (result.kind !== 'complaint' || result.clarify || result.confirmDanger || ombudsman || otherBody || result.urgent || result.safeguarding)) {
      lang = result.language === 'en' ? 'en' : 'cy';
      await this.services.language.set(context, lang);
      if (first && (result.urgent || result.safeguarding)) oweDisclosure(context, lang);
      else if (first) await discloseAssistant(context, this.services.i18n, lang);
    }
    const t = this.services.i18n.getFixedT(lang ?? 'cy');
    let outcome: PersonOutcome | void = undefined;
    if (lang) {
      outcome = await this.safety(context, lang, result, undefined, text);
      context.turnState.set(SAFETY_SAID, text);
      context.turnState.set(SAFETY_OUTCOME, outcome);
    }
    // A hazard named but no flag raised: asked once, before anything else is done with the message.
    if (lang && (await this.askedDanger(context, text, result, lang, false))) return;
    if (lang && result.kind !== 'complaint') await this.staffMatter(context, text, lang, result);
    // "I want to make a complaint" says nothing of what went wrong: the intake asks.
    const describes = !onlyAsksToComplain(text) && (result.signals.some((s) => s.cue !== 'complaint_word') || text.split(/\s+/).length > 4);
    // A wish for the Ombudsman: how and when, then where their complaint is, with its dates from the deadline engine.
    if (otherBody) {
      for (const m of signpostMessages(t, this.services.profile, otherBody)) await context.sendActivity(m);
      return;
    }
    if (ombudsman) {
      for (const m of ombudsmanMessages(t, this.services.profile)) await context.sendActivity(m);
      await dc.beginDialog(ENQUIRY_DIALOG, enquiryOptions(afterOmbudsman(result), text));
      return;
    }
    if (await this.askedClarify(context, text, result, t)) return;
    switch (result.kind) {
      case 'complaint': {
        // Right after a service request, "nobody came though I rang three times" is about it, and
        // "make a complaint" (as the request's reply invites where it was misread) is it: what
        // went wrong keeps the request's words, and the request carries on beside the complaint
        // (Code 1.5), as the resident is told.
        let firstMessage = describes ? text : undefined;
        if (lastRequest) {
          if (describes) await context.sendActivity(t(bothKey(lastRequest.text), { reference: lastRequest.reference }));
          firstMessage = describes ? `${lastRequest.text.trim().replace(/(?<![.!?])$/, '.')} ${text.trim()}` : lastRequest.text;
        }
        await dc.beginDialog(INTAKE_DIALOG, await this.intakeOptions(context, { firstMessage, explicit: true }));
        return;
      }
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
        if (personAtRiskOnly(result)) return this.askAnythingElse(context, lang!, outcome);
        if (result.safeguarding) return;
        await sendReplies(context, menu(t));
        return;
    }
  }
}

/**
 * A date or a time and little else ("since Monday", "12/12/2026", "ddoe", "ers dydd Llun, ia"), as
 * the words written; null for anything longer, or with no date in it.
 */
function dateOnly(text: string, today: string): string | null {
  const t = text.trim().replace(/[\s,.;!?]+$/, '');
  const words = t.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 6 || parseCommand(t) || isGreeting(t)) return null;
  // A day still to come ("12/12", "tomorrow", "dydd Mawrth nesaf"), when they are in: the date reader reads only the past.
  // The intake's own reader of days to come (not "next door" or "drws nesa", which are places).
  if (NUMERIC_DATE.test(t) || onlyDayToCome(t, today)) return t;
  const reading = readWhenAnswer(t, today);
  if (!reading?.start) return null;
  // Most of the message is the date: "since Monday" or "ia, ers dydd Llun", not "the boiler broke on Monday".
  const rest = t.toLowerCase().replace(reading.start.matched, ' ').split(/[\s,.;!?]+/).filter(Boolean);
  return rest.length <= 2 ? t : null;
}

const NUMERIC_DATE = /^(?:(?:on|ar|from|o)\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/i;

/** A bare yes, ok or thanks: "ia", "yes", "ok", "iawn", "diolch", "thanks", a thumbs up. */
function acknowledges(text: string): boolean {
  const n = normalise(text).replace(/[\s,.;!?]+$/, '');
  if (/^(?:diolch|diolch yn fawr|thanks|thank you|thanks a lot|cheers|ta|grand|lovely|great|champion|diolch o galon)$/.test(n)) return true;
  const r = readAnswer(text);
  return r.answer === 'yes' && r.clear && !r.negated && n.split(/\s+/).length <= 3;
}

const SENTENCE_WORDS = new Set(['and', 'but', 'nobody', 'has', 'have', 'is', 'was', 'been', 'it', 'ac', 'a', 'ond', 'mae', 'wedi', 'neb', 'dim', 'ddim', 'yn']);

/** A message that is an address and little else ("ydy, fflat 3 Tŷ Gwyn, Heol Fawr"), or null. */
function addressOnly(text: string): string | null {
  const address = addressInDangerAnswer(text);
  if (!address) return null;
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  // The answer word and lead-in ("yes, we're at") may come first; an address runs to the end of
  // the message, so one that goes on into a sentence ("… High Street and nobody has come") says more.
  const sentence = words(address).some((w) => SENTENCE_WORDS.has(w.toLowerCase().replace(/[^\p{L}']/gu, '')));
  return words(text).length <= words(address).length + 4 && words(address).length <= 10 && !sentence ? address : null;
}

// Disagreeing with a decision, in either language; normalised (accents folded, apostrophes kept).
const DISPUTES = [
  /\b(?:disagree|don'?t agree|do not agree|not agree|challenge|appeal|unfair|not fair|reconsider|think again|look again|look at it again)\b/,
  /\b(?:that'?s|that is|this is|it'?s|decision is|you'?re|you are) (?:wrong|not right|incorrect)\b/,
  /\breview (?:it|this|that|the decision|your decision)\b/,
  /\b(?:anghytuno|herio|apelio|annheg|ailystyried|edrych eto|edrych arno eto|adolygu)\b/,
  // Not "ddim yn iawn" alone: "dw i ddim yn iawn" is someone not well, not a dispute.
  /(?:\bddim|\bdim|'m) yn (?:cytuno|deg)\b/,
  /\b(?:hynny|hwnna|hwnnw|hyn) ddim yn iawn\b/,
  /\b(?:anghywir|ddim yn gywir|got it wrong)\b/,
];

function disputesDecision(text: string): boolean {
  const n = normalise(text);
  return DISPUTES.some((re) => re.test(n));
}

/**
 * A room or part of a home or building and little else ("y gegin", "kitchen", "the back bedroom",
 * "llofft gefn"), or null: four words at most, read as the intake reads "where?", with no
 * sentence in it ("the kitchen is flooding" says more) and not a bare yes or no.
 */
const PLACE_SENTENCE_WORDS = new Set(['and', 'but', 'nobody', 'has', 'have', 'is', 'was', 'been', 'it', "it's", 'not', 'ac', 'ond', 'mae', "mae'r", 'ma', "ma'r", 'wedi', 'di', 'neb', 'dim', 'ddim']);

function placeOnly(text: string): string | null {
  const t = text.trim().replace(/[\s,.;!?]+$/, '');
  const words = t.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 4 || !looksLikePlace(t)) return null;
  if (words.some((w) => PLACE_SENTENCE_WORDS.has(w.toLowerCase().replace(/[^\p{L}']/gu, '')))) return null;
  if (readAnswer(t).answer !== null || parseCommand(t) || isGreeting(t)) return null;
  return t;
}

/**
 * Another body's own service (a GP, the police, the council's bins) is signposted, not filed;
 * "How do I complain about the police?" can read as asking after a case, and is signposted too.
 */
function otherBodyOf(text: string, result: TriageResult) {
  // An exclusion for another organisation or process reads the same words, but a complaint about
  // another body's own service with nothing of the landlord in it is better answered by who deals with it.
  const excludedElsewhere = result.kind === 'excluded' && (result.reason === 'other_organisation' || result.reason === 'other_process');
  return excludedElsewhere || ['complaint', 'service_request', 'none', 'status_query'].includes(result.kind) ? complaintAboutOtherBody(text) : null;
}

/**
 * After how and when to reach the Ombudsman: unhappy with the landlord's answer ("I've had your
 * reply and I'm not happy, I want the Ombudsman") is the next stage the Ombudsman expects to have
 * run first, so stage 2 is started; a bare wish gets where the complaint is.
 */
function afterOmbudsman(result: TriageResult): 'status_query' | 'escalation' {
  return result.kind === 'escalation' ? 'escalation' : 'status_query';
}

/** A wish for the Ombudsman, unless the matter is one the policy excludes (its own reply says where to go). */
function wantsOmbudsmanOf(text: string, result: TriageResult): boolean {
  return wantsOmbudsman(text) && result.kind !== 'excluded';
}

/**
 * "The repair itself carries on as a service request", said of a rise in rent, called it a repair
 * (found round 14): a matter with no place in a home is "what you asked for".
 */
function bothKey(text: string): string {
  return hasNoPlace(text) ? 'triage:clarify.both_request' : 'triage:clarify.both';
}
