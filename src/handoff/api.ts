import { z } from 'zod';
import type { i18n } from 'i18next';
import type { Lang } from '../i18n';
import { whenTexts } from '../i18n/when-text';
import type { PolicyProfile } from '../policy/schema';
import type { DeadlineService } from '../deadlines/service';
import { decideHandedBack, type HandedBackData } from '../cases/handback-record';
import { isSafetyReason, type CaseStore, type Handoff, type HandoffEvent, type Handoffs, type KeptMessage, type StaffAccounts, type TranscriptStore } from '../store/ports';
import { displayNames } from '../staff/names';
import { isRedacted } from '../store/handoff-redaction';
import { BodyTooLarge, describeIssues, type StaffRequest, type StaffResponse } from '../staff/api';
import type { StaffAuthenticator, StaffMember } from './staff-member';
import { type Logger, safeError } from '../log';
import { eventView, handoffEventStream, type Names, type StreamClosers } from './stream';
import { answerIssues, missingForFiling, staffLanguage, StaffAnswers, storedAnswers } from './staff-answers';

/**
 * The staff routes of the handover, as plain functions of plain requests (like src/staff/api.ts):
 * the queue, one conversation with its transcript and case summary, accept, reply, hand back,
 * and a server-sent-events stream. Who is calling is the authenticator's business (bearer
 * tokens today; h18-accounts' sessions plug in the same way); reaching the resident is the
 * delivery's (proactive messages through the adapter, in src/handoff/delivery.ts).
 */

/** What staff do that reaches the resident; the edge implements it with the Bot Framework adapter. */
export interface ResidentDelivery {
  /** Sends `text` to the resident's conversation, marked as from a person when `fromPerson`. */
  send(handoff: Handoff, text: string, fromPerson: { firstName: string | null } | null): Promise<void>;
  /** Gives the conversation back to the bot, which says so and carries on (with `resume`). */
  handBack(handoff: Handoff, resume: HandBackResume): Promise<void>;
}

export interface HandBackResume {
  answers?: Record<string, unknown>;
  file?: boolean;
}

export interface HandoffApiDeps {
  auth: StaffAuthenticator;
  handoffs: Handoffs;
  transcripts: TranscriptStore;
  cases: CaseStore;
  delivery: ResidentDelivery;
  i18n: i18n;
  now: () => Date;
  /** The landlord lets residents see a member of staff's first name (HANDOVER_STAFF_FIRST_NAME). */
  showFirstName: boolean;
  streams: StreamClosers;
  /** How often the stream reads the store for new events. */
  pollMs?: number;
  /** The landlord's profile: whether a representative staff record needs the resident's consent. */
  profile: PolicyProfile;
  /** For a case's listing when a hand-back is recorded in its events (absent: not recorded there). */
  deadlines?: DeadlineService;
  /** For the display names of the people who took, finished and acted on handovers (absent: sign-in names only). */
  staffAccounts?: StaffAccounts;
  /** Where a staff reply or hand-back the channel refused is noted for the landlord's IT (the handover, channel and error type; never the words). */
  log?: Pick<Logger, 'warn'>;
}

export { eventView };
/** Display names by actor (person:<sign-in name> → "Rhian Evans"); see src/staff/names.ts. */
const NO_NAMES: Names = new Map();

