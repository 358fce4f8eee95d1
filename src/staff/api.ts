import { z } from 'zod';
import { CaseEventInput, EventInFuture, EventRefused } from '../cases/lifecycle';
import type { CaseEvent, CaseRecord } from '../cases/records';
import type { CaseStore } from '../store/ports';
import { CASE_STATES, CaseNotFound, type CaseUpdates, OPEN_STATES } from '../cases/updates';
import { CalendarRangeError, DEFAULT_FIRST_YEAR, DEFAULT_LAST_YEAR } from '../deadlines/calendar';
import { DateInputError, formatDate, toLondon } from '../deadlines/local-date';
import type { DeadlineService } from '../deadlines/service';
import { ProfileError } from '../policy/parse';
import type { StaffAuth } from './auth';
import { exportRow, toCsv, toJsonLines } from './export';
import { caseView, listItem, type NextView, nextView, statusView } from './views';

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
  /** Read only after the caller is authenticated and only for routes that take a body. */
  readBody?: () => Promise<string>;
  /** Today's London date (YYYY-MM-DD), from the request's time, worked out at the edge. */
  today: string;
}

export interface StaffResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Thrown by a readBody that met a body over the size limit. */
export class BodyTooLarge extends Error {}

export interface StaffApiDeps {
  auth: StaffAuth;
  cases: CaseStore;
  updates: CaseUpdates;
  deadlines: DeadlineService;
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

const ListQuery = z
  .object({
    state: z.enum(CASE_STATES, { error: `must be one of ${CASE_STATES.join(', ')}` }).optional(),
    /** The next date the landlord must meet is this day. */
    due: queryDay.optional(),
    /** The next date the landlord must meet is before this day. */
    overdue: queryDay.optional(),
    /** The day working days are counted to; defaults to overdue, else due, else today. */
    asOf: queryDay.optional(),
  })
  .strict();
type ListQuery = z.infer<typeof ListQuery>;

function readQuery(search: string): { query: ListQuery } | { issues: Issue[] } {
  const params = new URLSearchParams(search);
  // No prototype: a parameter named "constructor" or "__proto__" is an unknown parameter like any other.
  const raw: Record<string, string> = Object.create(null);
  const issues: Issue[] = [];
  for (const [k, v] of params) {
    if (Object.hasOwn(raw, k)) issues.push({ field: k, message: 'give it once' });
    raw[k] = v;
  }
  const r = ListQuery.safeParse(raw);
  if (!r.success) issues.push(...describeIssues(r.error.issues, 'query').map((i) => (i.message === 'unknown field' ? { ...i, message: 'unknown parameter' } : i)));
  return issues.length ? { issues } : { query: (r as { data: ListQuery }).data };
}

interface Listed {
  record: CaseRecord;
  next: NextView | null;
  problem?: string;
}

export class StaffApi {
  constructor(private readonly deps: StaffApiDeps) {}

  async handle(req: StaffRequest): Promise<StaffResponse> {
    // Disabled is indistinguishable from "no such route", before any authentication: there is
    // nothing to authenticate against, and a 401 would invite clients to guess tokens.
    if (!this.deps.auth.enabled) return problem(404, 'NotFound', 'not found');
    const who = this.deps.auth.authenticate(req.authorization);
    if (!who.ok) {
      // RFC 6750: a challenge always; error="invalid_token" only when a token was presented.
      const challenge = who.reason === 'missing' ? 'Bearer realm="staff"' : 'Bearer realm="staff", error="invalid_token"';
      const message = who.reason === 'missing' ? 'a bearer token is required (Authorization: Bearer <token>)' : 'the bearer token was not accepted';
      return problem(401, 'Unauthorized', message, {}, { 'www-authenticate': challenge });
    }
    const actor = `staff:${who.name}`;

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
      if (parts.length === 4 && (parts[3] === 'export.csv' || parts[3] === 'export.jsonl')) {
        return method === 'GET' ? await this.export(parts[3] === 'export.csv' ? 'csv' : 'jsonl', search, req.today) : allow('GET');
      }
      const reference = (parts[3] ?? '').trim().toUpperCase();
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
    const parsed = CaseEventInput.safeParse(body);
    if (!parsed.success) return badRequest(describeIssues(parsed.error.issues));
    const dateIssues = eventDateIssues(parsed.data);
    if (dateIssues.length) return badRequest(dateIssues);
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
      // A date after today is wrong whatever the case holds: the caller's 400, like any bad value.
      if (e instanceof EventInFuture) return badRequest([{ field: e.field ?? 'body', message: e.message.replace(`${e.field}: `, '') }]);
      if (e instanceof EventRefused) return problem(409, 'Conflict', e.message, e.field ? { issues: [{ field: e.field, message: e.message.replace(`${e.field}: `, '') }] } : {});
      // Only an extension can push a date off the calendar: the event's own dates were checked above.
      if (e instanceof CalendarRangeError) return badRequest([{ field: parsed.data.type === 'extended' ? 'length' : 'body', message: e.message }]);
      throw e;
    }
  }

