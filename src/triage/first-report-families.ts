/**
 * First reports told apart from complaints about how they were handled (issue #19, sr16). The Code's
 * own guidance: a first report is a service request, however bad the problem, whoever it harms, and
 * whatever the resident fears; it is a complaint when the resident is unhappy with what the landlord
 * has done about it (an earlier report, a delay, a repair that failed, no reply). Leaving each corpus
 * out, 93 first reports were read as complaints (docs/triage/rounds.md, "First reports read as
 * complaints (sr16)"): a person at risk or a neighbour's doing told for the first time, an emergency in
 * the home, a nuisance reported, a question, told with words the rules hear as unhappiness ("dal i
 * ddiferu", "nobody was hurt", "bob tro", "you").
 *
 * Two families of words (same form as feature-families.ts, which appends them to FAMILIES), and three
 * features read from the others: how bad the problem is, or whose doing it is, with no sign at all of
 * how the landlord has handled it. A linear model cannot see that a feature is absent, so "none of the
 * handling signs" is one feature, and its pair with a danger or with someone else's doing another
 * (`FirstReportReading`, which features.ts feeds every feature as it is added).
 */
const RE = (s: string) => new RegExp(s);

export const FIRST_REPORT_FAMILIES: Array<[string, RegExp]> = [
  // The frame of a first report: "I'd like to report …", "can someone come out and have a look?",
  // "please send someone", "I've just noticed", "dw i isio riportio …", "allai rhywun ddod i gael
  // golwg?", "dw i newydd sylwi". Asking for the work to be done, not saying how it went before.
  ['k:report_frame', RE(
    String.raw`\b(i|we) (would like|id like|want|wanted|need|am writing|im writing|just want|just wanted|am ringing|am messaging) to (report|log|raise|book) (a|an|the|some|that|this|my|our)\b|\b(id|wed) like to (report|log|raise|book) (a|an|the|some|that|this|my|our)\b` +
    String.raw`|\b(can|could|would|will) (someone|somebody|anyone|you|one of your \w+) (please )?(come|pop|call|get) (out|round|over|by|and (have a look|look|see|check|fix|sort))\b|\b(please )?(send|get) (someone|somebody|an engineer|a plumber|an electrician|a roofer|a joiner|a man|a repair \w+) (out|round|over|to (look|have a look|check|fix|see))\b` +
    String.raw`|\b(i|we) have (just |only just )?(noticed|spotted|found|discovered)\b|\b(just|only just) (noticed|spotted|found|discovered)\b` +
    String.raw`|\b(dw i|dwi|rydw i|rwyf i|rydw|dan ni|rydyn ni|hoffwn|hoffwn i|hoffen ni) (eisiau |moyn |angen )?(riportio|reportio|adrodd am|rhoi gwybod (i chi )?am|cofnodi|logio)\b` +
    String.raw`|\b(allai|gallai|all|gall|fedr|fedrai|geith|gaiff|ga i|gaf i|alla i) (rhywun|rywun|peiriannydd|plymwr|trydanwr|dyn) (dod|alw|galw|picio)\b|\b(fedrwch|allwch|gallwch|wnewch|newch|ellwch) (chi )?(anfon|yrru|gyrru|danfon|hala) (rhywun|peiriannydd|plymwr|trydanwr|dyn)\b` +
    String.raw`|\b(dw i|dwi|rydw i|dan ni|rydyn ni|nes i|wnes i) (newydd |wedi |di )?(sylwi|ffeindio|darganfod|gweld) (bod|fod|bo|ar|heddiw|bore ma|neithiwr|ddoe)\b`,
  )],
  // No harm and no hurry told as such: "nobody was hurt", "nobody stuck", "no water coming in yet",
  // "thankfully no one was in", "not getting worse", "doedd neb ynddo fo", "neb wedi brifo", "dim tân,
  // jyst yn poeni", "dim dŵr yn dod i mewn eto", "dim byd wedi digwydd, jest …". The "no" in it is
  // the resident's reassurance, which the rules' failure and negation words read as something not done.
  ['k:no_harm', RE(
    String.raw`\b(nobody|noone|no one|nobodys|no ones) (was |got |has been |is |been |were )?(hurt|injured|harmed|stuck|trapped|in danger|ill|sick|in it|in there|inside|threatened)\b|\bno (harm|damage|injuries) (done|caused)?\b` +
    String.raw`|\b(thankfully|luckily|fortunately|thank god|thank goodness),? (no one|nobody|noone|nothing|no|it is not|its not|it was not|it wasnt|we (are|were) all)\b|\bnot (getting|gotten|got) (any )?worse\b|\b(its|it is|this is) not (dangerous|an emergency|urgent|serious)\b|\bnothing serious\b|\bno (water|rain|smoke|sparks) (coming|getting) (in|through)\b|\bnobody (young|elderly|vulnerable|else|at risk) (lives|living|is) here\b` +
    String.raw`|\b(neb|does neb|doedd neb|dim neb|nad oedd neb|fod neb|bod neb) (wedi |yn |n )?(brifo|frifo|anafu|sal|sownd|mewn perygl|mewn peryg|ynddo|ynddi|yno|tu mewn)\b|\b(diolch byth|lwcus|yn ffodus),? (doedd|does|nad|fod|bod|dim|neb)\b` +
    String.raw`|\bdim (dwr|glaw|mwg|tan|difrod) (yn dod|yn mynd|wedi dod|wedi mynd)?\b|\bddim yn (gwaethygu|waethygu|beryglus|argyfwng)\b|\bdim byd mwy na\b|\bneb (yn|n) (sal|sownd|brifo)\b` +
    // "Nothing has happened, just …": nothing bad yet, told to say why it is asked (cy17: "Does dim
    // byd wedi digwydd, jest isio bod yn saff"), not the "dim byd wedi digwydd" of nothing done.
    String.raw`|\b(does |doedd |dydy |dyw )?dim byd (wedi digwydd|wedi mynd o le)( eto)? (jyst|jest|just|dim ond)\b|\bnothing (has |is |s )?(happened|gone wrong|wrong)( yet)? (just|only)\b`,
  )],
];

