import { cy } from './welsh-forms';

/**
 * Feature families of the fifteenth round (issue #19, cy16): Welsh as residents write it, where
 * leaving each corpus out read Welsh lines wrong (docs/triage/rounds.md, fifteenth round). Same
 * form as english-families.ts (a named pattern over the canonical text, then the text with its
 * punctuation); feature-families.ts appends them to FAMILIES. Each is told in English too, so a
 * message reads the same in both languages; the model learns what each weighs for each kind.
 */
const RE = (s: string) => new RegExp(s);

// Verbs of telling the landlord, in every mutated form ("heb ddeud", "heb sôn", "heb gysylltu").
const TELL_CY = cy('dweud', 'gweud', 'son', 'riportio', 'cysylltu', 'ffonio', 'crybwyll');
// How the landlord reaches the resident: a call, a text, an email, a letter, a visit.
const CONTACT_CY = String.raw`(${cy('ffonio', 'tecstio', 'cysylltu', 'sgwennu', 'ysgrifennu', 'galw')}|ffoniwch|tecstiwch|sgwennwch|ysgrifennwch|neges destun|negeseuon testun|e bost|ebost|llythyr|llythyrau|lythyr|lythyrau)`;

export const WELSH_FAMILIES: Array<[string, RegExp]> = [
  // Not told before: the resident, or someone in the household, has not told the landlord until
  // now ("Dw i heb ddeud dim byd o'r blaen", "Dydi hi ddim wedi sôn wrthoch chi o'r blaen", "Sa i
  // 'di gweud dim wrthoch chi o'r blân", "Dyma'r tro cynta i mi ddeud wrthoch chi", "Mum hasn't
  // mentioned it to you before", "this is the first time I've reported it"): a first report. The
  // cue lists read the telling and its "before" ("dweud wrthoch", "o'r blaen") as repetition,
  // whoever's "not" is in front of it. Not "I've never had to complain before", which is a
  // complaint being made: complaining is no telling here.
  ['k:not_told_before', RE(
    String.raw`\b(havent|have not|hasnt|has not|hadnt|never|not|didnt|did not|not yet)( yet| ever| actually| really)? (reported|told|mentioned|contacted|rung|rang|called|phoned|raised|been in touch about|got in touch about)\b[^.!?]{0,40}\b(before|until now|till now|up to now)\b` +
    String.raw`|\b(first time|1st time) (i|we|ive|weve|i have|we have|she has|shes|he has|hes|my \w+ has|anyone has)( ever)? (reported|told|mentioned|contacted|rung|rang|called|phoned|raised|been in touch|got in touch)\b` +
    String.raw`|\b(heb|dim wedi|ddim wedi|dim di|ddim di|byth wedi|erioed wedi|heb erioed)( yn)? ${TELL_CY}\b[^.!?]{0,40}\b(o y blaen|o y blan|cyn hyn|cyn heddiw|cyn nawr|tan nawr|tan heddiw|hyd yma|hyd yn hyn)\b` +
    String.raw`|\btro (cyntaf|cynta) (i mi|i fi|i ni|iddi|iddo|i mam|i dad|i nain|i taid) ${TELL_CY}\b`,
  )],
  // How the resident wants to be contacted from now on, asked of the landlord: text instead of
  // phoning, ring before coming, letters in Welsh, Arabic or large print ("Allwch chi anfon neges
  // destun ata i yn lle ffonio?", "angen ffonio cyn dod draw", "fasa'n bosib sgwennu ata i yn
  // Gymraeg bob tro?", "could you text me instead of calling"): a request to note on the file. The
  // Welsh verb-noun "ffonio" here is a wish, not a telling, though the cue lists read it as "phoned".
  // An adjustment asked for before and not made is told as history ("I asked three times", "gofynnais
  // i … ond"), which this does not read: asked now, with "can", "could", "please", "allwch", "angen i chi".
  ['k:contact_wish', RE(
    String.raw`\b(can|could|would|will|please|pls|can i have|could i have)\b[^.!?]{0,40}\b(text|txt|email|ring|call|phone|write to|send|letters?)\b[^.!?]{0,40}\b(instead|rather than|before (you |they |anyone )?(come|coming|visit|visiting|call round|send|sending)|first|in (large print|braille|easy read|welsh|english|[a-z]+ (language|script))|from now on)\b` +
    String.raw`|\b(from now on|in future|going forward)\b[^.!?]{0,40}\b(text|email|ring|call|phone|write|letters?)\b` +
    String.raw`|\b(gallwch|allwch|fedrwch|medrwch|allech|gallech|fasa|basa|fyddai|byddai|fasach|yn gallu|plis|ga i|gaf i|angen i chi|isio i chi|eisiau i chi|moyn i chi|hoffwn i chi)\b[^.!?]{0,60}\b${CONTACT_CY}\b[^.!?]{0,40}\b(yn lle|cyn (dod|anfon|galw|ymweld|gyrru|troi fyny)|o hyn ymlaen|yn (cymraeg|saesneg|arabeg|pwyleg)|mewn print bras|mewn braille)\b` +
    String.raw`|\b(o hyn ymlaen|yn y dyfodol)\b[^.!?]{0,60}\b${CONTACT_CY}\b|\bnodi ar y ffeil\b`,
  )],
  // The council's own housing duties, not the landlord's: its housing register and banding, a
  // homelessness application, temporary accommodation it placed the resident in ("Dw i ar gofrestr
  // dai'r cyngor ym Mand 3", "Mae'r cyngor wedi gwrthod fy nghais digartrefedd", "llety dros dro gan
  // y cyngor", "the council's housing register put me in band C"). Another body's decision, which
  // the other-body family missed because "council" alone names many landlords too.
  ['k:council_housing', RE(
    String.raw`\b(council|councils|cyngor|gyngor|nghyngor)\b[^.!?]{0,60}\b(housing register|register|banding|band|bands|homeless\w*|temporary accommodation|housing (list|options|solutions)|${cy('cofrestr')}|${cy('band')}|digartref\w*|llety dros (dro|tro)|${cy('rhestr')} (dai|tai))\b` +
    String.raw`|\b(housing register|banding|homeless\w*|temporary accommodation|housing (list|options)|${cy('cofrestr')} (dai|tai)|${cy('band')} \d|digartref\w*|llety dros (dro|tro)|${cy('rhestr')} (dai|tai))\b[^.!?]{0,60}\b(council|councils|cyngor|gyngor|nghyngor)\b`,
  )],
  // The street outside, which the council (or a utility) keeps: street lights, the road and its
  // holes, bin collections, traffic lights ("Mae golau'r stryd wedi diffodd ers pythefnos", "twll
  // yn y ffordd tu allan", "Does neb wedi casglu'r bin gwydr", "the streetlight outside number 4").
  // Told to the landlord, another body's to fix.
  ['k:street_outside', RE(
    String.raw`\b(street ?lights?|street ?lamps?|lamp posts?|pot ?holes?|bin (collection|collections|men|lorry)|bins (werent|were not|havent been|not) (collected|emptied)|traffic lights|gritting|road ?works)\b` +
    String.raw`|\b(lamp|lampau|golau|goleuadau) (y |yr )?(stryd|strydoedd)\b|\btwll yn y (ffordd|lon|stryd|palmant)\b|\b(casglu|gasglu|chasglu) (y |yr )?(bin|biniau|sbwriel|ailgylchu)\b|\bbin gwydr\b|\bgoleuadau traffig\b|\b(gwaith|gweithfeydd) ffordd\b`,
  )],
];
