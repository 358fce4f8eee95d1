import { cy } from './welsh-forms';

/**
 * Paying for a service the landlord does not deliver (issue #19, sixteenth round, bars16): a
 * complaint, where disputing how much a charge is goes to another process. `k:charge_unserved`
 * (feature-families.ts) hears it only with a "not" beside a verb ("we pay for cleaning that never
 * happens"); residents as often name the service paid for and then what they get instead, with
 * "but" or "and yet" between, or ask what they get for their money. Leaving each corpus out, such
 * lines were read as a service-charge dispute (other process), an insurance claim or a first
 * report of the fault (docs/triage/rounds.md, "Round 16: bars", complaints lost). Same form as
 * feature-families.ts (a named pattern over the canonical text), in its own file so rounds merge
 * cleanly; feature-families.ts appends it to FAMILIES.
 */
const RE = (s: string) => new RegExp(s);

// Services a landlord charges for, as residents name them. Not rent and not insurance: "I pay my
// rent but the boiler is broken" is a first report, "I pay for contents insurance but" a claim.
const SERVICE_EN = String.raw`(service charges?|services?|cleaning|cleaners?|gardening|gardeners?|grounds( maintenance)?|grass cutting|maintenance|pest control|warden( cover| service)?|scheme manager|alarm( monitoring)?|monitoring|careline|lifeline|caretakers?|caretaking|concierge|lifts?|communal \w+|window cleaning|bin store|rubbish( removal)?|refuse collection|door entry|cctv|security|fire alarms?)`;
const SERVICE_CY = String.raw`((tal |thal )?${cy('gwasanaeth', 'glanhau', 'garddio', 'tiroedd', 'gofalwr', 'warden', 'larwm', 'lifft', 'golau', 'goleuadau', 'biniau', 'sbwriel')}|${cy('cynnal')} a ${cy('cadw')}( y| yr)?|${cy('rheoli')} ${cy('plau')}|${cy('torri')} ${cy('gwair')})`;

export const CHARGE_FAMILIES: Array<[string, RegExp]> = [
  // "We pay for grounds maintenance but the path is knee-deep in weeds", "I pay for pest control
  // and yet I had to pay someone myself", "what do we actually get for the service charge?",
  // "paying for things we don't get", "the cleaner only comes once a month but the charge still
  // says weekly", "Ni'n talu am gynnal a chadw'r tiroedd ond …", "talu tâl gwasanaeth … ac eto",
  // "be dan ni'n gael am y tâl?". Not a charge gone up ("we pay for the lift and the charge went
  // up": k:charge_level) unless a service is said to fall short as well.
  ['k:paid_not_served', RE(
    String.raw`\b(we|i|im|were|weve|ive|still|all) (pay|paying|paid|are paying|am paying|have paid|have been paying|been paying|are charged|am charged|get charged|are being charged|have been charged|been charged) (for|towards) (the |a |our |my |this |that )?${SERVICE_EN}\b.{0,80}\b(but|yet|and still|and yet|though|even though)\b` +
      String.raw`|\bwhat (do |are |have |did )?(we|i) (actually |even |really |ever )?(get|getting|got|gotten|receive|receiving) for (it|them|that|this|the money|our money|my money|the charges?|the service charges?|what we pay|what i pay)\b` +
      String.raw`|\b(paying|pay|paid|charged) for (things|services|a service|something|stuff|a \w+ service) (that )?(we|i|nobody|no one) (dont|do not|never|didnt|did not|cannot|cant) (get|have|receive|use|see)\b` +
      String.raw`|\b(only (comes?|came|visits?|cleans?|cuts? the grass|turns up|does)|no longer (comes?|visits?|cleans?|does)|hardly ever (comes?|visits?|cleans?)|been cut|cut back to)\b.{0,80}\b(service charges?|charged|charges?|we pay|i pay|still paying|paying for)\b` +
      String.raw`|\b(service charges?|charged|we pay|i pay|still paying|paying for)\b.{0,80}\b(only (comes?|came|visits?|cleans?|turns up)|no longer (comes?|visits?|cleans?)|hardly ever (comes?|visits?|cleans?))\b` +
      String.raw`|\b${cy('talu')} (am |tuag at )?(y |yr )?${SERVICE_CY}\b.{0,80}\b(ond|ac eto|a dal|er hynny|er bod)\b` +
      String.raw`|\b(be|beth|pa beth) (dan ni|dyn ni|ni|dw i|rydyn ni|ydan ni|yda ni|da ni) (yn |n )?(ei |eu )?${cy('cael')} am\b` +
      String.raw`|\b${cy('talu')} am (bethau|pethau|wasanaeth|gwasanaeth|rywbeth|rhywbeth) (dw i|dan ni|ni|dyn ni|da ni|rydw i|rydyn ni) ddim yn (ei |eu )?${cy('cael')}\b`,
  )],
];
