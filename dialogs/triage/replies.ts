import type { TFunction } from 'i18next';
import type { Prompt, PromptChoice, Reply } from '../../src/channels/prompt';
import type { Lang } from '../../src/i18n';
import { citeClause } from '../../src/i18n/citation';
import { nationTerms } from '../../src/i18n/terms';
import { BODIES } from '../../src/policy/bodies';
import type { PolicyProfile } from '../../src/policy/schema';
import { COMPLAINT_CUES, type TriageResult } from '../../src/triage';
import { howToReach } from '../intake/messages';
import { asksAnonymity } from '../parse/anonymous';
import { duration } from '../../src/i18n/format';

/**
 * What the bot says for each triage outcome, in the resident's language. Safety comes first:
 * emergency instructions and crisis contacts go before anything about the policy.
 */

export function urgentMessages(t: TFunction, profile: PolicyProfile, result: TriageResult): string[] {
  if (!result.urgent) return [];
  const out: string[] = [];
  const topics = new Set(result.urgentTopics);
  if (topics.has('emergency_repair')) out.push(t('triage:urgent.emergency_repair'));
  if (topics.has('gas')) out.push(t('triage:urgent.gas', { gasPhone: BODIES.national_gas_emergency.phone }));
  if (topics.has('fire')) out.push(t('triage:urgent.fire'));
  if (topics.has('trapped')) out.push(t('triage:urgent.trapped'));
  if (topics.has('water')) out.push(t('triage:urgent.water'));
  if (topics.has('electric')) out.push(t('triage:urgent.electric'));
  // No heating or hot water with a baby, an older or unwell person at home is an emergency repair,
  // not a 999 call: "If anyone is in danger right now, call 999" then "When everyone is safe…" to
  // "no hot water for the baby" read as out of all proportion (trial16 left it; trial17 found it in
  // both languages at "where?"). They are told it may need an emergency repair, and where to turn
  // if someone becomes unwell. Any other danger named with it keeps the 999 line.
  const heatOnly = topics.has('no_heat_vulnerable') && [...topics].every((topic) => topic === 'no_heat_vulnerable' || topic === 'emergency_repair');
  if (heatOnly) {
    if (!topics.has('emergency_repair')) out.push(t('triage:urgent.emergency_repair'));
    out.push(t('triage:urgent.no_heat'));
  } else if (!topics.has('fire') && !topics.has('trapped')) out.push(t('triage:urgent.life'));
  // The emergency repairs line is for something in the home; a person at risk and nothing else
  // ("dw i isio marw") is 999 and the crisis contacts, not a repair.
  // "Once everyone is safe, I can carry on and record this" is about the home too: to someone who
  // wants to die it read as a repair form waiting for them.
  if ([...topics].some((topic) => topic !== 'person_at_risk')) {
    const line = profile.contacts.emergencyRepairs?.phone;
    out.push(line ? t('triage:urgent.repairs_line', { phone: line }) : t('triage:urgent.repairs_line_none', nationTerms(t, profile)));
    out.push(t('triage:urgent.carry_on'));
  }
  return out;
}

/**
 * A person at risk and nothing about the home or a complaint ("dw i isio marw", "I want to end it
 * all"): there is nothing to record, so no intake question follows; the resident is asked gently
 * whether there is anything else (crisisQuestion).
 */
export function personAtRiskOnly(result: TriageResult): boolean {
  return result.safeguarding && result.kind === 'none' && !result.confirmDanger && result.urgentTopics.every((topic) => topic === 'person_at_risk');
}

/** "Is there anything else you'd like help with today?": yes and no as values the yes/no reader understands. */
export function crisisQuestion(t: TFunction): Prompt {
  return {
    text: t('triage:safeguarding.anything_else'),
    lang: langOf(t),
    choices: [
      { value: 'yes', label: t('triage:safeguarding.anything_else_yes') },
      { value: 'no', label: t('triage:safeguarding.anything_else_no') },
    ],
  };
}

export function safeguardingMessages(t: TFunction, lang: Lang): string[] {
  const out = [t('triage:safeguarding.kind'), t('triage:safeguarding.contacts', { samaritans: BODIES.samaritans.phone })];
  if (lang === 'cy') out.push(t('triage:safeguarding.welsh_line', { welshLine: '0808 164 0123' }));
  // A person is asked for straight after, by the handover, which says what happens and when.
  return out;
}

type OfferKey = 'triage:service_request.offer' | 'triage:excluded.offer' | 'triage:excluded.discretion_offer' | 'triage:service_request.offer_again';

