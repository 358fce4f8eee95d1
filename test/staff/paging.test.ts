import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/app';
import { DEFAULT_PAGE, MAX_PAGE } from '../../src/staff/api';
import { type InProcessBot, startInProcess } from '../e2e/in-process';
import { call, core, file, post, TOKEN, TOKENS } from './helpers';

interface Page {
  json: { count: number; limit: number; nextCursor: string | null; cases: Array<{ reference: string }> };
}
const refs = (r: Page) => r.json.cases.map((x) => x.reference);

/** Every page of a listing, following nextCursor to the end. */
async function allPages(c: Core, query: string) {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const r: Page & { status: number } = await call(c, { url: `/staff/cases?${query}${cursor ? `&cursor=${cursor}` : ''}` });
    expect(r.status).toBe(200);
    pages.push(refs(r));
    cursor = r.json.nextCursor;
  } while (cursor && pages.length < 50);
  return pages;
}

describe('GET /staff/cases, a page at a time', () => {
  let c: Core;
  const filed: string[] = [];
  beforeAll(async () => {
    c = core();
    // Seven complaints received a day apart (acknowledgements due on seven working days), an
    // eighth acknowledged (its next date moves to the reply), and feedback.
    for (let d = 0; d < 7; d++) filed.push(await file(c, { receivedAt: `2026-11-${String(16 + d).padStart(2, '0')}T10:00:00.000Z` }));
    filed.push(await file(c, { kind: 'feedback' }));
    expect((await post(c, filed[0], { type: 'acknowledged', date: '2026-11-20' })).status).toBe(201);
  });

  it.each([
    ['filing order', 'limit=3', [3, 3, 2]],
    ['filing order, one a page', 'limit=1', [1, 1, 1, 1, 1, 1, 1, 1]],
    ['overdue, soonest first', 'overdue=2026-12-31&limit=2', [2, 2, 2, 1]],
    ['one state', 'state=stage1_open&limit=4', [4, 3]],
  ])('%s: the pages together are the whole listing, each case once, in its order', async (_what, query, sizes) => {
    const whole = refs(await call(c, { url: `/staff/cases?${query.replace(/&?limit=\d+/, '')}` }));
    const pages = await allPages(c, query);
    expect(pages.map((p) => p.length)).toEqual(sizes);
    expect(pages.flat()).toEqual(whole);
  });

  it('orders overdue by next date, ties by filing order, as before paging', async () => {
    const r = await call(c, { url: '/staff/cases?overdue=2026-12-31' });
    const dates = r.json.cases.map((x: { next: { date: string } }) => x.next.date);
    expect([...dates].sort()).toEqual(dates);
    expect(r.json.count).toBe(7);
    expect(r.json.nextCursor).toBeNull();
  });

  it(`pages ${DEFAULT_PAGE} at a time unless told, and at most ${MAX_PAGE}`, async () => {
    const big = core();
    for (let i = 0; i < DEFAULT_PAGE + 1; i++) await file(big, { kind: 'feedback' });
    const first = await call(big, { url: '/staff/cases' });
    expect([first.json.count, first.json.limit, typeof first.json.nextCursor]).toEqual([DEFAULT_PAGE, DEFAULT_PAGE, 'string']);
    const rest = await call(big, { url: `/staff/cases?cursor=${first.json.nextCursor}` });
    expect([rest.json.count, rest.json.nextCursor]).toEqual([1, null]);
    expect((await call(big, { url: `/staff/cases?limit=${MAX_PAGE}` })).json.count).toBe(DEFAULT_PAGE + 1);
  });

  it.each([
    ['limit=0', 'limit', /from 1 to 1000/],
    ['limit=1001', 'limit', /from 1 to 1000/],
    ['limit=-1', 'limit', /from 1 to 1000/],
    ['limit=1.5', 'limit', /from 1 to 1000/],
    ['limit=', 'limit', /from 1 to 1000/],
    ['cursor=nonsense!', 'cursor', /not a cursor/],
    ['cursor=' + Buffer.from('{"o":"f","i":-1,"d":null}').toString('base64url'), 'cursor', /not a cursor/],
    ['cursor=' + Buffer.from('{"o":"f","i":1,"d":null,"x":1}').toString('base64url'), 'cursor', /not a cursor/],
    ['cursor=' + 'A'.repeat(300), 'cursor', /not a cursor/],
    ['overdue=2026-12-31&cursor=' + Buffer.from('{"o":"f","i":1,"d":null}').toString('base64url'), 'cursor', /another order/],
  ])('answers 400 for %s', async (query, field, message) => {
    const r = await call(c, { url: `/staff/cases?${query}` });
    expect(r.status).toBe(400);
    expect(r.json.issues.map((i: { field: string }) => i.field)).toContain(field);
    expect(r.json.message).toMatch(message);
  });

  it('refuses limit and cursor on an export, which is never paged', async () => {
    const r = await call(c, { url: '/staff/cases/export.csv?limit=5' });
    expect(r.status).toBe(400);
    expect(r.json.message).toMatch(/limit: an export is not paged/);
  });
});

describe('a large export over HTTP', () => {
  let bot: InProcessBot;
  const COUNT = 1_234; // more than two of the export's store pages
  beforeAll(async () => {
    bot = await startInProcess({ STAFF_API_TOKENS: TOKENS });
    const core = bot.app as unknown as Core;
    for (let i = 0; i < COUNT; i++) await file(core, i % 3 ? {} : { kind: 'feedback' });
  }, 120_000);
  afterAll(async () => bot?.stop());

  it.each([
    ['csv', (text: string) => text.trimEnd().split('\r\n').slice(1).map((l) => l.split(',')[0])],
    ['jsonl', (text: string) => text.trimEnd().split('\n').map((l) => (JSON.parse(l) as { reference: string }).reference)],
  ] as const)('arrives complete and in filing order, streamed (%s)', async (format, referencesOf) => {
    const res = await fetch(`${bot.url}/staff/cases/export.${format}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    // Streamed: no length known up front, sent in chunks.
    expect(res.headers.get('content-length')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    if (format === 'csv') expect(text.startsWith('reference,kind,')).toBe(true);
    const got = referencesOf(text);
    const listed = (await (bot.app as unknown as Core).store.cases.listPage({ order: 'filed', limit: COUNT + 1 })).map((x) => x.record.reference);
    expect(got.length).toBe(COUNT);
    expect(got).toEqual(listed);
  }, 60_000);

  it('cuts the connection when the store fails part way, so a broken export never looks complete', async () => {
    const cases = (bot.app as unknown as Core).store.cases;
    const listPage = cases.listPage.bind(cases);
    let calls = 0;
    cases.listPage = async (q) => {
      if (++calls === 3) throw new Error('store went away');
      return listPage(q);
    };
    try {
      const res = await fetch(`${bot.url}/staff/cases/export.jsonl`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(200);
      await expect(res.text()).rejects.toThrow();
      expect(calls).toBe(3);
      expect(bot.output()).toContain('staff stream failed part way');
    } finally {
      cases.listPage = listPage;
    }
  }, 60_000);
});
