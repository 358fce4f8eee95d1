import type { ExclusionReason, ExclusionTopic } from '../policy/schema';
import { normalisedWords } from '../language/normalise';

/**
 * Which exclusion a message's words bear out, beyond the cue that grounds it (issue #19, exc17:
 * docs/triage/rounds.md, "Excluded matters, sixteenth session"). Leaving each corpus out, the
 * exclusions read worst were the council's own decisions read as the landlord's statutory review,
 * complaints about another body's own service filed as complaints about the landlord, and a charge
 * for a service not delivered sent to the service-charge process. Four rules a housing officer
 * applies, each over named features the model already has (no new feature, so no retraining moves):
 *
 * - **The council's decision is the council's to review.** Banding, the housing register and a
 *   homelessness decision are the council's statutory functions (Housing Act 1996 Parts 6 and 7;
 *   Housing (Wales) Act 2014 Part 2): named as the council's, or about homelessness (a duty only
 *   the council owes), a statutory review is another organisation's, signposted, not the
 *   landlord's own review process.
 * - **A statutory review reviews a decision.** "How do I take over Dad's tenancy?" asks how to
 *   apply; only a decision, a refusal, an ending, a review or an appeal named makes it a review.
 * - **Paying for a service not delivered is a complaint** (HOS Code and the spec's service-charge
 *   line): the service-charge process is for the level of a charge, so where the words say the
 *   service is paid for and not delivered (`k:paid_not_served`, `k:charge_unserved`) and not that
 *   the charge is too high or gone up (`k:charge_level`), the charge does not ground an exclusion.
 * - **Another body's own service, and only theirs, is signposted.** A complaint about the GP, the
 *   police or the council's own part (`k:complain_other` with no landlord named; the council's own
 *   decision or service with no landlord named) is not about the landlord's service, whatever the
 *   model leaned to; with the landlord named beside it ("the council's OT said I need a rail but
 *   you haven't fitted it") it stays what the model read.
 * - **After the final response, the Ombudsman is the next stage.** Both stages done or a final
 *   response named (the `concluded` cue) with a wish for the Ombudsman (`k:ombudsman_wish`) is an
 *   escalation, answered with how and when to reach it (issue #19 item 4), not a matter already
 *   concluded; a wish to reopen it with the landlord stays already concluded.
 */

/** Words naming a decision about the resident that a review looks at again, both languages, mutated forms. */
const DECISION = new RegExp(
  String.raw`\b(decision|decisions|decided|decide|refus\w*|reject\w*|turned down|turn down|review\w*|appeal\w*|challeng\w*|overturn\w*|ended|ending|end my|end our|terminat\w*|notice to quit` +
    String.raw`|penderfyn\w*|benderfyn\w*|mhenderfyn\w*|gwrthod\w*|wrthod\w*|ngwrthod\w*|adolyg\w*|hadolyg\w*|apelio|herio|i ben|terfynu|derfynu|nherfynu|gorffen)\b`,
);
/** Homelessness: a duty the council owes, never the landlord's decision. */
const HOMELESS = /\b(homeless\w*|digartref\w*|ddigartref\w*|nigartref\w*)\b/;

/** The council's tax office, named by `k:council_own`'s words. */
const COUNCIL_TAX = /\b(tax|treth)\b/;

/** The message as these rules read it: its normalised words. */
export const readWords = (text: string): string => normalisedWords(text).join(' ').replace(/'/g, ' ');

/** The council's own part named: its register, banding, homelessness duty, grant, OT, temporary accommodation (english-kinds.ts, welsh-families.ts). */
export const councilsOwn = (named: ReadonlyMap<string, string>): boolean => named.has('k:council_own') || named.has('k:council_housing');

/**
 * Whether the words bear out an exclusion `reason`/`topic` its cue grounded: a statutory review
 * needs a decision named; a service charge is no ground where the service is said to be paid for
 * and not delivered, and the charge's level not disputed.
 */
export function borneOut(reason: ExclusionReason, topic: ExclusionTopic | undefined, named: ReadonlyMap<string, string>, words: string): boolean {
  if (reason !== 'other_process') return true;
  if (topic === 'statutory_review') return DECISION.test(words);
  if (topic === 'service_charge') return !((named.has('k:paid_not_served') || named.has('k:charge_unserved')) && !named.has('k:charge_level'));
  return true;
}

/** A statutory review that is the council's (its own part named, or homelessness): another organisation's, not the landlord's process. */
export function councilsReview(reason: ExclusionReason, topic: ExclusionTopic | undefined, named: ReadonlyMap<string, string>, words: string): boolean {
  if (reason !== 'other_process' || topic !== 'statutory_review') return false;
  // Council tax is the council's too, but not a housing decision: "I've sent the council tax bills"
  // as evidence for the landlord's own succession review leaves that review the landlord's.
  const housing = named.has('k:council_housing') || (named.has('k:council_own') && !COUNCIL_TAX.test(named.get('k:council_own')!));
  return housing || named.has('k:not_your_home') || HOMELESS.test(words);
}

/**
 * Another body's own service complained of or told, with no word of the landlord: to be signposted
 * (other_organisation) whatever kind the model leaned to, as the spec's `other_organisation` says.
 */
export function othersOnly(named: ReadonlyMap<string, string>): boolean {
  if (named.has('k:landlord_named')) return false;
  return (named.has('k:complain_other') && named.has('k:other_body_only')) || councilsOwn(named);
}

/** Both stages done, and the Ombudsman wished for: the next stage, an escalation (read beside an already-concluded exclusion). */
export const ombudsmanNext = (named: ReadonlyMap<string, string>): boolean => named.has('k:ombudsman_wish');