/** The language a fixed t speaks (i18next's getFixedT sets it), so callers need not pass it twice. */
const langOf = (t: TFunction): Lang => ((t as unknown as { lng?: string }).lng === 'en' ? 'en' : 'cy');

/** "Would you like to make a complaint?": yes and no as values the offer's reader (readAnswer) understands. */
export function offerChoices(t: TFunction): PromptChoice[] {
  return [
    { value: 'yes', label: t('triage:service_request.offer_button') },
    { value: 'no', label: t('triage:service_request.no_thanks') },
  ];
}

export function offerComplaint(t: TFunction, key: OfferKey): Prompt {
  return { text: t(key), lang: langOf(t), choices: offerChoices(t) };
}

/** A complaint about a GP surgery, the police or the council's own services: who to contact, nothing filed. */
export function signpostMessages(t: TFunction, profile: PolicyProfile, body: 'gp' | 'police' | 'council'): string[] {
  const lang = langOf(t);
  const first =
    body === 'gp'
      ? t('triage:signpost.gp', { next: t(profile.nation === 'wales' ? 'triage:signpost.gp_next_wales' : 'triage:signpost.gp_next_england') })
      : body === 'police'
        ? t('triage:signpost.police', { phone: BODIES.police.phone })
        : t('triage:signpost.council', { how: howToReach(BODIES.local_council, lang) });
  return [first, t('triage:signpost.landlord_part')];
}

/** How and when to reach the profile's Ombudsman, and that the landlord's process runs first. */
export function ombudsmanMessages(t: TFunction, profile: PolicyProfile): string[] {
  const lang = langOf(t);
  const body = BODIES[profile.ombudsman.body];
  const { referral } = profile.ombudsman;
  return [
    t(referral.from === 'final_response' ? 'triage:ombudsman.how_final_response' : 'triage:ombudsman.how_first_notice', {
      ombudsman: body.name[lang],
      contact: howToReach(body, lang),
      within: duration(t, referral.within),
    }),
    t('triage:ombudsman.process_first'),
  ];
}

/** "First time, or unhappy with how it's been dealt with?": one question, values read by the router. */
export function clarifyQuestion(t: TFunction): Prompt {
  return {
    text: t('triage:clarify.question'),
    lang: langOf(t),
    choices: [
      { value: 'clarify.first', label: t('triage:clarify.first'), short: t('triage:clarify.first_short') },
      { value: 'clarify.unhappy', label: t('triage:clarify.unhappy'), short: t('triage:clarify.unhappy_short') },
    ],
  };
}

/** "Is anyone in danger, or is your home unsafe, right now?": yes and no as values the yes/no reader understands. */
export function dangerQuestion(t: TFunction): Prompt {
  return {
    text: t('triage:danger.question'),
    lang: langOf(t),
    choices: [
      { value: 'yes', label: t('triage:danger.yes') },
      { value: 'no', label: t('triage:danger.no') },
    ],
  };
}

/**
 * Words about a person at risk are why the crisis contacts were given, never why something is a
 * service request: "scared of my ex" quoted back as a repair's reason reads as not being heard.
 */
const SAFETY_CUES: ReadonlySet<string> = new Set(['safeguarding', 'danger_now']);

/**
 * Which of the resident's words led to this reading, so the decision is never a black box. Words
 * that speak for a complaint (COMPLAINT_CUES) are never its reason: they are why a complaint is offered.
 */
export function whyMessage(t: TFunction, result: TriageResult): string | null {
  const reasons = result.signals.filter(
    (s) => s.source === 'text' && !s.cue.startsWith('urgent') && !s.cue.startsWith('hazard') && s.cue !== 'thing' && !SAFETY_CUES.has(s.cue) && !(COMPLAINT_CUES as readonly string[]).includes(s.cue),
  );
  // A question mark or other punctuation is a feature, never a word to quote back.
  const texts = [...new Set(reasons.filter((s) => /\p{L}/u.test(s.text)).map((s) => s.text))];
  // A word inside a phrase also quoted ("claim", "court" beside "court claim"; "can" beside "can
  // someone") says nothing more, and a lone "can" or "court" reads oddly as a reason.
  const within = (a: string, b: string) => a !== b && ` ${b.toLowerCase()} `.includes(` ${a.toLowerCase()} `);
  const words = texts.filter((w) => !texts.some((o) => within(w, o))).map((w) => `“${w}”`).slice(0, 4);
  if (!words.length || !['service_request', 'excluded', 'feedback'].includes(result.kind)) return null;
  return t('triage:why', { kind: t(`triage:kind.${result.kind}`), signals: words.join(', ') });
}

