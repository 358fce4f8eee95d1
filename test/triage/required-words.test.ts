import { describe, expect, it } from 'vitest';
import { loadAll } from '../../src/cli/triage-corpora';
import { createMatcher } from '../../src/triage/matcher';
import { EXPRESSIONS, typedWordsSuffice } from '../../src/triage/features';
import { BLOCKS, describeNeed, MOST_REDUCED, needOf, needsOf, prefiltered, wordsPresent } from '../../src/triage/required-words';

// The prefilter's promise: for any text, running only the alternatives whose words are present
// finds exactly what the whole expression finds (same place, same words), and skips the
// expression only when it finds nothing.
function sameAsWhole(re: RegExp, text: string) {
  const whole = re.exec(text);
  const chosen = prefiltered(re).for(wordsPresent([text]));
  const got = chosen ? chosen.exec(text) : null;
  // Asked with the text too, marks (punctuation) are looked for in it.
  const withMarks = prefiltered(re).for(wordsPresent([text]), text);
  const gotWithMarks = withMarks ? withMarks.exec(text) : null;
  return { whole: whole && [whole.index, whole[0]], got: got && [got.index, got[0]], gotWithMarks: gotWithMarks && [gotWithMarks.index, gotWithMarks[0]] };
}

describe('what an expression needs', () => {
  it.each([
    [/\bgone quiet|went quiet\b/, [{ all: ['gone', '^quiet…'] }, { all: ['…went$', 'quiet'] }]],
    [/\b(no|without an?) (reply|answer)\b/, [{ all: [{ any: ['no', { all: ['without', '^a…'] }] }, { any: ['reply', 'answer'] }] }]],
    // Beside an optional group the reader cannot be sure what comes before: inside a word, then.
    [/\b(reasonable )?adjustments?\b/, ['…adjustment…']],
    [/\b(blame|blaming)\b.{0,30}\bfault/, [{ all: [{ any: ['blame', 'blaming'] }, '^fault…'] }]],
    [/(^|[.!?] )(why|pam)\b/, [{ any: ['why', 'pam'] }]],
    [/\brecharge|autis\w*/, ['^recharge…', '…autis…']],
    [/\b\d+ (years|yrs)\b/, [{ any: ['years', 'yrs'] }]],
    [/(foo)+bar/, [{ all: ['…foo…', '…bar…'] }]],
    [/x(?=y)z/, [{ all: ['…x…', '…z…'] }]],
    [/a|/, ['…a…', true]],
    // Punctuation a match cannot do without: a mark, asked of one text at a time.
    [/\bany (news|update)\b[^.!]{0,20}\?|\bwhen\b/, [{ all: ['any', { any: ['news', 'update'] }, '"?"'] }, 'when']],
    [/\b(dim|heb)-(ateb)\b|[.!?] (why)\b|(^|[.!?] )pam\b/, [{ all: [{ any: ['dim', 'heb'] }, '"-"', 'ateb'] }, { all: [{ any: ['"."', '"!"', '"?"'] }, 'why'] }, 'pam']],
  ])('%s needs %j', (re, expected) => {
    expect(needsOf(re)!.map((a) => describeNeed(a.need))).toEqual(expected);
  });

  it.each([/(a)\1/, /caf\u00e9/i, /\p{L}/u, /(?<x>a)\k<x>/])('cannot read %s, so it is always run', (re) => {
    expect(describeNeed(needOf(re))).toBe(true);
  });
});

