/**
 * Risks a housing officer recognises from two things said together, where neither alone is a
 * flag: someone vulnerable and someone else using their home or money (exploitation, cuckooing);
 * a partner and a sign of control (coercive control); a neighbour not seen for days and the signs
 * at the door (a welfare check); water and an electric fitting in the same sentence; pills to hand
 * beside despair; a family with nowhere to sleep tonight (issue #19, seventeenth safety pass,
 * docs/triage/flags.md: written from the pass's list of risk families, in both languages, before
 * the missed lines were counted by family).
 *
 * Each reads the folded text (lower case, accents and apostrophes gone, so "dŵr" is "dwr" and
 * "mhres" stays "mhres": the Welsh mutated forms are written out). Each returns the words heard,
 * so the flag is explained by the resident's own words, or null.
 *
 * Every message is read by all of them, so within a family the part least often present is asked
 * first, and the others only when it is there (speed17, docs/triage/speed.md): the tests are
 * expressions without state on the same text, so their order changes no answer, only how many
 * times a long message is scanned.
 */

import { folded, foldedSentences as sentences } from './folded-text';

const first = (re: RegExp, t: string) => re.exec(t)?.[0].trim() ?? null;

// Told as over: the resident or the person is out of it now ("I left him two years ago", "roedd
// e'n arfer", "was taking", "sorted now"). A risk told so is history, read by the model as such.
const OVER = /\b(two|three|four|five|\d+|few|several) years ago\b|\b(used to|was taking|were taking|left (him|her) (years|months|\d+|two|three) )\b|\b(sorted now|all sorted|been dealt with|now safe|safe now|im safe|arfer|roedd e|roedd o|oedd e n|oedd o n|flynedd yn ol|blynedd yn ol)\b/;

// --- Exploitation and cuckooing -------------------------------------------------------------
// Someone who may not protect themselves: a learning disability, autism, dementia, confusion, age
// or fear ("vulnerable", "bregus"/"fregus", "anawsterau dysgu", "awtistig", "ddryslyd", "ofnus").
const VULNERABLE_ADULT = /\b(vulnerable|learning (disability|disabilities|difficulties)|autis\w*|adhd|dementia|confused|scared|frightened|frail|elderly|in (his|her) (80s|90s|eighties|nineties)|(he|she)s (8|9)\d|bregus|fregus|anawsterau dysgu|anabledd dysgu|awtistig|dementia|ddementia|dryslyd|ddryslyd|ffwndrus|ofnus|ofn arno|ofn arni|oedrannus|yn (8|9)\d)\b/;
// Others using that person's home or money: strangers coming and going at night, the flat taken
// over or used, money, pension or bank cards taken, "jobs" or parcels given.
const EXPLOITED = /\b((taking|takes|took|taken|has|had|keeps|kept) (all )?(his|her|their|my) (money|pension|benefits?|bank ?cards?|cards?|pin)|(giving|gives|given|hand\w*) (them|him|her) (his|her|their|my) (phone|money|bank card|card)|(using|use|used|taken over|took over|taking over) (his|her|their) (flat|home|house|place)|coming and going (all|through the|at) night|(jobs|parcels) to do|drop off parcels|county lines|cuckoo\w*|cymryd (ei|eu|fy) (arian|harian|pres|phres|bres|mhres|pensiwn|phensiwn|bensiwn|budd ?dal|fudd ?dal|cerdyn|gerdyn|cherdyn|cardiau|chardiau|gardiau|nghardiau)|(ei|eu) (cardiau|chardiau|gardiau) banc\w* (hi |o |e )?(ar goll|wedi mynd)|mynd a dod (o |i )?(fflat\w* |drwy r nos|trwy r nos|drwy r dydd a r nos|bob nos)|(defnyddio|iwso|iwsio)i? (ei |eu )?(fflat|dy|ty|cartref)|cymryd drosodd|wedi cymryd y lle)\b/;

/** A vulnerable adult's home or money used by others (safeguarding): the words heard, or null. */
export function exploitedAdult(text: string): string | null {
  const t = folded(text);
  // The rarest part first (see the note on order above): one scan for most messages, not two.
  const used = first(EXPLOITED, t);
  if (!used || OVER.test(t)) return null;
  return VULNERABLE_ADULT.test(t) ? used : null;
}

