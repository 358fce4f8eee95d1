import { emptyTags, numberOf, tokenSlot, TOKEN_SLOTS, type Token } from '../language/tokens';

/**
 * Which words a regular expression needs before it can match, worked out once from its source,
 * so a message is run through only the expressions (and, within one, only the alternatives) that
 * could match it. Triage runs some forty expressions over a message's canonical text and again over
 * its text with punctuation kept; on a long message most of them find nothing, and an expression
 * scans every position before it says so. Checking a few words in a set costs far less.
 *
 * What "needs" means: a literal run of word characters ([A-Za-z0-9_], what `\b` and `\w` mean
 * without the `u` and `i` flags) that every match of an alternative contains. Where the
 * expression bounds it (`\b`, a space or other non-word character either side) it must be a whole
 * word of the text, or begin or end one; otherwise it must occur inside one. Anything this reader
 * does not understand (a flag, a back-reference, an escape it does not know) needs nothing: the
 * expression is always run. So an expression is skipped only when it cannot match, and an
 * alternative is dropped only when it cannot match anywhere in the text, which leaves the first
 * match, and the text it matched, as they were (test/triage/required-words.test.ts).
 *
 * An alternative may also need a punctuation mark ("… any update yet?" needs a "?"). The
 * canonical text has none, so there such an alternative is dropped, and it is tried only on the
 * text with punctuation kept. Words are asked of both texts together, marks of one text at a time
 * (`for(words, text)`).
 */

/**
 * Every word a prefilter asks about ("atoms"), numbered as expressions are read (at load): a word
 * wanted whole, or at the start, the end or inside of a word of the text.
 */
interface Atom {
  word: string;
  starts: boolean;
  ends: boolean;
  /** A punctuation mark a text must hold (`word` is the mark): never satisfied by a word. */
  mark: boolean;
}
const atoms: Atom[] = [];
// How many times the atoms known have grown: atoms a word satisfies, remembered, are as old as this.
let atomsAge = 0;
const atomIds = new Map<string, number>();
const wholeAtoms = new Map<string, number>();
const partAtoms: number[] = [];
function atomOf(word: string, starts: boolean, ends: boolean): number {
  const key = `${starts ? '^' : ''}${word}${ends ? '$' : ''}`;
  let id = atomIds.get(key);
  if (id !== undefined) return id;
  id = atoms.length;
  atoms.push({ word, starts, ends, mark: false });
  atomIds.set(key, id);
  if (starts && ends) wholeAtoms.set(word, id);
  else partAtoms.push(id);
  // A word's atoms were worked out against the atoms known then.
  atomsByWord.clear();
  atomsByPiece.clear();
  atomsAge++;
  return id;
}

const markAtoms = new Map<string, number>();
function atomOfMark(mark: string): number {
  let id = markAtoms.get(mark);
  if (id !== undefined) return id;
  id = atoms.length;
  atoms.push({ word: mark, starts: false, ends: false, mark: true });
  markAtoms.set(mark, id);
  return id;
}

// "Any of these words" asked as one atom of its own, satisfied by a word whenever one of its
// members is (atomsOfWord gives it with them): an expression's alternatives list dozens of words
// ("(has|have|did|is …)", every mutated form of a Welsh word), and one flag is asked instead of each.
const groupsOfMember = new Map<number, number[]>();
const groupIds = new Map<string, number>();
function atomOfGroup(members: Int32Array): number {
  const key = [...members].sort((a, b) => a - b).join(',');
  let id = groupIds.get(key);
  if (id !== undefined) return id;
  id = atoms.length;
  atoms.push({ word: '', starts: false, ends: false, mark: false });
  groupIds.set(key, id);
  for (const m of new Set(members)) {
    const groups = groupsOfMember.get(m);
    if (groups) groups.push(id);
    else groupsOfMember.set(m, [id]);
  }
  atomsByWord.clear();
  atomsByPiece.clear();
  atomsAge++;
  return id;
}