  /** GET /staff/cases/:reference */
  async getCase(reference: string, today: string): Promise<StaffResponse> {
    const record = await this.deps.cases.byReference(reference);
    if (!record) return problem(404, 'NotFound', `no case with reference ${reference}`);
    const events = await this.deps.cases.events(record.id);
    if (record.kind !== 'complaint') return json(200, caseView(record, events, null));
    const s = this.statusOf(record, events);
    return json(200, 'problem' in s ? caseView(record, events, null, s.problem) : caseView(record, events, statusView(s.cal, s.status, today)));
  }

  /** GET /staff/cases */
  async list(search: string, today: string): Promise<StaffResponse> {
    const r = await this.select(search, today);
    if ('error' in r) return r.error;
    const { query, asOf, rows } = r;
    return json(200, {
      asOf,
      filters: { state: query.state ?? null, due: query.due ?? null, overdue: query.overdue ?? null },
      count: rows.length,
      cases: rows.map((c) => listItem(c.record, c.next, c.problem)),
    });
  }

  /** GET /staff/cases/export.csv and export.jsonl */
  async export(format: 'csv' | 'jsonl', search: string, today: string): Promise<StaffResponse> {
    const r = await this.select(search, today);
    if ('error' in r) return r.error;
    const rows = r.rows.map((c) => exportRow(c.record, c.next, r.asOf));
    const filename = `cases-${r.asOf}.${format}`;
    return {
      status: 200,
      headers: {
        ...COMMON,
        'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
        'content-disposition': `attachment; filename="${filename}"`,
      },
      body: format === 'csv' ? toCsv(rows) : toJsonLines(rows),
    };
  }

  /** The cases a listing's filters select, each with its next date as of the listing's day. */
  private async select(search: string, today: string): Promise<{ error: StaffResponse } | { query: ListQuery; asOf: string; rows: Listed[] }> {
    const q = readQuery(search);
    if ('issues' in q) return { error: badRequest(q.issues) };
    const { query } = q;
    const asOf = query.asOf ?? query.overdue ?? query.due ?? today;
    const byDate = query.due !== undefined || query.overdue !== undefined;
    // Only open stages have a next date (cases.state is kept in step with the events by
    // CaseUpdates), so a date filter reads only those cases.
    let states: readonly string[] | undefined = query.state ? [query.state] : undefined;
    if (byDate) states = (states ?? OPEN_STATES).filter((s) => (OPEN_STATES as readonly string[]).includes(s));
    const rows: Listed[] = [];
    for (const { record, events } of await this.deps.cases.listWithEvents({ states })) {
      if (record.kind !== 'complaint') {
        rows.push({ record, next: null });
        continue;
      }
      const s = this.statusOf(record, events);
      if ('problem' in s) {
        // Shown rather than dropped: a case whose dates cannot be worked out must not vanish from an overdue list.
        rows.push({ record, next: null, problem: s.problem });
        continue;
      }
      const next = nextView(s.cal, s.status, asOf);
      if (query.due !== undefined && next?.date !== query.due) continue;
      if (query.overdue !== undefined && !(next && next.date < query.overdue)) continue;
      rows.push({ record, next });
    }
    // A date filter is a to-do list: soonest (or longest overdue) first.
    if (byDate) rows.sort((a, b) => (a.next?.date ?? '').localeCompare(b.next?.date ?? '') || a.record.id - b.record.id);
    return { query, asOf, rows };
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
