import { describe, expect, it } from 'vitest';
import { createI18n, type Lang } from '../../src/i18n';
import { citeClause, clauseView } from '../../src/i18n/citation';
import { createProfileRegistry, parseProfile } from '../../src/policy/profiles';
import { citesIn, type PolicyProfile } from '../../src/policy/schema';

const registry = createProfileRegistry();
const i18n = createI18n();
const cite = (lang: Lang, id: string, clause: string | string[]) => citeClause(i18n.getFixedT(lang), lang, registry.get(id), clause);

/** Every object in a profile that carries a clause string, with its path. */
function clauses(p: PolicyProfile): Array<{ path: string; clause: string; cite: unknown }> {
  const out: Array<{ path: string; clause: string; cite: unknown }> = [];
  const walk = (o: unknown, path: string) => {
    if (Array.isArray(o)) o.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (o && typeof o === 'object') {
      const r = o as Record<string, unknown>;
      if (typeof r.clause === 'string') out.push({ path, clause: r.clause, cite: r.cite });
      for (const [k, v] of Object.entries(r)) if (k !== 'cite') walk(v, `${path}.${k}`);
    }
  };
  walk(p, '');
  return out;
}

describe('profile citations (cite)', () => {
  it.each(registry.ids())('%s cites every clause by document and paragraph, never by digest line', (id) => {
    const p = registry.get(id);
    const all = clauses(p);
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((c) => !c.cite).map((c) => c.path)).toEqual([]);
    for (const [, refs] of citesIn(p)) for (const r of refs) for (const para of r.paras) expect(para).not.toMatch(/§|^l\.|^\d{3,}$/);
  });

  const base = () => structuredClone(registry.get('bron-afon')) as unknown as Record<string, any>;
  it.each([
    ['an unknown document', (p: Record<string, any>) => (p.stages[0].respond.cite = [{ doc: 'nowhere', paras: ['1'] }]), /unknown document "nowhere"/],
    ['a paragraph that is prose', (p: Record<string, any>) => (p.stages[0].respond.cite = [{ paras: ["They will let you know they've received"] }]), /paras/],
    ['an empty cite', (p: Record<string, any>) => (p.stages[0].respond.cite = []), /cite/],
    ['a document without a Welsh name', (p: Record<string, any>) => (p.documents = { policy: { name: { en: 'Policy' } } }), /documents/],
  ])('the schema refuses %s', (_, change, message) => {
    const p = base();
    change(p);
    expect(() => parseProfile(p, 'test')).toThrow(message);
  });

  it('accepts a landlord profile without any cite (they are optional) and names its policy alone', () => {
    const p = base();
    const strip = (o: unknown): unknown =>
      Array.isArray(o) ? o.map(strip) : o && typeof o === 'object' ? Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'cite').map(([k, v]) => [k, strip(v)])) : o;
    const parsed = parseProfile(strip(p), 'test');
    const t = i18n.getFixedT('cy');
    expect(citeClause(t, 'cy', parsed, parsed.stages[0].acknowledge!.clause)).toBe('Polisi Cwynion a Phryderon Bron Afon, paragraff 11.1');
    expect(citeClause(t, 'cy', parsed, "Stage 1: 'We aim to respond'")).toBe('Polisi Cwynion a Phryderon Bron Afon');
  });
});