// Which marks a text holds, by atom (1: it does), for the last two texts asked about: a message's
// canonical text and its punctuated text are asked about by every expression in turn.
const marksSeen: Array<{ text: string; flags: Uint8Array }> = [];
function marksOf(text: string): Uint8Array {
  for (const m of marksSeen) if (m.text === text && m.flags.length === atoms.length) return m.flags;
  const flags = new Uint8Array(atoms.length);
  for (const [mark, id] of markAtoms) flags[id] = text.includes(mark) ? 1 : 0;
  if (marksSeen.length >= 2) marksSeen.shift();
  marksSeen.push({ text, flags });
  return flags;
}

// Which atoms one word of a text satisfies, worked out once per word (words recur within and
// across messages; at most 50,000 remembered, then all forgotten).
const atomsByWord = new Map<string, Int32Array>();
const NONE = new Int32Array(0);
function atomsOfWord(word: string): Int32Array {
  let found = atomsByWord.get(word);
  if (found) return found;
  const ids: number[] = [];
  const whole = wholeAtoms.get(word);
  if (whole !== undefined) ids.push(whole);
  for (const id of partAtoms) {
    const a = atoms[id];
    if (a.starts ? word.startsWith(a.word) : a.ends ? word.endsWith(a.word) : word.includes(a.word)) ids.push(id);
  }
  for (let k = 0, n = ids.length; k < n; k++) for (const g of groupsOfMember.get(ids[k]) ?? []) ids.push(g);
  found = ids.length ? Int32Array.from(ids) : NONE;
  if (atomsByWord.size >= 50_000) atomsByWord.clear();
  atomsByWord.set(word, found);
  return found;
}

/**
 * Which atoms the words of some texts satisfy (a word: a maximal run of word characters). A mark
 * is taken as present (its text is not known here): `for(words, text)` asks the text.
 */
export interface WordsPresent {
  has(atom: number): boolean;
  /** By atom: 1 where satisfied (every mark), 0 elsewhere. */
  readonly flags: Uint8Array;
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;

/**
 * The words of `texts`, and of `pieces`: strings that each stand in a text between non-word
 * characters, with any apostrophe in them deleted from that text (a canonical text's token forms;
 * the words a resident typed, in the text with punctuation kept, which drops apostrophes). A piece
 * is looked up whole, once per distinct piece, which saves cutting a text into words again.
 * `typed` gives more pieces: each one's `raw`.
 */
export function wordsPresent(texts: readonly string[], pieces: readonly string[] = [], typed: ReadonlyArray<{ readonly raw: string }> = []): WordsPresent {
  const flags = new Uint8Array(atoms.length);
  for (const id of markAtoms.values()) flags[id] = 1;
  const mark = (ids: Int32Array) => {
    for (let k = 0; k < ids.length; k++) flags[ids[k]] = 1;
  };
  const scan = (text: string) => {
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && isWordCode(text.charCodeAt(i))) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        mark(atomsOfWord(start === 0 && i === text.length ? text : text.slice(start, i)));
        start = -1;
      }
    }
  };
  for (const t of texts) scan(t);
  let last: string | null = null;
  for (let k = 0; k < pieces.length; k++) {
    // Tokens from one typed word share its string: look it up once.
    const p = pieces[k];
    if (p === last) continue;
    last = p;
    mark(atomsOfPiece(p));
  }
  // More pieces: the words typed (tokens' `raw`), read in place rather than copied into `pieces`.
  for (let k = 0; k < typed.length; k++) {
    const p = typed[k].raw;
    // A word typed as its form reads (most English words) was marked with the pieces.
    if (p === last || (k < pieces.length && p === pieces[k])) continue;
    last = p;
    mark(atomsOfPiece(p));
  }
  return { has: (atom) => atom < flags.length && flags[atom] === 1, flags };
}

/**
 * `wordsPresent(texts, forms, typed ? tokens : [])` with `forms` the tokens' forms: the same flags,
 * with each typed word's token's atoms kept by its number (tokens.ts NUMBER) rather than every
 * token looking its form and raw up by string. Marking is a union, so the order and repeats the
 * other skips make no difference.
 */
