import { randomUUID } from 'node:crypto';
import { type Activity, TurnContext } from 'botbuilder';
import type { i18n } from 'i18next';
import { readAnswer } from '../../dialogs/parse/yes-no';
import { namesCallTime } from '../../dialogs/parse/callback-time';
import { parseContact } from '../../dialogs/parse/contact';
import { turnInstant } from '../clock/turn-instant';
import type { WorkingCalendar } from '../deadlines/calendar';
import type { Lang } from '../i18n';
import { dateForms } from '../i18n/format';
import type { PolicyProfile } from '../policy/schema';
import type { StaffMatter } from '../policy/staff-matters';
import { isSafetyReason, type CaseStore, type Handoff, type HandoffReason, type Handoffs, type NewHandoff, type TranscriptStore } from '../store/ports';
import type { TriageResult } from '../triage';
import { userKey } from '../bot/identity';
import { conversationKey } from '../bot/transcript-logger';
import { handoffContext, handoffInitiation, readHubStatus, type ReferenceLike } from './protocol';
import { sendFromPerson } from './delivery';
import { type StaffedHours, staffedAt } from './staffed-hours';
import { estimateWaitMinutes } from './wait';
import { CLIENT_ADDRESS, type HandoverCap } from './cap';
import { hubListens } from './hub-events';
import { howToReach } from '../../dialogs/intake/messages';
import { nationTerms } from '../i18n/terms';
import type { Logger } from '../log';

export interface HandoverDeps {
  handoffs: Handoffs;
  transcripts: TranscriptStore;
  cases: CaseStore;
  profile: PolicyProfile;
  calendar: WorkingCalendar;
  hours: StaffedHours;
  i18n: i18n;
  /** The intake's answers so far, if a complaint is being made in this conversation. */
  draft(context: TurnContext): Promise<Record<string, unknown> | null>;
  /** Tells the resident the bot has the conversation again (the router's disclosure), when a hub completes. */
  handedBack(context: TurnContext, lang: Lang | undefined): Promise<void>;
  /** HANDOVER_MAX_OPEN_PER_ADDRESS and HANDOVER_MAX_OPEN (src/handoff/cap.ts); no cap without it. */
  cap?: HandoverCap;
  /** HUB_EVENT_SECRET: whether a hub may be listening on a Direct Line conversation (src/handoff/hub-events.ts). */
  hubEventSecret?: string;
  /** Where a request refused at a cap is noted for the landlord's IT (the reason and which cap; nothing of the resident). */
  log?: Pick<Logger, 'warn'>;
}

/** What asking for a person came to, so a dialog knows whether to carry on with its question. */
/** 'not_queued': over a cap, told how else to reach a person; nobody will join here. */
export type HandoverOutcome = 'waiting' | 'callback_offered' | 'already' | 'not_queued';

export interface HandoverExtras {
  triage?: TriageResult | null;
  staffMatter?: StaffMatter | null;
  /** An address the resident gave before any intake (with the danger answer): staff should not have to ask where. */
  location?: string;
}

/** Messages the handoff.initiate transcript carries at most: the newest, as the console's first pages (4 × 50) would show them. */
export const HUB_TRANSCRIPT_MESSAGES = 200;

/** How far back the waits told to residents are read from. */
const RECENT_WAITS_MS = 7 * 24 * 3_600_000;

const triageOf = (r: TriageResult | null | undefined) => (r ? { kind: r.kind, urgent: r.urgent, safeguarding: r.safeguarding, signals: r.signals } : null);

/**
 * The handover at the bot's edge: every trigger asks for a person through `requestHuman`, which
 * queues the conversation for staff (or, outside staffed hours, offers a call back), sends the
 * Bot Framework `handoff.initiate` event for a contact-centre hub, and tells the resident, in
 * their language, what will happen and roughly when. The queue is the shared store's, so any
 * instance (and the staff routes) sees the same thing.
 */
export class Handover {
  constructor(private readonly deps: HandoverDeps) {}

  private t(lang: Lang) {
    return this.deps.i18n.getFixedT(lang);
  }

  /** Says one message in the resident's language, or in both (Welsh first) before they have chosen. */
  private async say(context: TurnContext, lang: Lang | undefined, key: string, values: (l: Lang) => Record<string, unknown> = () => ({})): Promise<void> {
    const one = (l: Lang) => this.t(l)(`handoff:${key}`, values(l)) as string;
    await context.sendActivity(lang ? one(lang) : `${one('cy')}\n\n${one('en')}`);
  }

