import { normalise } from '../../src/language/normalise';

/**
 * Whether a request for stage 2 already says what the resident is still unhappy about: "I'm not
 * happy with the answer to CMP-…, nothing has changed", "dw i'm yn hapus efo'r ateb, ma'r llwydni
 * dal yna". The clauses that only ask ("not happy with your answer", "take it to stage 2", "cwyn",
 * the reference) are set aside; any other clause of two words or more is their reason. Asked "what
 * are you still unhappy about?" straight after saying it read as not listening (found by trial17,
 * in both languages).
 */
const ASKING = /\b(?:happy|unhappy|anhapus|hapus|dissatisfied|satisfied|escalate\w*|stage|cam|next step|further|appeal|review|answer|response|reply|decision|outcome|ateb|ymateb|penderfyniad|canlyniad|complaint|complain|cwyn|gwyn|chwyn|cwyno|gwyno|ombudsman|ombwdsmon|ombudsmon)\b/;
const REFERENCE = /cmp[\s-]*[a-z0-9]{4}[\s-]*[a-z0-9]{4}/gi;
const CLAUSE = /[,;.!?:\n]|\s(?:and|but|because|as|so|since|ac|a|ond|achos|oherwydd|gan fod|felly)\s/i;
/** Greetings and courtesy, which say nothing either way. */
const COURTESY = /^(?:hi|hello|helo|shwmae|hiya|please|plis|thanks|thank you|diolch|diolch yn fawr|sorry|sori|ok|okay|iawn|well|wel|right|reit)$/;

export function reasonInRequest(text: string | undefined): boolean {
  if (!text) return false;
  // Split before normalising, which drops the commas that end clauses.
  return ` ${text.replace(REFERENCE, ' ')} `
    .split(CLAUSE)
    .map((c) => normalise(c).replace(/'/g, '').trim())
    .some((c) => c.split(/\s+/).filter(Boolean).length >= 2 && !ASKING.test(c) && !COURTESY.test(c));
}
