import { z } from 'zod';
import { CaseEventInput, EventInFuture, EventRefused } from '../cases/lifecycle';
import type { CaseEvent, CaseRecord } from '../cases/records';
import { wholeReference } from '../cases/reference';
import type { CaseStore, PendingReview, StaffAccounts } from '../store/ports';
import { displayNames } from './names';
import { CASE_STATES, CaseNotFound, type CaseUpdates, OPEN_STATES } from '../cases/updates';
import { decideReviewAnswer, ReviewAnswerInput } from '../cases/review';
import { NO_DATES_BASIS } from '../cases/listing';
import { parseDate } from '../deadlines/local-date';
import { CalendarRangeError, DEFAULT_FIRST_YEAR, DEFAULT_LAST_YEAR } from '../deadlines/calendar';
import { DateInputError, formatDate, toLondon } from '../deadlines/local-date';
import type { DeadlineService } from '../deadlines/service';
import { timeLimitView } from '../i18n/time-limit-text';
import { type ClauseView, clauseView } from '../i18n/citation';
import { staffI18n } from '../i18n/when-text';
import { ProfileError } from '../policy/parse';
import type { StaffGate } from './identity';
import type { StaffConsole } from './console/routes';
import { CSV_HEADER, csvRows, exportRow, toJsonLines } from './export';
import type { ListedCase, ListingCursor, ListingQuery } from '../store/ports';
import { cursorOf, decodeCursor, encodeCursor } from './cursor';
import { caseView, listItem, type NextView, nextView, reviewItem, statusView, storedNextView } from './views';

/**
 * The staff API as plain functions of plain requests: no HTTP library in sight, so the rules
 * (who may call, what is valid, which status code) are tested directly and the API can move to
 * another server or a queue consumer unchanged. src/server.ts only carries bytes in and out.
 */

export interface StaffRequest {
  method: string;
  /** Path and query as received, e.g. "/staff/cases?state=stage1_open". */
  url: string;
  authorization?: string;
  /** Headers a signed-in person's browser sends: Cookie, x-csrf-token, Origin, Host. */
  cookie?: string;
  csrf?: string;
  origin?: string;
  host?: string;
  /** The client's address, for limiting sign-in attempts. */
  address?: string;
  /** Read only after the caller is authenticated and only for routes that take a body. */
  readBody?: () => Promise<string>;
  /** Today's London date (YYYY-MM-DD), from the request's time, worked out at the edge. */
  today: string;
  /** The request's headers, lower-cased names (Last-Event-ID for the handover stream). */
  headers?: Record<string, string | string[] | undefined>;
}

export interface StaffResponse {
  status: number;
  /** An array for a header sent more than once (Set-Cookie). */
  headers: Record<string, string | string[]>;
  body: string;
  /**
   * When set, the body is this instead of `body`: chunks to write as they come (exports), so no
   * whole body is held in memory. The edge writes them in order, minding backpressure.
   */
  stream?: AsyncIterable<string>;
}

/** Thrown by a readBody that met a body over the size limit. */
export class BodyTooLarge extends Error {}

export interface StaffApiDeps {
  /** Bearer tokens for systems, console sessions for people (src/staff/identity.ts). */
  gate: StaffGate;
  /** The console's page and sign-in routes (open without credentials); absent when STAFF_CONSOLE=off. */
  console?: StaffConsole;
  cases: CaseStore;
  updates: CaseUpdates;
  deadlines: DeadlineService;
  /** For the display names of the people in a case's history (absent: histories give sign-in names only). */
  staffAccounts?: StaffAccounts;
}

// Case data is personal data: no cache, shared or private, should keep a copy.
const COMMON = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
const JSON_TYPE = 'application/json; charset=utf-8';

function json(status: number, body: unknown, headers: Record<string, string> = {}): StaffResponse {
  return { status, headers: { ...COMMON, 'content-type': JSON_TYPE, ...headers }, body: JSON.stringify(body) };
}

interface Issue {
  field: string;
  message: string;
}

function problem(status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return json(status, { code, message, ...extra }, headers);
}