  /** Over a cap on open handovers: how to reach the team another way, in the resident's language (both before they have chosen). */
  private async sayQueueFull(context: TurnContext, lang: Lang | undefined): Promise<void> {
    const team = this.deps.profile.contacts.complaints;
    const one = (l: Lang) => {
      const t = this.t(l);
      const how = team.phone || team.email || team.web ? howToReach(team, l) : null;
      const hours = team.hours?.[l];
      const lines = [t(how ? 'handoff:queue_full' : 'handoff:queue_full_no_contact', { how })];
      if (how && hours) lines.push(t('handoff:queue_full_hours', { hours }));
      return lines.join(' ');
    };
    await context.sendActivity(lang ? one(lang) : `${one('cy')}\n\n${one('en')}`);
  }

  /**
   * Over a cap with a safety handover (a plain flood from one address, or the queue twice full):
   * not to wait here, 999, and the landlord's emergency line, whose number the profile may not
   * have (then where to find it). The emergency instructions were said just before.
   */
  private async sayQueueFullInDanger(context: TurnContext, lang: Lang | undefined): Promise<void> {
    const phone = this.deps.profile.contacts.emergencyRepairs?.phone;
    const one = (l: Lang) => {
      const t = this.t(l);
      const line = phone ? t('handoff:queue_full_danger_line', { phone }) : t('handoff:queue_full_danger_line_none', nationTerms(t, this.deps.profile));
      return `${t('handoff:queue_full_danger')} ${line}`;
    };
    await context.sendActivity(lang ? one(lang) : `${one('cy')}\n\n${one('en')}`);
  }

  /** The open handover of this turn's conversation, if any: whether a person has it decides who speaks. */
  openFor(context: TurnContext): Promise<Handoff | undefined> {
    return this.deps.handoffs.openFor(conversationKey(context.activity));
  }

  /**
   * Roughly how long the conversation `id` may wait, from the queue ahead of it and recent waits.
   * Counted, not read: a busy morning's queue would otherwise be read whole on every handover.
   */
  private async waitMinutes(id: number, at: string): Promise<number> {
    const since = new Date(Date.parse(at) - RECENT_WAITS_MS).toISOString();
    const [ahead, waits] = await Promise.all([this.deps.handoffs.waitingAhead(id), this.deps.handoffs.recentWaits(since)]);
    return estimateWaitMinutes(waits, ahead);
  }

  async requestHuman(context: TurnContext, reason: HandoffReason, lang: Lang | undefined, extras: HandoverExtras = {}): Promise<HandoverOutcome> {
    const key = conversationKey(context.activity);
    const at = turnInstant(context).toISOString();
    const existing = await this.deps.handoffs.openFor(key);
    if (existing) {
      if (existing.state === 'taken') await this.say(context, lang, 'already_taken');
      else if (existing.state === 'callback') {
        // "Already asked for a call back" only when a time was given; a declined or set-aside offer still has its request with the team.
        const cb = existing.callback;
        await this.say(context, lang, cb?.requestedAt ? (cb.when ? 'callback_already' : 'callback_waiting') : 'callback_declined');
      }
      else {
        const minutes = await this.waitMinutes(existing.id, at);
        await this.say(context, lang, 'already_waiting', () => ({ minutes }));
      }
      return 'already';
    }
    const address = context.turnState.get(CLIENT_ADDRESS) as string | undefined;
    // Someone in danger is still queued past the caps, up to SAFETY_ALLOWANCE times them (cap.ts).
    const safety = isSafetyReason(reason);
    const staffed = staffedAt(at, this.deps.hours, this.deps.calendar);
    const reference = TurnContext.getConversationReference(context.activity) as unknown as ReferenceLike;
    const mine = await this.deps.cases.latestInConversation(key, userKey(context));
    const handoffCtx = handoffContext({
      language: lang ?? null,
      reason,
      triage: triageOf(extras.triage),
      caseReference: mine?.reference ?? null,
      answers: withLocation(await this.deps.draft(context), extras.location),
      profileId: this.deps.profile.id,
      staffMatter: extras.staffMatter ? { id: extras.staffMatter.id, clause: extras.staffMatter.clause } : null,
    });
    const request: NewHandoff = {
      conversationKey: key,
      conversationRef: reference,
      channelId: context.activity.channelId,
      language: lang ?? null,
      reason,
      at,
      caseReference: mine?.reference ?? null,
      context: handoffCtx,
      state: staffed.open ? 'waiting' : 'callback',
      callback: staffed.open ? null : { why: 'closed', when: null, phone: null, requestedAt: null },
      addressKey: this.deps.cap?.addressKey(address) ?? null,
    };
    // The caps are counted by the store in the same atomic step as the insert (Handoffs.open).
    const opened = this.deps.cap ? await this.deps.handoffs.open(request, this.deps.cap.caps(safety)) : await this.deps.handoffs.open(request);
    if ('full' in opened) {
      // Staff see nothing new; the resident is never left without a way to reach a person.
      const full = opened.full;
      this.deps.log?.warn({ reason, cap: full }, full === 'address' ? 'handover not queued: HANDOVER_MAX_OPEN_PER_ADDRESS reached' : 'handover not queued: HANDOVER_MAX_OPEN reached');
      if (safety) await this.sayQueueFullInDanger(context, lang);
      else await this.sayQueueFull(context, lang);
      return 'not_queued';
    }
    const { handoff } = opened;
    // On every handover where a hub can be listening, whether or not the built-in console is used:
    // a hub acts on it, channels ignore it. Not where the resident's own page is the only listener
    // (Direct Line without a hub set up): the context's triage flags and cue words would sit in
    // the page's stream and devtools. Staff read the same context from the staff API.
    if (hubListens(context.activity.channelId, this.deps.hubEventSecret)) {
      // The latest messages only, read backwards along the conversation's index: a conversation on a
      // channel that keeps one thread for months would otherwise be read whole (and sent whole) on
      // every handover, and only messages are activities a hub shows. This turn's message is kept
      // only when the turn ends, so it is added here: the words that asked for a person (or said the
      // resident is at risk) are the ones a hub most needs.
      const kept = (await this.deps.transcripts.latestMessages(key, HUB_TRANSCRIPT_MESSAGES)).entries;
      const asking = context.activity.type === 'message' ? [{ at, direction: 'in' as const, text: context.activity.text ?? null }] : [];
      const transcript = [...kept, ...asking].slice(-HUB_TRANSCRIPT_MESSAGES);
      const initiate = handoffInitiation({ id: randomUUID(), timestamp: at, reference, from: context.activity.from, context: handoffCtx, transcript });
      await context.sendActivity(initiate as unknown as Partial<Activity>);
    }
    if (!staffed.open) {
      // Never "someone is coming" when nobody can: the honest answer, and a call back at a time they choose.
      const next = staffed.next;
      if (next?.today) await this.say(context, lang, 'closed_today', () => ({ time: next.time }));
      else if (next) await this.say(context, lang, 'closed', (l) => ({ ...dateForms(next.date, l), time: next.time }));
      else await this.say(context, lang, 'closed_no_next');
      return 'callback_offered';
    }
    const minutes = await this.waitMinutes(handoff.id, at);
    await this.say(context, lang, 'asked', () => ({ minutes }));
    return 'waiting';
  }