export function serviceRequestMessages(t: TFunction, profile: PolicyProfile, result: TriageResult, reference: string, text = ''): Reply[] {
  // Someone at risk (domestic abuse, a welfare worry) has told us something to follow up, not asked
  // for "a repair or something for us to do": recorded and followed up, in those words.
  const safeguarding = result.safeguarding;
  const out: Reply[] = [t(safeguarding ? 'triage:service_request.treated_safeguarding' : 'triage:service_request.treated', { reference })];
  const phone = profile.contacts.complaints.phone;
  // Someone who would rather not be named is not promised a call back about it.
  if (asksAnonymity(text)) out.push(t('triage:service_request.next_anonymous'));
  else if (safeguarding) out.push(phone ? t('triage:service_request.next_safeguarding_contact', { phone }) : t('triage:service_request.next_safeguarding'));
  else out.push(phone ? t('triage:service_request.next_contact', { phone }) : t('triage:service_request.next'));
  // Beside a disclosure or a crisis, "I read this as a request for service because of these words:
  // mould" reads as a form being filled in (found by trial14); the reading and its words stay on
  // the case for staff, and "make a complaint" is still offered below.
  const why = safeguarding ? null : whyMessage(t, result);
  if (why) out.push(why);
  out.push(result.dissatisfied ? offerComplaint(t, 'triage:service_request.offer') : t('triage:service_request.can_complain'));
  return out;
}

export function excludedMessages(t: TFunction, lang: Lang, profile: PolicyProfile, result: TriageResult, reference: string): Reply[] {
  const out: Reply[] = [t('triage:excluded.intro', { reference })];
  const listed = profile.exclusions.find((e) => e.reason === result.reason && e.topic === result.topic) ?? profile.exclusions.find((e) => e.reason === result.reason);
  const explain = listed ? listed.explain[lang] : t(`triage:excluded.why_generic.${result.reason}`);
  const clause = result.clause ?? listed?.clause;
  out.push(t('triage:excluded.why', { explain: explain.replace(/\.$/, ''), clause: clause ? citeClause(t, lang, profile, clause) : profile.name[lang] }));
  if (listed?.internalRoute) out.push(t('triage:excluded.internal', { route: listed.internalRoute[lang] }));
  const bodies = (listed?.signpost ?? []).map((id) => BODIES[id]).filter(Boolean);
  if (bodies.length) out.push(t('triage:excluded.who', { bodies: bodies.map((b) => `${b.name[lang]}: ${howToReach(b, lang)}`).join('; ') }));
  const ombudsman = BODIES[profile.ombudsman.body];
  out.push(t('triage:excluded.review', { ombudsman: ombudsman.name[lang], contact: howToReach(ombudsman, lang) }));
  const why = whyMessage(t, result);
  if (why) out.push(why);
  const offer = offerAfterExclusion(profile, result);
  if (offer) out.push(offerComplaint(t, offer));
  return out;
}

/**
 * Whether the reply to an exclusion ends by offering a complaint, and which: out of time where
 * the landlord may still accept it (the intake then records the dates and the resident's account
 * for the landlord to decide), or dissatisfaction with something the landlord did.
 */
export function offerAfterExclusion(profile: PolicyProfile, result: TriageResult): OfferKey | null {
  if (result.reason === 'time_limit' && profile.timeLimit?.discretion?.allowed) return 'triage:excluded.discretion_offer';
  return result.dissatisfied ? 'triage:excluded.offer' : null;
}

/** What the menu offers; the bot routes on these values, never on the labels. */
export const MENU_VALUES = ['menu.complain', 'menu.repair', 'menu.status', 'menu.person'] as const;
export type MenuValue = (typeof MENU_VALUES)[number];

export function menuChoices(t: TFunction): PromptChoice[] {
  return [
    { value: 'menu.complain', label: t('triage:none.complain') },
    // "Rhoi gwybod am waith trwsio" is longer than Messenger's 20 characters and WhatsApp's 24.
    { value: 'menu.repair', label: t('triage:none.repair'), short: t('triage:none.repair_short') },
    { value: 'menu.status', label: t('triage:none.status') },
    { value: 'menu.person', label: t('triage:none.person') },
  ];
}

export function menu(t: TFunction): Prompt {
  return { text: t('triage:none.menu'), lang: langOf(t), choices: menuChoices(t) };
}
