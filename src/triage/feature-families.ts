import { CHARGE_FAMILIES } from './charge-families';
import { ENGLISH_FAMILIES } from './english-families';
import { ENGLISH_KINDS } from './english-kinds';
import { FIRST_REPORT_FAMILIES } from './first-report-families';
import { OPENER_FAMILIES } from './openers';
import { EXCLUSION_STATUS_FAMILIES } from './exclusion-status-families';
import { STATUS_FAMILIES } from './status-families';
import { WELSH_FAMILIES } from './welsh-families';
import { cy } from './welsh-forms';

/**
 * Feature families for the kinds of complaint triage used to miss (issue #19): what a message is
 * about, beyond its single words. Each is a named pattern over the canonical text (contractions
 * spelt out, everyday Welsh forms mapped, cue-list words unmutated; other Welsh words are matched
 * in every mutated form through `cy`). They are features, not rules: the model learns how much
 * each one weighs for each kind. Prefix `k:`; features.ts registers them.
 */
const RE = (s: string) => new RegExp(s);

const OTHER_BODY = RE(
  String.raw`\b(gp|gps|surgery|doctors|doctor|hospital|nhs|police|pcso|dwp|jobcentre|job centre|school|council tax|bin men|binmen|bins|housing benefit|universal credit|social services|social worker|ambulance)\b` +
  String.raw`|\b${cy('meddygfa', 'meddyg', 'ysbyty', 'heddlu', 'ysgol')}\b|\b(treth y cyngor|treth cyngor|biniau|budd-dal|budd tal\w*|budd dal\w*|credyd cynhwysol|gwasanaethau cymdeithasol|gweithiwr cymdeithasol|ambiwlans)\b`,
);
/** The landlord's own part named: its staff, its contractors, "you". */
export const LANDLORD_NAMED = RE(
  String.raw`\b(you|your|landlord|housing association|housing officer|repairs? team|contractors?|caretaker|estate officer|neighbourhood officer|tenancy officer)\b` +
  String.raw`|\b(chi|eich|landlord|cymdeithas dai|swyddog tai|contractwr|contractwyr|tim trwsio|gofalwr)\b`,
);