describe('clauses as residents read them', () => {
  const hoc = registry.get('housing-ombudsman-code');
  const bron = registry.get('bron-afon');
  const psow = registry.get('psow-model');
  const assoc = registry.get('association-2022');
  it.each<[string, Lang, string, string | string[], string]>([
    ['HO Code acknowledgement', 'cy', 'housing-ombudsman-code', hoc.stages[0].acknowledge!.clause, 'Cod Ymdrin â Chwynion yr Ombwdsmon Tai, paragraff 6.2'],
    ['HO Code acknowledgement', 'en', 'housing-ombudsman-code', hoc.stages[0].acknowledge!.clause, 'Housing Ombudsman Complaint Handling Code, paragraph 6.2'],
    ['HO Code extension range', 'cy', 'housing-ombudsman-code', hoc.stages[0].extension!.clause, 'Cod Ymdrin â Chwynion yr Ombwdsmon Tai, paragraffau 6.4–6.5'],
    ['HO Code stage 2, two clauses', 'cy', 'housing-ombudsman-code', [hoc.stages[1].acknowledge!.clause, hoc.stages[1].respond.clause], 'Cod Ymdrin â Chwynion yr Ombwdsmon Tai, paragraffau 6.11 a 6.15'],
    ['Bron Afon 11.1, not its English title', 'cy', 'bron-afon', bron.stages[0].acknowledge!.clause, 'Polisi Cwynion a Phryderon Bron Afon, paragraff 11.1'],
    ['Bron Afon 11.1', 'en', 'bron-afon', bron.stages[0].acknowledge!.clause, 'Bron Afon Complaints and Concerns Policy, paragraph 11.1'],
    ['Bron Afon section 6', 'cy', 'bron-afon', bron.exclusions.find((e) => e.topic === 'personal_injury')!.clause, 'Polisi Cwynion a Phryderon Bron Afon, adran 6'],
    ['Bron Afon Ombudsman window: the Act', 'cy', 'bron-afon', bron.ombudsman.referral.clause, 'Deddf Ombwdsmon Gwasanaethau Cyhoeddus (Cymru) 2019, adran 8'],
    ['PSOW model: the model policy, no digest lines', 'cy', 'psow-model', psow.stages[0].respond.clause, 'Polisi cwynion enghreifftiol Ombwdsmon Gwasanaethau Cyhoeddus Cymru'],
    ['PSOW model', 'en', 'psow-model', psow.stages[1].acknowledge!.clause, 'Public Services Ombudsman for Wales model complaints policy'],
    ['policy and procedure', 'cy', 'association-2022', assoc.stages[0].respond.clause, "Gweithdrefn Gwyno'r Gymdeithas, paragraff 2.7; Polisi Cwynion y Gymdeithas, paragraffau 3.12 a 3.20"],
    ["triage's definition clause (England)", 'cy', 'bromford', 'Housing Ombudsman Complaint Handling Code 1.2: a complaint is about the landlord’s own service', 'Cod Ymdrin â Chwynion yr Ombwdsmon Tai, paragraff 1.2'],
    ["triage's definition clause (Wales)", 'cy', 'bron-afon', 'PSOW model complaints policy, definition of a complaint: about the landlord’s own service', 'Polisi cwynion enghreifftiol Ombwdsmon Gwasanaethau Cyhoeddus Cymru'],
    ['an unknown clause in English words', 'cy', 'bromford', 'How we manage complaints: something', 'Polisi Cwynion Bromford'],
  ])('%s (%s)', (_, lang, id, clause, expected) => {
    expect(cite(lang, id, clause)).toBe(expected);
  });

  // Welsh "a" is "ac" before a vowel, and numbers are read aloud: un, wyth, un deg …, wyth deg.
  it.each([
    [['11.3', '11.4'], 'paragraffau 11.3 ac 11.4', 'paragraphs 11.3 and 11.4'],
    [['6.11', '6.15'], 'paragraffau 6.11 a 6.15', 'paragraphs 6.11 and 6.15'],
    [['7', '8'], 'paragraffau 7 ac 8', 'paragraphs 7 and 8'],
    [['2', '1'], 'paragraffau 2 ac 1', 'paragraphs 2 and 1'],
    [['9', '10'], 'paragraffau 9 a 10', 'paragraphs 9 and 10'],
    [['3', '18.2'], 'paragraffau 3 ac 18.2', 'paragraphs 3 and 18.2'],
    [['79', '80'], 'paragraffau 79 ac 80', 'paragraphs 79 and 80'],
    [['100', '101'], 'paragraffau 100 a 101', 'paragraphs 100 and 101'],
  ])('%j reads "%s" / "%s"', (paras, cy, en) => {
    const profile = structuredClone(registry.get('bron-afon'));
    profile.stages[0].acknowledge!.cite = [{ doc: 'policy', paras, unit: 'paragraph' }];
    const clause = profile.stages[0].acknowledge!.clause;
    expect(citeClause(i18n.getFixedT('cy'), 'cy', profile, clause)).toMatch(new RegExp(`, ${cy}$`));
    expect(citeClause(i18n.getFixedT('en'), 'en', profile, clause)).toMatch(new RegExp(`, ${en}$`));
  });
});

describe('clauses as staff read them in Welsh (clauseView)', () => {
  it('gives the clause as written, its reference in both languages, and no Welsh words where the profile has none', () => {
    const p = registry.get('bron-afon');
    const ext = p.stages[1].extension!;
    expect(clauseView(i18n, p, ext.clause)).toEqual({
      text: ext.clause,
      cited: { en: 'Bron Afon Complaints and Concerns Policy, paragraph 11.11', cy: 'Polisi Cwynion a Phryderon Bron Afon, paragraff 11.11' },
      cy: null,
    });
  });

  it('gives the Welsh words a landlord’s profile carries beside a clause (clauseCy), on an extension or an exclusion', () => {
    const p = structuredClone(registry.get('bron-afon')) as unknown as Record<string, any>;
    p.stages[1].extension.clauseCy = "11.11 ('Os yw eich cwyn yn un ddifrifol neu gymhleth, byddwn yn: Rhoi gwybod i chi pam y gallai gymryd mwy o amser')";
    p.exclusions[0].clauseCy = '6 (Ceisiadau am Wasanaeth)';
    const parsed = parseProfile(p, 'test');
    expect(clauseView(i18n, parsed, parsed.stages[1].extension!.clause).cy).toMatch(/^11\.11 \('Os yw eich cwyn/);
    expect(clauseView(i18n, parsed, parsed.exclusions[0].clause).cy).toBe('6 (Ceisiadau am Wasanaeth)');
    expect(clauseView(i18n, parsed, parsed.stages[0].acknowledge!.clause).cy).toBeNull();
  });

  it('refuses Welsh words that are empty', () => {
    const p = structuredClone(registry.get('bron-afon')) as unknown as Record<string, any>;
    p.stages[1].extension.clauseCy = '';
    expect(() => parseProfile(p, 'test')).toThrow(/clauseCy/);
  });
});
