import { createCore, type Core } from '../../src/app';
import type { NewCase } from '../../src/cases/records';
import { readEnv } from '../../src/config/env';
import { listingAtFiling } from '../../src/cases/updates';
import type { StaffResponse } from '../../src/staff/api';

export const TOKEN = 'cc-0123456789abcdefghijklmnop';
export const CMS_TOKEN = 'cms-zyxwvutsrqponmlkjihgfedcba9876';
export const TOKENS = `contact-centre:${TOKEN},cms:${CMS_TOKEN}`;

/** The real core on an in-memory database, with the staff API switched on unless told otherwise. */
export function core(settings: Record<string, string> = { STAFF_API_TOKENS: TOKENS }): Core {
  return createCore(readEnv({ DATABASE_PATH: ':memory:', ...settings }));
}

let n = 0;
/** Files a case as the bot would, received Monday 23 November 2026 unless told otherwise. */
export async function file(c: Core, over: Partial<NewCase> = {}): Promise<string> {
  const key = `test:conv:${n++}`;
  const { record } = await c.store.cases.file({
    idempotencyKey: key,
    kind: 'complaint',
    policyId: 'housing-ombudsman-code',
    policyVersion: '2024.1',
    language: 'en',
    channelId: 'test',
    userKey: 'test:u1',
    conversationKey: key,
    conversationRef: { conversation: { id: key } },
    receivedAt: '2026-11-23T10:00:00.000Z',
    details: {
      description: 'The boiler keeps breaking',
      location: 'Flat 3, 12 Park Road',
      outcomes: { codes: ['repair', 'compensation'] },
      adjustments: { codes: ['large_print'] },
      representative: { isResident: true, consentNeeded: false },
      contact: { anonymous: false, name: 'Sam Jones', phone: '07700 900123', email: 'sam@example.com', letterLanguage: 'en' },
    },
    triage: { kind: 'complaint', urgent: false, safeguarding: false, language: 'en', dissatisfied: true, signals: [] },
    deadlines: null,
    actor: 'bot',
    ...over,
    // Its first next date, as the bot's filing works it out (unless the test gives one).
    listing: over.listing ?? listingAtFiling(c.updates.deadlines, { kind: over.kind ?? 'complaint', policyId: over.policyId ?? 'housing-ombudsman-code', receivedAt: over.receivedAt ?? '2026-11-23T10:00:00.000Z' }),
  });
  return record.reference;
}

export interface Call {
  method?: string;
  url: string;
  token?: string | null;
  body?: unknown;
  today?: string;
}

/** Calls the staff API as the HTTP edge would; a string body is sent as is (for malformed JSON). */
export async function call(c: Core, { method = 'GET', url, token = TOKEN, body: sent, today = '2026-11-24' }: Call) {
  const res: StaffResponse = await c.staff.handle({
    method,
    url,
    authorization: token === null ? undefined : `Bearer ${token}`,
    readBody: async () => (sent === undefined ? '' : typeof sent === 'string' ? sent : JSON.stringify(sent)),
    today,
  });
  // A streamed body (exports) is read to the end, as the HTTP edge would send it.
  let body = res.body;
  if (res.stream) for await (const chunk of res.stream) body += chunk;
  const isJson = String(res.headers['content-type'] ?? '').startsWith('application/json');
  return { ...res, body, json: isJson ? JSON.parse(body) : undefined };
}

/**
 * The day staff record an event on: the day it happened, as they would (the API refuses dates after
 * today), and never before the helpers' usual today.
 */
function dayOf(body: unknown): string {
  const e = (body ?? {}) as { date?: unknown; at?: unknown };
  const when = typeof e.date === 'string' ? e.date : typeof e.at === 'string' ? e.at.slice(0, 10) : '';
  return /^\d{4}-\d{2}-\d{2}$/.test(when) && when > '2026-11-24' ? when : '2026-11-24';
}

export const post = (c: Core, reference: string, body: unknown, extra: Partial<Call> = {}) =>
  call(c, { method: 'POST', url: `/staff/cases/${reference}/events`, body, today: dayOf(body), ...extra });