describe('running only what can match', () => {
  it.each<[RegExp, ...string[]]>([
    [/\bgone quiet\b/, 'it has gone quiet', 'it has gone quietly', 'it has gonequiet', 'undergone quiet'],
    [/\b(no|without an?) (reply|answer)\b/, 'without an answer', 'without a reply', 'no reply', 'no replyy'],
    [/\b(reasonable )?adjustments?\b/, 'reasonable adjustments', 'adjustment', 'readjustment', 'adjustments_'],
    [/(^|[.!?] )(why|pam)\b/, 'why not', 'ok. why', 'ok why', 'pam? pam'],
    [/\brecharge|autis\w*/, 'recharged', 'autistic', 'xrecharge', 'non-autistic'],
    [/\b(case|asb) officer\b.{0,60}\b(never|not)\b/, 'the asb officer has not', 'case officer', 'the case officer never', 'officer never'],
    [/\bany (news|update)\b[^.!]{0,20}\?|\bwhen\b/, ' any news yet ', 'any news yet?', 'when is any news due?', 'any news. when', 'any update? ', '?any news'],
    [/\b(dim|heb)-(ateb)\b|[.!?] (why)\b/, 'dim-ateb', 'dim ateb', 'ok? why', 'ok why', 'heb-ateb. why', 'why'],
  ])('%s finds what the whole expression finds', (re, ...texts) => {
    for (const text of texts) {
      const r = sameAsWhole(re, text);
      expect(r.got, text).toEqual(r.whole);
      expect(r.gotWithMarks, text).toEqual(r.whole);
    }
  });

  it('drops an alternative that needs a mark only from a text without it', () => {
    const p = prefiltered(/\bany news\b[^.!]{0,20}\?|\bwhen\b/);
    const words = wordsPresent([' any news when '], [], []);
    expect(p.for(words, ' any news when ')?.source).toBe('\\bwhen\\b');
    expect(p.for(words, 'any news when?')?.source).toBe(p.re.source);
    expect(p.for(words)?.source).toBe(p.re.source);
    expect(p.could(wordsPresent(['nothing here']))).toBe(false);
  });

  it('keeps the right blocks of alternatives however many an expression has (a number for up to 30, a list beyond)', () => {
    // The alternatives kept are remembered per expression by a key: one bit each up to 30 of
    // them, a list of their numbers beyond. One prefilter asked in turn about words at both ends
    // and in the middle, alone and together (alternative 44 after 12: the same bit, were bits
    // used beyond 30), must give each time the match the whole expression gives.
    for (const count of [2, 29, 30, 31, 45]) {
      const words = Array.from({ length: count }, (_, i) => `w${i}x`);
      const re = new RegExp(words.map((w) => `\\b${w}\\b`).join('|'));
      const p = prefiltered(re);
      const picks = [[0], [count - 1], [(count - 1) % 32], [Math.floor(count / 2)], [0, count - 1], [count - 2, 1], []];
      for (const pick of picks) {
        const text = `start ${pick.map((i) => words[i]).join(' and ')} end`;
        const chosen = p.for(wordsPresent([text]));
        // Kept a block of consecutive alternatives at a time (BLOCKS blocks an expression at most).
        const block = Math.max(1, Math.ceil(count / BLOCKS));
        const kept = new Set(pick.flatMap((i) => Array.from({ length: block }, (_, k) => Math.floor(i / block) * block + k).filter((a) => a < count))).size;
        expect({ count, text, kept: chosen === null ? 0 : chosen.source.split('|').length }).toEqual({ count, text, kept });
        expect({ count, text, found: chosen?.exec(text)?.[0] ?? null }).toEqual({ count, text, found: re.exec(text)?.[0] ?? null });
      }
    }
  });

  it('finds what every triage expression finds, on every corpus line and on word salad', () => {
    const matcher = createMatcher();
    const lines = loadAll().map((m) => m.text);
    const texts: string[] = [];
    for (const text of lines) {
      texts.push(` ${matcher.tokens(text).map((t) => t.form).join(' ')} `);
      texts.push(text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’']/g, '').replace(/[^\p{L}\p{N}.!?]+/gu, ' '));
    }
    // Word salad: corpus words run together with the punctuation and joins that decide word
    // boundaries, so alternatives are tried beside the edges the prefilter reasons about.
    const words = texts.join(' ').split(/\s+/).filter(Boolean);
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const joins = [' ', ' ', ' ', ' ', '', "'", '-', '. ', '? ', '_', '!', '2', ' . '];
    for (let i = 0; i < 3000; i++) {
      let t = ' ';
      const n = 2 + Math.floor(next() * 12);
      for (let k = 0; k < n; k++) t += words[Math.floor(next() * words.length)] + joins[Math.floor(next() * joins.length)];
      texts.push(t);
    }
    let matched = 0;
    let skipped = 0;
    let markSkipped = 0;
    // A text's words are the same for every expression: read once, not once an expression.
    const present = texts.map((text) => wordsPresent([text]));
    for (const [name, re] of EXPRESSIONS) {
      const p = prefiltered(re);
      // Alternatives are kept in blocks, so an expression is compiled in few forms however varied the texts.
      const forms = new Set<RegExp>();
      for (const [i, text] of texts.entries()) {
        const whole = re.exec(text);
        const chosen = p.for(present[i]);
        const got = chosen ? chosen.exec(text) : null;
        // With the text, alternatives wanting a mark the text lacks are dropped too.
        const withMarks = p.for(present[i], text);
        const gotWithMarks = withMarks ? withMarks.exec(text) : null;
        for (const r of [chosen, withMarks]) if (r) forms.add(r);
        if (whole) matched++;
        if (!chosen) skipped++;
        if (withMarks !== chosen) markSkipped++;
        for (const g of [got, gotWithMarks]) {
          if (!whole !== !g || (whole && g && (whole.index !== g.index || whole[0] !== g[0]))) {
            expect({ name, text, got: g && g[0] }).toEqual({ name, text, got: whole && whole[0] });
          }
        }
      }
      expect({ name, forms: Math.min(forms.size, MOST_REDUCED + 1) }).toEqual({ name, forms: Math.min(forms.size, MOST_REDUCED) });
    }
    // The check means something: the expressions match often, and are skipped often.
    expect(matched).toBeGreaterThan(3000);
    expect(skipped).toBeGreaterThan(50_000);
    expect(markSkipped).toBeGreaterThan(500);
  }, 120_000);

  it('reads the words of token forms as it reads the canonical text they make', () => {
    const forms = ['mae', 'y', 'e.g', 'don', 'dim-byd', 'x_y', '2nd'];
    const canonical = ` ${forms.join(' ')} `;
    for (const [, re] of EXPRESSIONS) {
      const p = prefiltered(re);
      expect(p.for(wordsPresent([], forms))).toBe(p.for(wordsPresent([canonical])));
    }
  });

  it("reads a plain Latin text's punctuated words from the words typed, as it reads the punctuated text itself", () => {
    const matcher = createMatcher();
    const typed = [
      ...loadAll().map((m) => m.text),
      "don't 'quoted' it's o'clock rock'n'roll e.g. 2.5 a@b.c x+y _under_ score-d ma'r i'n sa i dw i'm can't.won't '' '",
      'Mae’r TŶ yn OER – “dim gwres” … ÀÉÎÕÜ ŴŶ İstanbul ß ſ µ ª ² ½ ŉ Ÿ',
    ].filter(typedWordsSuffice);
    expect(typed.length).toBeGreaterThan(1000);
    // One prefilter an expression for every text, as the classifier keeps them (compiling each
    // expression's needs again for every text was most of this test's time).
    const filters = EXPRESSIONS.map(([, re]) => prefiltered(re));
    let differ = 0;
    for (const text of typed) {
      const tokens = matcher.tokens(text);
      const forms = tokens.map((t) => t.form);
      const sentences = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’']/g, '').replace(/[^\p{L}\p{N}.!?]+/gu, ' ');
      const exact = wordsPresent([sentences], forms);
      const fromTyped = wordsPresent([], [...forms, ...tokens.map((t) => t.raw)]);
      for (const p of filters) if (p.for(exact) !== p.for(fromTyped)) differ++;
    }
    expect(differ).toBe(0);
  });
});

it.each(['a `quoted` word', 'it´s', 'it‘s', 'itʼs', 'w\u0302', 'Ⅻ', '😀'])('reads %j from its punctuated text itself', (text) => {
  expect(typedWordsSuffice(text)).toBe(false);
});