export function wordsPresentInTokens(texts: readonly string[], tokens: readonly Token[], typed: boolean): WordsPresent {
  const flags = new Uint8Array(atoms.length);
  for (const id of markAtoms.values()) flags[id] = 1;
  for (const t of texts) scanWords(t, flags);
  // Atoms added since (an expression built later) cleared the Maps: the slots are as old.
  if (slotsAge !== atomsAge) (slotTag.fill(-1), (slotsAge = atomsAge));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const num = numberOf(t);
    let form: Int32Array;
    let raw: Int32Array | null = null;
    if (num < 0) {
      form = atomsOfPiece(t.form);
      if (typed) raw = atomsOfPiece(t.raw);
    } else {
      const s = tokenSlot(num);
      if (slotTag[s] !== num) (slotTag[s] = num), (slotForm[s] = atomsOfPiece(t.form)), (slotRaw[s] = null);
      form = slotForm[s];
      if (typed) raw = slotRaw[s] ??= atomsOfPiece(t.raw);
    }
    for (let i = 0; i < form.length; i++) flags[form[i]] = 1;
    if (raw !== null) for (let i = 0; i < raw.length; i++) flags[raw[i]] = 1;
  }
  return { has: (atom) => atom < flags.length && flags[atom] === 1, flags };
}

function scanWords(text: string, flags: Uint8Array): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isWordCode(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const ids = atomsOfWord(start === 0 && i === text.length ? text : text.slice(start, i));
      for (let k = 0; k < ids.length; k++) flags[ids[k]] = 1;
      start = -1;
    }
  }
}

// A typed word's token's atoms (its form's, and its raw's once asked) by its number: fixed-size
// tables, a slot's tag the number whose atoms it holds, all emptied when the atoms known grow.
const slotTag = emptyTags();
const slotForm: Int32Array[] = new Array<Int32Array>(TOKEN_SLOTS).fill(new Int32Array(0));
const slotRaw: Array<Int32Array | null> = new Array<Int32Array | null>(TOKEN_SLOTS).fill(null);
let slotsAge = -1;

// A piece's atoms: those of every word in it once apostrophes are deleted (remembered per piece).
const atomsByPiece = new Map<string, Int32Array>();
function atomsOfPiece(piece: string): Int32Array {
  let found = atomsByPiece.get(piece);
  if (found) return found;
  const ids = new Set<number>();
  const text = piece.includes("'") ? piece.replace(/'/g, '') : piece;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isWordCode(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      for (const id of atomsOfWord(text.slice(start, i))) ids.add(id);
      start = -1;
    }
  }
  found = ids.size ? Int32Array.from(ids) : NONE;
  if (atomsByPiece.size >= 50_000) atomsByPiece.clear();
  atomsByPiece.set(piece, found);
  return found;
}

/** A condition on the words present: true, one atom, all of, any of. */
export type Need = { kind: 'true' } | { kind: 'atom'; atom: number } | { kind: 'all' | 'any'; of: Need[] };

const TRUE: Need = { kind: 'true' };

export function met(need: Need, words: WordsPresent): boolean {
  switch (need.kind) {
    case 'true':
      return true;
    case 'atom':
      return words.has(need.atom);
    case 'all':
      for (const n of need.of) if (!met(n, words)) return false;
      return true;
    case 'any':
      for (const n of need.of) if (met(n, words)) return true;
      return false;
  }
}

/** What an atom asks, for tests and reading: "word" whole, "^word" a word beginning so, "word$" ending so, or inside one. */
export function describeNeed(need: Need): unknown {
  if (need.kind === 'true') return true;
  if (need.kind === 'atom') {
    const a = atoms[need.atom];
    if (a.mark) return `"${a.word}"`;
    return a.starts && a.ends ? a.word : `${a.starts ? '^' : '…'}${a.word}${a.ends ? '$' : '…'}`;
  }
  return { [need.kind]: need.of.map(describeNeed) };
}

// --- reading an expression's source -----------------------------------------------------------

type Node =
  /** One character: `lit` when it is one known character; `word`: always a word character, never one, or either. */
  | { t: 'char'; lit?: string; word: boolean | null; set?: string }
  | { t: 'assert'; k: 'b' | 'B' | '^' | '$' | 'look' }
  | { t: 'group'; alts: Node[][] }
  | { t: 'quant'; node: Node; min: number; max: number };

class Unreadable extends Error {}

const isWordChar = (ch: string) => ch.length === 1 && isWordCode(ch.charCodeAt(0));