// --- Coercive control -------------------------------------------------------------------------
const PARTNER = /\b(partner|husband|boyfriend|girlfriend|wife|ex|fiance|mhartner|phartner|bartner|partner|gwr|ngwr|wr|nghariad|chariad|gariad|cariad|ngwraig|gwraig|wraig)\b/;
// Control of money, phone, movement or the home, told of the resident or of a woman next door.
const CONTROLLED = /\b(wont let (me|her|him)|doesnt let (me|her|him)|not allowed (to )?(go )?out|never (allowed|lets? (me|her)) out|(keeps|takes|checks|watches|reads|goes through) (my|her|his) (phone|money|bank card|messages)|takes (all )?(my|her) money|controls (my|her|everything|the money)|controlling|changed the locks (on (me|her|us)|so (i|she) cant)|locked (me|her|us) out|ddim yn (cael|gadael i (mi|fi|hi)) (gadael|mynd)|byth yn cael mynd|cadw (fy|ei|i) (ffon|pres|mhres|phres|arian|harian|cerdyn|gherdyn)|gwylio fy (ffon|negeseuon)|cymryd fy (mhres|pres|arian) i gyd|rheoli (fi|hi|fy|ei|popeth)|cadwr (arian|pres) i gyd|fy nghloi (i )?allan|ei chloi (hi )?allan|cloi (fi|hi) allan)\b/;

/** A partner controlling money, phone, movement or the home (safeguarding): the words heard, or null. */
export function coercedByPartner(text: string): string | null {
  const t = folded(text);
  const control = first(CONTROLLED, t);
  if (control === null || !PARTNER.test(t) || OVER.test(t)) return null;
  return control;
}

// --- A welfare check ------------------------------------------------------------------------
// A named or older neighbour not seen or not answering for days, with the signs at the door:
// curtains shut, milk or post piling up, a smell. The English list hears "haven't seen her for a
// week" already; these are the Welsh and the signs themselves.
const NOT_SEEN = /\b(heb (ei |i )?(weld|gweld)|ddim wedi (ei |i )?(gweld|weld)|ddim wedi agor (ei|y) (drws|ddrws)|ddim yn ateb|not (been )?(seen|answering)|havent seen|hasnt (opened|answered|been out)|isnt answering)\b/;
const AT_THE_DOOR = /\b(curtains (are )?(still )?(shut|closed|drawn)|post (is )?piling|milk (still )?(on|at) the (step|door)|llenni (hi )?(dal )?ar gau|llenni wedi cau|(llaeth|llefrith) (dal )?ar y (stepen|step|trothwy)|post yn (pentyrru|casglu)|ogla\w* (ofnadwy|drwg)|drewdod)\b/;

/** A neighbour not seen, with the signs at the door (urgent and safeguarding): the words, or null. */
export function welfareCheck(text: string): string | null {
  const t = folded(text);
  return NOT_SEEN.test(t) ? first(AT_THE_DOOR, t) : null;
}

// --- Water and electrics in the same sentence ---------------------------------------------
const WATER = /\b(water|rainwater|leak\w*|dripping|pouring|running|flood\w*|wet|dwr|ddwr|gollwng|gollyngiad|diferu|llifo|rhedeg|codi)\b/;
const ELECTRIC_FITTING = /\b(sockets?|switch(es)?|light ?switch|fuse ?box|consumer unit|electric(ity)? meter|meter cupboard|light fitting|ceiling light|the light|living room light|wiring|soced\w*|switsh\w*|plwg|bocs ffiws\w*|mesurydd|medr trydan|golau|gole|gwifrau|weiars)\b/;
const LIVE_SIGN = /\b(buzzing|sparking|sparks|flickering|tripped|tripping|fizzing|crackling|in the dark|at waelod|wrth y|by the|near the|next to the|under the|into the|behind the|fflachio|gwreichion|tripio|clecian|suo|yn y tywyllwch|dros y|wrth ymyl|o dan|tu mewn)\b/;
const ELECTRIC_SETTLED = /\b(turned off at the mains|electrician (has been|came|fixed)|was fixed|been fixed|last (year|month|week)|llynedd|wedi (ei )?drwsio|tested fine|all fine|dry now|sych nawr|sych rwan)\b/;

/** Water reaching an electric fitting, told as now (urgent): the sentence's words, or null. */
export function waterOnElectrics(text: string): string | null {
  for (const s of sentences(text)) {
    // A fitting is rarer than a word of water: a sentence without one is not read for water.
    const fitting = first(ELECTRIC_FITTING, s);
    if (!fitting) continue;
    const water = first(WATER, s);
    // The first such sentence is the answer, unless the message tells it as settled.
    if (water && LIVE_SIGN.test(s)) return ELECTRIC_SETTLED.test(folded(text)) ? null : `${water} ${fitting}`;
  }
  return null;
}