/**
 * Signs of how the landlord has handled the matter (or of a grievance with it): an earlier report or
 * call, a promise, a repair that failed or came back, counted or long-lasting trouble, no reply, a
 * record wrong, a charge, blame, an answer disputed, asking after something in hand, a reference, the
 * intake's "reported before", unhappiness said outright ("fed up", "disgusted"; not "ofnadwy", "terrible",
 * which tell how bad the problem is), a remedy asked, and rudeness or threats unless told of a neighbour
 * (`c:conduct`, below), and a letter or answer of the landlord's ("your letter says", "mae'ch llythyr chi";
 * `c:response_ref` beside `k:landlord_named`, below: not "a letter from a solicitor", "ateb y drws"). Not Welsh "eto" in a question (`k:yet`: "Ydi hi'n bosib … ?"), and not a
 * telling that is no earlier report to the landlord (`h:reported`, below). Any one of them and the first-report features below stay quiet: the
 * model weighs the sign itself. Not "again", "still" or "every time" alone, nor the rules' reading:
 * "still dripping", "every time the wind blows" tell how the problem behaves, and the rules hear those
 * as unhappiness (the misreadings this file is for).
 */
export const HANDLING_SIGNS: ReadonlySet<string> = new Set([
  'h:reported', 'h:promised', 'h:fixed_then', 'h:back', 'h:counted', 'h:waiting', 'h:for_long', 'h:span', 'h:year', 'h:bare_year', 'h:ago', 'c:long_ago',
  'k:no_reply', 'k:records', 'k:charge_unserved', 'k:charge_level', 'k:rent_decision', 'k:responsibility', 'k:fault_disputed',
  'k:case_handling', 'k:answer_unhappy', 'k:ombudsman_wish', 'k:visit_failed', 'k:until_acts', 'k:always_fails', 'k:asked_grievance',
  'k:bare_span', 'k:offer_low', 'k:over_now', 'k:complain_late', 'k:in_hand', 'k:did_you', 'k:progress', 'k:asks_after',
  'k:since_when', 'k:pay_me', 'k:replace_loss', 'k:claim_made',
  'q:why', 'q:how_long', 'q:what_doing', 'q:who_pays',
  'c:complaint_word', 'cs:dissatisfaction', 'c:remedy', 'c:my_complaint', 'c:escalation', 'c:poor_work', 'c:agent_fault', 'c:failure', 'c:handling', 'c:concluded',
  'x:angry', 'x:ref', 'x:ref_like', 'a:reportedBefore', 'a:hasComplaint',
]);