/** The expression's top-level alternatives, as source and as nodes. */
function parse(source: string): Array<{ source: string; seq: Node[] }> {
  let i = 0;
  const peek = () => source[i];
  const escape = (inClass: boolean): Node => {
    const c = source[i++];
    if (c === undefined) throw new Unreadable('trailing backslash');
    switch (c) {
      case 'b':
        if (inClass) return { t: 'char', lit: '\b', word: false };
        return { t: 'assert', k: 'b' };
      case 'B':
        return { t: 'assert', k: 'B' };
      case 'w':
      case 'd':
        return { t: 'char', word: true };
      case 's':
      case 'W':
        return { t: 'char', word: false };
      case 'S':
      case 'D':
        return { t: 'char', word: null };
      case 'n':
        return { t: 'char', lit: '\n', word: false };
      case 't':
        return { t: 'char', lit: '\t', word: false };
      case 'r':
        return { t: 'char', lit: '\r', word: false };
      case 'u': {
        const hex = source.slice(i, i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Unreadable('\\u');
        i += 4;
        const ch = String.fromCharCode(parseInt(hex, 16));
        return { t: 'char', lit: ch, word: isWordChar(ch) };
      }
      default:
        // Punctuation escaped to stand for itself; a letter or digit here means something this reader does not know.
        if (/[A-Za-z0-9]/.test(c)) throw new Unreadable(`\\${c}`);
        return { t: 'char', lit: c, word: false };
    }
  };
  const charClass = (): Node => {
    // After '['. Never a word character only if nothing in it can be one.
    let negated = false;
    if (peek() === '^') (negated = true), i++;
    let word: boolean | null = false;
    // The class's members when every one is a single punctuation mark ("[.!?]"), else null.
    let set: string | null = '';
    let first = true;
    while (i < source.length && (source[i] !== ']' || first)) {
      first = false;
      let member: Node;
      let ch = source[i++];
      if (ch === '\\') member = escape(true);
      else member = { t: 'char', lit: ch, word: isWordChar(ch) };
      if (source[i] === '-' && source[i + 1] !== ']' && i + 1 < source.length) {
        i++;
        ch = source[i++];
        const to = ch === '\\' ? escape(true) : { t: 'char' as const, lit: ch, word: isWordChar(ch) };
        if (member.t !== 'char' || to.t !== 'char' || member.lit === undefined || to.lit === undefined) throw new Unreadable('range');
        for (let c = member.lit.charCodeAt(0); c <= to.lit.charCodeAt(0); c++) if (isWordCode(c)) word = null;
        set = null;
        continue;
      }
      if (member.t !== 'char' || member.word !== false) word = null;
      if (set !== null) set = member.t === 'char' && member.word === false && member.lit !== undefined ? set + member.lit : null;
    }
    if (source[i] !== ']') throw new Unreadable('class');
    i++;
    if (negated) return { t: 'char', word: null };
    return set ? { t: 'char', word, set } : { t: 'char', word };
  };
  const quantifier = (node: Node): Node => {
    const c = peek();
    let min: number;
    let max: number;
    if (c === '?') (min = 0), (max = 1), i++;
    else if (c === '*') (min = 0), (max = Infinity), i++;
    else if (c === '+') (min = 1), (max = Infinity), i++;
    else if (c === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i))) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i))!;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      i += m[0].length;
    } else return node;
    if (peek() === '?') i++;
    if (node.t === 'assert') throw new Unreadable('quantified assertion');
    return { t: 'quant', node, min, max };
  };
  const alternatives = (top: boolean): Array<{ source: string; seq: Node[] }> => {
    const alts: Array<{ source: string; seq: Node[] }> = [];
    let seq: Node[] = [];
    let from = i;
    while (i < source.length) {
      const c = source[i];
      if (c === ')') {
        if (top) throw new Unreadable('unbalanced )');
        break;
      }
      if (c === '|') {
        alts.push({ source: source.slice(from, i), seq });
        seq = [];
        i++;
        from = i;
        continue;
      }
      i++;
      let node: Node;
      if (c === '\\') {
        if (/[1-9k]/.test(peek() ?? '')) throw new Unreadable('back-reference');
        node = escape(false);
      } else if (c === '[') node = charClass();
      else if (c === '(') {
        let look = false;
        if (source.startsWith('?:', i)) i += 2;
        else if (source.startsWith('?=', i) || source.startsWith('?!', i)) (i += 2), (look = true);
        else if (source[i] === '?') throw new Unreadable('group kind');
        const inner = alternatives(false);
        if (source[i] !== ')') throw new Unreadable('unclosed (');
        i++;
        node = look ? { t: 'assert', k: 'look' } : { t: 'group', alts: inner.map((a) => a.seq) };
      } else if (c === '.') node = { t: 'char', word: null };
      else if (c === '^' || c === '$') node = { t: 'assert', k: c };
      else if (c === '*' || c === '+' || c === '?') throw new Unreadable('nothing to repeat');
      else node = { t: 'char', lit: c, word: isWordChar(c) };
      seq.push(quantifier(node));
    }
    alts.push({ source: source.slice(from, i), seq });
    return alts;
  };
  return alternatives(true);
}

