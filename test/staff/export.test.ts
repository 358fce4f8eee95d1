import { describe, expect, it } from 'vitest';
import { csvField, EXPORT_COLUMNS, neutraliseFormula, toCsv, toJsonLines, type ExportRow } from '../../src/staff/export';
import { call, core, file, post } from './helpers';

/** A strict RFC 4180 reader, to check what a spreadsheet or importer would read back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quote');
        cell += text.slice(i, q);
        i = q + 1;
        if (text[i] === '"') {
          cell += '"';
          i++;
        } else break;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      if (i === text.length) return rows;
      continue;
    }
    throw new Error(`expected , or CRLF at ${i}`);
  }
}

describe('CSV cells', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', async () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('neutralises cells a spreadsheet would run as a formula', async () => {
    for (const bad of ['=1+1', '+44 7700 900123', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '  =cmd|" /C calc"!A0', '=HYPERLINK("http://x")']) {
      expect(neutraliseFormula(bad)).toBe(`'${bad}`);
    }
    for (const fine of ['Sam Jones', '07700 900123', 'a=b', 'e-mail@example.com', '', "'already"]) expect(neutraliseFormula(fine)).toBe(fine);
  });
});

const row = (over: Partial<ExportRow>): ExportRow => ({ ...(Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, null])) as ExportRow), ...over });

describe('toCsv and toJsonLines', () => {
  it('writes a header row and CRLF-terminated records that read back exactly, formulas made text', async () => {
    const csv = toCsv([
      row({ reference: 'CMP-2345-6789', stage: 1, consent_needed: false, outcomes: ['repair', 'apology'], name: '=HYPERLINK("http://evil","click")', description: 'Leak, again.\r\nSaid "soon"' }),
    ]);
    expect(csv.startsWith(`${EXPORT_COLUMNS.join(',')}\r\n`)).toBe(true);
    const [header, record] = parseCsv(csv);
    expect(header).toEqual([...EXPORT_COLUMNS]);
    const get = (c: string) => record[EXPORT_COLUMNS.indexOf(c as never)];
    expect(get('reference')).toBe('CMP-2345-6789');
    expect(get('stage')).toBe('1');
    expect(get('consent_needed')).toBe('false');
    expect(get('outcomes')).toBe('repair;apology');
    expect(get('name')).toBe(`'=HYPERLINK("http://evil","click")`);
    expect(get('description')).toBe('Leak, again.\r\nSaid "soon"');
    expect(get('next_date')).toBe('');
  });

  it('writes one JSON object per line, values as typed and not neutralised', async () => {
    const lines = toJsonLines([row({ reference: 'A', name: '=1+1', description: 'one\ntwo\u2028three', outcomes: [] }), row({ reference: 'B' })]);
    expect(lines.endsWith('\n')).toBe(true);
    const split = lines.split('\n');
    expect(split).toHaveLength(3);
    expect(lines).not.toContain('\u2028');
    const first = JSON.parse(split[0]);
    expect(first).toMatchObject({ reference: 'A', name: '=1+1', description: 'one\ntwo\u2028three', outcomes: [], stage: null });
    expect(Object.keys(first)).toEqual([...EXPORT_COLUMNS]);
  });
});

describe('GET /staff/cases/export.csv and export.jsonl', () => {
  async function fixture() {
    const c = core();
    const evil = await file(c, {
      details: {
        description: '=cmd|" /C calc"!A0, and the leak is back',
        location: '@home',
        outcomes: { codes: ['repair'], text: '-1 for the repairs team' },
        adjustments: { codes: ['large_print', 'interpreter'], text: 'Polish' },
        representative: { isResident: false, kind: 'relative', consentNeeded: true },
        contact: { anonymous: false, name: '+Sam "SJ" Jones', phone: '+44 7700 900123', email: 'sam@example.com', letterLanguage: 'cy' },
      },
      triage: { kind: 'excluded', reason: 'legal_proceedings' },
      language: 'cy',
    });
    const plain = await file(c);
    await post(c, plain, { type: 'acknowledged', date: '2026-11-25' });
    return { c, evil, plain };
  }

  it('exports CSV with the columns, formulas neutralised, and the listing filters', async () => {
    const { c, evil, plain } = await fixture();
    const r = await call(c, { url: '/staff/cases/export.csv', today: '2026-11-24' });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['content-disposition']).toBe('attachment; filename="cases-2026-11-24.csv"');
    const [header, ...records] = parseCsv(r.body);
    for (const col of ['reference', 'kind', 'policy', 'state', 'stage', 'received_at', 'language', 'channel', 'next_kind', 'next_date', 'name', 'phone', 'email', 'outcomes', 'adjustments', 'consent_needed', 'triage_kind', 'triage_reason']) {
      expect(header).toContain(col);
    }
    const rows = records.map((rec) => Object.fromEntries(header.map((h, i) => [h, rec[i]])));
    expect(rows.map((x) => x.reference)).toEqual([evil, plain]);
    expect(rows[0]).toMatchObject({
      kind: 'complaint',
      policy: 'housing-ombudsman-code',
      state: 'stage1_open',
      stage: '1',
      received_at: '2026-11-23T10:00:00.000Z',
      language: 'cy',
      channel: 'test',
      next_kind: 'acknowledge',
      next_date: '2026-11-30',
      due: 'due_in',
      working_days: '4',
      name: `'+Sam "SJ" Jones`,
      phone: `'+44 7700 900123`,
      email: 'sam@example.com',
      outcomes: 'repair',
      outcomes_text: `'-1 for the repairs team`,
      adjustments: 'large_print;interpreter',
      consent_needed: 'true',
      triage_kind: 'excluded',
      triage_reason: 'legal_proceedings',
      description: `'=cmd|" /C calc"!A0, and the leak is back`,
      location: "'@home",
    });
    expect(rows[1]).toMatchObject({ next_kind: 'respond', next_date: '2026-12-09' });
    // What happened to each case, oldest first: the export showed none before.
    expect(rows[0].events).toMatch(/^\S+Z filed bot$/);
    expect(rows[1].events).toMatch(/^\S+Z filed bot;\S+Z acknowledged staff:contact-centre$/);

    const due = parseCsv((await call(c, { url: '/staff/cases/export.csv?due=2026-12-09' })).body);
    expect(due.slice(1).map((x) => x[0])).toEqual([plain]);
    const bad = await call(c, { url: '/staff/cases/export.csv?overdue=soon' });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toMatch(/^overdue: /);
  });

  it('exports JSON Lines with the same columns, typed, and the same filters', async () => {
    const { c, evil, plain } = await fixture();
    const r = await call(c, { url: '/staff/cases/export.jsonl?state=stage1_open' });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const records = r.body.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records.map((x) => x.reference)).toEqual([evil, plain]);
    expect(records[0]).toMatchObject({ name: '+Sam "SJ" Jones', stage: 1, consent_needed: true, adjustments: ['large_print', 'interpreter'], working_days: 4 });
    expect(records[1].events.map((e: string) => e.split(' ').slice(1))).toEqual([['filed', 'bot'], ['acknowledged', 'staff:contact-centre']]);
    expect((await call(c, { url: '/staff/cases/export.jsonl?state=closed' })).body).toBe('');
  });
});

describe('"when" for staff: since when, still going on (issue #19)', () => {
  const WHEN: Array<[string, unknown, { when: string | null; when_cy: string | null; started_on: string | null; ongoing: boolean | null }]> = [
    ['ongoing since a month', { text: "since October 2024 and it's still happening", date: '2024-10-01', precision: 'month', ongoing: true }, { when: 'since October 2024, ongoing', when_cy: 'ers mis Hydref 2024, yn parhau', started_on: '2024-10-01', ongoing: true }],
    ['ongoing since a year', { text: 'byth ers 2023', date: '2023-01-01', precision: 'year', ongoing: true }, { when: 'since 2023, ongoing', when_cy: 'ers 2023, yn parhau', started_on: '2023-01-01', ongoing: true }],
    ['ongoing since about', { text: 'for two years', date: '2024-11-23', precision: 'approx', ongoing: true }, { when: 'since about November 2024, ongoing', when_cy: 'ers tua mis Tachwedd 2024, yn parhau', started_on: '2024-11-23', ongoing: true }],
    ['ongoing, no start', { text: 'bob gaeaf', date: null, precision: null, ongoing: true }, { when: 'ongoing (start not given)', when_cy: 'yn parhau (heb ddyddiad dechrau)', started_on: null, ongoing: true }],
    ['a one-off filed before issue #19', { text: '12/03/2024', date: '2024-03-12', precision: 'day' }, { when: 'Tuesday 12 March 2024', when_cy: 'dydd Mawrth 12 Mawrth 2024', started_on: '2024-03-12', ongoing: false }],
    ['not asked', undefined, { when: null, when_cy: null, started_on: null, ongoing: null }],
  ];
  it.each(WHEN)('%s: the case view, CSV and JSON Lines say it in words', async (_what, when, expected) => {
    const c = core();
    const reference = await file(c, { details: { description: 'Damp', ...(when ? { when } : {}) } as never });
    const csv = await call(c, { url: '/staff/cases/export.csv', today: '2026-11-24' });
    const [header, record] = parseCsv(csv.body);
    const got = Object.fromEntries(header.map((h, i) => [h, record[i]]));
    expect({ when: got.when, when_cy: got.when_cy, started_on: got.started_on, ongoing: got.ongoing }).toEqual(
      Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, v === null ? '' : String(v)])),
    );
    const jsonl = await call(c, { url: '/staff/cases/export.jsonl', today: '2026-11-24' });
    expect(JSON.parse(jsonl.body.split('\n')[0])).toMatchObject(expected);
    const view = JSON.parse((await call(c, { url: `/staff/cases/${reference}`, today: '2026-11-24' })).body);
    expect(view.when).toEqual(expected.when === null ? null : { en: expected.when, cy: expected.when_cy });
    // The time limit, and why: still going on is within it, counted from receipt.
    if (expected.ongoing) expect(view.timeLimit).toMatchObject({ within: true, basis: 'ongoing', basisDate: '2026-11-23', text: { en: expect.stringMatching(/^Within the time limit: the problem is still happening/), cy: expect.stringMatching(/^O fewn y terfyn amser: mae'r broblem yn dal i ddigwydd/) } });
    else if (expected.started_on) expect(view.timeLimit).toMatchObject({ within: false, basis: 'event', limitDate: '2025-03-12', text: { en: expect.stringMatching(/^Outside the time limit/) } });
    else expect(view.timeLimit).toBeNull();
  });
});
