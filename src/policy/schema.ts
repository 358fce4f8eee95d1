import { z } from 'zod';

/**
 * A landlord's complaints policy as data. Every rule carries `clause`: where in the
 * landlord's (or regulator's) text it comes from, so the bot and staff can say why.
 * Where the text is silent or ambiguous the profile records the reading it takes in
 * `interpretation`, with a one-line reason; the engine repeats it when it explains a date.
 */

export const Bilingual = z.object({ en: z.string().min(1), cy: z.string().min(1) }).strict();
export type Bilingual = z.infer<typeof Bilingual>;

const clause = z.string().min(1).describe('Clause of the source document, e.g. "6.2" or "Stage 1, para 3"');

/**
 * Where a rule comes from, as a resident is told it in either language: a document and its
 * paragraph numbers, never the clause's English wording. `clause` beside it stays the full
 * reference (with quotes) for staff; `cite` is what residents read, so a Welsh reply can say
 * "Polisi Cwynion a Phryderon Bron Afon, paragraff 11.1".
 */
export const CiteRef = z
  .object({
    /** A key of the profile's `documents`, or a shared one (`ho_code`, `ho_scheme`, `psow_act`, `psow_model`); `policy` is the profile's own document. */
    doc: z.string().regex(/^[a-z0-9_]+$/).default('policy'),
    /** Paragraph or section numbers as the document prints them: "6.2", "6.4-6.5", "7.ii.b". Empty names the document alone. */
    paras: z.array(z.string().regex(/^[0-9A-Za-z.()\-]{1,20}$/)).max(6).default([]),
    unit: z.enum(['paragraph', 'section']).default('paragraph'),
  })
  .strict();
export type CiteRef = z.infer<typeof CiteRef>;
const cite = z.array(CiteRef).min(1).max(4).optional();
/**
 * The clause's words as the landlord's own Welsh version of the policy prints them, where it has
 * one (none of the shipped profiles' policies is published in Welsh). Staff reading in Welsh see
 * these; without them, the clause's reference in Welsh and that its wording is in English, never
 * the English words inside a Welsh sentence.
 */
const clauseCy = z.string().min(1).optional();

/** A document a profile cites, named in both languages. */
export const CitedDocument = z.object({ name: Bilingual }).strict();
export type CitedDocument = z.infer<typeof CitedDocument>;

export const Interpretation = z
  .object({
    reading: z.string().min(1).describe('What the profile takes the rule to mean'),
    reason: z.string().min(1).describe('One line: why that reading (usually: it favours the resident)'),
  })
  .strict();
export type Interpretation = z.infer<typeof Interpretation>;

export const DurationUnit = z.enum(['working_days', 'calendar_days', 'weeks', 'months']);
export type DurationUnit = z.infer<typeof DurationUnit>;

export const Duration = z
  .object({ n: z.number().int().min(0).max(3650), unit: DurationUnit })
  .strict();
export type Duration = z.infer<typeof Duration>;

/** What a landlord's clock runs from. */
export const ClockStart = z.enum(['receipt', 'acknowledgement', 'escalation_request']);
export type ClockStart = z.infer<typeof ClockStart>;

export const Timescale = z
  .object({
    within: Duration,
    from: ClockStart,
    clause,
    cite,
    interpretation: Interpretation.optional(),
  })
  .strict();
export type Timescale = z.infer<typeof Timescale>;

export const Extension = z
  .object({
    /** The longest extension the landlord may set itself (explained to the resident). */
    max: Duration,
    /** Whether even that extension needs the resident's agreement. */
    agreementNeeded: z.boolean(),
    /** What happens past `max`: only with the resident's agreement, or never. */
    beyondMax: z.enum(['resident_agreement', 'not_allowed']),
    clause,
    clauseCy,
    cite,
    interpretation: Interpretation.optional(),
  })
  .strict();
export type Extension = z.infer<typeof Extension>;

