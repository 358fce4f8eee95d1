import type { TFunction } from 'i18next';
import { type Citation, citationsFor, citationsOf } from '../policy/citation';
import type { Bilingual, CiteRef, PolicyProfile } from '../policy/schema';
import { welshClause } from '../policy/citation';
import type { Lang } from './index';

/**
 * Whether a paragraph number is read aloud starting with a vowel in Welsh, so "a" (and) before it
 * is "ac": un (1, and 11–19 read "un deg …"), wyth (8, 80–89, 800–899); a letter that is a Welsh
 * vowel. "6.11 a 6.15" but "11.3 ac 11.4", "7 ac 8".
 */
export function readWithVowel(para: string): boolean {
  const digits = /^\d+/.exec(para)?.[0];
  if (digits === undefined) return /^[aeiouwy]/i.test(para);
  const n = Number(digits);
  return n === 1 || n === 8 || (n >= 11 && n <= 19) || (n >= 80 && n <= 89) || (n >= 800 && n <= 899);
}

/** A ranged paragraph "6.4-6.5" is printed with an en dash and counts as more than one. */
function paraList(t: TFunction, paras: string[]): { text: string; count: number } {
  const shown = paras.map((p) => p.replace(/\s*-\s*/, '–'));
  const last = shown[shown.length - 1];
  const and = t(readWithVowel(last ?? '') ? 'deadlines:cite.and_vowel' : 'deadlines:cite.and');
  const text = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} ${and} ${last}` : (shown[0] ?? '');
  return { text, count: shown.length > 1 || shown.some((p) => p.includes('–')) ? 2 : 1 };
}

/** "6.11" and "6.15" of one document become "paragraphs 6.11 and 6.15", not the document twice. */
function mergeSameDocument(cs: Citation[]): Citation[] {
  const out: Citation[] = [];
  for (const c of cs) {
    const same = out.find((o) => o.document.en === c.document.en && o.unit === c.unit);
    if (same) same.paras = [...new Set([...same.paras, ...c.paras])];
    else out.push({ ...c, paras: [...c.paras] });
  }
  return out;
}

/**
 * "Cod Ymdrin â Chwynion yr Ombwdsmon Tai, paragraff 6.2" / "Housing Ombudsman Complaint
 * Handling Code, paragraph 6.2": a clause named in the resident's language.
 */
export function citeClause(t: TFunction, lang: Lang, profile: PolicyProfile, clause: string | string[]): string {
  return citeAll(t, lang, (Array.isArray(clause) ? clause : [clause]).flatMap((c) => citationsFor(profile, c)));
}

/** Clauses and references together, each document named once: "…, paragraphs 6.3 and 6.4–6.5". */
export function citeClausesAndRefs(t: TFunction, lang: Lang, profile: PolicyProfile, clauses: string[], refs: CiteRef[]): string {
  return citeAll(t, lang, [...clauses.flatMap((c) => citationsFor(profile, c)), ...citationsOf(profile, refs)]);
}

function citeAll(t: TFunction, lang: Lang, citations: Citation[]): string {
  return mergeSameDocument(citations)
    .map((c) => {
      if (!c.paras.length) return c.document[lang];
      const { text, count } = paraList(t, c.paras);
      return `${c.document[lang]}, ${t(`deadlines:cite.${c.unit}`, { count, paras: text })}`;
    })
    .join('; ');
}

/**
 * A clause as staff read it in either language: `text` as the profile writes it (English, with
 * the policy's quoted words), `cited` its reference named in each language, and `cy` its words in
 * the landlord's Welsh policy where the profile gives them (`clauseCy`), else null. A Welsh reader
 * is shown `cy`, or `cited.cy` and that the wording is in English: never English inside Welsh.
 */
export interface ClauseView {
  text: string;
  cited: Bilingual;
  cy: string | null;
}

export function clauseView(i18n: { getFixedT(lang: Lang): TFunction }, profile: PolicyProfile, clause: string): ClauseView {
  return {
    text: clause,
    cited: { en: citeClause(i18n.getFixedT('en'), 'en', profile, clause), cy: citeClause(i18n.getFixedT('cy'), 'cy', profile, clause) },
    cy: welshClause(profile, clause),
  };
}
