/**
 * Feature families of the fourteenth round (issue #19, en14): English as residents write it, where
 * leaving each corpus out read it wrong (docs/triage/rounds.md, fourteenth round). Same form as
 * feature-families.ts (a named pattern over the canonical text, then the text with its punctuation),
 * in their own file so rounds merge cleanly; feature-families.ts appends them to FAMILIES. Each
 * names the resident's words behind it; the model learns what each weighs for each kind. Where a
 * cause is told the same way in Welsh (a bare span, the police told), the Welsh is named too, so a
 * message reads the same in both.
 */
import { cy } from './welsh-forms';

const RE = (s: string) => new RegExp(s);

const UNIT = String.raw`(days|weeks|months|years|wks|yrs|fortnights|diwrnod|niwrnod|wythnos|wythnosau|mis|fis|misoedd|blynedd|flynedd|mlynedd)`;
const COUNT = String.raw`(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|dau|dwy|ddwy|tri|tair|dair|pedwar|pedair|bedair|pum|chwe|deg)`;

export const ENGLISH_FAMILIES: Array<[string, RegExp]> = [
  // How long the trouble has lasted, told as a bare span with no "for" or "since" (`h:span` needs
  // one): "lift broken 3 weeks", "3 weeks waiting for …", "6 WEEKS WITH NO HOT WATER", "it's been 5
  // weeks", "5 weeks now", "3 wythnos heb lifft", "mae wedi bod 3 wythnos". Not a span to come ("in
  // 3 weeks", "within 2 days", "next 3 months", "3 weeks time"), one gone by ("3 weeks ago", "3
  // wythnos yn ôl") or an age ("3 years old", "2 years running" is still a span).
  ['k:bare_span', RE(
    String.raw`\b(its|it is|its been|it has been|been|thats|that is|nearly|almost|over|going on|now|over a|wedi bod|mae hi wedi bod|mae wedi bod|bron|dros)? ?${COUNT} ${UNIT} (now|waiting|with no|without|of (this|no|waiting|carrying|chasing)|and (still|nothing|counting|no)|later|running|heb|a dal|o aros|yn aros|bellach|nawr|rwan)\b` +
    String.raw`|\b(its|it is|its been|it has been|has been|have been|weve been|ive been|been|thats|that is|mae wedi bod|maen wedi bod|wedi bod) ${COUNT} ${UNIT}\b(?! (ago|old|time|yn ol|oed))` +
    String.raw`|\b(broken|broke|out|off|down|leaking|not working|no \w+|without \w+|stuck|waiting|wedi torri|ddim yn gweithio|allan|heb \w+|yn aros) ${COUNT} ${UNIT}\b(?! (ago|old|time|yn ol|oed))`,
  )],
  // Already told to the police, or 999 rung: a first report of someone else's crime or threat, which
  // is the landlord's to act on as a request (anti-social behaviour, safeguarding), not a grievance
  // about what it did ("I've told the police", "police are on their way", "rung 999", "Dw i wedi
  // ffonio'r heddlu"). Not the landlord's officer saying "it's a police matter".
  ['k:told_police', RE(
    String.raw`\b(i have|ive|i|we have|weve|we|she has|shes|he has|hes|my \w+ has|my \w+) (already )?(told|called|rung|rang|phoned|contacted|informed|reported (it|this|him|her|them) to|been to|gone to|spoken to) (the )?(police|999|101|pcso)\b|\b(police|the police) (are|were|have been|has been|came|come|been) (on their way|coming|called|round|out|here|involved|informed)\b|\b(rung|rang|called|phoned|dialled) (999|101)\b` +
    String.raw`|\b(wedi|nes i|wnes i|mi wnes i) (ffonio|galw|cysylltu a|cysylltu efo|deud wrth|dweud wrth|riportio i) (y |yr |r )?(heddlu|999|101)\b|\b(y |yr |r )?heddlu (ar (eu|ei) ffordd|wedi bod|wedi dod|yn dod)\b`,
  )],
  // A worry for another person told as a first report: "I'm really worried about him", "haven't seen
  // her for a week", "he's in his 80s and lives alone", "can someone check on him", "poeni amdani
  // hi". A worry about the landlord's own handling is told with its failure words beside it.
  ['k:worried_for', RE(
    String.raw`\b(im|i am|were|we are|i was|really|very|so|getting) (really |very |so |a bit |quite |getting )?(worried|concerned|scared) (about|for) (him|her|them|my|the|our|his|this|that|a|an)\b|\b(can|could) (someone|somebody|anyone|you|your team) (please )?(check on|look in on|go round to|visit|call on) (him|her|them|my|the|our)\b` +
    String.raw`|\b(hes|shes|he is|she is) (in (his|her) \d0s|\d{2}|very (old|frail|confused|vulnerable))\b[^.!?]{0,40}\b(lives|living|on (his|her) own|alone|confused|vulnerable)\b|\b(havent|have not|hasnt|has not|not) (seen|heard from) (him|her|them|the (old|elderly) \w+|my \w+)\b` +
    // Welsh as residents write it (cy16): southern "becso", "poeni'n ofnadwy am", and not seen for days
    // ("Dw i heb weld Mrs Huws ers pum diwrnod", "dydw i ddim wedi gweld hi"), said of a person only:
    // "heb weld y contractwr" is a failure, not a worry.
    String.raw`|\b(poeni|pryderu|gofidio|becso|poeni yn ofnadwy|becso yn ofnadwy) (amdano|amdani|amdanyn|amdanom|am (fy|ei|y|yr|mrs|mr|miss))\b` +
    String.raw`|\b(heb|dim wedi|ddim wedi) ${cy('gweld', 'clywed')} (gan )?(hi|o|fe|fo|nhw|mrs \w+|mr \w+|miss \w+|y dyn|y ddynes|y wraig|yr hen \w+|fy (nain|taid|mam|tad|modryb|ewythr|cymydog|cymdoges|nghymydog|nghymdoges|mam gu|tad cu))\b|\b(gall|all|allai|gallai|fedr|fedrai) (rhywun|rywun) (fynd i |alw i )?(weld|gweld|tsiecio|edrych ar ol) (o|fo|e|fe|hi|nhw)\b`,
  )],
  // A grievance put as a question to the landlord: "how long do we have to wait?", "or do I just
  // wait for …", "did anybody read my file?", "what are you going to do about your tenant?", "how
  // did that happen?", "why should I …", "what is the point of …". Asked of the landlord's doing
  // or not doing, not for information ("how long will the part take?").
  ['k:asked_grievance', RE(
    String.raw`\bhow long (do|must|should|am|are|have|will) (i|we|my \w+|the kids|residents|tenants) (have to |got to |going to have to |be expected to |expected to )?(wait|put up with|live with|go without|stay|keep)\b|\b(or )?(do|must|should) (i|we) (just )?(wait|keep waiting|put up with it|sit here)\b` +
    String.raw`|\b(did|does|has|have) (anybody|anyone|somebody|someone|nobody|you|your \w+) (even |actually |ever )?(read|look at|looked at|check|checked|listen to|listened to|bother|bothered)\b|\bwhat (are|is) (you|your \w+|the association|the landlord) (going to do|gonna do) about (it|this|that|your|my|the|him|her|them)\b|\bwhat (are|is) (you|your \w+|the association|the landlord) (actually |even )?doing about (it|this|that|him|her|them|your tenant)\b` +
    String.raw`|\bhow (did|could|can|does|do) (that|this|it|you|your \w+) (happen|let (that|this) happen|get (it|this|that) so wrong)\b|\bwhy should (i|we)\b|\b(what is|whats|what s) the point (of|in)\b|\b(not|never) (really )?sure what the point\b` +
    // Seventeenth session (en17): asked so the landlord hears the grievance, not for an answer: "do you
    // actually read the messages?", "is it normal to wait 5 weeks for hot water?", "how can you call it
    // safe when …", "who is going to replace what the mould ruined?", "how many more visits before
    // someone actually …"; "ydych chi hyd yn oed yn darllen …?", "dach chi'n gwrando o gwbl?", "ydy hi'n arferol aros …?", "sut
    // allwch chi ddweud …", "faint mwy o ymweliadau cyn …". Not "is it normal for the boiler to
    // click?" (no wait or going without), "do you read meters?", "dach chi'n darllen y mesurydd?",
    // "how can you tell if it's damp?".
    String.raw`|\b(do|did|does) (you|your \w+|anyone|anybody|they) (actually|even|really) (read|look at|listen|care|check|bother|open)\b|\bis (it|this|that) (normal|acceptable|reasonable|right|fair) (for|that|to)\b[^.!?]{0,50}\b(wait|waiting|waited|go without|going without|live with|living with|be left|put up with|without (heating|hot water|water|a \w+))\b` +
    String.raw`|\bhow (can|could|do|dare) (you|they|your \w+) (call|say|claim|justify|expect|charge|keep)\b|\bwho (is|s) (going|gonna) to (replace|pay for|compensate|make good|cover)\b|\bhow many more (times|visits|weeks|months|years|calls|appointments|engineers|letters|emails) (before|until|till|do|will|must|have|has)\b|\bbefore (someone|anyone|somebody|you|they) (actually|finally|even)\b` +
    String.raw`|\b(ydych|dych|ydach|dach) chi (hyd yn oed|wir|byth) (yn )?(darllen|edrych ar|gwrando)\b|\b(ydych|dych|ydach|dach) chi (yn )?(darllen|edrych ar|gwrando)\b[^.!?]{0,40}\bo ${cy('cwbl')}\b|\b(ydy|ydi|yw) (hi yn|hin|hyn yn|hynny yn) (arferol|normal|dderbyniol|derbyniol|deg|iawn) (i|bod|fod)\b[^.!?]{0,50}\b(aros|byw heb|mynd heb|diodde|dioddef)\b|\bsut (allwch|gallwch|fedrwch|ellwch|meiddiwch) (chi )?(ddweud|ddeud|dweud|deud|galw|alw|cyfiawnhau|disgwyl|ddisgwyl|codi)\b|\bfaint (mwy|rhagor) o (weithiau|ymweliadau|wythnosau|fisoedd|misoedd|alwadau|apwyntiadau) (cyn|tan)\b` +
    String.raw`|\bpa mor hir (mae rhaid|rhaid|ydw i fod|ydyn ni fod|dw i fod|dan ni fod) (i mi |i ni )?(aros|byw|diodde|dioddef)\b|\b(oes|a oes) (rhywun|unrhyw un) (wedi )?(darllen|edrych ar|gwrando)\b|\bbeth (dych|ydych|dach|ydach) chi (yn )?mynd i (wneud|neud) am (y|yr|hyn|hynny|eich)\b|\bsut (ddigwyddodd|digwyddodd) (hynny|hyn)\b|\bpam (ddylwn|dylwn|ddylen|dylen) (i|ni)\b`,
  )],
  // Happening now or only just begun, which a first report tells and a grievance seldom does: "right
  // now", "just came off the wall", "since this afternoon", "as we speak", "newydd ddod i ffwrdd",
  // "rwan hyn". Not "this morning" alone: "rang this morning", "again this morning" are told
  // by residents chasing. With "again" or a span beside it, the model weighs those too.
  ['k:just_now', RE(
    String.raw`\b(right now|as we speak|at this moment|this minute|since this (morning|afternoon|evening)|since (about |around )?\d{1,2} ?(am|pm|oclock|o clock)|a few minutes ago|an hour ago|minutes ago|just now)\b` +
    String.raw`|\b(has|have|its|it has|they have|theyve|it|just) just (fallen|fell|snapped|broken|broke|collapsed|burst|stopped|caved in|(come|came|gone|went) (off|down|through|away|in|dark))\b|\b(just|only just) (came|fell|snapped|broke|collapsed|burst|stopped|caved) (off|down|out|away|through|in|working|leaking)?\b` +
    String.raw`|\b(y funud yma|y funud hon|rwan hyn|nawr hyn|ers bore (ma|yma|heddiw)|ers (pnawn|prynhawn) (ma|yma)|gynnau|funud yn ol|awr yn ol)\b|\bnewydd (disgyn|ddisgyn|syrthio|torri|dorri|stopio|byrstio|cwympo|(ddod|dod) (i ffwrdd|lawr|i lawr|drwodd|trwodd|yn rhydd))\b`,
  )],
  // Asking what the resident is entitled to, or what the rules are, before anything has gone wrong:
  // a request for information ("am I entitled to …", "what is your policy on …", "how old does a
  // kitchen have to be before …", "is that worth reporting?", "how do I apply for …", "oes gen i
  // hawl i …", "beth yw eich polisi ar …"). A policy disputed is told with its grievance beside it.
  ['k:asks_entitled', RE(
    String.raw`\b(am i|are we|is my \w+|is she|is he) (entitled|eligible) (to|for)\b|\b(do i|do we|would i|would we) (qualify|get|have a right) (for|to)\b|\bwhat (is|s|are) (your|the) (policy|policies|rules?) (on|for|about)\b|\bwhats (your|the) (policy|policies|rules?) (on|for|about)\b` +
    String.raw`|\bhow (old|long|bad|many \w+) (does|do|must|should|has|have) (a|an|the|my|our) \w+( \w+)? (have to|need to|got to) (be|get|go)\b|\b(is|would) (that|this|it) (be )?worth (reporting|mentioning|getting looked at)\b|\bhow (do|can|would) (i|we) (apply|qualify|ask) for\b` +
    String.raw`|\b(oes|a oes) (gen i|gennym ni|gen ni|hawl) (hawl )?(i|ar)\b|\b(beth|be) (yw|ydy|ydi|di) (eich|y|yr) (polisi|rheolau|rheol) (ar|am|ynglyn)\b|\bsut (dw i|ydw i|mae) (yn )?(gwneud cais|ymgeisio) am\b`,
  )],
  // A decision about what the resident pays, told as the landlord's doing: "you put my rent up",
  // "they've upped the service charge", "hiked our charges", "codi'r rhent". `k:charge_level` names
  // the level ("gone up", "too high"); this names the landlord deciding it, which the policy routes
  // by what is disputed: the level (another process), or how it was done (a complaint).
  ['k:rent_decision', RE(
    String.raw`\b(you|youve|you have|they|theyve|they have|the association|the landlord|your \w+)( have| has| just| now)? ((put|putting|puts|bumped|jacked) (up (my|our|the|her|his) (rent|rents|service charges?|charges?|heating charge|weekly charge)|(my|our|the|her|his) (rent|rents|service charges?|charges?|heating charge|weekly charge) up)|(hiked|upped|raised|increased|increase|doubled|hiking|raising|increasing) (my|our|the|her|his) (rent|rents|service charges?|charges?|heating charge|weekly charge))\b` +
    String.raw`|\b(wedi|yn) (codi|cynyddu|dyblu) (fy|ein|y|yr|ei) (rhent|rent|tal gwasanaeth|taliadau|tal)\b|\b(codi|cynyddu) (y |r )?rhent\b`,
  )],
];