export const Stage = z
  .object({
    stage: z.union([z.literal(1), z.literal(2)]),
    name: Bilingual,
    /** Informal stages are not allowed under the Housing Ombudsman's Code (5.2); the PSOW model has one. */
    informal: z.boolean(),
    /** null where the policy sets no separate acknowledgement (e.g. PSOW informal stage 1). */
    acknowledge: Timescale.nullable(),
    respond: Timescale,
    extension: Extension.nullable(),
    /** The stage moves on by itself when the response deadline passes (Bron Afon 11.4). */
    autoEscalatesWhenLate: z
      .object({ clause, cite })
      .strict()
      .optional(),
  })
  .strict();
export type Stage = z.infer<typeof Stage>;

export const EscalationWindow = z
  .object({
    within: Duration,
    from: z.literal('response'),
    discretion: z.boolean().describe('Whether a later request may still be accepted'),
    clause,
    cite,
    interpretation: Interpretation.optional(),
  })
  .strict();
export type EscalationWindow = z.infer<typeof EscalationWindow>;

export const TimeLimit = z
  .object({
    within: Duration,
    from: z.enum(['event_or_awareness', 'event']),
    discretion: z
      .object({ allowed: z.boolean(), when: Bilingual, clause, cite })
      .strict(),
    /** A limit past which discretion does not reach (Bron Afon 5.2: three years). */
    hardCap: z
      .object({ within: Duration, clause, cite })
      .strict()
      .nullable(),
    clause,
    cite,
    interpretation: Interpretation.optional(),
  })
  .strict();
export type TimeLimit = z.infer<typeof TimeLimit>;

/** The exclusion reasons of `shared/spec/triage.md`. */
export const ExclusionReason = z.enum([
  'legal_proceedings',
  'insurance_claim',
  'already_concluded',
  'policy_content',
  'other_organisation',
  'other_process',
  'ombudsman_already',
  'time_limit',
]);
export type ExclusionReason = z.infer<typeof ExclusionReason>;

/** Finer topics, so triage and the policy check can tell one exclusion from another. */
export const ExclusionTopic = z.enum([
  'court_claim_filed',
  'disrepair_letter_of_claim',
  'possession_proceedings',
  'personal_injury',
  'damaged_belongings',
  'third_party_liability',
  'previously_considered',
  'reopen_final_decision',
  'policy_disagreement',
  'service_not_provided',
  'data_protection',
  'service_charge',
  'statutory_review',
  'disrepair_claim',
  'leasehold_tribunal',
  'consumer_credit',
  'asb_report',
  'heat_network',
  'building_safety',
  'allocations',
  'other_appeal_process',
  'staff_employment',
  'ombudsman_investigating',
  'outside_time_limit',
  'anonymous',
  'unreasonable_behaviour',
  'other',
]);
export type ExclusionTopic = z.infer<typeof ExclusionTopic>;

/** Ids of bodies in `src/policy/bodies.ts`; profiles refer to them by id. */
export const BodyId = z.enum([
  'housing_ombudsman',
  'psow',
  'lgsco',
  'energy_ombudsman',
  'first_tier_tribunal_property',
  'leasehold_valuation_tribunal_wales',
  'building_safety_regulator',
  'ico',
  'local_council',
  'police',
  'citizens_advice',
  'shelter',
  'shelter_cymru',
  'financial_ombudsman',
  'national_gas_emergency',
  'samaritans',
]);
export type BodyId = z.infer<typeof BodyId>;

export const Exclusion = z
  .object({
    reason: ExclusionReason,
    topic: ExclusionTopic,
    /** Plain words for the resident: why the complaints policy does not cover this. */
    explain: Bilingual,
    /** Who does deal with it. */
    signpost: z.array(BodyId),
    /** Route inside the landlord, where there is one (e.g. the data-protection team). */
    internalRoute: Bilingual.optional(),
    /** If the landlord fails in that other route, the failure is a complaint (Bromford, Bron Afon ASB). */
    handlingStillComplaint: z.boolean(),
    clause,
    clauseCy,
    cite,
    interpretation: Interpretation.optional(),
  })
  .strict();