const COMMON = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
const json = (status: number, body: unknown, headers: Record<string, string> = {}): StaffResponse => ({
  status,
  headers: { ...COMMON, 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});
const problem = (status: number, code: string, message: string, headers: Record<string, string> = {}) => json(status, { code, message }, headers);

/** Finished handovers stay in the queue this long, for staff to see what was just done. */
const RECENTLY_FINISHED_MS = 24 * 3_600_000;
/** A conversation view's events: the latest this many, and a page of this many at a time before them. */
export const EVENTS_SHOWN = 50;
const MAX_EVENTS_PAGE = 200;
/** A conversation view's transcript: the latest this many messages, and a page of this many at a time before them. */
export const MESSAGES_SHOWN = 50;
/** The most a staff reply may hold: a long message is several. */
export const MAX_REPLY = 4000;

const ReplyBody = z.object({ text: z.string().trim().min(1, 'must not be empty').max(MAX_REPLY, `must be at most ${MAX_REPLY} characters`) }).strict();
const HandBackBody = z
  .object({
    note: z.string().max(2000, 'must be at most 2000 characters').optional(),
    resume: z
      .object({
        answers: StaffAnswers.optional(),
        file: z.boolean().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** The most of a resident's last message the queue shows, in characters as a reader counts them: a glance, not the conversation. */
export const LAST_MESSAGE_SHOWN = 140;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** One line of at most LAST_MESSAGE_SHOWN characters (never half an emoji or accent), cut at a space where one is near, "…" when cut. */
export function shortened(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(graphemes.segment(line), (g) => g.segment);
  if (chars.length <= LAST_MESSAGE_SHOWN) return line;
  const cut = chars.slice(0, LAST_MESSAGE_SHOWN - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space >= LAST_MESSAGE_SHOWN * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Minutes from the request to when it was taken (or to now, while it waits). */
function waitingMinutes(h: Handoff, now: Date): number {
  const end = h.takenAt ? Date.parse(h.takenAt) : h.state === 'finished' && h.finishedAt ? Date.parse(h.finishedAt) : now.getTime();
  return Math.max(0, Math.round((end - Date.parse(h.at)) / 60_000));
}

export function handoffView(h: Handoff, now: Date, names: Names = NO_NAMES) {
  return {
    id: h.id,
    state: h.state,
    reason: h.reason,
    language: h.language,
    channel: h.channelId,
    caseReference: h.caseReference,
    requestedAt: h.at,
    waitingMinutes: waitingMinutes(h, now),
    takenBy: h.takenBy,
    /** The person's display name, for `takenBy`/`finishedBy` as recorded (person:<sign-in name>); null for a system or the hub. */
    takenByName: (h.takenBy && names.get(h.takenBy)) ?? null,
    takenAt: h.takenAt,
    finishedBy: h.finishedBy,
    finishedByName: (h.finishedBy && names.get(h.finishedBy)) ?? null,
    finishedAt: h.finishedAt,
    outcome: h.outcome,
    callback: h.callback,
    /** Its personal fields were blanked (retention or a deletion request); its events' data reads {"redacted":true}. */
    redacted: isRedacted(h.context),
  };
}

/**
 * Messages as staff read them: the resident's, the bot's and staff's. Staff replies go out as the
 * bot's activities, prefixed in the resident's language: told apart by this handover's
 * staff_message events.
 */
function transcriptView(messages: KeptMessage[], staffReplies: HandoffEvent[]) {
  const staffTexts = staffReplies.map((e) => (e.data as { text?: unknown }).text).filter((t): t is string => typeof t === 'string');
  const staffSaid = (text: string | null) => text !== null && staffTexts.some((s) => text.endsWith(`: ${s}`));
  return messages.map((e) => ({ id: e.id, at: e.at, from: e.direction === 'in' ? 'resident' : staffSaid(e.text) ? 'staff' : 'bot', text: e.text }));
}

export interface SafetyAlert {
  at: string;
  topics: string[];
  text: string;
}

/** The alert one resident message raises, or null (not one that raised anything, or its words blanked since). */
function alertOf(e: HandoffEvent): SafetyAlert | null {
  const data = e.data as { safety?: unknown; text?: unknown } | null;
  if (e.kind !== 'resident_message' || !Array.isArray(data?.safety) || !data.safety.length) return null;
  return { at: e.at, topics: data.safety.filter((s): s is string => typeof s === 'string'), text: shortened(typeof data.text === 'string' ? data.text : '') };
}

/**
 * An id as a path or query gives it: digits, and no larger than a double holds exactly. Past
 * 2^53 Number() rounds (9007199254740993 reads as …992), so a request would answer about
 * another handover than the one it named.
 */
const isId = (text: string): boolean => /^[1-9]\d{0,15}$/.test(text) && Number.isSafeInteger(Number(text));

export class HandoffApi {
  constructor(private readonly deps: HandoffApiDeps) {}

  async handle(req: StaffRequest): Promise<StaffResponse> {
    if (!this.deps.auth.enabled) return problem(404, 'NotFound', 'not found');
    const who = await this.deps.auth.authenticate(req);
    if (!who.ok) return who.response;
    const member = who.member;
    const q = req.url.indexOf('?');
    let path = q < 0 ? req.url : req.url.slice(0, q);
    const search = new URLSearchParams(q < 0 ? '' : req.url.slice(q + 1));
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
    const parts = path.split('/');
    const method = req.method.toUpperCase();
    const allow = (methods: string) => problem(405, 'MethodNotAllowed', `use ${methods}`, { allow: methods });
    if (parts[1] !== 'staff' || parts[2] !== 'handoffs') return problem(404, 'NotFound', 'not found');
    if (parts.length === 3) return method === 'GET' ? this.queue() : allow('GET');
    if (parts.length === 4 && parts[3] === 'events') return method === 'GET' ? this.stream(search, req) : allow('GET');
    if (!isId(parts[3] ?? '')) return problem(404, 'NotFound', 'not found');
    const id = Number(parts[3]);
    if (parts.length === 4) return method === 'GET' ? this.one(id) : allow('GET');
    if (parts.length !== 5) return problem(404, 'NotFound', 'not found');
    if (parts[4] === 'events') return method === 'GET' ? this.earlierEvents(id, search) : allow('GET');
    if (parts[4] === 'transcript') return method === 'GET' ? this.earlierMessages(id, search) : allow('GET');
    if (method !== 'POST') return allow('POST');
    let text = '';
    try {
      text = req.readBody ? await req.readBody() : '';
    } catch (e) {
      if (e instanceof BodyTooLarge) return problem(413, 'PayloadTooLarge', 'body: too large');
      throw e;
    }
    switch (parts[4]) {
      case 'accept':
        return this.accept(id, member);
      case 'messages':
        return this.reply(id, member, text);
      case 'handback':
        return this.handBack(id, member, text, req);
      default:
        return problem(404, 'NotFound', 'not found');
    }
  }

  /** GET /staff/handoffs: waiting, taken and call backs oldest first, then the recently finished. */
  private async queue(): Promise<StaffResponse> {
    const now = this.deps.now();
    const [all, lastEventId] = await Promise.all([this.deps.handoffs.queue(new Date(now.getTime() - RECENTLY_FINISHED_MS).toISOString()), this.deps.handoffs.lastEventId()]);
    // The resident's last words, for staff choosing whom to help first: open handovers only (a
    // finished one is done with), one indexed read each.
    const open = all.filter((h) => h.state !== 'finished');
    const last = open.length ? await this.deps.transcripts.lastFromResident(open.map((h) => h.conversationKey)) : new Map<string, { at: string; text: string }>();
    const names = await this.names(all.flatMap((h) => [h.takenBy, h.finishedBy]));
    // Only a taken conversation can hold one (the bot answers the others itself): the store marks
    // each handover's unanswered alarm as it is written, so this is one read of those alone.
    const alerts = new Map<number, SafetyAlert>();
    for (const e of await this.deps.handoffs.safetyAlerts()) {
      const alert = alertOf(e);
      if (alert) alerts.set(e.handoffId, alert);
    }
    const view = all.map((h) => {
      const said = h.state === 'finished' ? undefined : last.get(h.conversationKey);
      return { ...handoffView(h, now, names), lastFromResident: said ? { at: said.at, text: shortened(said.text) } : null, safetyAlert: alerts.get(h.id) ?? null };
    });
    // A conversation whose resident has just raised an emergency comes first among those taken.
    const alertFirst = (list: typeof view) => [...list.filter((h) => h.safetyAlert), ...list.filter((h) => !h.safetyAlert)];
    // A resident in danger (safeguarding, urgent) first among those waiting for someone, each kind
    // oldest first: in a busy morning's queue the one gas leak was below every "speak to a person".
    const safetyFirst = (list: typeof view) => [...list.filter((h) => isSafetyReason(h.reason)), ...list.filter((h) => !isSafetyReason(h.reason))];
    return json(200, {
      asOf: now.toISOString(),
      // The stream's `after` for a page that has just read the queue: only what happens next.
      lastEventId,
      waiting: safetyFirst(view.filter((h) => h.state === 'waiting')),
      callback: safetyFirst(view.filter((h) => h.state === 'callback')),
      taken: alertFirst(view.filter((h) => h.state === 'taken')),
      finished: view.filter((h) => h.state === 'finished'),
    });
  }

  /** GET /staff/handoffs/:id: the conversation so far and what the bot has gathered. */
  private async one(id: number): Promise<StaffResponse> {
    const h = await this.deps.handoffs.get(id);
    if (!h) return problem(404, 'NotFound', `no handover ${id}`);
    // The latest messages and events only (a long conversation has hundreds of each); earlier ones
    // are a page away. Staff replies are read on their own, to tell every one of them apart in the transcript.
    const [messages, page, staffReplies, record] = await Promise.all([
      this.deps.transcripts.latestMessages(h.conversationKey, MESSAGES_SHOWN),
      this.deps.handoffs.latestEvents(id, EVENTS_SHOWN),
      this.deps.handoffs.eventsOfKind(id, 'staff_message'),
      this.caseOf(h),
    ]);
    const names = await this.names([h.takenBy, h.finishedBy, ...page.events.map((e) => e.actor)]);
    const context = (h.context ?? {}) as { caseDraft?: Record<string, unknown> | null; triage?: unknown; adjustments?: unknown };
    const answers = record?.details ?? context.caseDraft ?? null;
    return json(200, {
      ...handoffView(h, this.deps.now(), names),
      summary: {
        answers,
        triage: record?.triage ?? context.triage ?? null,
        adjustments: (answers as { adjustments?: unknown } | null)?.adjustments ?? context.adjustments ?? null,
        when: whenTexts((answers as { when?: unknown } | null)?.when),
        case: record ? { reference: record.reference, kind: record.kind, state: record.state } : null,
      },
      context: h.context,
      transcript: transcriptView(messages.entries, staffReplies),
      transcriptBefore: messages.earlier ? messages.entries[0].id : null,
      events: page.events.map((e) => eventView(e, names)),
      eventsBefore: page.earlier ? page.events[0].id : null,
    });
  }

  /** GET /staff/handoffs/:id/events?before=N&limit=M: the page of events before those shown, newest last. */
  private async earlierEvents(id: number, search: URLSearchParams): Promise<StaffResponse> {
    for (const key of search.keys()) if (key !== 'before' && key !== 'limit') return problem(400, 'BadRequest', `${key}: unknown parameter`);
    const before = search.get('before');
    const limit = search.get('limit');
    if (before !== null && !isId(before)) return problem(400, 'BadRequest', 'before: must be an event id');
    if (limit !== null && !(/^[1-9]\d{0,2}$/.test(limit) && Number(limit) <= MAX_EVENTS_PAGE)) return problem(400, 'BadRequest', `limit: must be 1 to ${MAX_EVENTS_PAGE}`);
    const h = await this.deps.handoffs.get(id);
    if (!h) return problem(404, 'NotFound', `no handover ${id}`);
    const page = await this.deps.handoffs.latestEvents(id, limit === null ? EVENTS_SHOWN : Number(limit), before === null ? undefined : Number(before));
    const names = await this.names(page.events.map((e) => e.actor));
    return json(200, { events: page.events.map((e) => eventView(e, names)), eventsBefore: page.earlier ? page.events[0].id : null });
  }

  /** GET /staff/handoffs/:id/transcript?before=N&limit=M: the page of messages before those shown, newest last. */
  private async earlierMessages(id: number, search: URLSearchParams): Promise<StaffResponse> {
    for (const key of search.keys()) if (key !== 'before' && key !== 'limit') return problem(400, 'BadRequest', `${key}: unknown parameter`);
    const before = search.get('before');
    const limit = search.get('limit');
    if (before !== null && !isId(before)) return problem(400, 'BadRequest', 'before: must be a message id');
    if (limit !== null && !(/^[1-9]\d{0,2}$/.test(limit) && Number(limit) <= MAX_EVENTS_PAGE)) return problem(400, 'BadRequest', `limit: must be 1 to ${MAX_EVENTS_PAGE}`);
    const h = await this.deps.handoffs.get(id);
    if (!h) return problem(404, 'NotFound', `no handover ${id}`);
    const [messages, staffReplies] = await Promise.all([
      this.deps.transcripts.latestMessages(h.conversationKey, limit === null ? MESSAGES_SHOWN : Number(limit), before === null ? undefined : Number(before)),
      this.deps.handoffs.eventsOfKind(id, 'staff_message'),
    ]);
    return json(200, { transcript: transcriptView(messages.entries, staffReplies), transcriptBefore: messages.earlier ? messages.entries[0].id : null });
  }

  private async accept(id: number, member: StaffMember): Promise<StaffResponse> {
    const at = this.deps.now().toISOString();
    const r = await this.deps.handoffs.accept(id, member.actor, at);
    if (r.outcome === 'not_found') return problem(404, 'NotFound', `no handover ${id}`);
    if (r.outcome === 'conflict') {
      const who = r.handoff.state === 'taken' ? `already taken by ${r.handoff.takenBy}` : `already ${r.handoff.state}`;
      return problem(409, 'Conflict', `handover ${id} is ${who}`);
    }
    const h = r.handoff;
    const firstName = this.deps.showFirstName ? member.firstName : null;
    const lang = this.lang(h);
    const joined = firstName ? this.t(lang)('handoff:joined_named', { name: firstName }) : this.t(lang)('handoff:joined');
    const { delivered } = await this.deliver(h, joined, null);
    return json(200, { ...handoffView(h, this.deps.now(), await this.names([h.takenBy])), delivered });
  }

  private async reply(id: number, member: StaffMember, text: string): Promise<StaffResponse> {
    const body = this.parse(ReplyBody, text);
    if ('error' in body) return body.error;
    const h = await this.deps.handoffs.get(id);
    if (!h) return problem(404, 'NotFound', `no handover ${id}`);
    if (h.state !== 'taken') return problem(409, 'Conflict', `handover ${id} is ${h.state}: accept it first`);
    if (h.takenBy !== member.actor) return problem(409, 'Conflict', `handover ${id} is taken by ${h.takenBy}`);
    const firstName = this.deps.showFirstName ? member.firstName : null;
    const lang = this.lang(h);
    const shown = firstName
      ? this.t(lang)('handoff:from_staff_named', { name: firstName, text: body.data.text })
      : this.t(lang)('handoff:from_staff', { text: body.data.text });
    const { delivered, reopenRequested } = await this.deliver(h, shown, { firstName });
    // Recorded whether or not it reached the resident: staff see what they sent and whether it arrived.
    // Refused because the window had closed: kept as shown, and sent when the resident next writes (Handover.residentMessage).
    const event = await this.deps.handoffs.appendEvent(id, 'staff_message', member.actor, { text: body.data.text, delivered, ...(reopenRequested ? { reopenRequested, shown, firstName } : {}) }, this.deps.now().toISOString());
    if (reopenRequested) {
      return json(502, {
        code: 'NotDelivered',
        message: 'the message was recorded but the resident last wrote over 24 hours ago; they have been sent a message asking them to reply, and this message will be sent to them when they do',
        reopenRequested: true,
      });
    }
    if (!delivered) return problem(502, 'NotDelivered', 'the message was recorded but could not be delivered to the resident’s channel; try again');
    return json(201, eventView(event, await this.names([event.actor])));
  }

  /**
   * Gives the conversation back, with what staff recorded checked as the intake would keep it;
   * refusals in the staff member's language (Accept-Language), each naming its field and code.
   */
  private async handBack(id: number, member: StaffMember, text: string, req: StaffRequest): Promise<StaffResponse> {
    const lang = staffLanguage(req.headers?.['accept-language']);
    const refuse = (status: number, code: string, params: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
      json(status, { code, message: this.t(lang)(`handoff:staff_error.${code}`, params), ...extra });
    let raw: unknown;
    try {
      raw = JSON.parse(text || '{}');
    } catch {
      return refuse(400, 'not_json');
    }
    const parsed = HandBackBody.safeParse(raw);
    if (!parsed.success) {
      const issues = answerIssues(parsed.error.issues).map((i) => ({ ...i, message: this.t(lang)(`handoff:staff_error.${i.code}`, i.params ?? {}) }));
      return json(400, { code: 'BadRequest', message: issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues });
    }
    const body = parsed.data;
    const h = await this.deps.handoffs.get(id);
    if (!h) return refuse(404, 'not_found');
    if (h.state === 'taken' && h.takenBy !== member.actor) {
      // Named as colleagues know them; a system by its token's name.
      const names = await this.names([h.takenBy]);
      return refuse(409, 'taken_by_someone', { name: (h.takenBy && names.get(h.takenBy)) ?? h.takenBy?.replace(/^(person|staff):/, '') });
    }
    if (h.state !== 'taken') return refuse(409, h.state === 'finished' ? 'finished' : 'not_taken');
    let resume: HandBackResume | null = null;
    if (body.resume) {
      const stored = body.resume.answers ? storedAnswers(body.resume.answers, this.deps.profile, req.today) : { ok: true as const, answers: undefined };
      if (!stored.ok) return json(400, { code: 'BadRequest', message: this.t(lang)(`handoff:staff_error.${stored.code}`), issues: [{ field: stored.field, code: stored.code, message: this.t(lang)(`handoff:staff_error.${stored.code}`) }] });
      if (body.resume.file) {
        const filed = h.caseReference ?? (await this.filedSince(h, h.at))?.reference;
        if (filed) return refuse(409, 'already_filed', { reference: filed });
        // What the bot had when it asked for a person, with staff's answers over it (as the intake merges them).
        const draft = ((h.context ?? {}) as { caseDraft?: Record<string, unknown> | null }).caseDraft ?? {};
        const missing = missingForFiling({ ...draft, ...stored.answers });
        if (missing.length) {
          const list = missing.map((q) => this.t(lang)(`intake:summary.label.${q === 'reported_details' ? 'reported_before' : q}`)).filter((l, i, all) => all.indexOf(l) === i);
          return refuse(400, 'missing_for_filing', { list: list.join(', ') }, { missing });
        }
      }
      resume = { ...(stored.answers ? { answers: stored.answers } : {}), ...(body.resume.file !== undefined ? { file: body.resume.file } : {}) };
    }
    const r = await this.deps.handoffs.finish(id, member.actor, this.deps.now().toISOString(), 'handed_back', { note: body.note ?? null, resume });
    if (r.outcome === 'not_found') return refuse(404, 'not_found');
    if (r.outcome === 'conflict') return refuse(409, r.handoff.state === 'finished' ? 'finished' : 'not_taken');
    let delivered = true;
    try {
      await this.deps.delivery.handBack(r.handoff, resume ?? {});
    } catch (e) {
      delivered = false;
      this.deps.log?.warn({ handoff: r.handoff.id, channel: r.handoff.channelId, err: safeError(e) }, 'hand-back not delivered to the resident');
    }
    const recordedOn = await this.recordOnCase(r.handoff, member.actor, body.note ?? null, resume);
    return json(200, { ...handoffView(r.handoff, this.deps.now(), await this.names([r.handoff.takenBy, r.handoff.finishedBy])), delivered, recordedOn });
  }

  /**
   * What staff recorded joins the case's own events when the hand-back filed the case (the bot's
   * resume turn, just run) or the conversation had filed one before: the case's history then
   * says who changed what, and when. The reference written to, or null.
   */
  private async recordOnCase(h: Handoff, actor: string, note: string | null, resume: HandBackResume | null): Promise<string | null> {
    const deadlines = this.deps.deadlines;
    if (!deadlines) return null;
    const answers = resume?.answers ?? {};
    try {
      let reference = h.caseReference;
      const filed = !reference && resume?.file === true;
      if (filed) reference = (await this.filedSince(h))?.reference ?? null;
      // Filed while the resident waited: the officer was shown it (caseOf), so the note belongs there too.
      else reference ??= (await this.filedSince(h, h.at))?.reference ?? null;
      if (!reference || (!filed && note === null && Object.keys(answers).length === 0)) return null;
      const data: HandedBackData = { handoff: h.id, filed, note, answers };
      const done = await this.deps.cases.recordEvent(reference, actor, (record, events) => decideHandedBack(deadlines, record, events, data));
      return done ? reference : null;
    } catch {
      // The hand-back itself is done and delivered; its handover event keeps what was recorded.
      return null;
    }
  }

  /**
   * The handover's case: the one the conversation had filed when a person was asked for, or else
   * one filed since (a resident may finish their complaint while waiting, and an emergency is
   * recorded as a service request in the turn that asked): without it the officer saw the draft
   * and no reference, and "File now" could file the same complaint again.
   */
  private async caseOf(h: Handoff) {
    return h.caseReference ? this.deps.cases.byReference(h.caseReference) : this.filedSince(h, h.at);
  }

  /** The conversation's latest case of this resident filed at or after `since` (the resume turn's, after a hand-back). */
  private async filedSince(h: Handoff, since_ = h.finishedAt) {
    const user = (h.conversationRef as { user?: { id?: unknown } } | null)?.user?.id;
    if (typeof user !== 'string' || !since_) return undefined;
    const since = Date.parse(since_);
    const latest = await this.deps.cases.latestInConversation(h.conversationKey, `${h.channelId}:${user}`);
    return latest && Date.parse(latest.createdAt) >= since ? latest : undefined;
  }

  /** GET /staff/handoffs/events: server-sent events of every handover's events after `after` (or Last-Event-ID). */
  private stream(search: URLSearchParams, req: StaffRequest): StaffResponse {
    const raw = search.get('after') ?? headerOf(req, 'last-event-id') ?? '0';
    if (!/^\d{1,15}$/.test(raw)) return problem(400, 'BadRequest', 'after: must be an event id (a whole number)');
    const only = search.get('handoff');
    if (only !== null && !isId(only)) return problem(400, 'BadRequest', 'handoff: must be a handover id');
    return {
      status: 200,
      headers: { ...COMMON, 'content-type': 'text/event-stream; charset=utf-8', 'x-accel-buffering': 'no', connection: 'keep-alive' },
      body: '',
      stream: handoffEventStream(this.deps.handoffs, this.deps.streams, { after: Number(raw), handoffId: only === null ? undefined : Number(only), pollMs: this.deps.pollMs, names: (actors) => this.names(actors) }),
    };
  }

  /** Whether it arrived, and if not, whether the resident was asked to reply (WhatsApp's reopen template). */
  private async deliver(h: Handoff, text: string, fromPerson: { firstName: string | null } | null): Promise<{ delivered: boolean; reopenRequested: boolean }> {
    try {
      await this.deps.delivery.send(h, text, fromPerson);
      return { delivered: true, reopenRequested: false };
    } catch (e) {
      // Otherwise "replies don't arrive" left the landlord's IT nothing to look at: the officer saw a 502, the log nothing.
      this.deps.log?.warn({ handoff: h.id, channel: h.channelId, err: safeError(e) }, 'message to the resident not delivered');
      // A channel's NotDeliveredError says so (src/channels/meta/webhook.ts); read by shape, so this module needs no channel.
      return { delivered: false, reopenRequested: (e as { reopenRequested?: unknown } | null)?.reopenRequested === true };
    }
  }

  private names(actors: Array<string | null>): Promise<Names> {
    return displayNames(this.deps.staffAccounts, actors);
  }

  private lang(h: Handoff): Lang {
    return h.language ?? 'cy';
  }

  private t(lang: Lang) {
    return this.deps.i18n.getFixedT(lang);
  }

  private parse<T extends z.ZodType>(schema: T, text: string): { data: z.output<T> } | { error: StaffResponse } {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return { error: json(400, { code: 'BadRequest', message: 'body: is not valid JSON', issues: [{ field: 'body', message: 'is not valid JSON' }] }) };
    }
    const r = schema.safeParse(body);
    if (!r.success) {
      const issues = describeIssues(r.error.issues);
      return { error: json(400, { code: 'BadRequest', message: issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues }) };
    }
    return { data: r.data };
  }
}

function headerOf(req: StaffRequest, name: string): string | undefined {
  const v = req.headers?.[name];
  return Array.isArray(v) ? v[0] : v;
}
