import type { CaseEvent, CaseRecord } from '../cases/records';
import { whenTexts } from '../i18n/when-text';
import type { NextView } from './views';

/**
 * Flat rows of cases for a contact centre's or case-management system's import, as CSV
 * (RFC 4180) or JSON Lines. Both carry the same columns; JSON Lines keeps their types.
 */

export const EXPORT_COLUMNS = [
  'reference',
  'kind',
  'policy',
  'policy_version',
  'state',
  'stage',
  'received_at',
  'language',
  'channel',
  'next_kind',
  'next_date',
  'next_extended',
  'due',
  'working_days',
  'as_of',
  'name',
  'phone',
  'email',
  'address',
  'letter_language',
  'outcomes',
  'outcomes_text',
  'adjustments',
  'adjustments_text',
  'consent_needed',
  'triage_kind',
  'triage_reason',
  'description',
  'location',
  // Issue #19: when it happened or, still going on, since when ("since October 2024, ongoing").
  'when',
  'when_cy',
  'started_on',
  'ongoing',
  // What happened to the case, oldest first, each "<when> <what> <who>": filed, acknowledged, a
  // hand-back by a member of staff, stage 2… (the data of each is in GET /staff/cases/:reference).
  'events',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportValue = string | number | boolean | string[] | null;
export type ExportRow = Record<ExportColumn, ExportValue>;

// Stored details are JSON written by whichever release filed the case: read them defensively.
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const codes = (v: unknown): string[] => (Array.isArray(v) ? v.filter((c): c is string => typeof c === 'string') : []);

/** "2026-12-06T23:05:46.259Z handed_back person:rhian": one event, as the export lists it. */
export const eventLine = (e: CaseEvent): string => `${e.at} ${e.type} ${e.actor}`;

export function exportRow(record: CaseRecord, next: NextView | null, asOf: string, events: readonly CaseEvent[] = []): ExportRow {
  const d = obj(record.details);
  const contact = obj(d.contact);
  const outcomes = obj(d.outcomes);
  const adjustments = obj(d.adjustments);
  const representative = obj(d.representative);
  const triage = obj(record.triage);
  const when = obj(d.when);
  const whenText = whenTexts(d.when);
  return {
    reference: record.reference,
    kind: record.kind,
    policy: record.policyId,
    policy_version: record.policyVersion,
    state: record.state,
    stage: record.stage,
    received_at: record.receivedAt,
    language: record.language,
    channel: record.channelId,
    next_kind: next?.kind ?? null,
    next_date: next?.date ?? null,
    next_extended: next ? next.extended : null,
    due: next?.due ?? null,
    working_days: next?.workingDays ?? null,
    as_of: asOf,
    name: contact.anonymous === true ? null : text(contact.name),
    phone: text(contact.phone),
    email: text(contact.email),
    address: text(contact.address),
    letter_language: text(contact.letterLanguage),
    outcomes: codes(outcomes.codes),
    outcomes_text: text(outcomes.text),
    adjustments: codes(adjustments.codes),
    adjustments_text: text(adjustments.text),
    consent_needed: typeof representative.consentNeeded === 'boolean' ? representative.consentNeeded : null,
    triage_kind: text(triage.kind),
    triage_reason: text(triage.reason),
    description: text(d.description),
    location: text(d.location),
    when: whenText?.en ?? null,
    when_cy: whenText?.cy ?? null,
    started_on: text(when.date),
    ongoing: typeof when.ongoing === 'boolean' ? when.ongoing : d.when ? false : null,
    events: events.map(eventLine),
  };
}

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula (and tab or carriage return
 * can smuggle one past a naive check), so a resident who writes "=HYPERLINK(…)" as their
 * name could run it on a member of staff's machine when the export is opened (CSV/formula
 * injection). Every such cell gets a leading single quote, which makes it text; leading
 * spaces are looked through as some spreadsheets trim them before deciding.
 */
const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: quote a field with a comma, quote, CR or LF, doubling any quotes inside. */
export function csvField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function csvCell(v: ExportValue): string {
  if (v === null) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = Array.isArray(v) ? v.join(';') : v;
  return csvField(neutraliseFormula(s));
}

/** The header row, with its CRLF. */
export const CSV_HEADER = `${EXPORT_COLUMNS.join(',')}\r\n`;

/** One line per case, each ending CRLF as RFC 4180 has them: a page of a streamed export. */
export function csvRows(rows: readonly ExportRow[]): string {
  let out = '';
  for (const r of rows) out += `${EXPORT_COLUMNS.map((c) => csvCell(r[c])).join(',')}\r\n`;
  return out;
}

/** A header row and one row per case. */
export function toCsv(rows: readonly ExportRow[]): string {
  return CSV_HEADER + csvRows(rows);
}

/**
 * One JSON object per line. JSON escapes CR and LF inside values but not U+2028/U+2029, which
 * some line readers (Python's splitlines, for one) also break on: escaped here so a record is
 * always exactly one line whatever a resident typed.
 */
export function toJsonLines(rows: readonly ExportRow[]): string {
  return rows.map((r) => `${JSON.stringify(r).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}\n`).join('');
}