// --- Means to hand, beside despair -------------------------------------------------------------
const MEANS = /\b(pills|tablets|paracetamol|meds|a rope|razor|blades?|tabledi|pils|moddion|rhaff)\b/;
const TO_HAND = /\b(next to me|beside me|in front of me|in my hand|on the table|lined up|counted out|full box|box of|o mlaen i|o fy mlaen|wrth fy ymyl|ar y bwrdd|yn fy llaw|bocs llawn|i gyd)\b/;
const DESPAIR = /\b(im done|i am done|cant (do this|cope|go on|carry on)|had enough|fedra i ddim|fedrai ddim|methu|alla i ddim|sa i n gallu|sai n gallu|wedi cael digon|di cael llond bol|cario mlaen|cario ymlaen|popeth|the lot|no point|dim pwynt)\b/;

/** Pills or a means of harm to hand beside despair (urgent and safeguarding): the words, or null. */
export function meansToHand(text: string): string | null {
  const t = folded(text);
  const means = first(MEANS, t);
  return means && TO_HAND.test(t) && DESPAIR.test(t) ? means : null;
}

// --- Nowhere to sleep tonight ----------------------------------------------------------------
const NOWHERE = /\b(sleeping (in (my|the|our) car|rough|on the street|outside)|(on|in) the street (with|tonight)|nowhere to (go|sleep|stay) tonight|no ?where to (go|sleep) tonight|(kicked|thrown|put|locked) (us |me )?out tonight|cysgu (yn y car|ar y stryd|allan|mas|yn yr awyr agored)|(troi|taflu|cloi) (ni |fi )?allan heno|unman i (fynd|gysgu|aros)|dim unman i (fynd|gysgu))\b/;
const STILL_SO = /\b(tonight|now|still|since|its \d+ ?pm|\d+ ?pm|below zero|freezing|kids|children|baby|heno|nawr|rwan|dal|ers|plant|babi|rhewi)\b/;
const HOUSED_SINCE = /\b(was sleeping|were sleeping|used to sleep|before you housed|before i got|roeddwn i n cysgu|o n i n cysgu|arfer cysgu)\b/;

/** Someone with nowhere to sleep tonight (urgent and safeguarding): the words, or null. */
export function nowhereTonight(text: string): string | null {
  const t = folded(text);
  const where = first(NOWHERE, t);
  if (!where || HOUSED_SINCE.test(t)) return null;
  return STILL_SO.test(t) ? where : null;
}

// --- A child alone or in distress ------------------------------------------------------------
const CHILD = /\b(child|kid|kids|children|toddler|little (boy|girl|one)|\d+ ?(year|yr) old|(six|seven|eight|five|four|three) year old|plentyn|phlentyn|blentyn|plant|hogyn bach|bachgen bach|bachan bach|merch fach|hogan fach|(\d+|dwy|tair|pump|chwech|saith|wyth|rhyw \w+|tua \w+) oed)\b/;
const ALONE = /\b(on (his|her|their) own|by (himself|herself|themselves)|left alone|home alone|ar (ei|eu) (ben|phen|pennau) (ei|eu) (hun|hunan|hunain)|ar ben (i|ei|eu) (hun|hunan|hunain))\b/;
const LATE_OR_LONG = /\b(all night|overnight|since (yesterday|last night)|for hours|till midnight|until midnight|after midnight|\d+ ?am|tan hanner nos|tan un ar ddeg|drwy r nos|trwy r nos|ers ddoe|ers pnawn ddoe|ers neithiwr|am oriau|ers oriau|bob nos|every night)\b/;
const DISTRESS = /\b(screaming|crying|sobbing|sgrechian|sgrechen|crio|beichio)\b/;
const GOING_ON = /\b(for (the last )?(half an hour|an hour|\d+ minutes|twenty minutes|ages)|right now|ers (hanner awr|awr|ugain munud|\d+ munud)|rwan|nawr)\b/;
const HARM_SOUND = /\b(shouting|yelling|banging|thud|smashing|gweiddi|clec|taro|bang)\b/;

/**
 * A child left alone late or for long (safeguarding: `now` false), or a child screaming or crying
 * beside shouting or blows, going on now (a person at risk now: `now` true). The words, or null.
 */
export function childAtRisk(text: string): { words: string; now: boolean } | null {
  const t = folded(text);
  if (!CHILD.test(t)) return null;
  if (DISTRESS.test(t) && HARM_SOUND.test(t) && GOING_ON.test(t)) return { words: first(DISTRESS, t)!, now: true };
  const alone = first(ALONE, t);
  if (alone && LATE_OR_LONG.test(t)) return { words: alone, now: false };
  return null;
}

