import { referenceIn } from './reference-in';
import { formsJoined } from './forms-joined';
import { detectLanguage } from '../language/detect';
import type { Token } from '../language/tokens';
import type { WorkingCalendar } from '../deadlines/calendar';
import type { ExclusionReason, ExclusionTopic, PolicyProfile } from '../policy/schema';
import { COMPLAINT_CUES, type Cue } from './cues';
import { coldForWeeksWithChildren, dangerTime, outsideInAnotherClause, sentencesOf, settledByTime, TIME_SETTLES } from './flag-time';
import { harmToldNow } from './harm-now';
import { childAtRisk, coercedByPartner, fallingOverhead, roofLeakNow, exploitedAdult, meansToHand, nowhereTonight, waterOnElectrics, welfareCheck } from './risk-families';
import { homeOpenNow, windowFallNow } from './home-open';
import { createMatcher, type CueHit, type Matcher } from './matcher';
import { ABSENT_WHEN_DENIED, absentHazardIn, deniedIn, DENIED_BY_NOT, NOT_COMPLAINING, ownNegationIn, TURNED_BY_OWN_NOT } from './negation-scope';
import { timeLimitFromAnswers, timeLimitFromText } from './time-limit';
import type { TriageAnswers, TriageKind, TriageResult, TriageSignal, UrgentTopic } from './types';

/**
 * The cue rules: what triage was before the model (src/triage/classify.ts), kept as the
 * "before" of the evaluation and as the source of what rules decide well: which exclusion and
 * clause, time limits through the deadline engine, and the safety cues. What a resident's message is, and why. Two readings are combined: the words of the
 * message (cue phrases in Welsh and English, see cues.ts) and the facts the intake asked for
 * (answers). The rules lean one way on purpose: missing a complaint is the costly error, so
 * any dissatisfaction makes a complaint unless a policy exclusion clearly applies, and even
 * then `dissatisfied` tells the bot to offer a complaint about the landlord's part.
 */

// Cues that only count as dissatisfaction with something else beside them.
const WEAK = new Set([
  'again', 'still', 'once again', 'came back', 'come back', 'back again', 'eto', 'unwaith eto', 'dal', 'dod yn ol', 'yn ol eto', 'wedi dod yn ol',
  'wrong', 'mess', 'shame', 'seriously', 'stress*', 'stressed', 'anxiety', 'upset', 'poeni', 'pryder', 'gofid*', 'straen', 'trist', 'hollol',
  'ombudsman', 'ombwdsmon', 'promised', 'promise*', 'supposed to', 'meant to', 'addo', 'i fod i', 'waited', 'colli', 'forgot', 'anghofio',
  'o yr blaen', 'yn barod', 'wythnosau', 'fisoedd', 'weeks and', 'months and', 'ignor*', 'cas', 'blin', 'failed to', 'lost my', 'llwch', 'dros dro',
  'not right', 'ddim yn iawn', 'gwael', 'bob tro', 'every time', 'havent had', 'not had a', 'cancelled', 'canslo', 'nobody was', 'noone was',
  'when ~ finish', 'pryd ~ gorffen', 'wedi anghofio', 'deadline', 'no help', 'dim help', 'ddim help', 'since last', 'was told', 'were told', 'been told', 'chased', 'embarrass*', 'yn waeth', 'gwaeth',
]);
// A promise told as the reason for asking ("you said the parts would be in by the end of the
// month: is it confirmed?") is a status question, not a failure, until something beside it says
// it was broken ("… and nobody came"): weak where the message asks, strong where it tells (issue
// #19, words round 10: nine English status questions were read as complaints on the promise alone).
// Over the canonical text, where mutations the cue lists know are undone: "dal i fynd yn ei flaen" reads
// "dal i mynd yn ei blaen", "dal i ddod" "dal i dod" (the typed spellings alone never matched: issue #19,
// thirteenth round); "dal i fod yn y rhaglen", "still on the list" ask whether a plan holds; "should I
// still …" asks what to do now (both were read as repetition, and the status question barred).
const STILL_ARRANGED = /\b(still|dal) (booked|on|going ahead|happening|coming|planned|scheduled|arranged|due|wedi ei drefnu|wedi ei trefnu|ymlaen|i (fynd|mynd) (yn ei (flaen|blaen)|ymlaen)|yn dod|i (ddod|dod)|i (fod|bod) (ymlaen|ar|yn y rhaglen|wedi ei drefnu)|yn y rhaglen|ar y rhestr|in the (programme|plan)|on the (list|programme|schedule))\b|\b(should|shall|do) (i|we) still\b|\b(ddylwn|dylwn|ddylen|dylen) (i|ni) dal\b/;
// No news told beside a question that asks after it ("Any update? I haven't heard anything", "Dach chi
// wedi cael y lluniau? Dwi heb glywed dim", "Dwi'n dal i aros") is the reason for asking, not a
// grievance, until a second sign says so (issue #19, thirteenth round: five status questions were
// barred as complaints on these words alone). Told with no question, they count as before.
const NO_NEWS = /^(still waiting|dal i aros|yn dal i aros|heb (glywed|clywed)( dim| gair)?|clywed dim|dim gair|heard nothing|(not|havent|hasnt|not yet) heard( anything| back)?|nothing yet|dim byd eto|dim diweddariad|dal dim|dal dim byd|still nothing)$/;
// A report, a survey or a result that "comes back", or someone who will "come back about" it, is the
// answer asked after, not a fault come back ("Has the survey come back yet?", "Ydi'r adroddiad wedi
// dod nôl eto?", "Is anyone going to come back about the test?").
const ANSWER_BACK = /\b(report|reports|survey|results?|test|tests|sample|quote|decision|paperwork|adroddiad|canlyniad|canlyniadau|arolwg|prawf|penderfyniad|dyfynbris)\b[^.!?]{0,40}\b(come|came|comes|coming|wedi dod|dod) (back|nol|yn ol)\b|\b(come|get|got|coming) back (to (me|us) )?(about|with|on|regarding)\b|\b(hed|shed|theyd|youd|would|will|ll|to) come back (in|on|next|to (check|finish|do|look))\b/;
const CAME_BACK = /^(come back|came back|comes back|coming back|back again|dod yn ol|wedi dod yn ol|wedi dod nol|di dod nol)$/;
const STILL_WORDS = new Set(['still', 'dal', 'dal i']);
const PROMISE_TOLD = new Set([
  'said ~ would|will', 'said they would', 'said he would', 'said she would', 'told ~ would', 'said hed|shed|theyd|youd ~ send|come|call|ring|fix|sort|be|get|look|arrange|book|phone',
  'bydde rhywun', 'byddai rhywun', 'fydde rhywun', 'fyddai rhywun',
]);

