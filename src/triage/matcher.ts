import { radicals } from '../language/mutations';
import { createTokeniser, type Token, type Vocabulary } from '../language/tokens';
import { CUES, type Cue } from './cues';

/** One cue found in a message: which cue, in which language's list, and the words that matched. */
export interface CueHit {
  cue: Cue;
  lang: 'cy' | 'en';
  phrase: string;
  /** The resident's own words (normalised) that matched. */
  words: string;
}

interface CompiledPhrase {
  cue: Cue;
  lang: 'cy' | 'en';
  phrase: string;
  regex: RegExp;
  /** The same phrase, matched only at a given offset (sticky): tried at the tokens its anchor allows. */
  sticky: RegExp;
  /** How many tokens may come before the anchor ("word?" one, "~" three, "~~" seven). */
  lead: number;
  /** Words the phrase cannot match without (see `needsOf`), as ids into the shared list: checked before any regex runs. */
  needs: number[];
}

/** One part of a phrase that must be there: any one of its alternatives, each whole tokens or a stem. */
type Need = Array<{ words: string[]; stem: string | null }>;

/** The first word a phrase cannot match without: whole words, and stems for "stem*" alternatives. */
interface Anchor {
  words: string[];
  stems: string[];
}

function anchorOf(phrase: string, canonical: Map<string, string>): Anchor | null {
  for (const part of phrase.trim().split(/\s+/)) {
    if (part === '~' || part === '~~' || (part.endsWith('?') && part.length > 1)) continue;
    const anchor: Anchor = { words: [], stems: [] };
    for (const alt of part.split('|')) {
      const prefix = alt.endsWith('*');
      const first = fold((prefix ? alt.slice(0, -1) : alt).replace(/_/g, ' ')).split(' ')[0];
      const single = !alt.replace(/\*$/, '').includes('_');
      if (prefix && single) anchor.stems.push(first);
      else anchor.words.push(canonical.get(first) ?? first);
    }
    return anchor;
  }
  return null;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/'/g, '')
    .replace(/\bno one\b/g, 'noone')
    .replace(/[&-]/g, ' ')
    // "y" and "yr" are one article to the matcher, as the tokeniser reads them.
    .replace(/\byr\b/g, 'y')
    .replace(/\s+/g, ' ')
    .trim();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compileAlternative(alt: string, canonical: Map<string, string>): string {
  const prefix = alt.endsWith('*');
  // "_" joins the words of a multi-word alternative ("not_happy|unhappy").
  const body = fold((prefix ? alt.slice(0, -1) : alt).replace(/_/g, ' '))
    .split(' ')
    .map((w) => (prefix ? w : (canonical.get(w) ?? w)))
    .join(' ');
  return escape(body).replace(/ /g, ' ') + (prefix ? '\\S*' : '');
}

/**
 * The parts a phrase cannot match without, as the regex reads them (compileAlternative): every
 * part that is neither optional nor a gap, each alternative as the whole tokens it needs and the
 * stem its last token must start with. A message lacking one of them cannot match, so its regex
 * is not run: a necessary condition only, so the hits are the same.
 */
function needsOf(phrase: string, canonical: Map<string, string>): Need[] {
  const needs: Need[] = [];
  for (const part of phrase.trim().split(/\s+/)) {
    if (part === '~' || part === '~~' || (part.endsWith('?') && part.length > 1)) continue;
    const need: Need = [];
    for (const alt of part.split('|')) {
      const prefix = alt.endsWith('*');
      const words = fold((prefix ? alt.slice(0, -1) : alt).replace(/_/g, ' ')).split(' ').filter(Boolean);
      const stem = prefix ? (words.pop() ?? null) : null;
      // An alternative that can match nothing in particular leaves the part without a need.
      if (!words.length && !stem) return needs;
      need.push({ words: prefix ? words : words.map((w) => canonical.get(w) ?? w), stem });
    }
    needs.push(need);
  }
  return needs;
}

function leadOf(phrase: string): number {
  let lead = 0;
  for (const part of phrase.trim().split(/\s+/)) {
    if (part === '~') lead += 3;
    else if (part === '~~') lead += 7;
    else if (part.endsWith('?') && part.length > 1) lead += 1;
    else break;
  }
  return lead;
}

function compile(phrase: string, canonical: Map<string, string>, sticky = false): RegExp {
  const parts = phrase.trim().split(/\s+/).map((part) => {
    if (part === '~') return '(?:\\S+ ){0,3}';
    if (part === '~~') return '(?:\\S+ ){0,7}';
    const optional = part.endsWith('?') && part.length > 1;
    const alts = (optional ? part.slice(0, -1) : part).split('|').map((a) => compileAlternative(a, canonical));
    const group = `(?:${alts.join('|')}) `;
    return optional ? `(?:${group})?` : group;
  });
  return sticky ? new RegExp(`(${parts.join('')})`, 'y') : new RegExp(`(?:^| )(${parts.join('')})`);
}

function wordsOf(phrase: string): string[] {
  const out: string[] = [];
  for (const part of phrase.split(/\s+/)) {
    for (const alt of part.replace(/\?$/, '').split('|')) {
      if (alt === '~' || alt === '~~') continue;
      // "budd-dal*" still makes "budd" a word the tokeniser knows (and can undo "mudd" to).
      const ws = fold(alt.replace(/\*$/, '').replace(/_/g, ' ')).split(' ');
      if (alt.endsWith('*')) ws.pop();
      for (const w of ws) if (w) out.push(w);
    }
  }
  return out;
}

/**
 * Every word the cue lists use. Welsh phrases sometimes spell a word mutated ("ddim", "y
 * ddau gam"); those forms are mapped to the dictionary form other phrases use, so the
 * tokeniser and the phrases agree on one canonical form per word.
 */
function vocabularyOf(): Vocabulary {
  const en = new Set<string>();
  const cy = new Set<string>();
  const prefixes: string[] = [];
  for (const lists of Object.values(CUES)) {
    for (const phrase of lists.en) for (const w of wordsOf(phrase)) en.add(w);
    for (const phrase of lists.cy) for (const w of wordsOf(phrase)) cy.add(w);
    for (const phrase of [...lists.en, ...lists.cy]) {
      for (const part of phrase.split(/\s+/)) {
        for (const alt of part.replace(/\?$/, '').split('|')) {
          if (!alt.endsWith('*')) continue;
          const stem = fold(alt.slice(0, -1));
          if (stem.length >= 4 && !stem.includes(' ')) prefixes.push(stem);
        }
      }
    }
  }
  const canonical = new Map<string, string>();
  for (const w of cy) {
    if (en.has(w)) continue;
    const base = radicals(w).find((r) => cy.has(r));
    if (base) canonical.set(w, base);
  }
  const words = new Set([...en, ...cy].filter((w) => !canonical.has(w)));
  return { words, prefixes, canonical };
}

/** The leftmost match of a phrase starting at one of the token offsets its anchor allows. */
function stickyMatch(p: CompiledPhrase, positions: number[], starts: number[], text: string): RegExpExecArray | null {
  // Positions come in ascending order; with nothing before the anchor they are the offsets.
  if (p.lead === 0) {
    for (const position of positions) {
      p.sticky.lastIndex = starts[position];
      const m = p.sticky.exec(text);
      if (m) return m;
    }
    return null;
  }
  const offsets = new Set<number>();
  for (const position of positions) for (let j = Math.max(0, position - p.lead); j <= position; j++) offsets.add(starts[j]);
  for (const offset of [...offsets].sort((a, b) => a - b)) {
    p.sticky.lastIndex = offset;
    const m = p.sticky.exec(text);
    if (m) return m;
  }
  return null;
}

/** Index of the first offset at or after `at` (offsets ascending), or -1: a binary search. */
function firstAtOrAfter(offsets: number[], at: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets.length ? lo : -1;
}

export interface Matcher {
  tokens(text: string): Token[];
  /** Every cue phrase found, each reported once per cue with the words it matched. */
  hits(tokens: Token[]): CueHit[];
}

/** Compiles the cue lists once; the result is immutable and shared by every classification. */
export function createMatcher(): Matcher {
  const vocab = vocabularyOf();
  const phrases: CompiledPhrase[] = [];
  // Phrases share parts ("boiler|heating|…"): each distinct need is checked once a message.
  const needs: Need[] = [];
  const needIds = new Map<string, number>();
  const intern = (need: Need): number => {
    const key = JSON.stringify(need);
    let id = needIds.get(key);
    if (id === undefined) needIds.set(key, (id = needs.push(need) - 1));
    return id;
  };
  for (const [cue, lists] of Object.entries(CUES) as Array<[Cue, { en: string[]; cy: string[] }]>) {
    for (const lang of ['en', 'cy'] as const) {
      for (const phrase of lists[lang]) {
        phrases.push({
          cue,
          lang,
          phrase,
          regex: compile(phrase, vocab.canonical),
          sticky: compile(phrase, vocab.canonical, true),
          lead: leadOf(phrase),
          needs: needsOf(phrase, vocab.canonical).map(intern),
        });
      }
    }
  }
  const tokenise = createTokeniser(vocab);
  // Index each phrase by its anchor word, so a message only runs the regexes it could match:
  // about a thousand phrases, of which a short message can reach a few dozen.
  const byWord = new Map<string, number[]>();
  const byStem = new Map<string, number[]>();
  const always: number[] = [];
  phrases.forEach((p, i) => {
    const a = anchorOf(p.phrase, vocab.canonical);
    if (!a) return always.push(i);
    for (const w of a.words) byWord.set(w, [...(byWord.get(w) ?? []), i]);
    for (const st of a.stems) byStem.set(st, [...(byStem.get(st) ?? []), i]);
  });
  // A token's stems are its own beginnings of the lengths stems come in: a few lookups a token
  // rather than a comparison with every stem.
  const stemLengths = [...new Set([...byStem.keys()].map((st) => st.length))].sort((a, b) => a - b);
  const needStemLengths = [...new Set(needs.flatMap((n) => n.flatMap((a) => (a.stem ? [a.stem.length] : []))))].sort((a, b) => a - b);
  // What a word brings, worked out once per distinct word (words recur within and across
  // messages): the phrases anchored on it, by its form and then its beginnings, and the stems of
  // `needs` it satisfies.
  const byForm = new Map<string, { anchors: number[]; beginnings: string[] }>();
  const formInfo = (form: string) => {
    let info = byForm.get(form);
    if (info) return info;
    const anchors = [...(byWord.get(form) ?? [])];
    for (const length of stemLengths) {
      if (length > form.length) break;
      for (const i of byStem.get(form.slice(0, length)) ?? []) anchors.push(i);
    }
    const beginnings: string[] = [];
    for (const length of needStemLengths) {
      if (length > form.length) break;
      beginnings.push(form.slice(0, length));
    }
    info = { anchors, beginnings };
    if (byForm.size >= 50_000) byForm.clear();
    byForm.set(form, info);
    return info;
  };
  // Each candidate phrase with the token positions its anchor was found at: a phrase can only
  // start there (or up to `lead` tokens before), so it is tried at those offsets alone rather than
  // scanned along the whole message, which on a long message cost milliseconds. Collects the
  // message's words and stems on the way, for `present`.
  const candidates = (tokens: Token[], forms: Set<string>, beginnings: Set<string>): Map<number, number[]> => {
    const found = new Map<number, number[]>();
    for (let position = 0; position < tokens.length; position++) {
      const form = tokens[position].form;
      const info = formInfo(form);
      forms.add(form);
      for (const b of info.beginnings) beginnings.add(b);
      for (const i of info.anchors) {
        const list = found.get(i);
        if (!list) found.set(i, [position]);
        else if (list[list.length - 1] !== position) list.push(position);
      }
    }
    return found;
  };
  const met = (need: Need, forms: Set<string>, beginnings: Set<string>): boolean => {
    for (const alt of need) {
      if (alt.stem !== null && !beginnings.has(alt.stem)) continue;
      let all = true;
      for (const w of alt.words) if (!forms.has(w)) all = false;
      if (all) return true;
    }
    return false;
  };
  // An anchored phrase's first need is its anchor, found already; the rest are worked out once
  // a message (`known`: 0 not yet, 1 met, 2 not met).
  const present = (p: CompiledPhrase, anchored: boolean, known: Uint8Array, forms: Set<string>, beginnings: Set<string>): boolean => {
    for (let n = anchored ? 1 : 0; n < p.needs.length; n++) {
      const id = p.needs[n];
      if (known[id] === 0) known[id] = met(needs[id], forms, beginnings) ? 1 : 2;
      if (known[id] === 2) return false;
    }
    return true;
  };
  return {
    tokens: tokenise,
    hits(tokens) {
      const text = tokens.map((t) => t.form).join(' ') + ' ';
      // Start offset of each token in `text`, to map a match back to the resident's words.
      const starts: number[] = [];
      let at = 0;
      for (const t of tokens) {
        starts.push(at);
        at += t.form.length + 1;
      }
      const out: CueHit[] = [];
      const seen = new Set<string>();
      const forms = new Set<string>();
      const beginnings = new Set<string>();
      const anchored = candidates(tokens, forms, beginnings);
      const known = new Uint8Array(needs.length);
      // Phrase order decides which words a repeated cue quotes; keep it.
      const order = [...always, ...anchored.keys()].sort((a, b) => a - b);
      for (const i of order) {
        const p = phrases[i];
        const positions = anchored.get(i);
        if (!present(p, positions !== undefined, known, forms, beginnings)) continue;
        const m = positions ? stickyMatch(p, positions, starts, text) : p.regex.exec(text);
        if (!m) continue;
        const key = `${p.cue}:${p.phrase}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const begin = m.index + m[0].length - m[1].length;
        const end = begin + m[1].trimEnd().length;
        const first = firstAtOrAfter(starts, begin);
        let last = first;
        while (last + 1 < starts.length && starts[last + 1] < end) last++;
        const raws: string[] = [];
        for (let i = first; i <= last && i >= 0; i++) if (!(raws[raws.length - 1] ?? '').endsWith(tokens[i].raw)) raws.push(tokens[i].raw);
        out.push({ cue: p.cue, lang: p.lang, phrase: p.phrase, words: raws.join(' ') });
      }
      return out;
    },
  };
}
