import { type Bilingual, type CiteRef, citesIn, type PolicyProfile } from './schema';

/** Documents many profiles cite, named as their publishers name them in each language. */
export const SHARED_DOCUMENTS: Readonly<Record<string, Bilingual>> = {
  ho_code: { en: 'Housing Ombudsman Complaint Handling Code', cy: 'Cod Ymdrin â Chwynion yr Ombwdsmon Tai' },
  ho_scheme: { en: 'Housing Ombudsman Scheme', cy: 'Cynllun yr Ombwdsmon Tai' },
  psow_act: { en: 'Public Services Ombudsman (Wales) Act 2019', cy: 'Deddf Ombwdsmon Gwasanaethau Cyhoeddus (Cymru) 2019' },
  psow_model: {
    en: 'Public Services Ombudsman for Wales model complaints policy',
    cy: 'Polisi cwynion enghreifftiol Ombwdsmon Gwasanaethau Cyhoeddus Cymru',
  },
};

/** One cited document with its paragraphs, names in both languages, ready to render. */
export interface Citation {
  document: Bilingual;
  paras: string[];
  unit: 'paragraph' | 'section';
}

const byProfile = new WeakMap<PolicyProfile, Map<string, CiteRef[]>>();

function citesByClause(profile: PolicyProfile): Map<string, CiteRef[]> {
  let m = byProfile.get(profile);
  if (!m) {
    m = new Map();
    for (const [path, refs] of citesIn(profile)) {
      const owner = path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], profile) as { clause: string };
      if (!m.has(owner.clause)) m.set(owner.clause, refs);
    }
    byProfile.set(profile, m);
  }
  return m;
}

const welshByProfile = new WeakMap<PolicyProfile, Map<string, string>>();

/** The Welsh wording the profile gives for a clause (`clauseCy` beside it), or null: none of the shipped profiles has any. */
export function welshClause(profile: PolicyProfile, clause: string): string | null {
  let m = welshByProfile.get(profile);
  if (!m) {
    const found = new Map<string, string>();
    const walk = (o: unknown) => {
      if (Array.isArray(o)) o.forEach(walk);
      else if (o && typeof o === 'object') {
        const rec = o as Record<string, unknown>;
        if (typeof rec.clause === 'string' && typeof rec.clauseCy === 'string' && !found.has(rec.clause)) found.set(rec.clause, rec.clauseCy);
        Object.values(rec).forEach(walk);
      }
    };
    walk(profile);
    welshByProfile.set(profile, (m = found));
  }
  return m.get(clause) ?? null;
}

function documentName(profile: PolicyProfile, doc: string): Bilingual {
  return profile.documents?.[doc]?.name ?? SHARED_DOCUMENTS[doc] ?? profile.name;
}

/**
 * What a clause string from the profile (or from triage) cites, for residents: the profile's own
 * `cite` where it has one; otherwise what can safely be read from the string (a leading paragraph
 * number, or the Housing Ombudsman Code / PSOW model policy named at its start); otherwise the
 * profile's document alone. Never the clause's own words, which are English and written for staff.
 */
export function citationsFor(profile: PolicyProfile, clause: string): Citation[] {
  return citationsOf(profile, citesByClause(profile).get(clause) ?? guess(clause));
}

/** Citations given as references (a document of the profile, or a shared one, and paragraphs). */
export function citationsOf(profile: PolicyProfile, refs: CiteRef[]): Citation[] {
  return refs.map((r) => ({ document: documentName(profile, r.doc), paras: r.paras, unit: r.unit }));
}

const PARA = String.raw`\d+(?:\.[0-9a-z]+)*(?:\s*-\s*\d+(?:\.[0-9a-z]+)*)?`;

function guess(clause: string): CiteRef[] {
  const first = clause.split(';')[0].trim();
  const code = new RegExp(`^Housing Ombudsman Complaint Handling Code (${PARA})`).exec(first);
  if (code) return [{ doc: 'ho_code', paras: [code[1].replace(/\s/g, '')], unit: 'paragraph' }];
  if (/^PSOW model/i.test(first)) return [{ doc: 'psow_model', paras: [], unit: 'paragraph' }];
  const lead = new RegExp(`^(?:Code |Policy |Procedure )?(${PARA})(?![0-9a-z])`).exec(first);
  if (lead) {
    const para = lead[1].replace(/\s/g, '');
    return [{ doc: 'policy', paras: [para], unit: para.includes('.') ? 'paragraph' : 'section' }];
  }
  return [{ doc: 'policy', paras: [], unit: 'paragraph' }];
}