// Whether the character before (after) a node's match is sure not to be a word character, as far
// as the node itself says: `\b` beside a word, a non-word character, the start or end of the text.
function endsUnworded(n: Node): boolean {
  if (n.t === 'char') return n.word === false;
  if (n.t === 'assert') return n.k === 'b' || n.k === '^';
  if (n.t === 'group') return n.alts.every((a) => a.length > 0 && endsUnworded(a[a.length - 1]));
  return n.min >= 1 && endsUnworded(n.node);
}
function beginsUnworded(n: Node): boolean {
  if (n.t === 'char') return n.word === false;
  if (n.t === 'assert') return n.k === 'b' || n.k === '$';
  if (n.t === 'group') return n.alts.every((a) => a.length > 0 && beginsUnworded(a[0]));
  return n.min >= 1 && beginsUnworded(n.node);
}

function all(of: Need[]): Need {
  const kept = of.filter((n) => n.kind !== 'true');
  return kept.length === 0 ? TRUE : kept.length === 1 ? kept[0] : { kind: 'all', of: kept };
}
function any(of: Need[]): Need {
  if (of.length === 0 || of.some((n) => n.kind === 'true')) return TRUE;
  return of.length === 1 ? of[0] : { kind: 'any', of };
}

/** What a sequence needs, given whether the text just before and just after it is sure to be no word character. */
function needOfSeq(seq: Node[], bounded: { before: boolean; after: boolean }): Need {
  const needs: Need[] = [];
  let k = 0;
  while (k < seq.length) {
    const n = seq[k];
    if (n.t === 'char' && n.lit !== undefined && n.word === true) {
      let e = k;
      let word = '';
      while (e < seq.length) {
        const m = seq[e];
        if (m.t !== 'char' || m.lit === undefined || m.word !== true) break;
        word += m.lit;
        e++;
      }
      const starts = k === 0 ? bounded.before : endsUnworded(seq[k - 1]);
      const ends = e === seq.length ? bounded.after : beginsUnworded(seq[e]);
      needs.push({ kind: 'atom', atom: atomOf(word, starts, ends) });
      k = e;
      continue;
    }
    const before = k === 0 ? bounded.before : endsUnworded(seq[k - 1]);
    const after = k === seq.length - 1 ? bounded.after : beginsUnworded(seq[k + 1]);
    needs.push(needOfNode(n, { before, after }));
    k++;
  }
  return all(needs);
}

// Characters every text has, or that the texts' reading could hide: not asked about.
const isMark = (ch: string) => ch.length === 1 && ch !== ' ' && !isWordChar(ch);

function needOfNode(n: Node, bounded: { before: boolean; after: boolean }): Need {
  if (n.t === 'char' && n.word === false) {
    if (n.lit !== undefined) return isMark(n.lit) ? { kind: 'atom', atom: atomOfMark(n.lit) } : TRUE;
    if (n.set !== undefined) return [...n.set].every(isMark) ? any([...n.set].map((m) => ({ kind: 'atom' as const, atom: atomOfMark(m) }))) : TRUE;
  }
  if (n.t === 'group') return any(n.alts.map((a) => needOfSeq(a, bounded)));
  if (n.t === 'quant') {
    if (n.min === 0) return TRUE;
    // Repeated, an inner match may sit beside another: only a single one keeps its surroundings.
    return needOfNode(n.node, n.max === 1 ? bounded : { before: false, after: false });
  }
  return TRUE;
}

