import type { Cue } from './cues';

/**
 * Exclusion wording of the seventh kind round (issue #19), kept apart from cues.ts and from the
 * sixth round's exclusion-cues.ts so rounds merge cleanly; cues.ts appends these to its lists.
 * An exclusion is read only where a cue grounds it (classify.ts GROUNDS): these are the ways the
 * training split's excluded lines named their matter that no cue knew, by pattern: a charge named
 * by what it pays for or disputed as a sum, a request for one's data in northern Welsh, the
 * council's own officers and the road outside. Same syntax as cues.ts: canonical forms, Welsh in
 * dictionary form, "~" up to three words. A word new to the lists joins the tokeniser's
 * vocabulary (mutations are undone against it), so each was checked against every training
 * line's tokens before and after (rounds.md, seventh kind round).
 */
export const KIND7_EXCLUSION_WORDING: Partial<Record<Cue, { en: string[]; cy: string[] }>> = {
  // Charges named by what they pay for, or challenged as a sum: another process (a service-charge query).
  service_charge: {
    en: ['estate charge*', 'warden charge*', 'communal electricity', 'backdated ~ bill|charge*', 'ground maintenance charge*', 'challenge ~ charge*|bill|sum|amount'],
    cy: ['tal trydan cymunedol', 'trydan cymunedol', 'bil ol dyddiedig', 'tal cynnal a cadw', 'herio y swm', 'herio y tal', 'herio ~ taliad*'],
  },
  // A request for what the landlord holds, as northern Welsh says it ("sydd gynnoch chi amdana i").
  data_protection: {
    en: ['copy of ~ information|data|email', 'copies of ~ notes|email|records|information'],
    cy: ['gynnoch chi amdana i', 'gynnoch amdana i', 'copi o ~ gwybodaeth'],
  },
  // The council's own officers and the public road: another body's service.
  other_org: {
    en: ['council noise officer|team', 'council ~ noise_officer|noise_team', 'hole in the road', 'road outside ~ hole|pothole*'],
    cy: ['swyddog swn ~ cyngor', 'twll yn y ffordd', 'tyllau yn y ffordd', 'twll yn y palmant'],
  },
};
