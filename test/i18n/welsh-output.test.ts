import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseEventInput } from '../../src/cases/lifecycle';
import { urgentMessages } from '../../dialogs/triage/replies';
import { createI18n } from '../../src/i18n';
import { dateForms, longDate, softened } from '../../src/i18n/format';
import type { TriageResult } from '../../src/triage';
import { createProfileRegistry } from '../../src/policy/profiles';
import { all, chat, type Chat } from '../bot/harness';

/** Faults a Welsh reader notices at once: unmutated days after ar/tan/o, "â" or "i" before a vowel or Gw-, stiff calques. */
const WELSH_FAULTS: Array<[string, RegExp]> = [
  ['ar dydd', /\bar dydd\b/i],
  ['tan dydd', /\btan dydd\b/i],
  ['o dydd', /\bo dydd\b/i],
  ['â before a vowel (ag)', /(^|\s)â [AEIOUWYaeiouwy]/],
  ['i Gw (i Wasanaeth)', /\bi Gw/],
  ['Gall broblem', /\bGall broblem\b/],
  ['wythnos diwethaf', /wythnos diwethaf/],
  ['o heddiw', /diwrnod gwaith o heddiw/],
  ['Cadwch ef yn saff', /yn saff/],
  ['O fewn y landlord', /O fewn y landlord/],
  ['all y landlord ddim', /\ball y landlord ddim/],
  ['Unwaith mae', /Unwaith mae/],
  ['Llythyrau yn:', /Llythyrau yn:/],
  ['Cysylltu:', /Cysylltu:/],
  ['Darllenais i hyn fel', /Darllenais i hyn fel/],
  // Found in the final review of #14: the summary asks "Ydych chi'n hapus…?", so the answer is "ydw".
  ['Dywedwch "ydy" (the question is Ydych chi…?)', /Dywedwch "ydy" i'w hanfon/],
  ['neu yn Saesneg', /neu yn Saesneg/],
  ['yn fwy o amser yn ôl', /yn fwy o amser yn ôl/],
  ['ei estyn 10 diwrnod (ei estyn o)', /ei estyn (\{\{|\d)/],
  ['all hi ddim', /\ball hi ddim/],
  ['ateb i chi (eich ateb)', /\bateb i chi\b/],
  // Found in the Welsh review of the chat page, console and router strings.
  ['2 neu 3 gwaith (read aloud "tri gwaith"; ddwy neu dair gwaith)', /\d+ neu \d+ gwaith/],
  ['ffenest (written ffenestr)', /\bffenest\b/i],
  ['Pa … gallwn ni (allwn ni)', /\bPa [^.?]*\bgallwn ni\b/],
  ['cytuno gyda (cytuno â)', /\bgytuno gyda\b|\bcytuno gyda\b/],
  // A stage is named as the profiles name it, "Cam 1" / "Cam 2" (mutated "Gam 2", "Ngham 2"), in every reply alike.
  ['cam 2 in lower case (Cam 2)', /\b(cam|gam|ngham|cham) (\d|\{\{)/],
];

/** English that must never reach a Welsh reply: clause titles, digest citations, English prose. */
const ENGLISH_LEAKS: Array<[string, RegExp]> = [
  ['"Code "', /\bCode \d/],
  ['paragraph', /\bparagraph/i],
  ['RR §', /RR §|§/],
  ['digest line numbers', / l\.\d/],
  ['an English clause quote', /\('[A-Z]/],
  ['English words', /\b(the|and|you|your|within|working days|will|complaint|policy)\b/i],
];

/** A template may put a date after ar/tan/o only in its mutated form ({{dateSoft}}, {{countedFromSoft}}). */
const PLAIN_DATE_AFTER_MUTATING = /\b(ar|tan|o) \{\{\w*(date|Date|received|countedFrom)\}\}/;

/**
 * A count ("pum diwrnod gwaith", "tri mis") has no mutated form, so a template never puts one
 * straight after a word that would mutate it ("o bum", "at dri", "na thri", "nag wyth", "mae
 * gennych chi ddeuddeg mis"): it is placed after "sef", "o fewn", "ymhen" or a verb, or before
 * "gennych chi", instead.
 */
const COUNT_AFTER_MUTATING = /(^|[\s(])(i|am|ar|at|dan|dros|drwy|trwy|gan|heb|o|wrth|tan|hyd|â|gyda|efo|na|tua|a|yn|gennych chi|gen i) \{\{(counted|duration|limit|cap|extension|length|within|window|respond)\}\}/;

function strings(o: unknown): string[] {
  if (typeof o === 'string') return [o];
  if (Array.isArray(o)) return o.flatMap(strings);
  if (o && typeof o === 'object') return Object.values(o).flatMap(strings);
  return [];
}
const welshLocale = readdirSync('locales/cy').flatMap((f) => strings(JSON.parse(readFileSync(join('locales/cy', f), 'utf8'))));
const profiles = createProfileRegistry();
const welshProfileText = profiles.ids().flatMap((id) => {
  const out: string[] = [];
  const walk = (o: unknown) => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) k === 'cy' ? out.push(...strings(v)) : walk(v);
  };
  walk(profiles.get(id));
  return out;
});

/** Web addresses, emails and phone numbers are not prose; drop them before looking for English. */
const prose = (s: string) => s.replace(/https?:\/\/\S+|[\w.+-]+@[\w.-]+|\bCMP-\w{4}-\w{4}/g, ' ');

function faultsIn(text: string, rules: Array<[string, RegExp]>): string[] {
  return rules.filter(([, re]) => re.test(text)).map(([name]) => `${name}: …${text.slice(Math.max(0, text.search(rules.find(([n]) => n)![1]) - 40)).slice(0, 120)}…`);
}

describe('Welsh locale strings', () => {
  it.each(WELSH_FAULTS)('no Welsh string or profile Welsh text has "%s"', (_, re) => {
    expect([...welshLocale, ...welshProfileText].filter((s) => re.test(s))).toEqual([]);
  });

  it('no template puts a plain date after ar, tan or o', async () => {
    expect(welshLocale.filter((s) => PLAIN_DATE_AFTER_MUTATING.test(s))).toEqual([]);
  });

  it('no template puts a count where it would need a mutation it cannot take', async () => {
    expect(welshLocale.filter((s) => COUNT_AFTER_MUTATING.test(s))).toEqual([]);
  });

  it.each([
    ['2026-11-30', 'dydd Llun 30 Tachwedd 2026', 'ddydd Llun 30 Tachwedd 2026'],
    ['2026-12-03', 'dydd Iau 3 Rhagfyr 2026', 'ddydd Iau 3 Rhagfyr 2026'],
  ])('%s: one formatter gives the plain and the mutated long date', (iso, plain, soft) => {
    expect(longDate(iso, 'cy')).toBe(plain);
    expect(softened(plain, 'cy')).toBe(soft);
    expect(dateForms(iso, 'cy')).toEqual({ date: plain, dateSoft: soft });
    expect(dateForms(iso, 'en').dateSoft).toBe(longDate(iso, 'en'));
  });
});

const AT = '2026-12-07T10:00:00Z';

async function file(c: Chat, receivedAt = "2026-11-23T10:00:00.000Z"): Promise<string> {
  const { record } = await c.core.store.cases.file({
    idempotencyKey: `test:${Math.random()}`,
    kind: 'complaint',
    policyId: c.core.profile.id,
    policyVersion: c.core.profile.version,
    language: 'cy',
    channelId: 'test',
    userKey: 'test:resident-1',
    conversationKey: 'test:conv',
    conversationRef: {},
    receivedAt,
    details: { description: "Mae'r boeler wedi torri", location: 'Fflat 2, 5 Heol y Castell', contact: { anonymous: false, name: 'Siân Owen' } },
    triage: { kind: 'complaint' },
    deadlines: null,
    actor: 'bot',
  });
  return record.reference;
}

async function welsh(c: Chat) {
  await c.say('Shwmae');
  await c.say('Cymraeg');
}

/** A whole Welsh conversation: intake to a filed case, then status, escalation and an exclusion. */
async function conversation(policy: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const c = chat({ POLICY: policy }, '2026-11-23T10:00:00Z');
  await welsh(c);
  const answers = ["Ma'r boeler wedi torri eto a does neb wedi dod i'w drwsio", 'Fflat 2, 5 Heol y Castell', '3 mis yn ôl', 'do', 'Ffoniais i ddwywaith ym mis Medi', 'Dim dŵr poeth i fy mhlant', 'nac oes', 'trwsio ac ymddiheuriad', 'dim', 'fi', 'Siân Owen', 'sian@enghraifft.cymru', 'Cymraeg', 'ydw'];
  const intake: string[] = [];
  for (const a of answers) intake.push(all(await c.say(a)));
  out.intake = intake.join('\n');
  out.filed = intake.at(-1)!;

  // Acknowledged, extended, answered: the status answer has every kind of date.
  const s = chat({ POLICY: policy }, AT);
  const ref = await file(s);
  const events: CaseEventInput[] = [
    { type: 'acknowledged', date: '2026-11-24', officer: 'Rhian Evans' },
    { type: 'answered', date: '2026-12-04', outcome: 'partly_upheld', remedies: ['£50'] },
  ];
  for (const e of events) await s.core.updates.record(ref, 'staff:test', e);
  await welsh(s);
  await s.say('canslo');
  out.status = all(await s.say(`Oes newyddion am ${ref}?`));
  await s.say("Dw i ddim yn hapus â'r ateb");
  await s.say('sgipio');
  out.escalation = all(await s.say('sgipio'));

  // Extended and then missed: the Ombudsman's contact details.
  const m = chat({ POLICY: policy }, '2027-01-20T10:00:00Z');
  const late = await file(m);
  await m.core.updates.record(late, 'staff:test', { type: 'acknowledged', date: '2026-11-24' });
  await m.core.updates.record(late, 'staff:test', { type: 'extended', length: { n: 5, unit: 'working_days' }, reason: 'aros am arolwg lleithder', residentAgreed: true });
  await welsh(m);
  await m.say('canslo');
  out.missed = all(await m.say(`Oes newyddion am ${late}?`));

  const x = chat({ POLICY: policy });
  await welsh(x);
  out.exclusion = all(await x.say("Mae'r llwydni wedi difetha fy nillad i gyd a matres crud y babi. Dw i isio iawndal amdanyn nhw."));
  return out;
}

describe.each(['housing-ombudsman-code', 'bron-afon', 'psow-model'])('a Welsh conversation under %s', (policy) => {
  it('is all Welsh: no English clause titles or prose, no digest citations, every date after ar/tan/o mutated', async () => {
    const replies = await conversation(policy);
    expect(replies.filed).toMatch(/Eich cyfeirnod yw CMP-/);
    expect(replies.status).toMatch(/a ddaeth i law ddydd Llun 23 Tachwedd 2026/);
    expect(replies.status).toMatch(/ar ddydd (Mawrth 24 Tachwedd|Gwener 4 Rhagfyr) 2026/);
    expect(replies.escalation).toMatch(/Gam 2/);
    expect(replies.missed).toMatch(/tan ddydd/);
    expect(replies.exclusion).toMatch(/Y rheswm:/);
    for (const [step, text] of Object.entries(replies)) {
      const lines = text.split('\n');
      const bad = lines.flatMap((l) => [...faultsIn(l, WELSH_FAULTS), ...faultsIn(prose(l), ENGLISH_LEAKS)].map((f) => `${step}: ${f} in "${l}"`));
      expect(bad, step).toEqual([]);
    }
  }, 60_000);
});

describe('Welsh names and addresses of bodies', () => {
  it('gives the PSOW its Welsh web address and email in Welsh replies, its English ones in English', async () => {
    const c = chat({ POLICY: 'bron-afon' }, '2027-01-20T10:00:00Z');
    const ref = await file(c);
    await welsh(c);
    await c.say('canslo');
    const cy = all(await c.say(`Oes newyddion am ${ref}?`));
    expect(cy).toMatch(/sef Ombwdsmon Gwasanaethau Cyhoeddus Cymru: 0300 790 0203, gofyn@ombwdsmon\.cymru, https:\/\/www\.ombwdsmon\.cymru/);
    expect(cy).not.toMatch(/ombudsman\.wales/);
    const e = chat({ POLICY: 'bron-afon' }, '2027-01-20T10:00:00Z');
    const ref2 = await file(e);
    const en = all(await e.say(`any update on ${ref2}?`));
    expect(en).toMatch(/ask@ombudsman\.wales, https:\/\/www\.ombudsman\.wales/);
  }, 60_000);

  it.each([
    ['bron-afon', 'cy', 'bapurau eich contract meddiannaeth'],
    ['bron-afon', 'en', 'your occupation contract papers'],
    ['psow-model', 'cy', 'bapurau eich contract meddiannaeth'],
    ['housing-ombudsman-code', 'cy', 'bapurau eich tenantiaeth'],
    ['housing-ombudsman-code', 'en', 'your tenancy papers'],
  ] as const)('under %s (%s) the emergency advice says "%s"', (policy, lang, words) => {
    const profile = { ...profiles.get(policy), contacts: { ...profiles.get(policy).contacts, emergencyRepairs: null } };
    const result = { urgent: true, urgentTopics: ['water'] } as unknown as TriageResult;
    const text = urgentMessages(createI18n().getFixedT(lang), profile, result).join('\n');
    expect(text).toContain(words);
    expect(text).not.toMatch(lang === 'cy' ? (policy === 'housing-ombudsman-code' ? /meddiannaeth/ : /tenantiaeth/) : policy === 'housing-ombudsman-code' ? /occupation/ : /tenancy/);
  });
});