// --- Water through a roof or ceiling into a room, told as now ---------------------------------
// The spec's own example of urgent ("water through a ceiling"), told as a roof leaking into a
// room: "the roof is leaking into the kitchen right now", "mae'r to'n gollwng i'r gegin bellach".
// The urgent list hears water "through the ceiling"; a roof "leaking into" a room it did not, in
// either language, nor did the danger question in Welsh (the sixteenth pass's open item).
const ROOF = /\b(roof|ceiling|loft|to|ton|nenfwd|atig|llofft uwchben)\b/;
const LEAKING_IN = /\b((leak\w*|dripping|pouring|coming|running|pissing) (in )?(in ?to|onto|through|in|down)( the| my| our)? (kitchen|bedroom|room|living room|lounge|hall|landing|bathroom|cooker|bed|cot)|(gollwng|diferu|llifo|pistyllio|arllwys|rhedeg|dod) (i mewn |mewn )?(i r|ir|ar y|dros y|i) (gegin|cegin|llofft|lofft|stafell|ystafell|lolfa|cyntedd|popty|gwely|cot))\b/;
const TOLD_NOW = /\b(right now|now|tonight|this (morning|afternoon|evening)|since (last night|this morning)|at the moment|as we speak|rwan|nawr|heno|bellach|ers neithiwr|bore ma|ar hyn o bryd|y funud (yma|hon)|ers (awr|hanner awr|\d+ munud))\b/;
const ROOF_SETTLED = /\b(fixed|repaired|sorted|dry now|stopped|last (year|winter|month)|used to|wedi (ei |i )?(drwsio|trwsio)|wedi stopio|sych (nawr|rwan)|llynedd)\b/;

/** A roof or ceiling leaking into a room, told as now (urgent): the words, or null. */
export function roofLeakNow(text: string): string | null {
  // "Now" and "fixed" are common words, a roof leaking into a room is not: found first, then told as now.
  for (const s of sentences(text)) if (ROOF.test(s)) {
    const leak = first(LEAKING_IN, s);
    if (leak) {
      const t = folded(text);
      return TOLD_NOW.test(t) && !ROOF_SETTLED.test(t) ? leak : null;
    }
  }
  return null;
}

// --- Something heavy falling or hanging where people pass ------------------------------------
// Render, a gutter, slates or a wall cupboard hanging loose or coming down over a door, a path, a
// cooker or a bed, or where children play: the structure family's danger to a person now, which
// the fabric's words (a ceiling, a wall) did not hear for the things on or in a home.
const HEAVY = /\b(render|rendering|gutter\w*|slates?|tiles?|bricks?|coping|chimney pot|fascia|soffit|wall cupboards?|cupboards?|cabinet|rendr|gwter|gwteri|landar|llechi|llechen|teils|brics|briciau|cwpwrdd|cypyrddau)\b/;
const COMING_DOWN = /\b(hanging (off|by|over|loose)|falling (off|down|onto|on)|fell (off|onto|on|today|yesterday)|came (off|down)|come (off|down|loose)|coming (off|down|away)|(keep|keeps) falling|lump came down|hongian|disgyn|cwympo|syrthio|dod i lawr|dod yn rhydd|wedi hanner dod i lawr)\b/;
const WHERE_PEOPLE = /\b(over the (front |back )?door|above the (front |back )?door|onto the (path|pavement|car|drive)|on the (path|pavement)|where (the )?(kids|children|people)|over the (cooker|hob|bed|cot)|someones head|hit (my|the|a) \w+|uwchben (y )?(drws|popty|gwely|cot)|oddi tani|oddi tano|ar y llwybr|ar y palmant|lle mae r plant|ar ben rhywun)\b/;
const OVERHEAD_SETTLED = /\b(been (fixed|repaired|made safe|taken down|removed)|made (it )?safe|scaffold(ing)? (is )?up|cordoned|wedi (ei |i )?(drwsio|wneud yn saff|dynnu i lawr))\b/;

/** Something heavy hanging or coming down where people pass (urgent): the words, or null. */
export function fallingOverhead(text: string): string | null {
  const t = folded(text);
  if (!WHERE_PEOPLE.test(t) || OVERHEAD_SETTLED.test(t)) return null;
  for (const s of sentences(text)) if (HEAVY.test(s)) {
    const down = first(COMING_DOWN, s);
    if (down) return `${first(HEAVY, s)} ${down}`;
  }
  return null;
}