  /**
   * The resident's answer to "would you like a call back?", when one is offered and not yet
   * answered: recorded (their words for when, a phone number if they gave one) or declined.
   * False when no offer is waiting, or the message is a command for the bot instead, or it answers
   * the question the offer came after (`answersQuestion`: an address at "where?") and says nothing
   * of when to call: then the offer is set aside, the request staying with the team, so that the
   * intake's next answers ("3 weeks ago") are not taken as the time to call either.
   */
  async answerCallback(context: TurnContext, handoff: Handoff, text: string, lang: Lang | undefined, opts: { answersQuestion?: boolean } = {}): Promise<boolean> {
    if (handoff.state !== 'callback' || !handoff.callback || handoff.callback.requestedAt || !text.trim()) return false;
    const at = turnInstant(context).toISOString();
    const answer = readAnswer(text);
    if (opts.answersQuestion && answer.answer === null && !parseContact(text)?.phone && !namesCallTime(text)) {
      await this.deps.handoffs.appendEvent(handoff.id, 'callback_set_aside', 'resident', {}, at);
      await this.deps.handoffs.setCallback(handoff.id, { ...handoff.callback, when: null, requestedAt: at }, at);
      await this.say(context, lang, 'callback_set_aside');
      return false;
    }
    if (answer.answer === 'no' && text.trim().split(/\s+/).length <= 4) {
      await this.deps.handoffs.appendEvent(handoff.id, 'callback_declined', 'resident', {}, at);
      await this.deps.handoffs.setCallback(handoff.id, { ...handoff.callback, when: null, requestedAt: at }, at);
      await this.say(context, lang, 'callback_declined');
      return true;
    }
    const phone = parseContact(text)?.phone ?? null;
    if (!phone && answer.answer !== 'yes' && !namesCallTime(text)) {
      // About something else ("I need big writing"): staff see it in the conversation; the offer
      // is asked once more rather than recording those words as the time to call. Once only, so a
      // resident who answers in their own way is never stuck.
      // Looked for by kind, so one is found however many events the handover has (reading its first 100 missed any later).
      if ((await this.deps.handoffs.eventsOfKind(handoff.id, 'callback_unclear')).length === 0) {
        await this.deps.handoffs.appendEvent(handoff.id, 'callback_unclear', 'resident', {}, at);
        await this.say(context, lang, 'callback_unclear');
        return true;
      }
    }
    const when = text.trim().slice(0, 500);
    await this.deps.handoffs.setCallback(handoff.id, { ...handoff.callback, when, phone, requestedAt: at }, at);
    await this.say(context, lang, phone ? 'callback_recorded' : 'callback_recorded_no_phone', () => ({ when }));
    return true;
  }