// The cues that raise a safety flag, which a setting that is no emergency now can cancel.
const STILL_NOW = / (still|now|again|right now|dal|nawr|rwan|eto) /;
// "Fixed", "capped", "wedi trwsio" settle an emergency only when not denied ("not fixed", "heb ei drwsio").
const DEALT_WITH = /fixed|repaired|sorted|capped|made_safe|made_it_safe|put_out|turned_off|switched_off|isolated|stopped_the_leak|caps_it|makes_it_safe|puts_it_out|trwsio|sortio|capio|ddiogel|diffodd/;
const DENIED = / (not|never|hasnt|havent|hadnt|isnt|wasnt|werent|didnt|dont|doesnt|wont|cant|couldnt|yet|ddim|dim|heb|byth|dydy|dydi|dyw|nad|nid) /;
// "They capped it but the smell of gas…": what follows a but is the resident's present.
const BUT = / (but|ond|though|although|however) /;
// Issue #19, eighth safety pass: "I've turned off the meter", "dw i wedi diffodd y popty" is what a
// resident is told to do the moment they smell gas or see water in the electrics; it tells the
// emergency as now, not as made safe. Only a fix by someone else ("they turned it off", "the
// engineer capped it") settles one.
const OWN_FIRST_ACTION = / (i|ive|we|weve) (have |had )?(just |already )?(turned|switched)\b| (dw|dwi|wi|fi|ni|dan|rydw|rwy|rwyf)( i| ni)? (wedi |di )?(diffodd|troi)\b/;
const FIXED_BY_SOMEONE = /fixed|repaired|sorted|capped|made_safe|made_it_safe|put_out|isolated|stopped_the_leak|caps_it|makes_it_safe|puts_it_out|trwsio|sortio|capio|ddiogel/;
// Issue #19, ninth safety pass: "the smell of gas is back in the kitchen" is a hazard returned, not
// "back in 2019": a setting whose "back in" follows "is", "it's", "came" tells the present.
const COME_BACK = / (is|its|are|s|come|comes|came|coming) back /;
export const settles = (h: CueHit) => {
  const w = ` ${h.words.toLowerCase().replace(/['\u2019]/g, '')} `;
  if (COME_BACK.test(w)) return false;
  if (OWN_FIRST_ACTION.test(w) && !FIXED_BY_SOMEONE.test(w.replace(/ /g, '_'))) return false;
  return !STILL_NOW.test(w) && !BUT.test(w) && !(DEALT_WITH.test(h.phrase) && DENIED.test(w));
};
// What a next-stage request can tell as history: the emergencies of the home, never a person at risk.
const HISTORY_CUES: Cue[] = ['urgent_gas', 'urgent_water', 'urgent_electric', 'urgent_fire', 'urgent_trapped', 'urgent_security', 'urgent_repair', 'no_heat'];
// "Stage 2", "cam nesa", "not happy with the response": not "escalated", which staff say of a repair.
const NEXT_STAGE = /stage|cam|response|outcome|decision|ymateb|penderfyniad|canlyniad|findings/;
const NOW = / (now|again|today|tonight|this morning|right now|at the moment|currently|back|nawr|rwan|heddiw|heno|bore yma|eto|ar hyn o bryd) /;
const FLAG_CUES: Cue[] = ['urgent_gas', 'urgent_water', 'urgent_electric', 'urgent_fire', 'urgent_trapped', 'urgent_security', 'urgent_repair', 'no_heat', 'danger_now', 'safeguarding'];