function badRequest(issues: Issue[]): StaffResponse {
  return problem(400, 'BadRequest', issues.map((i) => `${i.field}: ${i.message}`).join('; '), { issues });
}

/** zod's issues as "field: message", with the field spelt as a dotted path (length.n). */
export function describeIssues(issues: readonly z.core.$ZodIssue[], whole = 'body'): Issue[] {
  const out: Issue[] = [];
  for (const i of issues) {
    const path = i.path.map(String);
    if (i.code === 'unrecognized_keys') {
      for (const k of i.keys) out.push({ field: [...path, k].join('.'), message: 'unknown field' });
      continue;
    }
    const field = path.join('.') || whole;
    if (i.code === 'invalid_union' && 'options' in i && Array.isArray(i.options)) {
      out.push({ field, message: `must be one of ${i.options.join(', ')}` });
    } else if (i.code === 'invalid_type' && / received undefined$/.test(i.message)) {
      out.push({ field, message: 'is required' });
    } else {
      out.push({ field, message: i.message });
    }
  }
  return out;
}

/** Cases in a listing page unless `limit` says otherwise, and the most it may say. */
export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 1000;
/** Cases read from the store per page of an export, between which the event loop is free. */
const EXPORT_PAGE = 50;

const RANGE = `between ${DEFAULT_FIRST_YEAR}-01-01 and ${DEFAULT_LAST_YEAR}-12-31`;

/** A London date the deadline calendar covers, or the reason it is not one. */
function dayProblem(value: string): string | null {
  try {
    const day = toLondon(value).date;
    const year = Number(formatDate(day).slice(0, 4));
    return year < DEFAULT_FIRST_YEAR || year > DEFAULT_LAST_YEAR ? `must be ${RANGE}` : null;
  } catch (e) {
    return e instanceof DateInputError ? e.message : 'is not a date';
  }
}

/**
 * The lifecycle's schema checks a date's shape, not that it exists (2026-02-30) or that the
 * calendar covers it; checked here so such a date is the caller's 400, not our 500.
 */
function eventDateIssues(e: CaseEventInput): Issue[] {
  const check = (field: string, value: string): Issue[] => {
    const p = dayProblem(value);
    return p ? [{ field, message: p }] : [];
  };
  if (e.type === 'acknowledged' || e.type === 'answered') return check('date', e.date);
  if (e.type === 'escalation_received') return check('at', e.at);
  return [];
}

const queryDay = z.string().superRefine((v, ctx) => {
  const p = /^\d{4}-\d{2}-\d{2}$/.test(v) ? dayProblem(v) : 'must be a date, YYYY-MM-DD';
  if (p) ctx.addIssue({ code: 'custom', message: p });
});

/** Items per page: 1 to MAX_PAGE, DEFAULT_PAGE when not given. */
const pageLimit = z
  .string()
  .regex(/^[0-9]{1,4}$/, { error: `must be a whole number from 1 to ${MAX_PAGE}` })
  .transform(Number)
  .refine((n) => n >= 1 && n <= MAX_PAGE, { error: `must be a whole number from 1 to ${MAX_PAGE}` })
  .optional();

const ListQuery = z
  .object({
    state: z.enum(CASE_STATES, { error: `must be one of ${CASE_STATES.join(', ')}` }).optional(),
    /** The next date the landlord must meet is this day. */
    due: queryDay.optional(),
    /** The next date the landlord must meet is before this day. */
    overdue: queryDay.optional(),
    /** The day working days are counted to; defaults to overdue, else due, else today. */
    asOf: queryDay.optional(),
    /** Cases per page: 1 to MAX_PAGE, DEFAULT_PAGE when not given. */
    limit: pageLimit,
    /** Where the previous page ended: its nextCursor, as given. */
    cursor: z
      .string()
      .transform((v, ctx) => {
        const c = decodeCursor(v);
        if (!c) {
          ctx.addIssue({ code: 'custom', message: 'is not a cursor this API gave' });
          return z.NEVER;
        }
        return c;
      })
      .optional(),
  })
  .strict();