/** What an expression's alternatives need, one each, or null when the expression cannot be read (always run it). */
export function needsOf(re: RegExp): Array<{ source: string; need: Need }> | null {
  if (/[iuvy]/.test(re.flags)) return null;
  try {
    return parse(re.source).map((a) => ({ source: a.source, need: needOfSeq(a.seq, { before: false, after: false }) }));
  } catch (e) {
    if (e instanceof Unreadable) return null;
    throw e;
  }
}

export function needOf(re: RegExp): Need {
  const alts = needsOf(re);
  return alts ? any(alts.map((a) => a.need)) : TRUE;
}

/**
 * An expression that first asks which of its alternatives could match the words present (and,
 * given a text, the marks in it), and gives the expression made of only the blocks of consecutive
 * alternatives holding one of those (null when none could; see BLOCKS). It is remembered per set
 * kept (at most 2^BLOCKS of them per expression, within `MEMO`: a memo of constant data, invisible
 * to callers). Its first match in the text (or in any text whose words were given, with no text)
 * is the original's, since an alternative dropped could match nowhere there, and the alternatives
 * kept stand in their order.
 */
export interface Prefiltered {
  readonly re: RegExp;
  for(words: WordsPresent, text?: string): RegExp | null;
  /** Whether any alternative has its words present (then `for` is not null for some text). */
  could(words: WordsPresent): boolean;
}

const MEMO = 512;
/**
 * Each expression's alternatives are kept or dropped in at most this many blocks (consecutive
 * alternatives), so an expression is reduced to at most 2^BLOCKS distinct expressions, all held by
 * its memo (MEMO): each is compiled once in the life of the process. Kept one by one, a long
 * message's alternatives made a new combination nearly every message (398 of the bench's 400 for
 * `k:progress`), and compiling a new expression the size of `k:progress` cost ten to twenty times
 * running one compiled already: a resident's new message paid it, a benchmark that had seen the
 * message before did not. Four blocks: a long message runs a few more alternatives than it needs.
 */
export const BLOCKS = 4;
export const MOST_REDUCED = 2 ** BLOCKS;

type Test = (flags: Uint8Array) => boolean;

// A need as a function of the flags, for asking it of every message: no walk over the tree. With
// `grouped`, "any of" these atoms is one group atom (only words' flags have groups marked).
export function compiled(need: Need, grouped: boolean): Test {
  switch (need.kind) {
    case 'true':
      return () => true;
    case 'atom': {
      const atom = need.atom;
      return (f) => f[atom] === 1;
    }
    case 'all':
    case 'any': {
      const every = need.kind === 'all';
      if (need.of.every((n) => n.kind === 'atom')) {
        const ids = Int32Array.from(need.of, (n) => (n as { atom: number }).atom);
        if (!every && grouped) {
          const group = atomOfGroup(ids);
          return (f) => f[group] === 1;
        }
        return every
          ? (f) => {
              for (let k = 0; k < ids.length; k++) if (f[ids[k]] !== 1) return false;
              return true;
            }
          : (f) => {
              for (let k = 0; k < ids.length; k++) if (f[ids[k]] === 1) return true;
              return false;
            };
      }
      const parts = need.of.map((n) => compiled(n, grouped));
      return every
        ? (f) => {
            for (let k = 0; k < parts.length; k++) if (!parts[k](f)) return false;
            return true;
          }
        : (f) => {
            for (let k = 0; k < parts.length; k++) if (parts[k](f)) return true;
            return false;
          };
    }
  }
}

// A need as the source of a JavaScript condition on the flags `f`: the same test as `compiled`,
// case for case (and the same group atoms made, in the same order), written out so that a whole
// expression's alternatives are asked in one function the engine compiles (see `wordsTest`).
function conditionOf(need: Need, grouped: boolean): string {
  switch (need.kind) {
    case 'true':
      return 'true';
    case 'atom':
      return `f[${need.atom}] === 1`;
    case 'all':
    case 'any': {
      const every = need.kind === 'all';
      if (need.of.every((n) => n.kind === 'atom')) {
        const ids = Int32Array.from(need.of, (n) => (n as { atom: number }).atom);
        if (!every && grouped) return `f[${atomOfGroup(ids)}] === 1`;
        if (!ids.length) return every ? 'true' : 'false';
        return `(${Array.from(ids, (id) => `f[${id}] === 1`).join(every ? ' && ' : ' || ')})`;
      }
      const parts = need.of.map((n) => conditionOf(n, grouped));
      if (!parts.length) return every ? 'true' : 'false';
      return `(${parts.join(every ? ' && ' : ' || ')})`;
    }
  }
}

