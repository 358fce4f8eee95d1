import { cy } from './welsh-forms';

/**
 * Feature families of the tenth session's exclusion and escalation round (issue #19 item 4), in
 * their own file so rounds merge cleanly; feature-families.ts appends them to FAMILIES. Written
 * from the leave-corpus-out errors (docs/triage/rounds.md, "exclusions, escalations and
 * signposting"): an exclusion can be chosen only where its grounds are named (classify.ts), and
 * these name grounds the cue lists did not know, in English and everyday north and south Welsh.
 */
const RE = (s: string) => new RegExp(s);

export const EXCLUSION_ESCALATION_FAMILIES: Array<[string, RegExp]> = [
  // The council's own services, named by what they do rather than by a department the cue lists
  // know: its noise officer, environmental health, a hole in the road, traffic lights, a grant or
  // loan for the resident's own home, its housing list or homelessness team. Grounds
  // `other_organisation` (classify.ts): the landlord signposts them.
  ['k:council_own', RE(
    String.raw`\b(noise (officer|team|nuisance team)|environmental health|noise abatement|abatement notice|disabled facilities grant|home ?fix loan|highways (department|team|agency)|traffic lights|potholes?|holes? in the (road|pavement))\b` +
    String.raw`|\bcouncil\w*\b[^.!?]{0,40}\b(housing (list|options|team|register)|homeless\w*|grant|loan|band \d|band (one|two|three|four))\b` +
    String.raw`|\b(swyddog swn|tim swn|iechyd yr amgylchedd|iechyd amgylcheddol|rhybudd atal swn|grant cyfleusterau|goleuadau traffig|priffyrdd|twll yn y ffordd|tyllau yn y ffordd|twll anferth yn y ffordd|twll yn y pafin)\b` +
    String.raw`|\bcyngor\b[^.!?]{0,40}\b(${cy('cofrestr', 'rhestr', 'grant', 'benthyciad')}|digartref\w*)\b|\b(${cy('cofrestr', 'rhestr')})( tai| aros)? (y|o y) cyngor\b`,
  )],
  // Belongings lost, broken or spoilt, named by the thing ("dropped my mirror", "lost three boxes
  // of our things", "killed the plants", "colli ein pethau", "torri fy nrych"). Beside words of a
  // claim it grounds an insurance claim (classify.ts), as the cue list's belongings do.
  ['k:belongings_harmed', RE(
    String.raw`\b(lost|broke|broken|smashed|dropped|damaged|ruined|scratched|stained|killed|threw away|thrown away|binned|cracked)\b[^.!?]{0,40}\b(things|boxes|box|belongings|stuff|mirror|tv|television|wardrobe|medals|photos|plants|furniture|clothes|bike|car|windscreen|ornaments|jewellery|washing machine|fridge|freezer|laptop|phone|cot|mattress)\b` +
    String.raw`|\b(things|boxes|belongings|stuff|mirror|tv|wardrobe|plants|furniture|ornaments|windscreen)\b[^.!?]{0,30}\b(lost|broken|smashed|damaged|ruined|missing|destroyed|cracked)\b|\b(pay|paid|paying) for the damage\b` +
    String.raw`|\b(${cy('colli', 'torri', 'malu', 'difrodi', 'difetha', 'lladd', 'taflu', 'gollwng')})\b[^.!?]{0,40}\b(${cy('pethau', 'bocsys', 'blychau', 'drych', 'teledu', 'planhigion', 'dodrefn', 'dillad', 'lluniau', 'beic', 'car', 'oergell', 'medalau', 'cwpwrdd')})\b` +
    String.raw`|\b(${cy('talu')}) am (y|yr) ${cy('difrod')}\b`,
  )],
  // Asking for the Ombudsman's details or where to send it, after an answer: the next stage
  // after a final response is the Ombudsman (an escalation, answered with how and when to go),
  // where the older family knew "go to" and "contact" only.
  ['k:ombudsman_how', RE(
    String.raw`\bombudsman\w*\s?(s )?(details|email|address|number|phone|contact|website|form)\b|\b(send|take|bring|pass|refer|forward) (it|this|that|my complaint|the complaint|them) (on )?(to|onto) the (housing |public services )?ombudsman\b|\bwhere (do|can|should) (i|we) (send|take)\b[^.!?]{0,30}\bombudsman\b` +
    String.raw`|\b(manylion|cyfeiriad|rhif|ebost|e bost|gwefan|ffurflen)\b[^.!?]{0,30}\bombwdsmon\b|\b(anfon|mynd a|gyrru|cyfeirio) (hi|fe|fo|hyn|hwn|y gwyn|y cwyn|fy cwyn) (at|i) (yr |y )?ombwdsmon\b`,
  )],
  // Someone more senior asked to look again at an answer: "looked at again by someone senior", "a
  // manager to look again", "rhywun uwch", "yr ymchwiliad ffurfiol" (the second, formal stage of the
  // Welsh model policy).
  ['k:look_again', RE(
    String.raw`\b(someone|somebody|a manager|manager|someone more|somebody more) (senior|higher|else)\b|\b(manager|someone senior|somebody senior|someone higher up)\b[^.!?]{0,20}\b(look|review|consider)\w*\b|\blook\w* at again by\b|\bformal (investigation|stage|complaint stage)\b` +
    String.raw`|\b(rhywun|rywun) (uwch|arall uwch|pwysicach)\b|\b${cy('rheolwr')}\b[^.!?]{0,20}\b(${cy('edrych', 'adolygu', 'ystyried')})\b|\b${cy('ymchwiliad')} ffurfiol\b`,
  )],
  // A charge disputed as a sum, in the forms k:charge_level (feature-families.ts) did not know:
  // "billed £6,800 each for the new roof" (not "charged me £120", a recharge), "challenge the bill", "how is the charge worked out?",
  // "herio'r bil", "dydy'r swm ddim yn rhesymol", "sut mae'r tâl wedi cael ei gyfrif?". With
  // either family and no charge for a service not delivered, it grounds `other_process` (a
  // service-charge query or challenge goes through its own route, not the complaints process).
  ['k:sum_disputed', RE(
    String.raw`\b(billed|invoiced) (each |me |us )?(for )?[0-9]+\b|\b(challenge|dispute|query|contest) (the|this|my|our|that|these|this years) (\w+ )?(bill|charge|charges|sum|amount|invoice)\b|\bhow (is|was|has|are|were) (the|my|our|this|that|these) (\w+ ){0,3}(charge|charges|bill)\b[^.!?]{0,20}\b(worked out|calculated|split|divided)\b|\b(cost|costs) (that|this|so) much\b|\b(charges?|bill)\b[^.!?]{0,40}\bjustified\b` +
    String.raw`|\bherio (y |yr )?(bil|swm|tal|taliad|taliadau)\b|\b(swm|bil)\b[^.!?]{0,30}\b(ddim yn rhesymol|afresymol|rhy uchel|gormod)\b|\b(tal|taliad|bil)\b[^.!?]{0,40}\bwedi cael ei (cyfrif|gyfrif|chyfrif|rannu)\b|\b(bil|tal)\b[^.!?]{0,50}\bddim yn ei (derbyn|dderbyn)\b`,
  )],
];