type ListQuery = z.infer<typeof ListQuery>;

/** The review queue's query: a page, as the case list pages. */
const ReviewsQuery = z
  .object({
    limit: pageLimit,
    cursor: z
      .string()
      .transform((v, ctx) => {
        const c = decodeReviewCursor(v);
        if (c === undefined) {
          ctx.addIssue({ code: 'custom', message: 'is not a cursor this API gave' });
          return z.NEVER;
        }
        return c;
      })
      .optional(),
  })
  .strict();

function readQuery<S extends z.ZodType>(search: string, schema: S): { query: z.infer<S> } | { issues: Issue[] };
function readQuery(search: string): { query: ListQuery } | { issues: Issue[] };
function readQuery(search: string, schema: z.ZodType = ListQuery): { query: unknown } | { issues: Issue[] } {
  const params = new URLSearchParams(search);
  // No prototype: a parameter named "constructor" or "__proto__" is an unknown parameter like any other.
  const raw: Record<string, string> = Object.create(null);
  const issues: Issue[] = [];
  for (const [k, v] of params) {
    if (Object.hasOwn(raw, k)) issues.push({ field: k, message: 'give it once' });
    raw[k] = v;
  }
  const r = schema.safeParse(raw);
  if (!r.success) issues.push(...describeIssues(r.error.issues, 'query').map((i) => (i.message === 'unknown field' ? { ...i, message: 'unknown parameter' } : i)));
  return issues.length ? { issues } : { query: r.data };
}

interface Listed {
  record: CaseRecord;
  next: NextView | null;
  problem?: string;
}

/**
 * An event the case's rules refuse: a date after today is the caller's 400 like any bad value,
 * anything else a 409. `refusal` and `params` say why as a stable code with its values, for a
 * client to word in its own language.
 */
function refused(e: EventInFuture | EventRefused, field: string, clause?: ClauseView): StaffResponse {
  const issue = e.field || e instanceof EventInFuture ? [{ field: e.field ?? field, message: e.message.replace(`${e.field ?? field}: `, '') }] : [];
  // `clause` stays the policy's words as written; beside it, what a Welsh reader is shown instead (clauseView).
  const params = clause ? { ...e.params, clauseCited: clause.cited, clauseCy: clause.cy } : e.params;
  if (e instanceof EventInFuture) return problem(400, 'BadRequest', issue.map((i) => `${i.field}: ${i.message}`).join('; '), { issues: issue, refusal: e.refusal, params });
  return problem(409, 'Conflict', e.message, { ...(issue.length ? { issues: issue } : {}), refusal: e.refusal, params });
}

/** A page of the review queue ends at its last request event: opaque to callers, as listing cursors are. */
function encodeReviewCursor(eventId: number): string {
  return Buffer.from(`review:${eventId}`).toString('base64url');
}