// Legal steps about the home are dissatisfaction too, where the policy does not exclude them.
const DISSATISFACTION_CUES: Cue[] = [...COMPLAINT_CUES, 'legal_letter', 'legal_mention'];
// How long a problem has lasted says little on its own: a first report can say "for weeks".
const DURATION = /^(for |ers |since |over |weeks |months |wythnosau|fisoedd)/;
const isWeak = (h: CueHit) => WEAK.has(h.phrase) || DURATION.test(h.phrase) || h.cue === 'legal_mention';
const DISAGREE = /disagree|dont agree|unfair|annheg|anghytuno|cytuno|cruel|creulon|wrong|ridiculous|stupid|silly|hurt|dwl|should|dylai|why is there|why do you|pam bod|pam fod/;
const NOT_REPORTED = /\b(havent|hasnt|not|never|didnt|hadnt) (yet )?(reported|told anyone|told you)|\bheb (roi gwybod|ei riportio)|\bddim wedi rhoi gwybod/;

export interface TriageContext {
  /** Today's London date, for time limits stated in words ("back in 2019"). */
  today?: string;
  /** The caller's working-day calendar for the profile; the shipped bank holidays otherwise. */
  calendar?: WorkingCalendar;
}

export interface Classifier {
  classify(text: string, profile: PolicyProfile, answers?: TriageAnswers, context?: TriageContext): TriageResult;
}

/** The cue rules, which also lend the model their words, exclusions, clauses and safety cues. */
export interface RuleClassifier extends Classifier {
  analyse(text: string): Analysis;
}

function definitionClause(profile: PolicyProfile): string {
  return profile.nation === 'england'
    ? 'Housing Ombudsman Complaint Handling Code 1.2: a complaint is about the landlord’s own service'
    : 'PSOW model complaints policy, definition of a complaint: about the landlord’s own service';
}

/** The profile's exclusion for a reason (and topic where it names one). */
function profileExclusion(profile: PolicyProfile, reason: ExclusionReason, topic?: ExclusionTopic) {
  const same = profile.exclusions.filter((e) => e.reason === reason);
  return same.find((e) => e.topic === topic) ?? (topic ? undefined : same[0]);
}

function profileHasTopic(profile: PolicyProfile, topic: ExclusionTopic) {
  return profile.exclusions.find((e) => e.topic === topic);
}

