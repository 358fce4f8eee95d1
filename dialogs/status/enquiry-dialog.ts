import { type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { i18n, TFunction } from 'i18next';
import type { CaseStatus } from '../../src/cases/lifecycle';
import { findReference, wholeReference } from '../../src/cases/reference';
import { saysNoReference } from '../parse/no-reference';
import { nonAnswer } from '../parse/non-answer';
import { readSecret } from '../../src/cases/verify';
import type { CaseRecord } from '../../src/cases/records';
import type { WorkingCalendar } from '../../src/deadlines/calendar';
import { duration } from '../../src/i18n/format';
import type { Lang } from '../../src/i18n';
import type { PolicyProfile } from '../../src/policy/schema';
import { normalise } from '../../src/language/normalise';
import { readAnswer } from '../parse/yes-no';
import { escalationDatesMessage, statusMessages } from './render';
import { reasonInRequest } from '../parse/escalation-reason';
import { wantsOmbudsman } from '../parse/ombudsman-wish';
import { howToReach } from '../intake/messages';
import { BODIES } from '../../src/policy/bodies';

export const ENQUIRY_DIALOG = 'case_enquiry';
/** 2: a case is reached through a grant from `find`; an enquiry saved by version 1 starts again. */
export const ENQUIRY_VERSION = 2;

/** Who was let into which case, and how: kept in the enquiry so the next steps need no second look-up. */
export interface CaseGrant {
  reference: string;
  /** The channel identity it was given to; nobody else in the conversation can use it. */
  asker: string;
  by: 'owner' | 'answer';
}

/** What looking up a case by reference came to. */
export type CaseAccess =
  | { outcome: 'granted'; record: CaseRecord; grant: CaseGrant }
  | { outcome: 'ask_secret' }
  | { outcome: 'no_match' }
  | { outcome: 'locked'; /** This miss stopped lookups: a person is asked for. */ newly: boolean };

/** What the enquiry needs from around it: case lookups and updates, no storage detail. */
export interface EnquiryServices {
  i18n: i18n;
  /** The policy the bot runs under, for how to reach a person. */
  profile: PolicyProfile;
  language: StatePropertyAccessor<Lang | undefined>;
  /** The resident's own complaints, from the channel identity that filed them, newest first. */
  mine(context: TurnContext): Promise<CaseRecord[]>;
  /**
   * The only way to a case by its reference: the owner at once; anyone else with one right
   * answer (`answer` undefined: not asked yet), unless lookups of it or by them are stopped.
   */
  find(context: TurnContext, reference: string, answer?: string): Promise<CaseAccess>;
  /** Lookups by this asker are stopped, whatever they ask about. */
  askerLocked(context: TurnContext): Promise<boolean>;
  profileOf(record: CaseRecord): { profile: PolicyProfile; calendar: WorkingCalendar };
  status(record: CaseRecord): Promise<CaseStatus>;
  /** Records the stage 2 request on the case the grant opens; undefined when it opens none for this asker. */
  escalate(
    context: TurnContext,
    grant: CaseGrant | undefined,
    answers: { stillUnhappy?: string; outcomeWanted?: string },
  ): Promise<{ record: CaseRecord; status: CaseStatus } | undefined>;
  today(context: TurnContext): string;
  requestHuman(context: TurnContext, reason: 'asked' | 'lookup_locked'): Promise<unknown>;
}

/**
 * How an enquiry ended, when it ended without an answer (references that could not be read, or
 * lookups stopped): "start again" said next goes back to the enquiry, not to a new complaint.
 */
export interface EnquiryEnd {
  unfinished: EnquiryOptions['mode'];
}

export interface EnquiryOptions {
  mode: 'status' | 'escalate';
  reference?: string;
  /** Something written as a reference that is not one ("CMP-ABCD-1234"): said so, not asked for as if none was given. */
  unread?: string;
  /** The message that asked for stage 2: where it says what is still wrong, that is not asked again. */
  said?: string;
}

interface EnquiryState {
  version: number;
  mode: 'status' | 'escalate';
  step: 'reference' | 'secret' | 'unhappy' | 'outcome';
  reference?: string;
  grant?: CaseGrant;
  stillUnhappy?: string;
  /** The message that asked for stage 2, when it said why (reasonInRequest). */
  said?: string;
  /** The Ombudsman was asked for at "still unhappy?" or "what would you like?": told when it can look, once recorded. */
  ombudsman?: true;
  retries: number;
  /** An answer to the postcode-or-surname question that was neither has been asked about once. */
  secretAgain?: true;
  /** The reference whose postcode or surname last missed: a postcode or name sent next is another guess at it. */
  missed?: string;
}

/** Everyday words no surname or postcode is: two of them make a sentence, not a list of guesses. */
const SENTENCE_WORDS = new Set([
  'i', "i'm", 'im', 'the', 'to', 'and', 'with', 'my', 'it', 'is', 'not', 'want', 'what', 'about', 'answer', 'happy', 'your', 'you', 'me', 'have', 'has', 'was',
  'dw', 'dwi', 'rwy', 'rydw', 'yn', "'n", 'efo', 'gyda', 'y', 'yr', "i'm", 'mae', 'isio', 'eisiau', 'ddim', 'hi', 'fo', 'hyn', 'ateb', 'hapus', 'beth', 'am', 'ar', 'fy', 'eich',
]);
function isSentence(text: string): boolean {
  const words = normalise(text).split(/[\s,.;:!?]+/).filter(Boolean);
  return words.filter((w) => SENTENCE_WORDS.has(w) || SENTENCE_WORDS.has(w.replace(/'.*$/, ''))).length >= 2;
}

/** Said to "send the postcode or surname again, or the reference" without being either. */
const NOT_A_DETAIL = new Set(['thanks', 'thank you', 'ta', 'cheers', 'diolch', 'diolch yn fawr', 'bye', 'hwyl', 'ta ta', 'hello', 'hi', 'helo', 'shwmae', 'skip', 'sgipio', 'help', 'cymorth', 'why', 'pam']);

/** A puzzled "what?" or a bare yes/ok: said to the postcode-or-surname question, it answers nothing asked. */
function asksWhat(text: string): boolean {
  const not = nonAnswer(text);
  return not === 'puzzled' || (not === 'yes_no' && readAnswer(text).answer === 'yes');
}

/**
 * After a miss, whether the next message may be the postcode or surname sent again: one postcode,
 * or one name that is no yes, no, "not sure", "I don't have it", thanks or sentence (those are
 * read as the reference question reads them, never counted as a wrong guess).
 */
function mightBeTheDetail(text: string): boolean {
  const secret = readSecret(text);
  if (secret.kind === 'postcode') return true;
  if (secret.kind !== 'surname') return false;
  return readAnswer(text).answer === null && !asksWhat(text) && !NOT_A_DETAIL.has(normalise(text)) && !saysNoReference(text) && !isSentence(text);
}

const SKIP_WORDS = /^(skip|nothing|nothing else|none|sgipio|dim byd|dim byd arall|no more)\.?$/i;

/** "Anything else?" answered with a plain no, in either language, or "skip". */
const skips = (text: string): boolean => {
  const r = readAnswer(text);
  return SKIP_WORDS.test(normalise(text)) || (r.answer === 'no' && r.clear);
};

/**
 * "Where's my complaint?" and "I'm not happy with your answer": finds the case (the same channel
 * identity, or a reference plus the postcode or surname on it), then answers its status or moves
 * it to stage 2. Wrong references and wrong details get the same reply, so references cannot be
 * probed. Every case reached by reference comes through `services.find`, the same check for a
 * status answer and a stage 2 request; its misses are counted in the database, not here.
 */
export class EnquiryDialog extends Dialog<EnquiryOptions> {
  constructor(private readonly services: EnquiryServices) {
    super(ENQUIRY_DIALOG);
  }

  private async lang(context: TurnContext): Promise<Lang> {
    return (await this.services.language.get(context)) ?? 'cy';
  }

  private t(lang: Lang): TFunction {
    return this.services.i18n.getFixedT(lang);
  }

  override async beginDialog(dc: DialogContext, options?: EnquiryOptions): Promise<DialogTurnResult> {
    const lang = await this.lang(dc.context);
    const state: EnquiryState = { version: ENQUIRY_VERSION, mode: options?.mode ?? 'status', step: 'reference', retries: 0 };
    if (state.mode === 'escalate' && reasonInRequest(options?.said)) state.said = options!.said;
    dc.activeDialog!.state = state;
    const ref = options?.reference;
    if (ref) return this.lookUp(dc, state, ref, lang);
    const mine = await this.services.mine(dc.context);
    if (mine.length) {
      const open = mine.find((c) => c.state !== 'closed') ?? mine[0];
      const others = mine.filter((c) => c !== open).map((c) => c.reference);
      const result = await this.answer(dc, state, open, ownerGrant(open), lang);
      if (others.length && state.mode === 'status') await dc.context.sendActivity(this.t(lang)('status:others', { references: others.join(', ') }));
      return result;
    }
    if (await this.services.askerLocked(dc.context)) return this.locked(dc, lang, false);
    // "…my complaint CMP-ABCD-1234" was asked for "its reference" as if none had been given (found by trial12).
    if (options?.unread) {
      state.retries = 1;
      await dc.context.sendActivity(this.t(lang)('status:reference_not_read'));
      return Dialog.EndOfTurn;
    }
    await dc.context.sendActivity(this.t(lang)('status:ask_reference'));
    return Dialog.EndOfTurn;
  }

  /** A reference named: the owner's case is answered, anyone else is asked for the postcode or surname. */
  private async lookUp(dc: DialogContext, state: EnquiryState, reference: string, lang: Lang): Promise<DialogTurnResult> {
    const found = await this.services.find(dc.context, reference);
    if (found.outcome === 'granted') return this.answer(dc, state, found.record, found.grant, lang);
    if (found.outcome === 'locked') return this.locked(dc, lang, false);
    state.reference = reference;
    state.step = 'secret';
    await dc.context.sendActivity(this.t(lang)('status:ask_secret'));
    return Dialog.EndOfTurn;
  }

  private async locked(dc: DialogContext, lang: Lang, newly: boolean): Promise<DialogTurnResult> {
    await dc.context.sendActivity(this.t(lang)(newly ? 'status:locked_now' : 'status:locked'));
    // After saying why: the handover then says when someone can help, or offers a call back.
    if (newly) await this.services.requestHuman(dc.context, 'lookup_locked');
    return dc.endDialog({ unfinished: (dc.activeDialog?.state as EnquiryState | undefined)?.mode ?? 'status' } satisfies EnquiryEnd);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as EnquiryState;
    const lang = await this.lang(dc.context);
    const t = this.t(lang);
    const text = (dc.context.activity.text ?? '').trim();
    // An enquiry saved by an older release starts again: nothing it was let into carries over.
    if (state.version !== ENQUIRY_VERSION) return dc.replaceDialog(this.id, { mode: state.mode === 'escalate' ? 'escalate' : 'status' } satisfies EnquiryOptions);
    // Cancel, start again and a request for a person are the main dialog's interruptions (dialogs/main/).
    switch (state.step) {
      case 'reference': {
        // The answer to "what is your reference?" is the reference, however typed ("styb mjxx").
        const ref = wholeReference(text);
        if (!ref && saysNoReference(text)) {
          // Asking again would only loop: say what else can be done, and let them go on.
          const phone = this.services.profile.contacts.complaints.phone;
          await dc.context.sendActivity(phone ? t('status:no_reference_phone', { phone }) : t('status:no_reference'));
          await dc.context.sendActivity(t('status:no_reference_next'));
          return dc.endDialog();
        }
        // A surname that missed is most often followed by the postcode (or the surname spelt again),
        // which was read as a reference that could not be read (found by trial16): it is the next
        // guess at the reference that missed, through the same check and counted the same way.
        if (!ref && state.missed && mightBeTheDetail(text)) return this.checkSecret(dc, state, state.missed, text, lang);
        if (!ref) {
          state.retries++;
          if (state.retries >= 3) {
            await dc.context.sendActivity(t('intake:retry_offer_human'));
            return dc.endDialog({ unfinished: state.mode } satisfies EnquiryEnd);
          }
          // The same request word for word read as not heard: say it was not a reference, and what one looks like.
          await dc.context.sendActivity(t('status:reference_not_read'));
          return Dialog.EndOfTurn;
        }
        return this.lookUp(dc, state, ref, lang);
      }
      case 'secret': {
        // A reference sent again, corrected ("CMP-TWJ7-S9T7" after the one first given): that is the
        // one to look up, and the postcode or surname is asked for it; it is no guess at the detail.
        const another = wholeReference(text) ?? (/cmp/i.test(text) ? findReference(text) : null);
        if (another) return this.lookUp(dc, state, another, lang);
        // A sentence is no guess at all ("dw i'm yn hapus efo'r ateb"): asked once for the postcode or
        // surname, not told the details are wrong. A list of names or postcodes stays a miss.
        if (!state.secretAgain && readSecret(text).kind === 'unreadable' && isSentence(text)) {
          state.secretAgain = true;
          await dc.context.sendActivity(t('status:secret_again'));
          return Dialog.EndOfTurn;
        }
        // "What?", "pardon?", "yes", "ok" answer nothing asked: "What" was a surname guess, counted as a
        // miss (found by trial16). Told what is needed, never counted; three of them offer a person.
        // A "no" or "wrong" stays a miss, as before.
        if (asksWhat(text)) {
          state.retries++;
          if (state.retries >= 3) {
            await dc.context.sendActivity(t('intake:retry_offer_human'));
            return dc.endDialog({ unfinished: state.mode } satisfies EnquiryEnd);
          }
          await dc.context.sendActivity(t('status:secret_again'));
          return Dialog.EndOfTurn;
        }
        return this.checkSecret(dc, state, state.reference, text, lang);
      }
      case 'unhappy':
        if (wantsOmbudsman(text)) state.ombudsman = true;
        if (!skips(text)) state.stillUnhappy = text;
        state.step = 'outcome';
        await dc.context.sendActivity(t('status:escalation.ask_outcome'));
        return Dialog.EndOfTurn;
      case 'outcome': {
        if (wantsOmbudsman(text)) state.ombudsman = true;
        if (!skips(text)) return this.recordEscalation(dc, state, lang, text);
        return this.recordEscalation(dc, state, lang, undefined);
      }
    }
  }

  /** One guess at the postcode or surname on `reference`: the case, a lock, or the one reply for every miss. */
  private async checkSecret(dc: DialogContext, state: EnquiryState, reference: string | undefined, text: string, lang: Lang): Promise<DialogTurnResult> {
    const found = reference ? await this.services.find(dc.context, reference, text) : ({ outcome: 'no_match' } as const);
    if (found.outcome === 'granted') return this.answer(dc, state, found.record, found.grant, lang);
    if (found.outcome === 'locked') return this.locked(dc, lang, found.newly);
    // The same words whether the reference or the detail was wrong: "send the postcode or surname
    // again, or the reference", and the next message is read as either.
    await dc.context.sendActivity(this.t(lang)('status:no_match'));
    state.step = 'reference';
    state.missed = reference;
    state.reference = undefined;
    return Dialog.EndOfTurn;
  }

  /** The question the enquiry is waiting on, again (after a switch of language, or help). */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = instance.state as EnquiryState;
    const t = this.t(await this.lang(context));
    const key = { reference: 'status:ask_reference', secret: 'status:ask_secret', unhappy: 'status:escalation.ask_unhappy', outcome: 'status:escalation.ask_outcome' }[state.step];
    if (key) await context.sendActivity(t(key));
  }

  private async answer(dc: DialogContext, state: EnquiryState, record: CaseRecord, grant: CaseGrant, lang: Lang): Promise<DialogTurnResult> {
    const t = this.t(lang);
    const { profile, calendar } = this.services.profileOf(record);
    const status = await this.services.status(record);
    const today = this.services.today(dc.context);
    const say = async (lines: string[]) => {
      for (const l of lines) await dc.context.sendActivity(l);
    };
    if (state.mode === 'status' || status.closed || status.finished) {
      await say(statusMessages(t, lang, profile, calendar, record, status, today));
      return dc.endDialog();
    }
    const s = status.stages[status.stages.length - 1];
    if (s.stage === 2) {
      await dc.context.sendActivity(t('status:escalation.already_stage2'));
      await say(statusMessages(t, lang, profile, calendar, record, status, today));
      return dc.endDialog();
    }
    // An answer dated after today has not happened yet: stage 2 cannot start before it.
    if (!s.answered || s.answered.date > today) {
      const lines = statusMessages(t, lang, profile, calendar, record, status, today);
      await dc.context.sendActivity([t('status:escalation.not_answered', { stage: s.stage }).trim(), ...lines.slice(1)].join(' '));
      return dc.endDialog();
    }
    const window = status.timeline.escalateBy;
    if (window && window.date < today && profile.escalation) {
      await dc.context.sendActivity(t('status:escalation.late', { window: duration(t, profile.escalation.within) }));
    }
    state.grant = grant;
    if (state.said) {
      // Said already in the request ("…, nothing has changed"): kept as their words, and not asked again.
      state.stillUnhappy = state.said;
      state.step = 'outcome';
      await dc.context.sendActivity(t('status:escalation.unhappy_noted'));
      await dc.context.sendActivity(t('status:escalation.ask_outcome'));
      return Dialog.EndOfTurn;
    }
    state.step = 'unhappy';
    await dc.context.sendActivity(t('status:escalation.ask_unhappy'));
    return Dialog.EndOfTurn;
  }

  private async recordEscalation(dc: DialogContext, state: EnquiryState, lang: Lang, outcomeWanted: string | undefined): Promise<DialogTurnResult> {
    const t = this.t(lang);
    const done = await this.services.escalate(dc.context, state.grant, { stillUnhappy: state.stillUnhappy, outcomeWanted });
    // Someone else in the conversation answering the questions: they were let into nothing.
    if (!done) {
      // The enquiry ends here, so the resident is told to start from the reference (not to send the detail again).
      await dc.context.sendActivity(t('status:no_match_end'));
      return dc.endDialog();
    }
    const { record, status } = done;
    await dc.context.sendActivity(t('status:escalation.recorded', { reference: record.reference }));
    const { profile, calendar } = this.services.profileOf(record);
    const dates = escalationDatesMessage(t, lang, profile, status.timeline);
    if (dates) await dc.context.sendActivity(dates);
    else for (const l of statusMessages(t, lang, profile, calendar, record, status, this.services.today(dc.context)).slice(1)) await dc.context.sendActivity(l);
    // "I want the Ombudsman to look at it" said to these questions was filed as the answer and
    // nothing said of the Ombudsman (found by trial17): how to reach it, and that stage 2 comes first.
    if (state.ombudsman) {
      const body = BODIES[profile.ombudsman.body];
      const { referral } = profile.ombudsman;
      await dc.context.sendActivity(
        t(referral.from === 'final_response' ? 'status:escalation.ombudsman_after_final_response' : 'status:escalation.ombudsman_after_first_notice', {
          ombudsman: body.name[lang],
          contact: howToReach(body, lang),
          within: duration(t, referral.within),
        }),
      );
    }
    // As a filing ends: the resident is asked, and a "no" or thanks closes the exchange (main dialog).
    await dc.context.sendActivity(t('intake:filed.anything_else'));
    return dc.endDialog({ escalated: record.reference });
  }
}

/** The resident's own case, found by their channel identity. */
function ownerGrant(record: CaseRecord): CaseGrant {
  return { reference: record.reference, asker: record.userKey, by: 'owner' };
}