function decodeReviewCursor(text: string): number | undefined {
  if (text.length > 60 || !/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  const m = /^review:([1-9]\d{0,15})$/.exec(Buffer.from(text, 'base64url').toString('utf8'));
  return m && Number.isSafeInteger(Number(m[1])) ? Number(m[1]) : undefined;
}

/**
 * A reference as staff type it from a phone call or a letter, read as a resident's answer to
 * "what is your reference?" is (`wholeReference`: any case, spaces or dashes anywhere or none,
 * with or without "CMP"), and written the way it is stored. Anything else is left as typed, for
 * the 404 to quote.
 */
export function spokenReference(typed: string): string {
  // The same reader as a resident's answer to "what is your reference?" (src/cases/reference.ts).
  return wholeReference(typed) ?? typed.trim().toUpperCase();
}

export class StaffApi {
  constructor(private readonly deps: StaffApiDeps) {}

  async handle(req: StaffRequest): Promise<StaffResponse> {
    // Disabled is indistinguishable from "no such route", before any authentication: there is
    // nothing to authenticate against, and a 401 would invite clients to guess tokens.
    if (!this.deps.gate.enabled) return problem(404, 'NotFound', 'not found');
    if (this.deps.console) {
      const q = req.url.indexOf('?');
      const path = q < 0 ? req.url : req.url.slice(0, q);
      if (this.deps.console.owns(path)) return this.deps.console.handle(req, path, q < 0 ? '' : req.url.slice(q + 1));
    }
    const identified = await this.deps.gate.identify(req);
    if (!identified.ok) return problem(identified.status, identified.code, identified.message, {}, identified.headers ?? {});
    const who = identified.who;
    if (who.via === 'session' && who.session.mustChangePassword) {
      return problem(403, 'PasswordChangeRequired', 'change the one-time password first (POST /staff/session/password)');
    }
    const actor = who.actor;

    const q = req.url.indexOf('?');
    let path = q < 0 ? req.url : req.url.slice(0, q);
    const search = q < 0 ? '' : req.url.slice(q + 1);
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
    let parts: string[];
    try {
      parts = path.split('/').map(decodeURIComponent);
    } catch {
      return problem(404, 'NotFound', 'not found');
    }
    if (parts[0] !== '' || parts[1] !== 'staff' || parts[2] !== 'cases') return problem(404, 'NotFound', 'not found');
    const method = req.method.toUpperCase();
    const allow = (methods: string) => problem(405, 'MethodNotAllowed', `use ${methods}`, {}, { allow: methods });

    try {
      if (parts.length === 3) return method === 'GET' ? await this.list(search, req.today) : allow('GET');
      if (parts.length === 4 && parts[3] === 'reviews') return method === 'GET' ? await this.reviews(search, req.today) : allow('GET');
      if (parts.length === 4 && (parts[3] === 'export.csv' || parts[3] === 'export.jsonl')) {
        return method === 'GET' ? await this.export(parts[3] === 'export.csv' ? 'csv' : 'jsonl', search, req.today) : allow('GET');
      }
      const reference = spokenReference(parts[3] ?? '');
      if (parts.length === 4) return method === 'GET' ? await this.getCase(reference, req.today) : allow('GET');
      if (parts.length === 5 && parts[4] === 'events') {
        if (method !== 'POST') return allow('POST');
        let text: string;
        try {
          text = req.readBody ? await req.readBody() : '';
        } catch (e) {
          if (e instanceof BodyTooLarge) return problem(413, 'PayloadTooLarge', 'body: too large for one event');
          throw e;
        }
        return await this.recordEvent(reference, actor, text, req.today);
      }
      return problem(404, 'NotFound', 'not found');
    } catch (e) {
      // A date pushed past the deadline calendar's range (a very long extension) surfaces from deep in the engine.
      if (e instanceof CalendarRangeError || e instanceof DateInputError) return problem(400, 'BadRequest', (e as Error).message);
      throw e;
    }
  }

  /** POST /staff/cases/:reference/events */
  async recordEvent(reference: string, actor: string, text: string, today: string): Promise<StaffResponse> {
    if (text.trim() === '') return badRequest([{ field: 'body', message: 'is required: one event as JSON, e.g. {"type":"acknowledged","date":"2026-11-24"}' }]);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return badRequest([{ field: 'body', message: 'is not valid JSON' }]);
    }
    if ((body as { type?: unknown } | null)?.type === 'review_answered') return this.answerReview(reference, actor, body, today);
    const parsed = CaseEventInput.safeParse(body);
    if (!parsed.success) return badRequest(describeIssues(parsed.error.issues));
    const dateIssues = eventDateIssues(parsed.data);
    if (dateIssues.length) return badRequest(dateIssues);
    if (parsed.data.type === 'note') {
      // A note is the one event every kind of case takes: what was said on a call back about a
      // repair, an exclusion or feedback. Only complaints have stages; a kind never changes.
      const target = await this.deps.cases.byReference(reference);
      if (target && target.kind !== 'complaint') return this.noteOn(reference, actor, parsed.data.text);
    }
    try {
      const { record, status } = await this.deps.updates.record(reference, actor, parsed.data, today);
      const cal = this.calendarOf(record);
      return json(
        201,
        { reference: record.reference, state: record.state, stage: record.stage, status: statusView(cal, status, today) },
        { location: `/staff/cases/${record.reference}` },
      );
    } catch (e) {
      if (e instanceof CaseNotFound) return problem(404, 'NotFound', e.message);
      if (e instanceof EventInFuture || e instanceof EventRefused) return refused(e, 'body', await this.clauseOf(reference, e.params.clause));
      // Only an extension can push a date off the calendar: the event's own dates were checked above.
      if (e instanceof CalendarRangeError) return badRequest([{ field: parsed.data.type === 'extended' ? 'length' : 'body', message: e.message }]);
      throw e;
    }
  }

  /** A note on a case without stages: recorded as it is, changing nothing else. */
  private async noteOn(reference: string, actor: string, text: string): Promise<StaffResponse> {
    const done = await this.deps.cases.recordEvent(reference, actor, (record) => ({
      event: { type: 'note', data: { text } },
      stage: record.stage,
      state: record.state,
      listing: { next: null, basis: NO_DATES_BASIS },
      result: null,
    }));
    if (!done) return problem(404, 'NotFound', `no case with reference ${reference}`);
    return json(201, { reference: done.record.reference, state: done.record.state, stage: done.record.stage, status: null }, { location: `/staff/cases/${done.record.reference}` });
  }

  /** POST /staff/cases/:reference/events with a review's answer: only on an exclusion whose resident asked for one. */
  private async answerReview(reference: string, actor: string, body: unknown, today: string): Promise<StaffResponse> {
    const parsed = ReviewAnswerInput.safeParse(body);
    if (!parsed.success) return badRequest(describeIssues(parsed.error.issues));
    const dated = dayProblem(parsed.data.date);
    if (dated) return badRequest([{ field: 'date', message: dated }]);
    try {
      const done = await this.deps.cases.recordEvent(reference, actor, (record, events) => decideReviewAnswer(record, events, parsed.data, today));
      if (!done) return problem(404, 'NotFound', `no case with reference ${reference}`);
      const e = done.event;
      // Named as the case's history names it (actorName), so a client shows who answered the same way in both.
      const names = await displayNames(this.deps.staffAccounts, [e.actor]);
      return json(
        201,
        { reference: done.record.reference, kind: done.record.kind, state: done.record.state, event: { id: e.id, type: e.type, at: e.at, actor: e.actor, actorName: names.get(e.actor) ?? null, data: e.data } },
        { location: `/staff/cases/${done.record.reference}` },
      );
    } catch (e) {
      if (e instanceof EventInFuture || e instanceof EventRefused) return refused(e, 'date');
      throw e;
    }
  }

  /**
   * GET /staff/cases/reviews: exclusions whose resident asked for the decision to be looked at
   * again, not yet answered, oldest request first. No shipped profile sets a time for this, so
   * `due` is null and each says how long it has waited (calendar and working days to `asOf`).
   */
  async reviews(search: string, today: string): Promise<StaffResponse> {
    const read = readQuery(search, ReviewsQuery);
    if ('issues' in read) return badRequest(read.issues);
    const limit = read.query.limit ?? DEFAULT_PAGE;
    const after = read.query.cursor ?? 0;
    const page = await this.deps.cases.reviewRequests({ afterEventId: after, limit: limit + 1 });
    const shown = page.slice(0, limit);
    return json(200, {
      asOf: today,
      count: shown.length,
      limit,
      nextCursor: page.length > limit ? encodeReviewCursor(shown[shown.length - 1].request.id) : null,
      reviews: shown.map((r) => this.reviewOf(r, today)),
    });
  }

  private reviewOf({ record, request }: PendingReview, today: string) {
    const asked = formatDate(toLondon(request.at).date);
    let workingDays: number | null = null;
    try {
      workingDays = Math.max(0, this.calendarOf(record).workingDaysBetween(parseDate(asked), parseDate(today)));
    } catch (e) {
      // Its profile is no longer loaded (or the day is off the calendar): the calendar days still say how long.
      if (!(e instanceof ProfileError || e instanceof CalendarRangeError)) throw e;
    }
    const days = Math.max(0, parseDate(today) - parseDate(asked));
    return reviewItem(record, request, { days, workingDays });
  }

  /** GET /staff/cases/:reference */
  async getCase(reference: string, today: string): Promise<StaffResponse> {
    const record = await this.deps.cases.byReference(reference);
    if (!record) return problem(404, 'NotFound', `no case with reference ${reference}`);
    const events = await this.deps.cases.events(record.id);
    const names = await displayNames(this.deps.staffAccounts, events.map((e) => e.actor));
    // Why an exclusion was not taken, by the policy's clause: in both languages, for an officer answering a review in either.
    const excludedBy = record.kind === 'excluded' ? (record.triage as { clause?: unknown } | null)?.clause : undefined;
    const exclusionClause = typeof excludedBy === 'string' ? (this.clauseIn(record, excludedBy) ?? null) : null;
    const view = { ...caseView(record, events, null, undefined, names), timeLimit: this.timeLimitOf(record), exclusionClause };
    if (record.kind !== 'complaint') return json(200, view);
    const s = this.statusOf(record, events);
    return json(200, 'problem' in s ? { ...view, problem: s.problem } : { ...view, status: statusView(s.cal, s.status, today) });
  }

  /** A clause of the case's profile in both languages (clauseView), when the profile is still loaded. */
  private async clauseOf(reference: string, clause: unknown): Promise<ClauseView | undefined> {
    if (typeof clause !== 'string') return undefined;
    const record = await this.deps.cases.byReference(reference);
    return record ? this.clauseIn(record, clause) : undefined;
  }

  private clauseIn(record: CaseRecord, clause: string): ClauseView | undefined {
    if (!this.deps.deadlines.profiles.has(record.policyId)) return undefined;
    return clauseView(staffI18n(), this.deps.deadlines.profile(record.policyId), clause);
  }

  /** Issue #19: the "when" answer against the profile's time limit, and why (a problem still going on is within it). */
  private timeLimitOf(record: CaseRecord) {
    if (!this.deps.deadlines.profiles.has(record.policyId)) return null;
    const profile = this.deps.deadlines.profile(record.policyId);
    return timeLimitView(record.details.when, record.receivedAt, profile, this.deps.deadlines.calendar(profile));
  }

  /** GET /staff/cases: one page, by indexed columns; working days are counted for this page only. */
  async list(search: string, today: string): Promise<StaffResponse> {
    const r = this.selection(search, today);
    if ('error' in r) return r.error;
    const { query, asOf, select } = r;
    const limit = query.limit ?? DEFAULT_PAGE;
    // One more than asked, to know whether another page follows without a count.
    const page = await this.deps.cases.listPage({ ...select, after: query.cursor, limit: limit + 1 });
    const shown = page.slice(0, limit);
    const rows = await this.render(shown, asOf);
    return json(200, {
      asOf,
      filters: { state: query.state ?? null, due: query.due ?? null, overdue: query.overdue ?? null },
      count: rows.length,
      limit,
      nextCursor: page.length > limit ? encodeCursor(select.order, shown[shown.length - 1]) : null,
      cases: rows.map((c) => listItem(c.record, c.next, c.problem)),
    });
  }

  /**
   * GET /staff/cases/export.csv and export.jsonl: every selected case, streamed a page at a time
   * from the store, the event loop free between pages so residents' turns keep flowing. Not
   * paged for the caller: `limit` and `cursor` are refused. The pages are separate reads, so a
   * case whose next date changes while the export runs may be listed at its old or new place.
   */
  async export(format: 'csv' | 'jsonl', search: string, today: string): Promise<StaffResponse> {
    const r = this.selection(search, today);
    if ('error' in r) return r.error;
    const { query, asOf, select } = r;
    const paged = (['limit', 'cursor'] as const).filter((k) => query[k] !== undefined);
    if (paged.length) return badRequest(paged.map((field) => ({ field, message: 'an export is not paged: it streams every case selected' })));
    const filename = `cases-${asOf}.${format}`;
    return {
      status: 200,
      headers: {
        ...COMMON,
        'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
        'content-disposition': `attachment; filename="${filename}"`,
      },
      body: '',
      stream: this.exportPages(format, select, asOf),
    };
  }

  private async *exportPages(format: 'csv' | 'jsonl', select: Omit<ListingQuery, 'limit' | 'after'>, asOf: string): AsyncGenerator<string> {
    if (format === 'csv') yield CSV_HEADER;
    let after: ListingCursor | undefined;
    for (;;) {
      const page = await this.deps.cases.listPage({ ...select, after, limit: EXPORT_PAGE });
      const events = await this.deps.cases.eventsOfCases(page.map((c) => c.record.id));
      const rows = (await this.render(page, asOf)).map((c) => exportRow(c.record, c.next, asOf, events.get(c.record.id)));
      if (rows.length) yield format === 'csv' ? csvRows(rows) : toJsonLines(rows);
      if (page.length < EXPORT_PAGE) return;
      after = cursorOf(select.order, page[page.length - 1]);
      // Whatever else is waiting (a resident's turn) runs before the next page is read.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** A listing's filters as a store query, or the 400 that says which parameter is wrong. */
  private selection(search: string, today: string): { error: StaffResponse } | { query: ListQuery; asOf: string; select: Omit<ListingQuery, 'limit' | 'after'> } {
    const q = readQuery(search);
    if ('issues' in q) return { error: badRequest(q.issues) };
    const { query } = q;
    const asOf = query.asOf ?? query.overdue ?? query.due ?? today;
    const byDate = query.due !== undefined || query.overdue !== undefined;
    const order = byDate ? 'next' : 'filed';
    if (query.cursor && query.cursor.order !== order) return { error: badRequest([{ field: 'cursor', message: 'belongs to a listing in another order' }]) };
    // Only open stages have a next date (cases.state is kept in step with the events), so a date
    // filter reads only those cases.
    let states: readonly string[] | undefined = query.state ? [query.state] : undefined;
    if (byDate) states = (states ?? OPEN_STATES).filter((s) => (OPEN_STATES as readonly string[]).includes(s));
    return { query, asOf, select: { states, nextOn: query.due, nextBefore: query.overdue, order } };
  }

  /** Each listed case with where its next date stands on `asOf`; pure but for cases whose stored listing is not current. */
  private async render(page: ListedCase[], asOf: string): Promise<Listed[]> {
    const rows: Listed[] = [];
    for (const { record, listing } of page) {
      if (record.kind !== 'complaint') {
        rows.push({ record, next: null });
        continue;
      }
      if (listing.basis !== this.currentBasis(record.policyId)) {
        // Not worked out under the profile and holidays loaded now (the start-up recompute has not
        // reached it, or its profile is gone): replayed for this row, so what is shown is right.
        const s = this.statusOf(record, await this.deps.cases.events(record.id));
        // Shown rather than dropped: a case whose dates cannot be worked out must not vanish from an overdue list.
        rows.push('problem' in s ? { record, next: null, problem: s.problem } : { record, next: nextView(s.cal, s.status, asOf) });
        continue;
      }
      rows.push({ record, next: listing.next ? storedNextView(this.calendarOf(record), listing.next, asOf) : null });
    }
    return rows;
  }

  /** The basis a case of this policy is listed under now; null when the policy is not loaded. */
  private currentBasis(policyId: string): string | null {
    try {
      return this.deps.deadlines.basis(policyId);
    } catch (e) {
      if (e instanceof ProfileError) return null;
      throw e;
    }
  }

  private calendarOf(record: CaseRecord) {
    return this.deps.deadlines.calendar(this.deps.deadlines.profile(record.policyId));
  }

  /** A complaint's status, or why it cannot be worked out (its policy is no longer loaded). */
  private statusOf(record: CaseRecord, events: CaseEvent[]) {
    try {
      return { cal: this.calendarOf(record), status: this.deps.updates.statusFrom(record, events) };
    } catch (e) {
      if (e instanceof ProfileError || e instanceof CalendarRangeError || e instanceof DateInputError) {
        return { problem: `status unavailable: ${e.message}` };
      }
      throw e;
    }
  }
}
