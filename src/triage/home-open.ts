/**
 * A home that cannot be locked or shut now, with someone at risk inside or after someone has tried
 * to get in: an emergency repair (`urgent_security`), as a contact centre books a locksmith the
 * same night (issue #19, sixteenth safety pass; docs/triage/flags.md). The urgent list reads a
 * break-in itself; the hazard words ask about any door that will not lock. What was missed between
 * them: "the front door won't lock at all and I'm on my own with the kids tonight", "the key just
 * spins, it's 10pm", "dydy'r drws cefn ddim yn cloi o gwbl heno a dw i ar ben fy hun efo'r babi",
 * "doesn't lock … last night someone tried the handle". A door that closes but not properly, one
 * told as long-standing with no word of tonight, a fire or block door, or one fixed stays a repair
 * (the twelfth pass's reading of the same words, hazard.ts).
 */

import { folded } from './folded-text';

// Over the folded text (folded-text.ts): lower case, accents and apostrophes gone ("won't" → "wont").
const OPENING = /\b(doors?|windows?|locks?|drws|drysau|ffenest\w*|clo|cloeon)\b/;
const WONT_SECURE = /\b(wont|cant|doesnt|dont|will not|cannot|does not|isnt|is not|couldnt) (even )?(lock|shut|close|secure)\b|\bno lock\b|\bkey (just )?(spins|turns round)\b|\block (has )?(snapped|broken|bust|gone)\b|\b(dim|ddim|heb) (yn )?(cloi|cau)\b|\bmethu (cloi|cau)\b|\bdim clo\b|\bclo (wedi )?(torri|malu)\b/;
// Now or tonight; "last night" and "neithiwr" are the present of a home left open (flag-time.ts reads them so too).
const NOW = /\b(tonight\w*|at all|right now|now|this (afternoon|evening)|since this (morning|afternoon)|last night|\d{1,2} ?pm|heno|o gwbl|nawr|rwan|neithiwr|pnawn ma|prynhawn ma)\b/;
// Someone has tried to get in (the break-in words themselves are the urgent list's).
const ENTRY = /\b(tried|trying|try) (the )?(handle|door|to (get|break|kick) in)\b|\b(kick|kicked|force|forced|smash|smashed) (it|the door|the glass) in\b|\btried to kick\b|\b(walked|got|came) (straight )?in\b|\bbreak ins?\b|\b(triodd|trio|ceisio|wedi trio) (rhywun )?(y )?(drws|handlen|dorri|torri|dod i mewn)\b|\bcicio y drws\b/;
// Alone, or with children (the vulnerable cue, read beside this, hears the rest; not "little ones").
const ALONE = /\b(kids|children|little ones|baby|toddler|\d+ ?(year|yr) old|plant|babi|plentyn|on my own|by myself|alone|ar ben fy hun|ar ben fy hunan|ar fy mhen fy hun|ar fy mhen fy hunan|fi fy hun)\b/;
// Told as a repair, not an emergency now (hazard.ts reads the same for the danger question).
const NOT_PROPERLY = /\b(properly|fully|half the time|hanner yr amser|yn iawn|\w+n iawn)\b/;
const FIRE_OR_BLOCK_DOOR = /\b(fire doors?|drws tan|drysau tan|communal|block door|door to the block|entrance door|drws y bloc|drws y fynedfa|cymunedol)\b/;
const FIXED = /\b(been|was|got it|now) (fixed|repaired|sorted)\b|\bwedi (ei |i )?(drwsio|trwsio)\b/;

/**
 * The words of a home that cannot be secured now with someone at risk or someone who tried to get
 * in ("wont lock", "ddim yn cloi"), or null. `atRisk`: the rules heard a vulnerable person (a
 * child, a baby, someone old).
 */
export function homeOpenNow(text: string, atRisk: boolean): string | null {
  const t = folded(text);
  const open = WONT_SECURE.exec(t);
  if (!open || !OPENING.test(t) || FIRE_OR_BLOCK_DOOR.test(t) || FIXED.test(t)) return null;
  const entry = ENTRY.test(t);
  if (!entry && !NOW.test(t)) return null;
  // "Doesn't close properly" is a repair unless it is told as failed outright now ("at all", "o gwbl").
  if (NOT_PROPERLY.test(t) && !/\b(at all|o gwbl)\b/.test(t)) return null;
  return entry || atRisk || ALONE.test(t) ? open[0] : null;
}

// A window that cannot be closed or held (no restrictor, wide open, boarded with plastic, hanging
// off its hinge) on an upper floor, with a young child in the home or people passing beneath: a
// fall from height or glass falling, made safe the same day (sixteenth safety pass). A window told
// as long-standing with no word of now, or that closes but not properly, stays a repair (the
// twelfth pass's reading of a children's first-floor window "since September").
const WINDOW = /\b(windows?|ffenest\w*)\b/;
const WINDOW_UNSAFE = /\b(no restrictors?|restrictors? (is |are )?(broken|missing|gone|snapped)|opens? (right|all the way|wide)|wide open|(wont|doesnt|cant|will not|does not) (close|shut)|boarded|plastic|hanging|hinges? (has |have )?(broken|gone|snapped)|dim cyfyngwr|heb gyfyngwr|cyfyngwr (wedi )?(torri|mynd)|agor yn llydan|ar agor|(ddim|dim) yn cau|hongian|colfach (wedi )?torri)\b/;
const UPPER_FLOOR = /\b(\d+(st|nd|rd|th) floor|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top) floor|llawr (cyntaf|uchaf)|lawr cyntaf|(ail|trydydd|pedwerydd|pumed|chweched|seithfed|wythfed|nawfed|degfed) (llawr|lawr))\b/;
const YOUNG_CHILD = /\b(toddler|baby|babies|twins|little ones|\d+ ?(yr|yrs|year|years) old|\d+ ?yr|babi|fabi|mabi|efeilliaid|(plentyn|blentyn|phlentyn) bach|(plant|blant|phlant) bach|(un|dwy|dwyflwydd|tair|teirblwydd|pedair) oed|blwydd oed)\b/;
const PEOPLE_BELOW = /\b(people|kids|children) (walk\w*|play\w*|pass\w*) (below|underneath|under)|(cerdded|chwarae|pasio) oddi (tani|tano|tanodd)\b/;
const WINDOW_LONG_STANDING = /\b(since (january|february|march|april|may|june|july|august|september|october|november|december|we moved|i moved)|for (weeks|months|years)|ers (misoedd|wythnosau|blynyddoedd|i ni symud|i mi symud|mis \w+|medi|hydref))\b/;

/** The words of an unsafe window at height beside a young child or people below (see above), or null. */
export function windowFallNow(text: string): string | null {
  const t = folded(text);
  const unsafe = WINDOW_UNSAFE.exec(t);
  if (!unsafe || !WINDOW.test(t) || !UPPER_FLOOR.test(t) || !(YOUNG_CHILD.test(t) || PEOPLE_BELOW.test(t))) return null;
  if (NOT_PROPERLY.test(t) || (WINDOW_LONG_STANDING.test(t) && !NOW.test(t))) return null;
  return unsafe[0];
}
