import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CORPORA, NEAR_DUPLICATE, wordSet } from '../../src/cli/triage-corpora';
import { ExclusionReason } from '../../src/policy/schema';
import { KINDS } from '../../src/triage';

// The checks issue #19's development sets written from published decisions are held to (README,
// Training): the scheme's fields and labels, sources no other corpus used, and no near-duplicate of
// any line in any corpus. The held-out file is compared by its words only: a failure names its
// line number, never its text, so the check cannot leak the held-out messages.
const HELD_OUT_FILE = 'test/fixtures/triage-heldout.jsonl';
export const rows = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .map((l, i) => ({ line: i + 1, text: l }))
    .filter((l) => l.text.trim());
// Typed loosely on purpose: the checks below are what make a line well formed.
type Line = Record<string, unknown> & { line: number; id: string; text: string; kind: string; source: string; accept?: string[]; lang: string };

const FIELDS = new Set(['id', 'lang', 'text', 'kind', 'reason', 'accept', 'urgent', 'safeguarding', 'why', 'source', 'group']);
// A decision is the same decision on any of the Ombudsman's hosts: compare its case number, or its path.
const caseOf = (source: string) => source.match(/(?<!\d)(\d{9}|\d\d-\d{3}-\d{3})(?!\d)/)?.[1] ?? source.replace(/\/$/, '');
const pathOf = (source: string) => source.replace(/^https?:\/\/[^/]+/, '').replace(/\/$/, '');
const share = (a: Set<string>, b: Set<string>) => {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common || 1);
};

export interface NewCorpus {
  name: string;
  file: string;
  idPrefix: string;
  minLines: number;
  minUrgent: number;
  minSafeguarding: number;
}

/** The `it`s every such corpus must pass; call inside a `describe`. */
export function checkNewCorpus(c: NewCorpus) {
  const lines = () => rows(c.file).map(({ line, text }) => ({ line, ...(JSON.parse(text) as object) }) as Line);
  const others = () => [...CORPORA.filter((x) => x.name !== c.name).map((x) => x.path), join(__dirname, '..', 'fixtures', 'triage-heldout.jsonl')];

  it('is in the corpora', () => {
    expect(CORPORA.map((x) => x.name)).toContain(c.name);
  });

  it("uses only the scheme's fields, kinds, reasons and flags", () => {
    const ids = new Set<string>();
    for (const m of lines()) {
      const where = `line ${m.line}`;
      for (const k of Object.keys(m)) if (k !== 'line') expect(FIELDS.has(k), `${where}: field ${k}`).toBe(true);
      expect(m.id, where).toMatch(new RegExp(`^${c.idPrefix}-\\d{3}$`));
      expect(ids.has(m.id), `${where}: id repeated`).toBe(false);
      ids.add(m.id);
      expect(['en', 'cy', 'mixed'], where).toContain(m.lang);
      expect(typeof m.text === 'string' && m.text.trim().length > 0, where).toBe(true);
      expect(KINDS, where).toContain(m.kind);
      if (m.kind === 'excluded') expect(ExclusionReason.options, where).toContain(m.reason);
      else expect(m.reason, where).toBeUndefined();
      for (const a of m.accept ?? []) {
        expect(KINDS, where).toContain(a);
        expect(a, `${where}: accept repeats the kind`).not.toBe(m.kind);
      }
      expect(typeof m.urgent, where).toBe('boolean');
      expect(typeof m.safeguarding, where).toBe('boolean');
      expect(typeof m.why === 'string' && m.why.length > 10, where).toBe(true);
      expect(m.source === 'composed' || /^https:\/\/\S+$/.test(m.source), where).toBe(true);
    }
  });

  it(`has the mix it was written to: at least ${c.minLines} lines, at least 45% Welsh or mixed, at most 20% composed, every kind, enough safety flags`, () => {
    const all = lines();
    expect(all.length).toBeGreaterThanOrEqual(c.minLines);
    expect(all.filter((m) => m.lang !== 'en').length / all.length).toBeGreaterThanOrEqual(0.45);
    expect(all.filter((m) => m.source === 'composed').length / all.length).toBeLessThanOrEqual(0.2);
    for (const k of KINDS) expect(all.some((m) => m.kind === k), k).toBe(true);
    expect(all.filter((m) => m.urgent).length).toBeGreaterThanOrEqual(c.minUrgent);
    expect(all.filter((m) => m.safeguarding).length).toBeGreaterThanOrEqual(c.minSafeguarding);
  });

  it('draws on no decision another corpus already used', () => {
    const used = new Set<string>();
    for (const path of others().filter((p) => !p.endsWith('triage-heldout.jsonl'))) {
      for (const { text } of rows(path)) {
        const source = (JSON.parse(text) as { source?: string }).source;
        if (source && source !== 'composed') used.add(caseOf(source)).add(pathOf(source));
      }
    }
    const shared = lines()
      .filter((m) => m.source !== 'composed' && (used.has(caseOf(m.source)) || used.has(pathOf(m.source))))
      .map((m) => m.id);
    expect(shared).toEqual([]);
  });

  it(`has no line sharing more than ${NEAR_DUPLICATE} of its words with another of its own lines or with any line of any corpus, the held-out file included`, () => {
    const mine = lines().map((m) => ({ id: m.id, words: wordSet(m.text) }));
    const near: string[] = [];
    mine.forEach((a, i) => {
      for (const b of mine.slice(i + 1)) if (share(a.words, b.words) > NEAR_DUPLICATE) near.push(`${a.id} ~ ${b.id}`);
    });
    for (const path of others()) {
      const name = path.endsWith(HELD_OUT_FILE.split('/').pop()!) ? HELD_OUT_FILE : path.split('/').slice(-2).join('/');
      for (const { line, text } of rows(path)) {
        const words = wordSet((JSON.parse(text) as { text: string }).text);
        for (const a of mine) if (share(a.words, words) > NEAR_DUPLICATE) near.push(`${a.id} ~ ${name} line ${line}`);
      }
    }
    expect(near).toEqual([]);
  });
}
