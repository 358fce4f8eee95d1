import { type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { i18n, TFunction } from 'i18next';
import type { CaseStatus } from '../../src/cases/lifecycle';
import { findReference } from '../../src/cases/reference';
import type { CaseRecord } from '../../src/cases/repository';
import { matchesSecret } from '../../src/cases/verify';
import type { WorkingCalendar } from '../../src/deadlines/calendar';
import { duration } from '../../src/i18n/format';
import type { Lang } from '../../src/i18n';
import type { PolicyProfile } from '../../src/policy/schema';
import { type Command, parseCommand } from '../parse/commands';
import { humanMessages } from '../intake/messages';
import { escalationDatesMessage, statusMessages } from './render';

export const ENQUIRY_DIALOG = 'case_enquiry';
export const ENQUIRY_VERSION = 1;
/** Wrong reference-and-detail pairs before lookups from a conversation stop for a while. */
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 30;

export interface LookupGuard {
  failures: number;
  lockedUntil?: string;
}

/** What the enquiry needs from around it: case lookups and updates, no storage detail. */
export interface EnquiryServices {
  i18n: i18n;
  /** The policy the bot runs under, for how to reach a person. */
  profile: PolicyProfile;
  language: StatePropertyAccessor<Lang | undefined>;
  guard: StatePropertyAccessor<LookupGuard>;
  /** The resident's own complaints, from the channel identity that filed them, newest first. */
  mine(context: TurnContext): CaseRecord[];
  byReference(reference: string): CaseRecord | undefined;
  profileOf(record: CaseRecord): { profile: PolicyProfile; calendar: WorkingCalendar };
  status(record: CaseRecord): CaseStatus;
  escalate(context: TurnContext, record: CaseRecord, answers: { stillUnhappy?: string; outcomeWanted?: string }): CaseStatus;
  today(context: TurnContext): string;
  requestHuman(context: TurnContext, reason: 'asked' | 'lookup_locked'): Promise<void>;
}

export interface EnquiryOptions {
  mode: 'status' | 'escalate';
  reference?: string;
}

interface EnquiryState {
  version: number;
  mode: 'status' | 'escalate';
  step: 'reference' | 'secret' | 'unhappy' | 'outcome';
  reference?: string;
  caseRef?: string;
  stillUnhappy?: string;
  retries: number;
}

const SKIP = /^(skip|no|nothing|none|na|dim|sgipio|dim byd|dim diolch|no thanks)\.?$/i;

/**
 * "Where's my complaint?" and "I'm not happy with your answer": finds the case (the same channel
 * identity, or a reference plus the postcode or surname on it), then answers its status or moves
 * it to stage 2. Wrong references and wrong details get the same reply, so references cannot be
 * probed, and five misses stop lookups from the conversation for a while.
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

  private async locked(context: TurnContext): Promise<boolean> {
    const guard = await this.services.guard.get(context, { failures: 0 });
    if (!guard.lockedUntil) return false;
    if (new Date(guard.lockedUntil).getTime() > now(context).getTime()) return true;
    await this.services.guard.set(context, { failures: 0 });
    return false;
  }

  override async beginDialog(dc: DialogContext, options?: EnquiryOptions): Promise<DialogTurnResult> {
    const lang = await this.lang(dc.context);
    const state: EnquiryState = { version: ENQUIRY_VERSION, mode: options?.mode ?? 'status', step: 'reference', retries: 0 };
    dc.activeDialog!.state = state;
    if (await this.locked(dc.context)) {
      await dc.context.sendActivity(this.t(lang)('status:locked'));
      return dc.endDialog();
    }
    const mine = this.services.mine(dc.context);
    const ref = options?.reference;
    if (ref) {
      const own = mine.find((c) => c.reference === ref);
      if (own) return this.answer(dc, state, own, lang);
      state.reference = ref;
      state.step = 'secret';
      await dc.context.sendActivity(this.t(lang)('status:ask_secret'));
      return Dialog.EndOfTurn;
    }
    if (mine.length) {
      const open = mine.find((c) => c.state !== 'closed') ?? mine[0];
      const others = mine.filter((c) => c !== open).map((c) => c.reference);
      const result = await this.answer(dc, state, open, lang);
      if (others.length && state.mode === 'status') await dc.context.sendActivity(this.t(lang)('status:others', { references: others.join(', ') }));
      return result;
    }
    await dc.context.sendActivity(this.t(lang)('status:ask_reference'));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as EnquiryState;
    const lang = await this.lang(dc.context);
    const t = this.t(lang);
    const text = (dc.context.activity.text ?? '').trim();
    if (state.version !== ENQUIRY_VERSION) return dc.endDialog();
    const command: Command | null = parseCommand(text);
    if (command === 'cancel' || command === 'restart') {
      await dc.context.sendActivity(t('intake:cancel'));
      return dc.endDialog();
    }
    if (command === 'human') {
      await this.services.requestHuman(dc.context, 'asked');
      for (const m of humanMessages(t, lang, this.services.profile)) await dc.context.sendActivity(m);
      return dc.endDialog();
    }

    switch (state.step) {
      case 'reference': {
        const ref = findReference(text);
        if (!ref) {
          state.retries++;
          if (state.retries >= 3) {
            await dc.context.sendActivity(t('intake:retry_offer_human'));
            return dc.endDialog();
          }
          await dc.context.sendActivity(t('status:ask_reference'));
          return Dialog.EndOfTurn;
        }
        const own = this.services.mine(dc.context).find((c) => c.reference === ref);
        if (own) return this.answer(dc, state, own, lang);
        state.reference = ref;
        state.step = 'secret';
        await dc.context.sendActivity(t('status:ask_secret'));
        return Dialog.EndOfTurn;
      }
      case 'secret': {
        if (await this.locked(dc.context)) {
          await dc.context.sendActivity(t('status:locked'));
          return dc.endDialog();
        }
        const record = state.reference ? this.services.byReference(state.reference) : undefined;
        if (record && record.kind === 'complaint' && matchesSecret(record.details, text)) {
          await this.services.guard.set(dc.context, { failures: 0 });
          return this.answer(dc, state, record, lang);
        }
        return this.failed(dc, state, lang);
      }
      case 'unhappy':
        if (!SKIP.test(text)) state.stillUnhappy = text;
        state.step = 'outcome';
        await dc.context.sendActivity(t('status:escalation.ask_outcome'));
        return Dialog.EndOfTurn;
      case 'outcome': {
        if (!SKIP.test(text)) return this.recordEscalation(dc, state, lang, text);
        return this.recordEscalation(dc, state, lang, undefined);
      }
    }
  }

  private async failed(dc: DialogContext, state: EnquiryState, lang: Lang): Promise<DialogTurnResult> {
    const guard = await this.services.guard.get(dc.context, { failures: 0 });
    const failures = guard.failures + 1;
    const t = this.t(lang);
    if (failures >= MAX_FAILURES) {
      const until = new Date(now(dc.context).getTime() + LOCK_MINUTES * 60_000).toISOString();
      await this.services.guard.set(dc.context, { failures, lockedUntil: until });
      await this.services.requestHuman(dc.context, 'lookup_locked');
      await dc.context.sendActivity(t('status:locked_now'));
      return dc.endDialog();
    }
    await this.services.guard.set(dc.context, { failures });
    // The same words whether the reference or the detail was wrong.
    await dc.context.sendActivity(t('status:no_match'));
    state.step = 'reference';
    state.reference = undefined;
    return Dialog.EndOfTurn;
  }

  private async answer(dc: DialogContext, state: EnquiryState, record: CaseRecord, lang: Lang): Promise<DialogTurnResult> {
    const t = this.t(lang);
    const { profile, calendar } = this.services.profileOf(record);
    const status = this.services.status(record);
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
    if (!s.answered) {
      const lines = statusMessages(t, lang, profile, calendar, record, status, today);
      await dc.context.sendActivity(t('status:escalation.not_answered', { stage: s.stage }) + lines.slice(1).join(' '));
      return dc.endDialog();
    }
    const window = status.timeline.escalateBy;
    if (window && window.date < today && profile.escalation) {
      await dc.context.sendActivity(t('status:escalation.late', { window: duration(t, profile.escalation.within) }));
    }
    state.caseRef = record.reference;
    state.step = 'unhappy';
    await dc.context.sendActivity(t('status:escalation.ask_unhappy'));
    return Dialog.EndOfTurn;
  }

  private async recordEscalation(dc: DialogContext, state: EnquiryState, lang: Lang, outcomeWanted: string | undefined): Promise<DialogTurnResult> {
    const t = this.t(lang);
    const record = this.services.byReference(state.caseRef!)!;
    const status = this.services.escalate(dc.context, record, { stillUnhappy: state.stillUnhappy, outcomeWanted });
    await dc.context.sendActivity(t('status:escalation.recorded', { reference: record.reference }));
    const { profile, calendar } = this.services.profileOf(record);
    const dates = escalationDatesMessage(t, lang, profile, status.timeline);
    if (dates) await dc.context.sendActivity(dates);
    else for (const l of statusMessages(t, lang, profile, calendar, record, status, this.services.today(dc.context)).slice(1)) await dc.context.sendActivity(l);
    return dc.endDialog({ escalated: record.reference });
  }
}

function now(context: TurnContext): Date {
  return context.activity.timestamp ? new Date(context.activity.timestamp) : new Date();
}