// Angry signs the canonical text drops: an angry or eye-rolling emoji, a shouted word (four
// capitals or more that are not a known short form or a cry for help), "?!". Read from the typed
// text. Not "!!" alone: "Water pouring through the ceiling!!" is alarm, a first report.
const ANGRY_EMOJI = /[\u{1F620}\u{1F621}\u{1F624}\u{1F92C}\u{1F644}\u{1F612}\u{1F44E}\u{1F4A9}\u{1F926}\u{1F937}\u{1F92F}\u{1F62B}\u{1F629}\u{1F62D}\u{1F611}\u{1F610}]/u;
const SHOUTED = /(?<![A-Za-z])[A-Z]{4,}(?![A-Za-z])/g;
const SHORT_FORMS = new Set(['ASAP', 'CCTV', 'HMRC', 'NHBC', 'GDPR', 'COPD', 'ADHD', 'PTSD', 'PCSO', 'DWP', 'BSL', 'NHS', 'CMP', 'ASB', 'UPVC', 'FIRE', 'HELP', 'URGENT']);
const MARKS = /\?+!|!+\?/;

/** The angry sign in the typed text, if any (emoji, a shouted word, "?!"), for `x:angry`. */
export function angrySign(text: string): string | null {
  const emoji = ANGRY_EMOJI.exec(text);
  if (emoji) return emoji[0];
  for (const m of text.matchAll(SHOUTED)) if (!SHORT_FORMS.has(m[0])) return m[0];
  const marks = MARKS.exec(text);
  return marks ? marks[0] : null;
}