  /**
   * A message from the resident while a person has the conversation: for the staff stream (the
   * transcript keeps it too). One that raised an emergency or safeguarding (`safety`, its topics)
   * is marked, and the store marks its handover (migration 13), so the officer's queue puts it first (api.ts, safetyAlert).
   */
  async residentMessage(context: TurnContext, handoff: Handoff, safety?: string[]): Promise<void> {
    const at = turnInstant(context).toISOString();
    await this.deps.handoffs.appendEvent(handoff.id, 'resident_message', 'resident', { text: context.activity.text ?? '', ...(safety?.length ? { safety } : {}) }, at);
    await this.deliverHeldBack(context, handoff, at);
  }

  /**
   * The resident chose another language while their request for a person is open: recorded as
   * `language_chosen`, and the store moves the handover's language with it (handoff-language.ts),
   * so the queue, the conversation view and staff replies' prefix follow the conversation.
   */
  async languageChosen(context: TurnContext, handoff: Handoff, language: Lang): Promise<void> {
    if (handoff.language === language) return;
    await this.deps.handoffs.appendEvent(handoff.id, 'language_chosen', 'resident', { language }, turnInstant(context).toISOString());
  }

  /**
   * Staff messages the channel refused because the resident's window had closed (WhatsApp, which
   * then sent the reopen template): the resident has written, so the window is open and they go
   * now, in order, each recorded as delivered so it is never sent twice.
   */
  private async deliverHeldBack(context: TurnContext, handoff: Handoff, at: string): Promise<void> {
    // Only the undelivered held-back messages, by index: asked on every resident message while a person has the conversation.
    for (const e of await this.deps.handoffs.heldBack(handoff.id)) {
      const data = e.data as { shown?: unknown; firstName?: unknown };
      if (typeof data.shown !== 'string') continue;
      try {
        await sendFromPerson(context, handoff, data.shown, typeof data.firstName === 'string' ? data.firstName : null);
      } catch {
        // Still refused: kept for their next message, and never the resident's turn failing.
        return;
      }
      await this.deps.handoffs.appendEvent(handoff.id, 'staff_message_delivered', e.actor, { of: e.id }, at);
    }
  }

  /**
   * A hub's `handoff.status` event, never refused: `accepted` hands the conversation to the hub's
   * agent (the bot goes quiet), `completed` gives it back, `failed` tells the resident honestly
   * and offers a call back (§4). Anything unreadable is recorded and otherwise ignored.
   */
  async hubStatus(context: TurnContext, lang: Lang | undefined): Promise<void> {
    const key = conversationKey(context.activity);
    const at = turnInstant(context).toISOString();
    const status = readHubStatus(context.activity.value);
    const open = await this.deps.handoffs.openFor(key);
    if (!open) return;
    if (!status) {
      await this.deps.handoffs.appendEvent(open.id, 'hub_status', 'hub', { unreadable: true }, at);
      return;
    }
    await this.deps.handoffs.appendEvent(open.id, 'hub_status', 'hub', status, at);
    if (status.state === 'accepted') {
      const r = await this.deps.handoffs.accept(open.id, 'hub', at);
      if (r.outcome === 'accepted') await this.say(context, lang, 'joined');
      return;
    }
    if (status.state === 'completed') {
      const r = await this.deps.handoffs.finish(open.id, 'hub', at, 'completed', { message: status.message });
      if (r.outcome === 'finished') await this.deps.handedBack(context, lang);
      return;
    }
    const r = await this.deps.handoffs.finish(open.id, 'hub', at, 'failed', { message: status.message });
    if (r.outcome !== 'finished') return;
    await this.say(context, lang, 'hub_failed');
    // Nothing lost: the request goes back in the queue as a call back, and the resident is asked when.
    await this.deps.handoffs.open({
      ...open,
      at,
      state: 'callback',
      callback: { why: 'unanswered', when: null, phone: null, requestedAt: null },
    });
    await this.say(context, lang, 'unanswered');
  }
}

/** The intake's draft, with an address given outside it where the draft has none. */
function withLocation(draft: Record<string, unknown> | null, location: string | undefined): Record<string, unknown> | null {
  if (!location || draft?.location !== undefined) return draft;
  return { ...(draft ?? {}), location };
}
