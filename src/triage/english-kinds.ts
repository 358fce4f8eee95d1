import { cy } from './welsh-forms';

/**
 * Feature families of the sixteenth round (issue #19, en16): the English kinds leaving each corpus
 * out read wrong outside "first report or complaint" (docs/triage/rounds.md, sixteenth round):
 * the council's own decision or service, a home that is not the landlord's, an answer to be taken
 * higher. Same form as feature-families.ts (a named pattern over the canonical text, then the text
 * with its punctuation), in their own file so rounds merge cleanly; feature-families.ts appends
 * them to FAMILIES. Each is told the same way in Welsh, so the Welsh forms are named beside the
 * English. (Three more were drafted and measured, thanks for work done, paying for what is not
 * delivered, asking whether something went through: none moved a line right, so none is kept.)
 */
const RE = (s: string) => new RegExp(s);

const COUNCIL = String.raw`(council|councils|local authority|city council|county council|town council|community council)`;
const CYNGOR = String.raw`(y |yr )?${cy('cyngor')}( sir| tref| dinas| cymuned)?`;

export const ENGLISH_KINDS: Array<[string, RegExp]> = [
  // The council's own service or decision, which the council answers for, not the landlord: its
  // housing register and banding, homelessness duty, housing options, grants and their surveyors
  // and occupational therapists, temporary accommodation, council tax; or the council named as the
  // one that acted ("the council put me in a B&B", "the council says …", "complain about the council,
  // not you"). `k:other_body` names the body; this names the council's own part in it, which the
  // cue list's other_org words often miss ("council's housing list", "the council's OT").
  ['k:council_own', RE(
    String.raw`\b${COUNCIL} (housing (register|list|options|team|department|needs)|waiting list|homeless(ness)? (team|unit|department|decision|duty|officer)|banding|band|grant|grants|grant officer|occupational therapist|ot|surveyor|temporary accommodation|b b|b and b|bed and breakfast|allocations?|lettings|tax|homefix)\b` +
    String.raw`|\b(the )?${COUNCIL} (put|placed|moved|says|said|told|promised|refused|decided|ended|offered|has not|have not|hasnt|havent|wont|will not|would not|wouldnt|did not|didnt|never|still|keeps)\b|\b${COUNCIL},? not (you|yourselves|the (landlord|housing association))\b|\b(housing register|homelessness decision|housing options team)\b` +
    String.raw`|\b(rhestr aros|rhestr dai|cofrestr dai|cofrestr tai|band(io)?|grant|llety dros dro|therapydd galwedigaethol|syrfewr|tim digartrefedd|penderfyniad digartrefedd|treth) ${CYNGOR}\b|\b${CYNGOR} (wedi (rhoi|gwrthod|dweud|deud|addo|penderfynu|symud|cynnig)|yn (dweud|deud|gwrthod)|heb|byth|ddim yn)\b|\b${CYNGOR},? nid (chi|y landlord|y gymdeithas dai)\b`,
  )],
  // A home that is not the landlord's: the resident (or their family) owns it or rents it from a
  // private landlord, so its repairs and grants are the owner's, the council's or that landlord's.
  // Not "in my own home", which tenants say of feeling unsafe where they live.
  ['k:not_your_home', RE(
    String.raw`\b(owns|own|owned|bought) (his|her|their|my|our|the) (own )?(house|home|bungalow|flat|property)\b|\b(on|to|for|of) (my|our|his|her|their) own (house|bungalow|property)\b|\b(i am|im|we are|were|she is|shes|he is|hes) (a |an )?(home ?owners?|owner occupiers?|private tenants?)\b` +
    String.raw`|\bprivate(ly)? (landlord|rented|renting|rent|tenancy|let)\b|\b(rent|renting|rented) (privately|from a (private )?landlord|from a letting agent)\b|\bmy landlord is (not|nt) you\b` +
    String.raw`|\blandlord preifat\b|\b(rhentu|rentu) (yn )?(breifat|preifat)\b|\b(fy|ein|ei) (${cy('tŷ', 'ty', 'cartref', 'byngalo')}) (fy|ein|ei) (hun|hunan|hunain)\b|\b(perchen|perchennog|berchen|berchennog) (ar )?(y|ei|fy|ein|eu) (${cy('tŷ', 'ty', 'cartref', 'byngalo')})\b`,
  )],
  // The answer asked to go higher: a manager or someone senior to look again, the next or formal
  // stage, "can this go higher?"; "rhywun uwch i edrych eto", "y cam nesaf". What an escalation
  // asks; with a complaint on record or an answer named it grounds one (classify.ts `grounded`).
  ['k:take_higher', RE(
    String.raw`\b(a manager|the manager|someone senior|somebody senior|someone more senior|someone higher( up)?|somebody higher( up)?|a senior (manager|officer)|someone independent)\b[^.!?]{0,20}\b(to )?(look|looked|review|reviewed|check|checked|go over|investigate)\b|\b(looked at|reviewed|investigated|checked) (again |properly |formally )?by (a manager|someone senior|somebody senior|someone more senior|a senior \w+|an independent \w+|someone independent)\b` +
    String.raw`|\b(can|could|will|would) (this|it|my complaint) (go|be taken|be escalated|be passed) (higher|further|up|on)\b|\btake (this|it|my complaint) (higher|further|up a level|to the next (stage|level))\b|\b(the )?(next|formal|second|final) stage\b` +
    String.raw`|\b(rhywun|rywun|rheolwr|reolwr) (uwch|yn uwch|hyn|arall|annibynnol)\b[^.!?]{0,20}\b(edrych|adolygu|ymchwilio)\b|\b(mynd|fynd) (a|ag) (hyn|hwn|fo|fe|hi|y gwyn|fy nghwyn) (ymhellach|yn uwch|yn bellach)\b|\b(y |yr )?(cam|gam) (nesaf|nesa|ffurfiol|terfynol)\b`,
  )],
];
