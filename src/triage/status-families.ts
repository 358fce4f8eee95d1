import { cy } from './welsh-forms';

/**
 * Feature families of the thirteenth round (issue #19): asking after progress, told apart from
 * unhappiness about it and from a first report. Same form as feature-families.ts (a named pattern
 * over the canonical text, then the text with its punctuation; English and everyday Welsh, north and
 * south, mutated forms through `cy`), kept in their own file so rounds merge cleanly;
 * feature-families.ts appends them to FAMILIES.
 */
const RE = (s: string) => new RegExp(s);
const DAY = String.raw`(monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const DYDD = String.raw`(dydd |ddydd )?(llun|mawrth|mercher|iau|gwener|sadwrn|sul)`;

export const STATUS_FAMILIES: Array<[string, RegExp]> = [
  // Asking after something in hand in the forms `k:progress` and `k:yet` do not name: where it has got
  // to, do you know when, is the engineer coming today, did the payment go through; "Pryd ydach chi'n
  // dod", "Ydy'r peiriannydd yn dod heddiw?", "Dach chi'n gwybod pryd", "Oes canlyniad …?", "Lle mae'r
  // cais arni?", and the code-switched "Unrhyw news", "Update ar …".
  ['k:asks_after', RE(
    String.raw`\bwhere (the|my|our|this|that|it|things) ?\w*( \w+)? (has|have|is|are) (got|gotten) to\b|\bhow (is|are|s) (the|my|our) \w+( \w+)? (getting on|going|coming along|progressing)\b` +
    String.raw`|\b(do|does) (you|anyone|anybody|someone|somebody) (know|have any idea) (when|if|whether|what time)\b|\bany idea (when|if|whether|what time)\b` +
    String.raw`|\b(is|are) (the|my|our|your|an?|someone|somebody|anyone|anybody) ?\w*( \w+)? (still )?(coming|due|booked|calling|arriving|visiting) (today|tomorrow|this (morning|afternoon|week)|on ${DAY}|next (week|${DAY}))\b` +
    String.raw`|\b(did|has|have) (the|my|our|your) \w+( \w+){0,4} (go through|gone through|come through|arrived|get to (check|look|see|do|fix))\b|\b(can|could) you (confirm|check) (my|the|our|that|if|whether) \w+( \w+){0,5} (went through|has gone through|was received|arrived|has arrived|been (paid|credited|received|processed))\b` +
    String.raw`|\b(is|are|will) (anyone|anybody|someone|somebody|you|they) (going to |gonna )?(come|get|ring|call|phone|write) back (to (me|us) )?(about|on|with|regarding)\b` +
    String.raw`|\b(unrhyw|any) (news|update|newyddion|diweddariad)\b|\bupdate ar\b` +
    String.raw`|\bpryd (ydach|ydych|dach|dych|ych|ydan|ydyn|yden|yda) (chi|nhw|ni) (yn |n )?(dod|galw|gorffen|dechrau|cyrraedd)\b|\bpryd (mae|maer|bydd|fydd|ydy|ydyr|ydi|ydir)( y| yr)? \w+( \w+)?\s*\?` +
    String.raw`|\b(ydy|ydi|ydyr|ydir|ydyn|ydan) ((y|yr) )?\w+( \w+)? (yn |n )?dod (heddiw|fory|yfory|bore ma|bore yma|pnawn ma|pnawn yma|${DYDD}|wythnos (hon|nesa|nesaf))\b|\b(ydy|ydi) (rhywun|o|e|fo|fe|hi|nhw) (yn |n )?dod\b` +
    String.raw`|\b(dach|ydach|dych|ydych|ych|eich) (chi )?(yn |n )?(gwybod|gwbod) pryd\b|(^|[.?!] )chi (yn |n )?(gwybod|gwbod) pryd\b|\bwyddoch chi (pryd|os|a)\b|\b(oes|oes na|oes yna) (unrhyw )?syniad pryd\b` +
    String.raw`|\b(oes|oes na|oes yna) (${cy('canlyniad', 'canlyniadau', 'adroddiad', 'ateb')})\b|\b(lle|ble) (mae|maer) ((y|yr|fy|ein) )?\w+( \w+)? (arni|wedi cyrraedd|erbyn hyn)\b|\b(sut|shwt|shwd) mae ((y|yr|fy|ein) )?\w+( \w+)? (yn |n )?(dod yn (ei|i) (blaen|flaen)|symud ymlaen)\b|\bwedi mynd (drwodd|trwodd|trwyddo)\b`,
  )],
  // A step already taken on the matter, with when or a number: it is in hand, so a question about it
  // asks after progress ("I reported it on Monday, ref 88213", "They took a sample two weeks ago", "we
  // were told it was booked for the autumn", "Nes i ffonio ddydd Llun", "Daeth y dyn i fesur bythefnos
  // yn ôl"). A number quoted ("ref 88213", "Cyfeirnod ASB-4471") is `x:ref_like`, read by the one reader
  // the grounding in classify.ts also asks (reference-in.ts, fourteenth round).
  ['k:in_hand', RE(
    String.raw`\b(i|we|my \w+) (reported|applied|sent|registered|submitted|filled in|put in|returned|logged) [^.!?]{0,40}\b(on ${DAY}|last (week|month|${DAY})|in (january|february|march|april|may|june|july|august|september|october|november|december)|(days|weeks|months|a week|a fortnight) ago|yesterday|ref)\b` +
    String.raw`|\b(they|he|she|someone|somebody|the \w+|your \w+|an? \w+) (took (a|the) (sample|photo|photos|measurements?)|came (out |round )?to (measure|look|inspect|check|survey|assess)|measured|inspected|surveyed|assessed)\b` +
    String.raw`|\b(was|were|has been|have been|had been|is|its|it is) (booked|ordered|arranged|scheduled|logged|raised|approved) (for|in|on|to)\b|\bsaid (a|the) (new )?\w+ (had to be|has to be|would be|needs to be) ordered\b` +
    String.raw`|\b(nes|wnes|gwnes|naethon|wnaethon) (i|ni) (${cy('gyrru', 'anfon', 'ffonio', 'cofrestru', 'llenwi', 'riportio', 'ebostio')})\b|\bges i (neges|lythyr|llythyr|galwad|text|tecst|e bost)\b|\b(ffoniais|ffonies|ffonais|anfonais|anfones|hales|gyrrais|gyrres|danfonais|danfones|riportiais|riporties) (i|ni)\b` +
    String.raw`|\b(daeth|ddaeth|fuodd|buodd|bu) (y dyn|rhywun|o|fo|e|fe|nhw|y \w+) (yma |draw )?i (${cy('mesur', 'edrych', 'archwilio', 'asesu', 'tsiecio')})\b|\bwedi (ei |eu )?(${cy('archebu', 'trefnu', 'cofrestru', 'cymeradwyo')}) (ar gyfer|erbyn)\b`,
  )],
  // A general "never" or "always" about the landlord's work: a grievance about its service, not a
  // first report ("The repairs are never done properly", "you're always late", "nothing you fix ever
  // stays fixed", "Mae'r gwaith byth yn cael ei wneud yn iawn", "Dych chi wastad yn hwyr", "maen nhw
  // bob amser yn canslo"). A thing that never works is not this: the landlord's doing is named.
  ['k:always_fails', RE(
    String.raw`\bnever (done|fixed|repaired|sorted|finished|completed|cleaned|cut|checked|maintained|looked after) ?(properly|right|correctly|on time|first time|well)?\b|\bnever (get|gets|got|getting) (anything|it|things|the \w+) (done|fixed|sorted|repaired)\b` +
    String.raw`|\b(you|they|your \w+|the (repairs?|contractors?|workmen|operatives?|engineers?|cleaners?|repairs team)|repairs|contractors|workmen) (are |is |re )?(always|constantly|forever|never|consistently) (late|cancel\w*|turn up|turning up|on time|show up|showing up|answer\w*|ring back|call back|listen\w*|bother\w*|leave (a |the )?mess|make (a )?mess|do (it|things|anything|the job) (properly|right))\b` +
    String.raw`|\bnothing (you|they|your \w+|the \w+) (do|does|did|fix|fixes|fixed|repair|repairs|repaired)( \w+)? (ever )?(works|lasts|stays|last|stay|work)\b|\b(every|each) (job|repair) (you|they) (do|does|did)\b[^.!?]{0,40}\b(wrong|bodged|botched|half done|badly|a mess)\b` +
    String.raw`|\bbyth (yn )?(cael (ei|eu|i) )?(${cy('gwneud', 'trwsio', 'gorffen', 'glanhau', 'sortio')}) ?(yn iawn|yn gywir|yn brydlon|ar amser|yn iawn)?\b|\bbyth yn (dod|troi fyny|troi i fyny|cyrraedd|gwrando) (ar amser|pan|yn brydlon)\b` +
    String.raw`|\b(dach|dych|ydych|ydach|maen|mae) (chi|nhw) (wastad|bob amser|trwy y amser|drwy y amser|o hyd) (yn )?(hwyr|canslo|methu|anghofio|gadael llanast|gwneud llanast)\b|\b(wastad|bob amser) (yn )?(hwyr|canslo|methu dod|anghofio)\b` +
    String.raw`|\bdim byd (dach chi|dych chi|ydych chi|maen nhw|mae nhw|chi|nhw)? ?(yn )?(ei |eu )?(${cy('trwsio', 'gwneud')}) (byth )?yn (para|aros|gweithio)\b`,
  )],
];

/**
 * The Welsh of `h:reported` (features.ts), fourteenth round: a Welsh verb-noun ("ffonio",
 * "riportio", "cysylltu", "rhoi gwybod") is every tense, so alone it is no telling of calls made:
 * "dw i isio riportio …", "yn lle ffonio", "pwy ddylwn i ffonio?", "diolch am gysylltu", "dyma'r tro
 * cynta i mi gysylltu" are not history. It is one after a marker of the past ("wedi", "'di", "nes i",
 * "naethon ni"), in "wedi bod yn …", "dal i …" (still at it), after "ers i mi" / "er i mi" (since, though
 * I reported), a counted time ("y trydydd tro i mi ffonio", "bob tro dw i'n ffonio", "sawl gwaith mae'n
 * rhaid i mi riportio"), with a time gone by ("ffonio ym mis Mehefin"), or inflected in the past
 * ("ffoniais i", "reportais i", "wedes i wrthoch chi"). "Dweud wrth" only to the landlord or its people,
 * not "wedi deud wrtha i" (someone told me) or "wrth fy mab". Not a call to an emergency service or a
 * lift's alarm line ("dw i 'di ffonio'r heddlu", "… y frigâd dân"): no report to the landlord. Read over
 * the canonical text ('di as wedi, mutations undone), then the text as typed, which keeps the inflected
 * forms the canonical text maps to the verb-noun. Not "reportais", "riportiais": the canonical text reads
 * them as the verb-noun itself (welsh-forms-spoken.ts), and an expression spells the form it is read as
 * (welsh-forms.test.ts); at the start of a message with a time gone by ("Reportais i'r clo fis yn ôl")
 * the verb-noun still counts.
 */
const TOLD_VERB_CY = String.raw`(ffonio|riportio|reportio|cysylltu|e bostio|ebostio|rhoi gwybod|rhoi gwbod|son wrth|(dweud|deud|gweud) wrth(och|ach|ych|thoch|yn nhw|o|i| (y|yr|eich|ych|ich) \w+))`;
const NOT_TO_US_CY = String.raw`(?! (y |yr |r )?(heddlu|brigad|frigad|gwasanaeth tan|999|101|111|ambiwlans|(rhif |llinell )?(argyfwng|ar y lifft)))`;
const ME = String.raw`(i|mi|fi|ni|rhywun)`;
const GONE_BY = String.raw`(ddoe|echdoe|wythnos (diwetha|dwetha|diwethaf)|mis (diwetha|dwetha|diwethaf)|llynedd|ym mis \w+|\w+ (wythnos|mis|diwrnod) (yn ol|nol))`;
export const TOLD_CY =
  String.raw`\b(wedi|di)( bod yn| bod n)? (ei |eu |eich |ych |ch )?${TOLD_VERB_CY}\b${NOT_TO_US_CY}` +
  String.raw`|\b(nes|wnes|gwnes|naethon|wnaethon|gwnaethon|nathon) (i|ni) (ei |eu |eich )?${TOLD_VERB_CY}\b${NOT_TO_US_CY}` +
  String.raw`|\b(dal|cadw) i ${TOLD_VERB_CY}\b${NOT_TO_US_CY}` +
  String.raw`|\b(ers|er) i ${ME} (ei |eu )?${TOLD_VERB_CY}\b|\b(tro|time) i ${ME} (ei |eu )?${TOLD_VERB_CY}\b|\btime (dw|rydw|wi) i (yn |n )?${TOLD_VERB_CY}\b|\bbob tro (dw|rydw|ydw|wi|dan|dyn|yr wyf) (i |ni )?(yn |n )?${TOLD_VERB_CY}\b` +
  String.raw`|\b(sawl gwaith|faint o weithiau|faint o weithia|faint o weithie|faint mwy o weithiau)\b[^.!?]{0,30}\bi ${ME} ${TOLD_VERB_CY}\b|\brhaid i ${ME} ${TOLD_VERB_CY} (bob|o hyd|drosodd)\b` +
  String.raw`|(^ ?|[.!?] |\b(a|ac|wedyn|yna) )${TOLD_VERB_CY} [^.!?]{0,20}\b${GONE_BY}\b` +
  String.raw`|\b(ffoniais|ffonies|ffonais|ffonion|ffonon|riporties|reporties|cysylltais|cysylltes|cysyllton|soniais|sonies|ebostiais|dywedais|dwedais|dwedes|wedes|ddudis|dudis)\b(?!( i| ni| ir| inni)? (y |yr |r )?(heddlu|brigad|frigad|gwasanaeth tan|999|101|111|ambiwlans))` +
  String.raw`|\b(rhoddais|rhois|rhoies|roies|rhoeson|rhoison) (i |ni )?wybod\b`;

// Fourteenth round: a question after progress ("any news?", "has the panel looked at it yet?", "did
// you send my form on?") about a matter another process or body handles (a section 20 consultation, a
// statutory review, housing benefit through the council) asks after a case already raised; the
// exclusion cue beside it names the matter, not a wish to take it elsewhere. The model cannot join two
// features, so the pair is one: `x:asks_after_route` (features.ts).
export const ASKING_AFTER = new Set(['k:asks_after', 'k:progress', 'k:yet', 'k:did_you']);
export const OTHER_ROUTE_CUES = new Set(['other_org', 'service_charge', 'statutory_review', 'data_protection', 'consumer_credit', 'tribunal']);