// Whose rudeness or threats are the landlord's to answer for: its staff and contractors, a visitor
// who came to do a job, someone on its phones (features.ts STAFF names the same people, and more).
const STAFF_OR_VISITOR = /\b(officer|officers|staff|contractors?|workm[ae]n|engineers?|operatives?|plumber|electrician|surveyor|caretaker|receptionist|call centre|manager|repairs team|fitters?|decorators?|roofers?|the (man|woman|bloke|lady|guy|lad|person) (who|that) (came|come|was sent)|on the phone|swyddog\w*|contractw\w*|peiriannydd|plymwr|trydanwr|syrfewr|gofalwr|derbynnydd|rheolwr|gweithwyr|(dyn|ddynes|boi) (ddaeth|a ddaeth|sy'n dod)|ar y ffon)\b/;
// "Called me a name", "rang me from inside", "reporting a leak", "never got round to reporting it": the
// words `h:reported` reads that tell no earlier report to the landlord.
const NOT_TOLD = /\b(called|calling|call) (me|him|her|us|them|my \w+) (a|an|names?)\b|\b(rang|phoned|called) (me|him|her|us)\b|(^|[.!?]\s*)reporting\b|\b(i|we) (would like|want|wanted|need) to report\b|\bnever (got round to|thought of|bothered) report\w*\b|\b(first time|never) (i have|ive|i) (had to )?report\w*\b|\b(havent|have not|not) reported (it|this|that|anything)( before)?\b/i;

// Unhappiness with the service itself ("dw i'n flin iawn am y gwasanaeth", "the way I was treated"),
// and the Welsh-language service not given ("no Welsh speaker available", "ges i lythyr yn Saesneg",
// "the reply came in English"): a grievance with the landlord's doing, told with no history. A wish
// to be written to in Welsh ("pob llythyr yn Gymraeg o hyn ymlaen") is a request, and not this.
const SERVICE_GRIEVANCE = /\b(the|your|this) (service|customer service)\b|\b(y|eich|ych|ein) (gwasanaeth|wasanaeth)\b|\bthe way (i|we) (was|were|have been|ve been) (treated|spoken to|dealt with)\b|\b(no|not a|no one|nobody|wasnt a|isnt a) (welsh speaker|welsh speaking|one who speaks welsh)\b|\b(reply|replies|answer|letter|letters|call|calls|phone call|email|form|forms)\b[^.!?]{0,40}\bin english\b|\b(yn|mewn) saesneg\b|\b(neb|na neb|wnaeth neb|doedd neb) (yn |wedi )?(siarad|ateb yn) (cymraeg|gymraeg)\b/;

/**
 * The features this file adds tell the kind (a first report or a grievance), not whether anyone is in
 * danger: the safety-flag models are trained without them (train.ts `fitFlags`), so this round leaves
 * the flags as they were.
 */
export const KIND_ONLY: ReadonlySet<string> = new Set(['k:report_frame', 'k:no_harm', 'x:no_handling', 'x:danger_no_handling', 'x:others_no_handling']);

/** How bad the problem is for whom: danger now, a person at risk, a health condition or frailty, no heat. */
export const DANGER_SIGNS: ReadonlySet<string> = new Set([
  'c:danger_now', 'c:safeguarding', 'c:vulnerable', 'c:no_heat', 'c:insecure', 'c:locked_out', 'c:injury',
  'c:urgent_electric', 'c:urgent_fire', 'c:urgent_gas', 'c:urgent_repair', 'c:urgent_security', 'c:urgent_trapped', 'c:urgent_water',
  'k:worried_for', 'k:just_now', 'r:urgent', 'r:safeguarding',
]);
// The hazard cues features.ts leaves out of the kind's features (they only decide the danger question) still tell how bad it is.
const HAZARD_CUE = /^hazard/;

/** Someone other than the landlord doing it: a neighbour, a group, a crime told to the police. */
export const OTHERS_SIGNS: ReadonlySet<string> = new Set(['k:neighbour', 'x:others_conduct', 'k:told_police', 'c:asb']);

/**
 * What features.ts's `collect` tells it, feature by feature, and the three features it adds at the end:
 * `x:no_handling` (no handling sign at all), `x:danger_no_handling` and `x:others_no_handling` (the
 * same, beside a danger or someone else's doing; their words are those of the danger or the doing).
 */
export class FirstReportReading {
  private handling: string[] = [];
  private noHarm: string | null = null;
  private danger: string | null = null;
  private others: string | null = null;
  private conduct = false;
  private reported: string | null = null;
  private letter = false;
  private landlord = false;
  private othersConduct = false;

  note(name: string, words: string): void {
    if (name === 'h:reported') this.reported = words.toLowerCase();
    else if (name === 'c:response_ref') this.letter = true;
    else if (name === 'k:landlord_named') this.landlord = true;
    else if (HANDLING_SIGNS.has(name)) this.handling.push(words.toLowerCase());
    else if (DANGER_SIGNS.has(name)) this.danger ??= words;
    else if (OTHERS_SIGNS.has(name)) this.others ??= words;
    else if (name === 'k:no_harm') this.noHarm = words;
    else if (name === 'c:conduct') this.conduct = true;
    if (name === 'x:others_conduct') this.othersConduct = true;
  }

  /** The features, after every other one has been noted; `hits` for the hazard cues the features leave out. */
  features(hits: ReadonlyArray<{ cue: string; words: string }>, add: (name: string, words: string) => void, text: string): void {
    // "Nobody was hurt" is no "nobody was" (a failure cue): a sign inside the no-harm words is none.
    const noHarm = this.noHarm;
    if (this.handling.some((w) => noHarm === null || !noHarm.includes(w))) return;
    if (this.letter && this.landlord) return;
    if (SERVICE_GRIEVANCE.test(text.toLowerCase().replace(/['’]/g, ''))) return;
    // An earlier report, unless the words that read as one tell none (NOT_TOLD).
    if (this.reported !== null && !NOT_TOLD.test(text)) return;
    // Shouting, swearing, threats: a handling matter where the landlord's people are named and no
    // neighbour's doing is told (features.ts `x:others_conduct`).
    if (this.conduct && !this.othersConduct && STAFF_OR_VISITOR.test(text.toLowerCase())) return;
    const danger = this.danger ?? hits.find((h) => HAZARD_CUE.test(h.cue))?.words ?? null;
    // With no danger and no one else's doing, nothing in the message is the absence it stands for: no words
    // (signals never quote a feature without words, so the resident is not shown their whole message back).
    add('x:no_handling', danger ?? this.others ?? '');
    if (danger !== null) add('x:danger_no_handling', danger);
    if (this.others !== null) add('x:others_no_handling', this.others);
  }
}
