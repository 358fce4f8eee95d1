import type { TFunction } from 'i18next';
import { type Citation, citationsFor, citationsOf } from '../policy/citation';
import type { CiteRef, PolicyProfile } from '../policy/schema';
import type { Lang } from './index';

/** A ranged paragraph "6.4-6.5" is printed with an en dash and counts as more than one. */
function paraList(t: TFunction, paras: string[]): { text: string; count: number } {
  const shown = paras.map((p) => p.replace(/\s*-\s*/, '–'));
  const text = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} ${t('deadlines:cite.and')} ${shown[shown.length - 1]}` : (shown[0] ?? '');
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