export function createRuleClassifier(matcher: Matcher = createMatcher()): RuleClassifier {
  const analyse = rememberingAnalysis(matcher);
  return {
    analyse,
    classify(text, profile, answers = {}, context = {}) {
      const { tokens, hits } = analyse(text);
      const by = new Map<Cue, CueHit[]>();
      for (const h of hits) {
        const list = by.get(h.cue);
        if (list) list.push(h);
        else by.set(h.cue, [h]);
      }
      const has = (c: Cue) => by.has(c);
      const signals: TriageSignal[] = [];
      const note = (cue: Cue | string, hs?: CueHit[]) => {
        for (const h of hs ?? by.get(cue as Cue) ?? []) {
          if (!signals.some((s) => s.cue === cue && s.text === h.words)) signals.push({ cue, text: h.words, source: 'text' });
        }
      };
      const answer = (name: keyof TriageAnswers, value: unknown) => signals.push({ cue: `answer:${name}`, text: String(value), source: 'answers' });

      // --- flags ------------------------------------------------------------------------
      // A flag cue whose words lie inside a setting that is no emergency now ("if there was a
      // fire", "fire door", "we had no heating") does not count; its other hits still do. A
      // setting that itself says "still" or "now" ("capped it but I can still smell gas") is no
      // such setting.
      const notNow = (by.get('not_now') ?? []).filter(settles).map((h) => ` ${h.words} `);
      for (const cue of FLAG_CUES) {
        const live = (by.get(cue) ?? []).filter((h) => !notNow.some((w) => w.includes(` ${h.words} `)));
        if (live.length) by.set(cue, live);
        else by.delete(cue);
      }
      // "Nobody smelt a gas leak", "dim arogl nwy": a hazard told as absent is no emergency now,
      // unless the resident doubts ("not sure, I think I smell gas"): negation-scope.ts.
      let absent: ((words: string) => boolean) | undefined;
      for (const cue of ABSENT_WHEN_DENIED as ReadonlySet<Cue>) {
        const hs = by.get(cue);
        if (!hs) continue;
        const live = hs.filter((h) => !(absent ??= absentHazardIn(text))(h.words));
        if (live.length) by.set(cue, live);
        else by.delete(cue);
      }
      // The sentence a flag cue was heard in can tell it as history, months long or a fear of
      // what could happen (flag-time.ts: "Last October my carbon monoxide alarm went off, …").
      let sentences: ReturnType<typeof sentencesOf> | undefined;
      for (const cue of FLAG_CUES) {
        const hs = by.get(cue);
        if (!hs || !TIME_SETTLES.has(cue)) continue;
        const live = hs.filter((h) => !settledByTime(h, (sentences ??= sentencesOf(text, matcher.tokens))));
        if (live.length) by.set(cue, live);
        else by.delete(cue);
      }
      // "Outside … now" across two clauses tells no one outside (flag-time.ts).
      const outside = (by.get('danger_now') ?? []).filter((h) => !outsideInAnotherClause(h));
      if (outside.length) by.set('danger_now', outside);
      else by.delete('danger_now');
      // A request for the next stage tells of something already reported and answered: an
      // emergency word in it ("he left my kitchen flooded. Stage two please") is history, unless
      // the resident says it is going on now ("still", "again", "today", "ers").
      if ((by.get('escalation') ?? []).some((h) => NEXT_STAGE.test(h.phrase)) && !has('ongoing') && !NOW.test(` ${formsJoined(tokens)} `)) {
        for (const cue of HISTORY_CUES) by.delete(cue);
      }
      // Sixteenth safety pass (docs/triage/flags.md): a home that cannot be locked now with someone
      // at risk or after someone tried to get in, a window open at height beside a young child
      // (home-open.ts), and violence or a threat told as now (harm-now.ts), are urgent where no
      // urgent cue was heard for them.
      if (!has('urgent_security')) {
        const open = homeOpenNow(text, has('vulnerable'));
        if (open) by.set('urgent_security', [{ cue: 'urgent_security', lang: /\b(dim|ddim|heb|methu|clo|cloi|cau)\b/.test(open) ? 'cy' : 'en', phrase: 'home open now', words: open }]);
      }
      if (!has('urgent_repair')) {
        const window = windowFallNow(text);
        if (window) by.set('urgent_repair', [{ cue: 'urgent_repair', lang: /\b(dim|ddim|heb|cyfyngwr|llydan|agor|cau|hongian|colfach)\b/.test(window) ? 'cy' : 'en', phrase: 'window open at height', words: window }]);
      }
      // Seventeenth safety pass (docs/triage/flags.md): risks told by two things together
      // (risk-families.ts): a vulnerable adult's home or money used by others, a partner's
      // control (safeguarding); a neighbour not seen with the signs at the door, pills to hand
      // beside despair, nowhere to sleep tonight (a person at risk now); water at an electric
      // fitting (urgent).
      const welsh = (w: string) => (/\b(dwr|ddwr|soced\w*|switsh\w*|golau|cymryd|mynd|ddim|heb|llenni|llaeth|llefrith|cysgu|unman|tabledi|defnyddio|iwso|cadw|rheoli|cloi|newid|crio|sgrechian|sgrechen|ar|gollwng|diferu|llifo|dod|hongian|disgyn|cwympo|syrthio|rhydd)\b/.test(w) ? 'cy' : 'en');
      // The sentence a hit's first word was typed in, as forms.
      const sentenceOf = (h: { words: string }) => {
        const first = h.words.split(' ')[0];
        for (const s of (sentences ??= sentencesOf(text, matcher.tokens)).withWord(first)) if (s.some((t) => t.raw === first)) return s.map((t) => t.form);
        return null;
      };
      const family = (cue: Cue, words: string | null, phrase: string) => {
        if (!words || has(cue)) return;
        // A family gathers its words from across a sentence, so the time check above, which reads
        // the words just before a hit, cannot see them: the sentence as a whole may tell it as gone
        // ("I reported the leak by the fuse box in March").
        const forms = TIME_SETTLES.has(cue) ? sentenceOf({ words }) : null;
        if (forms && dangerTime(forms, [], cue === 'danger_now') === 'past') return;
        by.set(cue, [{ cue, lang: welsh(words), phrase, words }]);
      };
      family('safeguarding', exploitedAdult(text), 'adult exploited');
      family('safeguarding', coercedByPartner(text), 'partner in control');
      family('danger_now', welfareCheck(text), 'not seen, signs at the door');
      family('danger_now', meansToHand(text), 'means to hand');
      family('danger_now', nowhereTonight(text), 'nowhere to sleep tonight');
      const child = childAtRisk(text);
      if (child) family(child.now ? 'danger_now' : 'safeguarding', child.words, child.now ? 'child in distress now' : 'child left alone');
      family('urgent_water', roofLeakNow(text), 'roof leaking into a room now');
      family('urgent_repair', fallingOverhead(text), 'falling where people pass');
      family('urgent_electric', waterOnElectrics(text), 'water at an electric fitting');
      if (!has('danger_now') && has('safeguarding')) {
        const now = harmToldNow(text, by.get('safeguarding')!, sentenceOf);
        if (now.length) by.set('danger_now', now.map((h) => ({ ...h, cue: 'danger_now' as const })));
      }
      const urgentTopics: UrgentTopic[] = [];
      const urgentCue: Array<[Cue, UrgentTopic]> = [
        ['urgent_gas', 'gas'],
        ['urgent_water', 'water'],
        ['urgent_electric', 'electric'],
        ['urgent_fire', 'fire'],
        ['urgent_trapped', 'trapped'],
        ['urgent_security', 'security'],
        ['urgent_repair', 'emergency_repair'],
        ['danger_now', 'person_at_risk'],
      ];
      for (const [cue, topic] of urgentCue) if (has(cue)) (urgentTopics.push(topic), note(cue));
      // Cold beside school-age children told as weeks long is a repair (flag-time.ts); asked instead.
      if (has('no_heat') && has('vulnerable') && !coldForWeeksWithChildren(tokens.map((t) => t.form), by.get('vulnerable')!.map((h) => h.phrase))) {
        urgentTopics.push('no_heat_vulnerable');
        note('no_heat');
        note('vulnerable');
      }
      const safeguarding = has('safeguarding') || has('danger_now');
      if (safeguarding) note('safeguarding');

      // --- dissatisfaction ----------------------------------------------------------------
      const canonicalText = formsJoined(tokens);
      if (has('complaint_word') && NOT_COMPLAINING.test(canonicalText)) by.delete('complaint_word');
      // "I haven't reported it before" is a first report, not a repeat one.
      if (NOT_REPORTED.test(canonicalText)) {
        const kept = (by.get('repeated') ?? []).filter((h) => !/report|gwybod/.test(h.phrase));
        if (kept.length) by.set('repeated', kept);
        else by.delete('repeated');
      }
      // "No legal claim has been issued": a court step denied is none.
      // Read only where a court cue was heard, as the model's features do.
      let denied: ((words: string) => boolean) | undefined;
      for (const cue of DENIED_BY_NOT as ReadonlySet<Cue>) {
        if (!by.has(cue)) continue;
        const kept = by.get(cue)!.filter((h) => !(denied ??= deniedIn(text))(h.words));
        if (kept.length) by.set(cue, kept);
        else by.delete(cue);
      }
      // "Dw i ddim wedi ffonio", "I haven't called them before": the resident's own not, no failure of the landlord's.
      const ownNot = ownNegationIn(text);
      if (ownNot) {
        for (const cue of TURNED_BY_OWN_NOT as ReadonlySet<Cue>) {
          const kept = (by.get(cue) ?? []).filter((h) => !ownNot(h.words));
          if (kept.length) by.set(cue, kept);
          else by.delete(cue);
        }
      }
      const dissHits = DISSATISFACTION_CUES.flatMap((c) => by.get(c) ?? []);
      const asks = /\?/.test(text) || has('status');
      // "Is that still booked?", "ydy o dal wedi'i drefnu?": a "still" that asks whether an arrangement holds is no repetition.
      const stillArranged = asks && STILL_ARRANGED.test(canonicalText);
      const answerBack = asks && ANSWER_BACK.test(canonicalText);
      // Where it asks, "still" inside "still waiting" and "dal i" inside "dwi'n dal i aros" are that no news again, told once.
      // Not where a response or a next stage is named: "dim gair am y cofnodion" in a stage 2 reply is what the reply left out.
      const noNews = asks && !has('escalation') && !has('response_ref') ? dissHits.filter((h) => NO_NEWS.test(h.phrase)).map((h) => h.words.toLowerCase()) : [];
      const withinNoNews = (h: CueHit) => noNews.some((w) => w !== h.words.toLowerCase() && w.includes(h.words.toLowerCase()));
      const asked = dissHits.filter((h) => !(answerBack && CAME_BACK.test(h.phrase)) && !withinNoNews(h));
      const weakHere = (h: CueHit) => isWeak(h) || (asks && PROMISE_TOLD.has(h.phrase)) || noNews.includes(h.words.toLowerCase());
      // Welsh says "still" going ahead as "dal i", a phrase of its own that counts alone ("mae'n dal i
      // ollwng"): asked of an arrangement, it is no repetition either (English "still" is weak anyway).
      const strong = asked.filter((h) => !weakHere(h) && !(stillArranged && STILL_WORDS.has(h.phrase)));
      // How long the no news has lasted ("dim gair ers wythnos") is part of it, not a second sign.
      const weak = asked.filter((h) => weakHere(h) && !(stillArranged && STILL_WORDS.has(h.phrase)) && !(noNews.length > 0 && DURATION.test(h.phrase)));
      const aboutSomething = has('fault') || has('thing') || has('asb');
      // One phrase heard twice in the same words (a Welsh form and its mutation: "byddai", "fyddai") is one sign, not two.
      const weakSigns = new Set(weak.map((h) => h.words)).size;
      let dissatisfied = strong.length > 0 || weakSigns >= 2 || (weak.length >= 1 && answers.reportedBefore === true && aboutSomething);
      if (has('remedy') && (aboutSomething || weak.length > 0)) dissatisfied = true;

      const language = languageOf(text, hits);
      const base = { urgent: urgentTopics.length > 0, urgentTopics, safeguarding, language, signals } as const;
      const done = (kind: TriageKind, extra: Partial<TriageResult> = {}): TriageResult => ({ kind, ...base, dissatisfied, ...extra });

      const exclude = (reason: ExclusionReason, topic: ExclusionTopic, byNature: boolean): TriageResult | null => {
        const listed = profileExclusion(profile, reason, topic) ?? profileExclusion(profile, reason);
        if (!listed && !byNature) return null;
        return done('excluded', { reason, topic: listed?.topic ?? topic, clause: listed ? listed.clause : definitionClause(profile) });
      };
      const noteDissatisfaction = () => {
        for (const h of dissHits) note(h.cue, [h]);
      };

      // --- facts from the intake come first: they are the resident's own answers ----------
      if (answers.completedBothStages) {
        answer('completedBothStages', true);
        return exclude('already_concluded', 'previously_considered', true)!;
      }
      if (answers.ombudsmanInvestigating) {
        answer('ombudsmanInvestigating', true);
        return exclude('ombudsman_already', 'ombudsman_investigating', true)!;
      }
      if (answers.courtClaimIssued) {
        answer('courtClaimIssued', true);
        const r = exclude('legal_proceedings', 'court_claim_filed', false);
        if (r) return r;
      }
      if (answers.letterOfClaim && profileHasTopic(profile, 'disrepair_letter_of_claim')) {
        answer('letterOfClaim', true);
        return exclude('legal_proceedings', 'disrepair_letter_of_claim', false)!;
      }
      const late = timeLimitFromAnswers(profile, { ...answers, today: answers.today ?? context.today }, context.calendar);
      if (late) {
        answer('happenedOn', late.evidence);
        const r = exclude('time_limit', 'outside_time_limit', false);
        if (r) return r;
      }

      // --- what the words say -------------------------------------------------------------
      const reference = referenceIn(text);
      const mentionsComplaint = has('complaint_word') || reference !== null;
      const question = /\?/.test(text) || has('status');
      // Only the complaint word and mild words: asking after a complaint, not making a new one.
      const onlyAsking = strong.every((h) => h.cue === 'complaint_word') && !has('escalation');
      if (reference && !has('escalation') && !has('concluded') && !dissatisfied) {
        signals.push({ cue: 'reference', text: reference, source: 'text' });
        note('status');
        return done('status_query');
      }
      if ((reference || has('my_complaint')) && question && onlyAsking && !has('fault') && !has('concluded')) {
        if (reference) signals.push({ cue: 'reference', text: reference, source: 'text' });
        note('my_complaint');
        note('status');
        return done('status_query');
      }
      if (has('statutory_review') && (has('escalation') || has('request') || dissatisfied)) {
        note('statutory_review');
        noteDissatisfaction();
        const allocations = profileHasTopic(profile, 'allocations');
        return exclude('other_process', allocations && /band|alloc|regist|letting|waiting|dyran|cofrestr|rhestr/.test(hitWords(by, 'statutory_review')) ? 'allocations' : 'statutory_review', true)!;
      }

      const finalWords = /both|final|terfynol|dau|exhaust|through|trwy|after stage|diwedd|end of/.test(hitWords(by, 'concluded'));
      const concluded = has('concluded') && (finalWords || !has('escalation')) && (mentionsComplaint || has('response_ref') || has('escalation') || dissatisfied || finalWords);
      if (concluded) {
        note('concluded');
        return exclude('already_concluded', /reopen|re open|ailagor|ail agor|again|eto/.test(hitWords(by, 'concluded')) ? 'reopen_final_decision' : 'previously_considered', true)!;
      }
      if (has('ombudsman_already')) {
        note('ombudsman_already');
        return exclude('ombudsman_already', 'ombudsman_investigating', true)!;
      }

      const escalationHits = (by.get('escalation') ?? []).filter(
        (h) => selfSufficientEscalation(h.phrase) || mentionsComplaint || has('response_ref') || answers.hasComplaint === true,
      );
      if (answers.hasComplaint && escalationHits.some((h) => !selfSufficientEscalation(h.phrase) && !mentionsComplaint && !has('response_ref'))) {
        answer('hasComplaint', true);
      }
      // "When is the stage 2 reply due?" names a stage but asks after a case already there.
      const onlyNamesStage = escalationHits.every((h) => /^(stage 2|stage two|second stage|cam 2|cam dau|ail gam)$/.test(h.phrase));
      const wantsToMove = /\b(can i|can we|could i|want|wanna|id like|ga i|gaf i|eisiau|hoffwn|please move|symud)\b/.test(canonicalText);
      if (escalationHits.length && onlyNamesStage && (has('status') || (question && !wantsToMove)) && strong.every((h) => h.cue === 'complaint_word')) {
        note('escalation', escalationHits);
        note('status');
        return done('status_query');
      }
      if (escalationHits.length) {
        note('escalation', escalationHits);
        note('response_ref');
        return done('escalation');
      }

      if (has('legal_court')) {
        note('legal_court');
        const r = exclude('legal_proceedings', /possession|meddiant|eviction/.test(hitWords(by, 'legal_court')) ? 'possession_proceedings' : 'court_claim_filed', false);
        if (r) return r;
      }
      if (has('legal_letter') || has('disrepair_claim')) {
        const letter = profileHasTopic(profile, 'disrepair_letter_of_claim');
        const claim = profileHasTopic(profile, 'disrepair_claim');
        if (letter || claim) {
          note('legal_letter');
          note('disrepair_claim');
          const chosen = letter ?? claim!;
          return exclude(chosen.reason, chosen.topic, false)!;
        }
      }
      if ((has('injury') || has('damaged_belongings')) && has('claim_money')) {
        note('injury');
        note('damaged_belongings');
        note('claim_money');
        noteDissatisfaction();
        return exclude('insurance_claim', has('injury') ? 'personal_injury' : 'damaged_belongings', true)!;
      }
      if (has('consumer_credit')) {
        note('consumer_credit');
        noteDissatisfaction();
        return exclude('other_process', 'consumer_credit', true)!;
      }
      if (has('data_protection')) {
        note('data_protection');
        noteDissatisfaction();
        return exclude('other_process', 'data_protection', true)!;
      }
      if (has('tribunal') && (has('service_charge') || /tribunal|tribiwnlys/.test(hitWords(by, 'tribunal')))) {
        note('tribunal');
        note('service_charge');
        return exclude('other_process', 'leasehold_tribunal', true)!;
      }
      const landlordFailure = strong.some((h) => ['failure', 'conduct', 'poor_work', 'handling', 'agent_fault'].includes(h.cue));
      if (has('service_charge') && !landlordFailure) {
        note('service_charge');
        noteDissatisfaction();
        return exclude('other_process', 'service_charge', true)!;
      }
      if (has('other_org') && !landlordFailure) {
        note('other_org');
        noteDissatisfaction();
        return exclude('other_organisation', 'service_not_provided', true)!;
      }
      // Disagreeing with a policy, not asking what it says ("is my rent going up?") or how it was applied.
      if (has('policy') && (dissatisfied || DISAGREE.test(canonicalText)) && !landlordFailure && !/follow|breach|against|ignore|promise|dilyn|torri|addo/.test(canonicalText)) {
        note('policy');
        noteDissatisfaction();
        const r = exclude('policy_content', 'policy_disagreement', true);
        if (r) return r;
      }
      const textLate = context.today ? timeLimitFromText(profile, by.get('long_ago') ?? [], context.today, text) : null;
      if (textLate && !has('ongoing') && !has('status')) {
        note('long_ago');
        noteDissatisfaction();
        const r = exclude('time_limit', 'outside_time_limit', false);
        if (r) return r;
      }

      // --- complaint, status, feedback, service request ----------------------------------
      if (answers.reportedBefore === true && (aboutSomething || dissatisfied)) {
        answer('reportedBefore', true);
        noteDissatisfaction();
        note('fault');
        note('asb');
        return done('complaint', { dissatisfied: true });
      }
      if (has('status') && onlyAsking && (mentionsComplaint || !has('fault'))) {
        note('status');
        return done('status_query');
      }
      // A message that only reaches out for help in a crisis is not yet about the home.
      if (safeguarding && !aboutSomething && !has('complaint_word') && !has('failure') && !has('agent_fault') && !has('conduct')) return done('none');
      if (dissatisfied) {
        noteDissatisfaction();
        note('remedy');
        return done('complaint');
      }
      const praise = (by.get('praise') ?? []).filter((h) => !/^(thank\*|thanks|cheers|diolch\*|quick|quickly|cyflym|sydyn|professional|proffesiynol)$/.test(h.phrase));
      const thanksOnly = (by.get('praise') ?? []).some((h) => /^(thank\*|thanks|cheers|diolch\*)$/.test(h.phrase)) && praise.every((h) => /^(quick|quickly|cyflym|sydyn|professional|proffesiynol)$/.test(h.phrase));
      const asking = has('request') && (by.get('request') ?? []).some((h) => !/^(help|fix|repair|sort|replace|trwsio|sortio|newid|cael|oes|pryd)$/.test(h.phrase));
      if (thanksOnly && tokens.length <= 3 && has('greeting')) return done('none');
      const realPraise = praise.filter((h) => !/^(quick|quickly|cyflym|sydyn)$/.test(h.phrase));
      // "Lovely. Another 'no access' card": praise beside a fault and nothing fixed is irony.
      const ironic = has('fault') && !/fix|sort|repair|work|done|trwsio|sortio|gweithio|gorffen/.test(canonicalText);
      if ((realPraise.length > 0 && !ironic && (!asking || !has('fault'))) || (thanksOnly && !has('fault') && !asking) || (has('suggestion') && !has('fault'))) {
        note('praise');
        note('suggestion');
        return done('feedback');
      }
      if (has('locked_out')) {
        note('locked_out');
        if (has('vulnerable') && !urgentTopics.includes('trapped')) {
          urgentTopics.push('trapped');
          note('vulnerable');
        }
        return done('service_request', { urgent: urgentTopics.length > 0 });
      }
      if (has('asb')) {
        note('asb');
        const asb = profileHasTopic(profile, 'asb_report');
        if (asb) return exclude(asb.reason, 'asb_report', false)!;
        return done('service_request');
      }
      // Something about the home, described at any length, is something to act on.
      if (has('fault') || asking || (has('thing') && (has('request') || tokens.length >= 5)) || base.urgent) {
        note('fault');
        note('request');
        note('thing');
        return done('service_request');
      }
      if (has('status')) {
        note('status');
        return done('status_query');
      }
      note('greeting');
      return done('none');
    },
  };
}