export type Exclusion = z.infer<typeof Exclusion>;

export const RepresentativeKind = z.enum([
  'relative',
  'friend',
  'advocate',
  'councillor',
  'mp',
  /** Member of the Senedd (Aelod o'r Senedd, AS). */
  'ms',
  'power_of_attorney',
  'other',
]);
export type RepresentativeKind = z.infer<typeof RepresentativeKind>;

export const Contact = z
  .object({
    phone: z.string().optional(),
    email: z.string().optional(),
    web: z.string().optional(),
    address: z.string().optional(),
    hours: Bilingual.optional(),
    clause: clause.optional(),
    cite,
  })
  .strict();
export type Contact = z.infer<typeof Contact>;

export const SpecialRegime = z
  .object({
    id: z.enum(['heat_network', 'building_safety_high_rise', 'allocations', 'independent_customer_panel', 'other']),
    describe: Bilingual,
    /** Its own timescale, where it replaces the stage timescales (Bron Afon heat networks: 8 weeks). */
    timescale: Duration.nullable(),
    signpost: z.array(BodyId),
    clause,
    cite,
  })
  .strict();
export type SpecialRegime = z.infer<typeof SpecialRegime>;

export const PolicyProfile = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.string().min(1),
    name: Bilingual,
    landlord: z.string().min(1),
    nation: z.enum(['england', 'wales']),
    source: z
      .object({
        title: z.string().min(1),
        document: z.string().min(1).describe('File in shared/policies or the public URL'),
        date: z.string().optional(),
      })
      .strict(),
    /**
     * Documents the profile's `cite` entries name, beyond the shared ones. `policy` (if given)
     * is the short name used in citations; without it the profile's `name` is used.
     */
    documents: z.record(z.string().regex(/^[a-z0-9_]+$/), CitedDocument).default({}),
    ombudsman: z
      .object({
        body: z.enum(['housing_ombudsman', 'psow']),
        /** How long the resident has to go to the Ombudsman, and from when. */
        referral: z
          .object({ within: Duration, from: z.enum(['final_response', 'first_notice']), clause, cite })
          .strict(),
        /** Outdated rules still described (the democratic filter or 8-week wait, removed 1 Oct 2022). */
        outdatedAccessRule: z
          .object({ describe: z.string().min(1), clause, cite })
          .strict()
          .nullable(),
        clause,
    cite,
      })
      .strict(),
    stages: z.tuple([Stage, Stage]),
    escalation: EscalationWindow.nullable(),
    timeLimit: TimeLimit.nullable(),
    exclusions: z.array(Exclusion),
    anonymous: z
      .object({
        accepted: z.boolean().describe('Looked at at all'),
        formal: z.boolean().describe('Logged and handled as a formal complaint'),
        acknowledged: z.boolean(),
        explain: Bilingual,
        clause,
    cite,
      })
      .strict(),
    representatives: z
      .object({
        allowed: z.boolean(),
        /** Kinds of representative for whom the resident's written consent is NOT needed. */
        noConsentNeeded: z.array(RepresentativeKind),
        consentForm: z.enum(['written', 'verbal_or_written', 'none']),
        clause,
    cite,
      })
      .strict(),
    socialMedia: z
      .object({
        accepted: z.boolean(),
        moveToPrivate: z.boolean(),
        clause,
    cite,
      })
      .strict(),
    specialRegimes: z.array(SpecialRegime),
    contacts: z
      .object({
        complaints: Contact,
        emergencyRepairs: Contact.nullable(),
      })
      .strict(),
    calendar: z
      .object({
        /** Extra non-working days every year, as MM-DD ranges (e.g. 12-24..12-31 Christmas closure). */
        annualClosures: z
          .array(z.object({ from: z.string().regex(/^\d\d-\d\d$/), to: z.string().regex(/^\d\d-\d\d$/) }).strict())
          .default([]),
        /** One-off closure dates. */
        closureDates: z.array(z.string().regex(/^\d{4}-\d\d-\d\d$/)).default([]),
        /** Messages received at or after this London time count as received the next day. */
        receiptCutoff: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
          .nullable()
          .default(null),
        clause: clause.optional(),
        cite,
      })
      .strict(),
    /**
     * When the bot hands a conversation to a person beyond a resident asking: urgent cues (where
     * the landlord wants a person on every emergency), and matters the policy gives to named
     * staff (Berneslai's high-rise building safety, Bron Afon's heat networks), recognised by
     * their cue phrases in either language (Welsh in dictionary form; mutations are undone).
     */
    handover: z
      .object({
        urgent: z.boolean().default(false),
        staffMatters: z
          .array(
            z
              .object({
                id: z.string().regex(/^[a-z0-9_]+$/),
                describe: Bilingual,
                cues: z.object({ en: z.array(z.string().min(2)).min(1), cy: z.array(z.string().min(2)).min(1) }).strict(),
                clause,
                cite,
              })
              .strict(),
          )
          .default([]),
      })
      .strict()
      .default({ urgent: false, staffMatters: [] }),
    /** Readings taken where the text is silent, not tied to one rule above. */
    interpretations: z.array(Interpretation.extend({ about: z.string().min(1) }).strict()).default([]),
  })
  .strict()
  .superRefine((p, ctx) => {
    for (const [path, refs] of citesIn(p)) {
      refs.forEach((r, i) => {
        if (r.doc !== 'policy' && !(r.doc in p.documents) && !SHARED_DOCUMENT_IDS.includes(r.doc))
          ctx.addIssue({ code: 'custom', path: [...path, 'cite', i, 'doc'], message: `unknown document "${r.doc}": add it to documents` });
      });
    }
    p.stages.forEach((s, i) => {
      if (s.stage !== i + 1) ctx.addIssue({ code: 'custom', path: ['stages', i, 'stage'], message: `must be ${i + 1}` });
      if (s.stage === 1 && s.respond.from === 'escalation_request')
        ctx.addIssue({ code: 'custom', path: ['stages', i, 'respond', 'from'], message: 'stage 1 has no escalation request' });
      if (s.respond.from === 'acknowledgement' && !s.acknowledge)
        ctx.addIssue({
          code: 'custom',
          path: ['stages', i, 'respond', 'from'],
          message: 'runs from acknowledgement but the stage sets no acknowledgement timescale',
        });
    });
  });
export type PolicyProfile = z.infer<typeof PolicyProfile>;
export type PolicyProfileInput = z.input<typeof PolicyProfile>;

/** Documents many profiles cite; their names live in src/policy/citation.ts. */
export const SHARED_DOCUMENT_IDS: readonly string[] = ['ho_code', 'ho_scheme', 'psow_act', 'psow_model'];

/** Every `cite` in a profile with its path, for the schema's check and for looking a clause up. */
export function citesIn(root: unknown): Array<[Array<string | number>, CiteRef[]]> {
  const out: Array<[Array<string | number>, CiteRef[]]> = [];
  const walk = (o: unknown, path: Array<string | number>) => {
    if (Array.isArray(o)) o.forEach((v, i) => walk(v, [...path, i]));
    else if (o && typeof o === 'object') {
      const rec = o as Record<string, unknown>;
      if (Array.isArray(rec.cite) && typeof rec.clause === 'string') out.push([path, rec.cite as CiteRef[]]);
      for (const [k, v] of Object.entries(rec)) if (k !== 'cite') walk(v, [...path, k]);
    }
  };
  walk(root, []);
  return out;
}