export const FAMILIES: Array<[string, RegExp]> = [
  // Communication failures: no reply, no call back, no update.
  ['k:no_reply', RE(
    String.raw`\b(no|without an?|not had an?|never had an?|still no) (reply|replies|response|answer|update|updates|acknowledgement|call back|callback|feedback)\b` +
    // "No letter, no call": what was due, listed as missing (issue #19, words round 10).
    String.raw`|\bno (letter|call|phone call|email|text|visit),? (and )?no (letter|call|phone call|email|text|visit|explanation|extension|update|reply)\b|\bdim (llythyr|galwad|e bost|neges),? (a )?dim (llythyr|galwad|e bost|neges|esboniad|eglurhad|diweddariad|ateb)\b` +
    String.raw`|\b(never|nobody|noone|not|havent|hasnt|didnt) (has )?(been )?(replied|responded|answered|called back|rang back|rung back|phoned back|got back|get back|gets back|heard back|returned my)\b` +
    String.raw`|\b(ignored|ignoring|ignores) (my|our|all) (emails?|letters?|calls?|messages?)\b|\b(emails?|letters?|messages?|calls?) (go|went|are|have gone|were|was) (unanswered|ignored)\b|\bgone quiet|went quiet|goes quiet\b` +
    String.raw`|\b(dim|heb|heb gael|dal dim) ${cy('ateb', 'ymateb', 'diweddariad', 'gair')}\b|\b(neb|byth|dim) (wedi |yn )?${cy('ffonio', 'galw', 'ateb', 'cysylltu', 'ymateb')} ?(yn )?(ol|nol)?\b|\b(neb|byth|dim|heb) (wedi |yn )?dod (yn )?(ol|nol) (ata|aton|atom|i mi)\b|\bheb (glywed|clywed)\b|\b(d?dim|dim) wedi (ateb|ymateb|ffonio yn ol|ffonio nol)\b|\b(wedi )?(mynd|aeth) yn dawel\b`,
  )],
  // Errors in letters, records, names and rent or service accounts.
  ['k:records', RE(
    String.raw`\b(wrong|incorrect|mistake|mistakes|error|errors|wrongly|mixed up|inaccurate)\b.{0,40}\b(letter|letters|record|records|account|name|address|bill|statement|balance|arrears|file|system|notice)\b` +
    String.raw`|\b(letter|letters|record|records|account|statement|balance|arrears|notice|system|file)\b.{0,40}\b(wrong|incorrect|mistake|error|wrongly|inaccurate|doesnt match|not mine|someone else)\b|\b(arrears|debt|owe)\b.{0,40}\b(dont|do not|never|not) (owe|in arrears)\b|\bcharged (twice|me twice|wrongly|for something)\b|\brecharge` +
    String.raw`|\b${cy('anghywir', 'camgymeriad', 'cymysgu')}\b|\b(gwall|ngwall|gwallau|wallau)\b|\b${cy('cyfrif')} ${cy('rhent')}\b|\b${cy('dyled', 'ol-ddyled', 'ol-ddyledion')}\b`,
  )],
  // Reasonable adjustments not made, disability not taken into account.
  ['k:adjustment', RE(
    String.raw`\b(reasonable )?adjustments?\b|\b(disabled|disability|deaf|blind|wheelchair|autis\w*|adhd|mental health|dyslexi\w*|learning difficult\w*|hard of hearing)\b.{0,60}\b(ignored|not considered|didnt consider|not taken into account|despite|even though|knew|know|told you|told them|asked for|on file|on record|still)\b` +
    String.raw`|\b(despite|even though|although) .{0,30}\b(disabled|disability|deaf|blind|wheelchair|autis\w*)\b|\b(large print|braille|interpreter|bsl|easy read|text instead|text me instead|email instead)\b` +
    String.raw`|\b${cy('addasiad', 'addasiadau')}\b|\b${cy('anabl', 'anabledd', 'byddar', 'dall')}\b.{0,60}\b(er|gwybod|wedi dweud|dal|anwybyddu|ystyried)\b|\b(er|er bod|er fy mod) .{0,30}${cy('anabl', 'anabledd', 'byddar', 'dall')}\b|\bprint bras\b|\bcyfieithydd\b`,
  )],
  // Paying for a service that is not delivered (a complaint) ...
  ['k:charge_unserved', RE(
    String.raw`\b(pay|paying|paid|charged|charge|charges)\b.{0,50}\b(never|not|nobody|noone|no one|doesnt|dont|isnt|arent|hasnt|havent)\b.{0,30}\b(done|happen\w*|come|comes|came|clean\w*|cut|delivered|provided|working|work|been)\b|\b(cleaning|cleaner|gardening|grass cutting|window cleaning|caretaker|lift|communal)\b.{0,50}\b(we|i) (pay|are paying|still pay)\b` +
    String.raw`|\b(talu|tal|taliad)\b.{0,50}\b(dim|neb|byth|heb|d?dim)\b.{0,30}\b(${cy('glanhau', 'torri', 'dod', 'gwneud', 'gweithio', 'digwydd')})\b`,
  )],
  // ... as against disputing how much a charge is (another process).
  ['k:charge_level', RE(
    String.raw`\b(service charge|heating charge|charge|charges|bill|rent)\b.{0,40}\b(gone up|went up|increase\w*|doubled|tripled|too high|too much|unreasonable|extortionate|breakdown|challeng\w*|dispute\w*)\b|\b(increase|rise) in (my|our|the) (service )?charges?\b|\bchalleng\w* the charges?\b` +
    String.raw`|\b(tal|taliad|taliadau|bil)\b.{0,40}\b(codi|cynnydd|rhy uchel|dwbl|treblu|gormod|dadansoddiad|herio)\b`,
  )],
  // Disputes about who is responsible: sent to another body for something the landlord caused.
  ['k:responsibility', RE(
    String.raw`\b(not|isnt|arent|wasnt) (our|your|their|my|the landlords) (responsibility|problem|fault|job)\b|\b(say|says|said|told me|claim|claims|saying) (its|it is|it was|that its) (my|mine|the councils|the council|not (yours|theirs|you))\b|\btold (me )?to (ring|call|contact|go to|go through) (the )?(council|insurer|insurance|water company|police)\b|\b(blame|blaming|blamed|passing the buck|pass the buck)\b|\b(since|after) (the|your) (works?|contractors?|workmen|builders|repairs?|job)\b|\byour (contractors?|workmen|builders|works|engineers?) (caused|did|broke|damaged|left)\b` +
    String.raw`|\b(d?dim|dim) yn ${cy('cyfrifoldeb')}\b|\b${cy('cyfrifoldeb')} (chi|nhw|arnoch|y cyngor)\b|\b(bai|fai|ar fai|fy mai|ein bai|eu bai)\b|\b(ers|ar ol) (i )?(y|yr) ${cy('gwaith', 'gweithwyr', 'contractwyr', 'adeiladwyr')}\b|\b(dweud|deud|gweud) (mai|taw)\b.{0,30}\b(cyngor|yswiriant|fi)\b`,
  )],
  // The resident disputes being blamed (damp put down to their lifestyle, damage said to be theirs):
  // a complaint about the landlord's decision, not a first report of the fault.
  ['k:fault_disputed', RE(
    String.raw`\b(dont|do not|not|never|wont|will not|cant|cannot) (agree|accept|believe)\b.{0,40}\b(my fault|our fault|my (lifestyle|doing|responsibility)|our (lifestyle|doing|responsibility)|caused by (me|us|my|our)|down to (me|us|my|our)|(i|we) (caused|did|made))\b` +
    String.raw`|\b(blame|blaming|blamed|blames) (me|us|my|our)\b|\b(says?|said|saying|claims?|claimed|told me|tell me) (its|it is|it was|that its|that it is|that it was|the \w+ is|the \w+ was) (my|our|all my|all our) (fault|lifestyle|doing)\b|\b(not|isnt|wasnt|its not|it is not|it was not|it wasnt) (my|our) (fault|lifestyle|doing)\b|\b(drying|dry) (clothes|washing)\b.{0,40}\b(not|isnt|never|dont)\b` +
    String.raw`|\b(d?dim|dim) yn (derbyn|cytuno|credu)\b.{0,40}\b(fy mai|ein bai|ar fai|fai|fi sydd|fi sy|ffordd o fyw)\b|\b(fi|ni) (sydd|sy) ar fai\b|\b${cy('beio')}\b|\brhoi y bai\b|\b(nid|dim|ddim) (fy|ein) (mai|bai)\b`,
  )],
  // Someone other than the landlord doing something (a neighbour, people upstairs, a group on the
  // stairs): told alone, a first anti-social-behaviour report, which is a service request.
  ['k:neighbour', RE(
    String.raw`\b(neighbour|neighbours|neighbors?|next door|the (man|woman|bloke|lad|lads|guy|people|family|couple|tenant|tenants|kids|children|boy|girl) (upstairs|downstairs|next door|opposite|below|above|across the (road|landing|hall|street)|in (number|no|flat) \w+)|(group|gang|bunch|crowd|load) of (lads|kids|teenagers|youths|young people|people)|teenagers|youths)\b` +
    String.raw`|\b${cy('cymydog', 'cymdogion')}\b|\b(drws nesa|drws nesaf|drws nesa'|uwchben|lawr grisiau|lawr staer)\b|\b(criw|grwp|gang|llwyth|haid) o (bobl ifanc|blant|hogia|hogiau|bois|fechgyn|bechgyn)\b|\bpobl ifanc\b`,
  )],
  // Told only so the landlord knows ("just so you're aware", "didn't know who else to tell", "jyst
  // isio i chi wybod"): a first report, often of a neighbour's trouble, told with no ask and no
  // grievance. Issue #19, words round 10: such tellings with a shouted row or a worry for someone
  // in them were read as complaints.
  ['k:only_telling', RE(
    String.raw`\bjust so (you|u) (are|re|know)\b|\bso (you|u)re aware\b|\bletting (you|u) know\b|\b(just|only) (to )?let (you|u) know\b|\b(fyi|for your information|for your records)\b|\b(thought|think|felt) (you|u) (should|ought to|might want to|would want to|need to|needed to) (know|be aware|be told)\b` +
    String.raw`|\b(didnt|dont|do not|did not|not sure|unsure|wasnt sure|im not sure) (know )?(who|where) (else )?(to|i should|should i) (tell|turn|report|go|speak)\b` +
    String.raw`|\b(jyst|jest|dim ond|ond)( eisiau| angen)? (i|er mwyn i) (chi|ti) (cael )?gwybod\b|\b(eisiau|angen) i (chi|ti) (cael )?gwybod\b|\b(meddwl|credu) (y |bod |bo )?(dylech|ddylech|dylsech|ddylsech|bod chi|bo chi|y dylech) (chi )?(eisiau |angen )?gwybod\b` +
    String.raw`|\b(dim|ddim) yn (gwybod|siwr) (at |wrth |i )?pwy (arall )?(i|dylwn|ddylwn|ddyliwn)\b|\bi chi fod yn ymwybodol\b|\ber gwybodaeth\b`,
  )],
  // A visit that did not end it: "they came out but …", "sprayed it and that's it", "said it'll be
  // back", "daethon nhw ond …", "a dyna'r cwbl". An earlier fix that failed is history a first
  // report does not have (issue #19, words round 10).
  ['k:visit_failed', RE(
    String.raw`\b(came|come|been|sprayed|painted|patched|looked|visited|wiped|filled|treated)\b[^.!?]{0,50}\band (thats|that was|that is) (it|all)\b` +
    String.raw`|\b(they|he|she|someone|somebody|the \w+|your \w+|a \w+) (came|come|has been|have been|had been|was|were) (out |round |over |back )?but (it|its|the|nothing|still|they|he|she|now|within|a|two|three)\b` +
    String.raw`|\bsaid (it|itll|the \w+|that) ?(will|would|ll|d|might|could|is going to) ?(be back|come back|return|happen again)\b` +
    String.raw`|\b(daeth\w*|ddaeth\w*|fuodd|buodd|bu|wedi bod|chwistrell\w*|peint\w*|paent\w*|edrych\w*|sychu|sychodd)\b[^.!?]{0,50}\ba dyna (fo|fe|ni|i gyd|gyd|y cwbl|yr cwbl|cwbl)\b|\b(daeth|ddaeth|daethon|ddaethon|fuodd|buodd|bu|wedi bod|fuon|buon) (rhywun|nhw|o|e|fo|fe|hi|y \w+)?\s?(yma |draw |allan |mas |heibio |nol |yn ol )?ond\b` +
    String.raw`|\b(dweud|dwedodd|ddwedodd|deud|gweud)( o| e| fo| fe| hi| nhw)? (y |bod )?(bydd|byddai|bydde|bysa|fydd|fyddai|fydde|fysa) (o|e|fo|fe|hi|y \w+) (yn )?(ol|nol|dod (yn )?(ol|nol))\b|\bers i (y|yr) \w+ (fod|bod|dod|ddod) (yma|draw|allan|mas)\b`,
  )],
  // How much more must happen before someone acts: "how many more visits before you actually …",
  // "does someone have to get hurt before …", "faint yn rhagor … cyn i chi wneud rhywbeth". Asked
  // of the landlord, a grievance put as a question (issue #19, words round 10).
  ['k:until_acts', RE(
    String.raw`\bbefore (you|someone|somebody|anyone|anybody|they|he|she|the council|the landlord|your \w+)( will| would)? (actually|finally|bother\w*|ever)\b|\bhow many more \w+( \w+){0,3} (before|till|until) (you|someone|somebody|anyone|anybody|they|something|it)\b` +
    String.raw`|\b(does|do|has|have|will|must) (it|someone|somebody|anyone|my \w+|the \w+|a \w+) (have|need|got) to (get worse|happen|die|be hurt|get hurt|be injured|fall|get ill|be ill)\b` +
    String.raw`|\bcyn i (chi|nhw|rhywun|neb) (gwneud|wneud|neud) (rhywbeth|unrhyw beth|dim byd)\b|\b(faint (yn rhagor|mwy)|sawl \w+ (arall|eto)|faint o \w+ (eto|arall|yn rhagor))\b[^.!?]{0,60}\bcyn i (chi|nhw|rhywun)\b|\boes (rhaid|raid|angen) (i|iddo|iddi)\b[^.!?]{0,50}\bcyn i (chi|nhw|rhywun)\b`,
  )],
  // An apology or an offer of compensation found too little: an answer to take further
  // (classify.ts: something an escalation can be about).
  ['k:offer_low', RE(
    String.raw`\b(compensation|offer|offered|apology|goodwill|gesture|payment|award|pounds|[0-9]+ (pound|pounds|quid))\b.{0,60}\b(not enough|isnt enough|hardly enough|too (low|little|small)|an insult|insulting|is that it|thats it|doesnt (feel right|cover|reflect)|a joke|derisory|should be more|pittance|measly)\b` +
    String.raw`|\b(appreciate|appreciated|thanks for|thank you for) (the |your )?(apology|offer|gesture)\b.{0,30}\bbut\b|\b(apology|offer|gesture) (is|was) (appreciated|welcome|kind)\b.{0,10}\bbut\b` +
    String.raw`|\b[0-9]+ (for|after)\b.{0,50}\b(not enough|isnt enough|doesnt feel right|an insult|is that it|a joke|derisory)\b` +
    String.raw`|\b(${cy('iawndal', 'cynnig', 'ymddiheuriad', 'taliad')}|punt|punnoedd)\b.{0,60}\b(ddim yn ddigon|prin .{0,20}ddigon|rhy (isel|fach|bach)|dyna i gyd|dyna y gyd|dyna gyd|jôc|joc|sarhad|sarhaus)\b` +
    String.raw`|\b(gwerthfawrogi|diolch am) (yr |y )?${cy('ymddiheuriad', 'cynnig')}\b.{0,30}\bond\b`,
  )],
  // How an anti-social-behaviour case or an earlier report was handled.
  ['k:case_handling', RE(
    String.raw`\b(asb|anti social|antisocial|case|report|complaint)\b.{0,50}\b(closed|no action|not investigated|went quiet|gone quiet|nothing done|dropped|ignored|logged|monitor\w*|lost)\b|\b(keep|keeping|fill in|filled in) (a )?(diary|diaries|log|logs|noise app)\b|\b(case|housing|asb) officer\b.{0,60}\b(never|not|nothing|didnt|doesnt|wont|hasnt|left|changed)\b|\bclosed (my|the|our) (case|report|complaint)\b|\baction plan\b` +
    String.raw`|\b(cadw|llenwi) ${cy('dyddiadur')}\b|\b(cau|caewyd|wedi cau) (y |yr )?${cy('achos')}\b|\b${cy('achos')}\b.{0,50}\b(dim byd|heb|d?dim|byth|cau)\b|\b${cy('swyddog')} (tai|ymddygiad|achos)\b.{0,60}\b(dim|heb|d?dim|byth)\b`,
  )],
  // Unhappy with a stage 1 or complaint answer.
  ['k:answer_unhappy', RE(
    String.raw`\b(stage (1|one)|first stage|complaint response|your (response|reply|answer|letter|decision|outcome)|the (response|reply|outcome|decision))\b.{0,60}\b(not happy|unhappy|disagree|dont agree|do not agree|not satisfied|dissatisfied|doesnt (address|answer|cover)|didnt (address|answer|cover)|ignore\w*|missed|wrong|not accept\w*|reject\w*)\b` +
    String.raw`|\b(not happy|unhappy|disagree|dont agree|not satisfied|dissatisfied|not accept\w*|reject\w*)\b.{0,40}\b(response|reply|answer|outcome|decision|findings|offer)\b` +
    String.raw`|\b(ymateb|ateb|penderfyniad|canlyniad|cynnig|llythyr)\b.{0,60}\b(d?dim yn cytuno|anghytuno|d?dim yn fodlon|anfodlon|anhapus|d?dim yn hapus|d?dim yn derbyn|gwrthod|anghywir)\b|\b(d?dim yn cytuno|anghytuno|d?dim yn fodlon|anfodlon|anhapus|d?dim yn hapus|d?dim yn derbyn)\b.{0,40}\b(ymateb|ateb|penderfyniad|canlyniad|cynnig)\b`,
  )],
  // A wish for the Ombudsman to look at it.
  ['k:ombudsman_wish', RE(
    String.raw`\b(want|like|going|go|take|taking|refer|report|complain|escalate|contact|get)\b.{0,30}\b(ombudsman|hos|psow)\b|\bombudsman\b.{0,30}\b(look|review|involved|investigate|step in)\b|\bhow (do|can) i\b.{0,30}\bombudsman\b` +
    String.raw`|\b(mynd|cysylltu|cwyno|troi) (at|efo|gyda|a|wrth) (yr |y )?ombwdsmon\b|\bombwdsmon\b.{0,30}\b(edrych|adolygu|ymchwilio)\b|\b(eisiau|hoffwn|sut)\b.{0,30}\bombwdsmon\b`,
  )],
  // Another body's own service (a GP, the police, the council's own services, a school, the DWP)
  // with nothing the landlord did in it: signposted. With the landlord named, the landlord's part
  // can be a complaint; the two are separate features because a linear model cannot combine them.
  // (features.ts names it k:other_body_only or k:other_body_and_landlord)
  ['k:other_body', OTHER_BODY],
  // A matter over and done with, told long after: with a date, a time limit may apply.
  ['k:over_now', RE(
    String.raw`\b(is|its|are|was|were|everything is) (all )?(fine|ok|okay|sorted|fixed|done) now\b|\b(has|have|was|were|got) (been )?(fixed|sorted|repaired|replaced|done|finished)( it)? (since|since then|now|ages ago|long ago|in the end)\b|\bnever forgotten\b|\bplayed on my mind\b|\bstill (bothers|upsets) me\b` +
    String.raw`|\b${cy('trwsio', 'sortio', 'gorffen', 'newid')} ers hynny\b|\b(yn )?iawn (nawr|rwan|erbyn hyn)\b|\bbyth wedi anghofio\b|\bdal i (fy )?(mhoeni|poeni|nghorddi)\b`,
  )],
  // Money asked for a loss: an insurance or liability claim, or a remedy within a complaint.
  ['k:pay_me', RE(
    String.raw`\b(want|like|expect|need)\b.{0,25}\b(you to pay|them to pay|it paid for|them paid for|paying for|reimburs\w*|to be paid|my money back|the cost)\b|\b(pay|paid) for (a new|the new|a replacement|new|replacing|my|the damage)\b|\b(cover|covers|covering) the (cost|damage)\b` +
    String.raw`|\b(eisiau|hoffwn|disgwyl|angen)\b.{0,25}\b(i chi|iddyn nhw)? ?${cy('talu')}\b|\b${cy('talu')} am (y|yr|fy|un|rhai) (newydd|difrod)?`,
  )],
  // Told as a first report: "first time", "just noticed", "started yesterday".
  ['k:first_time', RE(
    String.raw`\b(first time|1st time|just noticed|only just noticed|have noticed|started (yesterday|today|this morning|last night|this week)|since (yesterday|this morning|last night)|new problem|never happened before)\b` +
    String.raw`|\b(tro cyntaf|tro cynta|newydd (sylwi|ddechrau|dechrau|weld|gweld)|ers (ddoe|neithiwr|bore ma|y bore))\b`,
  )],
  // A month, season or event the trouble started from: "since June", "ers mis Mawrth".
  ['k:since_when', RE(
    String.raw`\b(since|from) (last )?(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|christmas|easter|the (spring|summer|autumn|winter)|we moved in|i moved in|the day)\b` +
    String.raw`|\bers (mis )?(ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr|y gwanwyn|yr haf|yr hydref|y gaeaf|nadolig|pasg|i mi symud|i ni symud|symud)\b`,
  )],
  // Asking whether something has happened yet: a status question.
  ['k:yet', RE(
    String.raw`\b(yet|any (news|update|progress)|still coming|been booked|been ordered|been sent|due|heard anything)\b[^.!]{0,20}\?|\b(has|have|did|is|are) (there|the|a|my|anyone|someone|you)\b[^.!?]{0,60}\b(yet|booked|ordered|sent|arranged|approved|decided|still coming)\b` +
    // Welsh "eto" is "yet" after a "wedi" or a "not" ("ydy o wedi'i drefnu eto?", "dim eto?"), "again"
    // otherwise ("Ga i fenthyg un eto plis?"): read as "yet" alone, asking again was a status question.
    String.raw`|\b(wedi|heb|ddim|dim)\b[^.!?]{0,60}\beto\b[^.!]{0,10}\?|\b(unrhyw newyddion|diweddariad)\b[^.!]{0,10}\?|\b(ydy|ydi|oes|ydych|dach|ydach) .{0,60}\b(wedi|archebu|trefnu|anfon|cael)\b[^.!]{0,40}\?`,
  )],
  // Asking after something already arranged, promised or sent (fourth round): a status question,
  // not a request ("Has anyone been booked?", "when is the surveyor coming", "you said … : has
  // that happened?", "Oes rhywun wedi trefnu …?", "Pryd fydd y lifft yn ôl?", "Ga i wybod pryd …").
  ['k:progress', RE(
    String.raw`\b(has|have|did|is|was|were|are) (that|this|it|they|he|she|anyone|anybody|someone|somebody|there|the \w+|my \w+|our \w+|a \w+)\b[^.!?]{0,50}\b(happened|confirmed|agreed|decided|approved|arranged|booked|scheduled|set|fixed for|given|allocated|assigned|find|found|been (in touch|out|round|sent|received|reviewed|looked at|assessed)|any (decision|news|update|date|word))\b[^.!]{0,60}\?` +
    String.raw`|\bany (decision|date|news|word|update|progress|joy) (yet|on|about|for|regarding)\b|\b(can|could) you (confirm|let me know|tell me) (if|whether|that|when|you (got|received|have|had))\b|\bjust checking (you|that|if|whether)\b|\bhave you had anything back\b` +
    String.raw`|\bwhen (is|are|will|s) (the|a|my|our|your|someone|somebody|anyone|they|he|she|you)\b[^.!?]{0,25}\b(coming|come (out|round|back)|be (out|round|here|back|in touch|starting)|arriving|starting|due|back)\b|\b(is|are) (the|my|our|a) \w+( \w+)? still (coming|booked|on|happening|going ahead)\b` +
    String.raw`|\b(you said|you told (me|us)|said (you|they|he|she|it) would|i was told|we were told)\b[^?]{0,120}\?|\?[^?]{0,120}\b(you said|you told (me|us)|said (you|they|he|she) would)\b` +
    String.raw`|\b(oes|oes na|oes yna|ydy|ydi|ydyn|ydych|dach|ydach|ydyr|ydir)\b[^.!?]{0,60}\b(wedi|wedii|wedi ei|wedi eu) ${cy('cadarnhau', 'trefnu', 'penderfynu', 'cytuno', 'archebu', 'cymeradwyo', 'derbyn', 'cael')}\b` +
    String.raw`|\b(oes|oes na|oes yna) (${cy('rhywun', 'dyddiad', 'penderfyniad', 'newyddion', 'diweddariad')}|unrhyw (un|newyddion|ddiweddariad|benderfyniad))\b|\bpryd (mae|fydd|bydd|ydy|ydi|dach|dych|ydych|maer)\b[^.!?]{0,40}\b(yn dod|dod|yn ol|nol|cyrraedd|dechrau)\b` +
    String.raw`|\b(ga i|gaf i|hoffwn|isio|eisiau|moyn) (wybod|gwybod) (pryd|os|a ydy|a oes|ble|lle)\b|\b(fedrwch|allwch|gallwch|wnewch|newch) chi (gadarnhau|cadarnhau)\b` +
    String.raw`|\b(ddwedoch chi|dywedoch chi|ddudoch chi|wedoch chi|ddwedodd|ddudodd|wedodd|dywedodd|addawoch)\b[^?]{0,120}\?|\?[^?]{0,120}\b(ddwedoch chi|dywedoch chi|ddudoch chi|wedoch chi)\b`,
  )],
  // A complaint about another body's own service (a GP, the police, the council's benefits):
  // signposted, not filed against the landlord, even where the resident says "complain".
  ['k:complain_other', RE(
    String.raw`\b(complain|complaint|complaining)\b[^.!?]{0,25}\babout (my |the |our |a |their )?(gp|gps|surgery|doctors?|hospital|police|council|councils|dwp|jobcentre|school|benefits?|housing benefit|universal credit|council tax|social services|social worker|dentist)\b` +
    String.raw`|\b(the|my|our) (gp|surgery|doctors|police|dwp|jobcentre|benefits? (office|team|department))\b[^.!?]{0,40}\b(keep|keeps|never|wont|refused|did nothing|done nothing|havent|arent|cancel\w*|rude|useless|stopped|suspended)\b` +
    String.raw`|\b(cwyno|cwyn)\b[^.!?]{0,25}\b(am|ynglyn a|ynghylch) (y |yr |fy |ein )?(${cy('meddygfa', 'meddyg', 'heddlu', 'ysgol', 'ysbyty', 'deintydd', 'budd')}|cyngor|adran|treth|gwasanaethau cymdeithasol)\b` +
    String.raw`|\b(y|yr|fy) ${cy('meddygfa', 'meddyg', 'heddlu')}\b[^.!?]{0,40}\b(byth|ddim|gwrthod|dim byd|heb)\b|\b${cy('budd')} ?-?(tal|dal)\w*\b[^.!?]{0,40}\b(atal|stopio|torri|gwrthod|anghywir)\b`,
  )],
  // A claim or legal action already under way (insurers, solicitors), told beside the complaint.
  ['k:claim_made', RE(
    String.raw`\b(a|my|the|our) claim (in |is in |is )?(with|through|against) (your|the|their) (insurers?|insurance|solicitors?)\b|\b(made|put in|submitted|lodged|started|opened|got) (a|an|my) (insurance |personal injury |liability )?claim\b` +
    String.raw`|\b(my|our) (solicitors?|lawyers?|legal team)\b[^.!?]{0,40}\b(has|have|is|are|sent|started|issued|dealing|handling)\b|\b(who|where) do i (send|give) the (repair )?(bill|invoice|quote|receipt)\b|\b(your|the) insurance (details|company|team)\b` +
    String.raw`|\b(gwneud|cyflwyno|dechrau|rhoi) (hawliad|cais am iawndal)\b|\bhawliad (gyda|efo|i|yn erbyn) (eich|yr|y)\b|\b(fy|ein) (cyfreithiwr|nghyfreithiwr|cyfreithwyr|twrnai)\b|\bmanylion (eich |yr |y )?yswiriant\b|\b(anfon|yrru|gyrru) y (bil|anfoneb|dderbynneb)\b`,
  )],
  // No hurry: a resident who says it can wait is reporting, not complaining ("no rush, whenever
  // is convenient", "dim brys"); the "no" in it is no sign of a failure.
  ['k:no_rush', RE(
    String.raw`\b(no|not in any|not in a|theres no|there is no) (rush|hurry|urgency)\b|\bnot (urgent|an emergency)\b|\bwhenever (is |its |it is )?(convenient|suits|you can|youre free|you are free|you have time)\b|\bwhen(ever)? you (get|have|find) (a |the )?(chance|moment|minute|time)\b|\bin your own time\b|\bwhen its convenient\b` +
    String.raw`|\b(dim|does dim|dydy hi ddim|does na ddim) (brys|rhuthr|frys)\b|\bddim yn (fater )?(brys|frys|argyfwng)\b|\bpan (fydd|mae|bydd|fo) (yn )?${cy('cyfleus')}\b|\bpan (gewch|cewch|gaiff|fydd) (chi )?(gyfle|amser|cyfle)\b|\byn eich amser eich hun\b`,
  )],
  // A suggestion for the service, not a fault: feedback.
  // Asked as a question too: "would it be possible to have …", "have you thought about …".
  ['k:suggest', RE(
    String.raw`\b(would|could) you (think about|consider|look at putting)\b|\bit would be (really |so |very )?(helpful|nice|good|great|better|lovely)\b|\bhow about\b|\bwhy not (put|have|add)\b|\b(suggest|suggestion|idea)\b` +
    String.raw`|\b(would|could) it be possible (to|for you to) (have|get|put|add|install|provide|offer|start|set up)\b|\b(have you|did you ever|you could|you should|you might) (thought about|considered|think about|consider)\b|\bwhat about (having|putting|adding|a|an|some)\b` +
    String.raw`|\b(basa|byddai|bydde|fyddai|fydde|base|sa) (yn |hi yn |hin )?(braf|dda|neis|gwych|help|bosib|bosibl|posib|posibl)\b|\bbeth am\b|\b${cy('awgrym', 'awgrymu', 'syniad')}\b|\b(dylech|ddylech|allech|gallech) (chi )?(ystyried|feddwl am)\b`,
  )],
  // For residents at large, not the writer's own home: a wish for the service (feedback) more than a repair.
  ['k:for_all', RE(
    String.raw`\bfor (the |all the |us |other )?(residents|tenants|neighbours|older (people|residents|ones)|elderly|everyone|everybody|all of us|community|estate|people who)\b|\b(lots|many|most|some|a lot) of (the |us |our )?(older |elderly |other )?(residents|tenants|people|us|neighbours)\b|\b(on|around|across) the (estate|scheme|block)s?\b` +
    String.raw`|\b(i y|ir|i yr|ar gyfer y|ar gyfer yr) (bobl|plant|trigolion|tenantiaid|henoed|gymuned|gymdogion)\b|\b(y|yr) (trigolion|tenantiaid)\b|\bpawb\b|\b(ar|o gwmpas|o amgylch) (y|yr) (stad|ystad|cynllun|bloc)\b`,
  )],
  // Sixth kind round: which body deals with it, a loss to be made good (exclusion-status-families.ts).
  ...EXCLUSION_STATUS_FAMILIES,
  // Thirteenth round: asking after progress, a step already taken, a general never or always (status-families.ts).
  ...STATUS_FAMILIES,
  // Fourteenth round: English as residents write it (english-families.ts).
  ...ENGLISH_FAMILIES,
  // Fifteenth round: Welsh as residents write it (welsh-families.ts).
  ...WELSH_FAMILIES,
  // Sixteenth round: another body's own part, an answer taken higher (english-kinds.ts).
  ...ENGLISH_KINDS,
  // Sixteenth round: paying for a service not delivered, told with "but" or "what do we get for it" (charge-families.ts).
  ...CHARGE_FAMILIES,
  // Sixteenth round: the frame of a first report, no harm told (first-report-families.ts).
  ...FIRST_REPORT_FAMILIES,
  // Seventeenth session: a message that opens a conversation or takes one back and tells nothing yet (openers.ts).
  ...OPENER_FAMILIES,
];

/**
 * Families that are signs of history, delay or unhappiness: with any of them a first-report
 * reading does not decide alone and the resident is asked (classify.ts `clarify`).
 */
export const UNSETTLED = new Set([
  'k:no_reply', 'k:records', 'k:adjustment', 'k:charge_unserved', 'k:responsibility', 'k:fault_disputed', 'k:case_handling', 'k:answer_unhappy', 'k:since_when',
  // Complaints asked as questions (features.ts QUESTION): who pays for the damage, how much longer.
  'q:who_pays', 'q:how_long', 'q:what_doing',
  // A general never or always about the landlord's work (status-families.ts): a grievance, asked about if read as a first report.
  'k:always_fails',
  // Fourteenth round (english-families.ts): how long it has lasted told bare ("lift broken 3 weeks"),
  // an angry sign (😡, a shouted word), a grievance put as a question: a first-report reading asks.
  'k:bare_span', 'x:angry', 'k:asked_grievance',
  // Sixteenth round (charge-families.ts): paying for a service not delivered, as k:charge_unserved.
  'k:paid_not_served',
]);