function hitWords(by: Map<Cue, CueHit[]>, cue: Cue): string {
  return (by.get(cue) ?? []).map((h) => h.words).join(' ');
}

/** "stage 2", "escalate" and "not happy with the response" need no other sign that a complaint exists. */
/** Lines analysed lately; a conversation's description is read again when the case is filed. */
const REMEMBERED_LINES = 512;

export interface Analysis {
  readonly tokens: readonly Token[];
  readonly hits: readonly CueHit[];
}

/**
 * The words and cue phrases of a text, line by line, remembering recent lines: the bot reads a
 * resident's description when it is given, again with their answer about the household, and
 * again when the case is filed. A phrase does not run across a line break. Pure as far as any
 * caller can tell: the same text always gives the same analysis.
 */
function rememberingAnalysis(matcher: Matcher): (text: string) => Analysis {
  const remembered = new Map<string, Analysis>();
  const line = (text: string): Analysis => {
    let found = remembered.get(text);
    if (found) {
      remembered.delete(text);
    } else {
      const tokens = Object.freeze(matcher.tokens(text));
      found = { tokens, hits: Object.freeze(matcher.hits(tokens as Token[])) };
      if (remembered.size >= REMEMBERED_LINES) remembered.delete(remembered.keys().next().value!);
    }
    remembered.set(text, found);
    return found;
  };
  return (text) => {
    const lines = text.split('\n');
    if (lines.length === 1) return line(text);
    const parts = lines.map(line);
    const seen = new Set<string>();
    const hits = parts.flatMap((p) => p.hits).filter((h) => {
      const key = `${h.cue}:${h.phrase}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
    return { tokens: parts.flatMap((p) => p.tokens), hits };
  };
}

function selfSufficientEscalation(phrase: string): boolean {
  return /stage|cam|escalat|uwchgyfeirio|response|outcome|decision|ymateb|penderfyniad|canlyniad|findings/.test(phrase);
}

function languageOf(text: string, hits: readonly CueHit[]): 'cy' | 'en' | 'mixed' {
  const d = detectLanguage(text);
  if (d.language === 'cy' || d.language === 'en' || d.language === 'mixed') return d.language;
  const cy = hits.filter((h) => h.lang === 'cy').length;
  const en = hits.filter((h) => h.lang === 'en').length;
  return cy > en ? 'cy' : 'en';
}