/**
 * Every alternative's words need asked at once: sets `met[a]` to 1 where alternative a's words are
 * present (0 elsewhere) and says whether any is. Asked of every expression once a message: as a
 * tree of small functions (`compiled`), one call per node, this was about 4% of a long message's
 * time (round 14 profile); as one function of plain conditions the engine compiles it to a few
 * loads and compares per atom. Its source holds only atom numbers made here, nothing from a text.
 */
export type WordsTest = (f: Uint8Array, met: Uint8Array) => boolean;
export function wordsTest(needs: readonly Need[]): WordsTest {
  const lines = needs.map((n, a) => `if ((met[${a}] = ${conditionOf(n, true)} ? 1 : 0) === 1) any = true;`);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('f', 'met', `let any = false;\n${lines.join('\n')}\nreturn any;`) as WordsTest;
}

// A need with some atoms taken as met: what is left of it (a weaker need, met whenever it is).
function without(need: Need, drop: (atom: number) => boolean): Need {
  if (need.kind === 'atom') return drop(need.atom) ? TRUE : need;
  if (need.kind === 'true') return need;
  const of = need.of.map((n) => without(n, drop));
  return need.kind === 'all' ? all(of) : any(of);
}

export function prefiltered(re: RegExp): Prefiltered {
  if (re.global || re.sticky) throw new Error('prefiltered: an expression without state (no g or y flag)');
  const alts = needsOf(re);
  if (!alts) return { re, for: () => re, could: () => true };
  // Each alternative's need split in two weaker ones, both met whenever it is: its words, asked
  // once a message (of both texts), and its marks, asked of each text (null: it needs none).
  const isMarkAtom = (atom: number) => atoms[atom].mark;
  const wordNeeds = wordsTest(alts.map((a) => without(a.need, isMarkAtom)));
  const markNeeds = alts.map((a) => {
    const marks = without(a.need, (atom) => !isMarkAtom(atom));
    return marks.kind === 'true' ? null : compiled(marks, false);
  });
  const reduced = new Map<string | number, RegExp>();
  const wordsMet = new Uint8Array(alts.length);
  let wordsAsked: WordsPresent | null = null;
  let anyWords = false;
  const askWords = (words: WordsPresent) => {
    if (words === wordsAsked) return;
    anyWords = wordNeeds(words.flags, wordsMet);
    wordsAsked = words;
  };
  // The alternatives kept, as a number (one bit each) where there are few enough, else a string.
  const small = alts.length <= 30;
  // Alternatives are kept a block at a time, at most BLOCKS blocks an expression (see BLOCKS).
  const block = Math.max(1, Math.ceil(alts.length / BLOCKS));
  return {
    re,
    could(words) {
      askWords(words);
      return anyWords;
    },
    for(words, text) {
      askWords(words);
      if (!anyWords) return null;
      const marks = text === undefined ? null : marksOf(text);
      let count = 0;
      let bits = 0;
      let list = '';
      for (let a = 0; a < alts.length; a++) {
        if (wordsMet[a] === 0) continue;
        const m = markNeeds[a];
        if (m !== null && marks !== null && !m(marks)) continue;
        // The whole block the alternative is in is run (see BLOCKS): a few more alternatives, each
        // of which cannot match here, so the first match is the same.
        const end = Math.min(alts.length, (Math.floor(a / block) + 1) * block);
        for (a = Math.floor(a / block) * block; a < end; a++) {
          count++;
          if (small) bits |= 1 << a;
          else list += `${a},`;
        }
        a--;
      }
      const key = small ? bits : list;
      if (count === 0) return null;
      if (count === alts.length) return re;
      let r = reduced.get(key);
      if (!r) {
        if (reduced.size >= MEMO) reduced.clear();
        r = new RegExp(alts.filter((_, a) => (small ? (bits >>> a) & 1 : list.split(',').includes(String(a)))).map((x) => x.source).join('|'), re.flags);
        reduced.set(key, r);
      }
      return r;
    },
  };
}
