import type { ExclusionReason, ExclusionTopic, PolicyProfile } from '../policy/schema';
import type { Cue } from './cues';
import { UNSETTLED } from './feature-families';
import { featureIndexOf, messageFeatures, scoreMessage, strongestInMessage, type FeatureIndex, type MessageFeatures } from './message-features';
import { createMatcher, type Matcher } from './matcher';
import { weightsOf, type TriageWeights } from './model';
import { createRuleClassifier, type Analysis, type Classifier, type TriageContext } from './rules';
import { DANGER_WORDS_HOME_THRESHOLD, DANGER_WORDS_THRESHOLD, dangerWordFeatures, readTrigger, type DangerWords, type DangerWordsReading } from './danger-words';
import committedDangerWords from './danger-words.json';
import { dangerNamed, type DangerNamed } from './hazard';
import { asTyped, respeltHazards } from './hazard-typos';
import { lateFromText } from './time-limit';
import { borneOut, councilsReview, ombudsmanNext, othersOnly, readWords } from './exclusion-reading';
import { REASONS, type Thresholds } from './train';
import { KINDS, type TriageKind, type TriageResult, type TriageSignal, type UrgentTopic } from './types';
import committed from './weights.json';

export type { Classifier, TriageContext } from './rules';

/**
 * Triage: the kind of a message is decided by a linear model over named features (features.ts,
 * trained by `npm run train:triage`); rules keep what rules do well. Facts from the intake
 * (court claim issued, both stages done, a date outside the time limit) decide first; which
 * exclusion and which clause come from the profile (the cue rules name it where they can);
 * time limits stated in words go through the deadline engine; a first anti-social-behaviour
 * report follows the profile. `signals` are the resident's words behind the features that moved
 * the decision most.
 */

// Exclusions that hold whatever the profile lists, citing the definition of a complaint.
const BY_NATURE = new Set<ExclusionReason>(['insurance_claim', 'already_concluded', 'policy_content', 'other_organisation', 'other_process', 'ombudsman_already']);
const DEFAULT_TOPIC: Record<ExclusionReason, ExclusionTopic> = {
  legal_proceedings: 'court_claim_filed',
  insurance_claim: 'personal_injury',
  already_concluded: 'previously_considered',
  policy_content: 'policy_disagreement',
  other_organisation: 'service_not_provided',
  other_process: 'service_charge',
  ombudsman_already: 'ombudsman_investigating',
  time_limit: 'outside_time_limit',
};
// The cues that ground each exclusion (all of a set must be present), and the topic they name.
const GROUNDS: Record<ExclusionReason, Array<[Cue[], ExclusionTopic]>> = {
  legal_proceedings: [[['legal_court'], 'court_claim_filed']],
  insurance_claim: [[['injury', 'claim_money'], 'personal_injury'], [['damaged_belongings', 'claim_money'], 'damaged_belongings']],
  already_concluded: [[['concluded'], 'previously_considered']],
  policy_content: [[['policy'], 'policy_disagreement']],
  other_organisation: [[['other_org'], 'service_not_provided']],
  other_process: [
    [['data_protection'], 'data_protection'],
    [['consumer_credit'], 'consumer_credit'],
    [['tribunal'], 'leasehold_tribunal'],
    [['service_charge'], 'service_charge'],
    [['statutory_review'], 'statutory_review'],
  ],
  ombudsman_already: [[['ombudsman_already'], 'ombudsman_investigating']],
  time_limit: [],
};
// Kinds that lose a complaint if wrongly chosen.
const SOFT = new Set<TriageKind>(['service_request', 'none', 'feedback']);
const SIGNALS = 5;
const SELF_SUFFICIENT = /stage|cam|escalat|uwchgyfeirio|response|outcome|decision|ymateb|penderfyniad|canlyniad|findings|ombudsman|ombwdsmon/;
// Exclusions only some profiles have, which the model (trained under the default profile) cannot learn.
const PROFILE_TOPICS = new Set<ExclusionTopic>(['disrepair_letter_of_claim', 'disrepair_claim', 'asb_report']);
// Words that explain nothing on their own or in a pair ("there's a", "has been"): a resident told
// "because of these words" should read the words that carried the meaning.
const FUNCTION_WORDS = new Set(
  ('the a an and or in on at to of is it i my me you your we this that for with be was are y yr a ac i o yn mae ar am gyda fy ei eu ni chi fi fe hi ' +
    'there theres its im ive has have had been he she they them their our us as by from so his her were dw rydw ydy ydi sy sydd hwn hon efo')
    .split(' '),
);
// Nor do these, quoted alone or only with each other ("come and", "out in", "o 'di", "but", "not",
// "very", "iawn"): words that carry a reason only beside others. Issue #19, words round 9.
const LITTLE_WORDS = new Set([
  ...FUNCTION_WORDS,
  ...('but ond not no dim ddim nid very really so too just also all then when out up down about come go get got do did does can could would will should ' +
    'if than into over off back now da oedd roedd wedi di n e fo bod nhw ac neu yna yma na hefyd jest iawn ti fy yn ei eich ein dy r s t d ll ve re')
    .split(' '),
]);
/** Whether quoted words can be read as a reason: at least one of them says something. */
export const readsAsReason = (words: string) => words.toLowerCase().split(/[\s,.'’`-]+/).some((w) => w !== '' && !LITTLE_WORDS.has(w));
const isSignal = (s: TriageSignal | null): s is TriageSignal => s !== null;

function definitionClause(profile: PolicyProfile): string {
  return profile.nation === 'england'
    ? 'Housing Ombudsman Complaint Handling Code 1.2: a complaint is about the landlord’s own service'
    : 'PSOW model complaints policy, definition of a complaint: about the landlord’s own service';
}

/**
 * What a feature is called in `signals`: the cue's own name for a cue hit. The rules' reading
 * is explained by the rules' own signals, not as one.
 */
function signalOf(feature: string, words: string): TriageSignal | null {
  // "you" naming the landlord weighs in the model but explains nothing on its own.
  if (feature.startsWith('r:') || feature === 'k:landlord_named' || (feature.startsWith('w:') && FUNCTION_WORDS.has(feature.slice(2)))) return null;
  // Nor does a pair of them ("yn y", "on my"): told to a resident as the reason, it reads as nonsense.
  if (feature.startsWith('b:') && feature.slice(2).split('_').every((w) => FUNCTION_WORDS.has(w))) return null;
  const [kind, name] = [feature.slice(0, feature.indexOf(':')), feature.slice(feature.indexOf(':') + 1)];
  const cue =
    kind === 'c' || kind === 'cs' ? name
    : kind === 'h' ? `history:${name}`
    : kind === 'q' ? `question:${name}`
    : kind === 'k' ? `about:${name}`
    : kind === 'n' ? 'negation'
    : kind === 'x' ? name
    : 'words';
  if (kind === 'a') return { cue: `answer:${name}`, text: words, source: 'answers' };
  if (!readsAsReason(words)) return null;
  return { cue, text: words, source: 'text' };
}

/**
 * The rules' reading with the safety flags of the message respelt (hazard-typos.ts) added: a flag
 * either reading raises, its topics and the respelt reading's safety signals. Nothing else moves.
 */
function withRespelt(ruled: TriageResult, respelt: TriageResult, slips: ReadonlyArray<{ typed: string; word: string }>): TriageResult {
  const safety = respelt.signals
    .filter((s) => /^(urgent_|danger_now|safeguarding|no_heat|vulnerable)/.test(s.cue))
    .map((s) => ({ ...s, text: asTyped(s.text, slips) }))
    .filter((s) => !ruled.signals.some((r) => r.cue === s.cue && r.text === s.text));
  return {
    ...ruled,
    urgent: ruled.urgent || respelt.urgent,
    urgentTopics: ruled.urgentTopics.length ? ruled.urgentTopics : respelt.urgentTopics,
    safeguarding: ruled.safeguarding || respelt.safeguarding,
    signals: [...ruled.signals, ...safety],
  };
}

/**
 * The safety flags: the cue rules' reading OR the model's, never fewer than the rules' (their
 * recall matters more than anything). The rules name which emergency it is; a flag raised by
 * the model alone is an emergency repair, answered with the 999 and emergency repairs lines.
 */
function safetyFlags(weights: TriageWeights, index: FeatureIndex, features: MessageFeatures, ruled: TriageResult): Pick<TriageResult, 'urgent' | 'urgentTopics' | 'safeguarding'> {
  const urgent = ruled.urgent || scoreMessage(index, weights.urgent, features)[1] >= weights.thresholds.urgent;
  const safeguarding = ruled.safeguarding || scoreMessage(index, weights.safeguarding, features)[1] >= weights.thresholds.safeguarding;
  const urgentTopics: UrgentTopic[] = ruled.urgentTopics.length ? ruled.urgentTopics : urgent ? ['emergency_repair'] : [];
  return { urgent, urgentTopics, safeguarding };
}

// How many of the words that weighed most towards the learned trigger are quoted as its reason,
// and words it weighs that tell a resident nothing as a reason on their own ("don't", "him",
// "think"): the model leans on them, but "because of the words 'don't' and 'him'" explains nothing.
const TRIGGER_WORDS = 3;
const TRIGGER_QUIET = new Set(
  ('dont didnt doesnt wont cant couldnt wouldnt havent hasnt isnt wasnt arent him hes shes hers himself herself me myself think know tell told goes going go been keeps keep ' +
    'says said get gets want wants see any anything here there where next dw mae roedd bod wedi fe fo hi nhw fi i ni')
    .split(' '),
);

/**
 * `dangerWords`: the learned triggers for the danger question (danger-words.ts: a person at risk,
 * and since the eleventh safety pass an emergency in the home); a caller measuring them on a
 * corpus gives ones trained without that corpus.
 */
/** Named features that name another body's own part, grounding an other_organisation reading (classify's `complainedOf`). */
const OTHER_BODY_NAMED = ['k:complain_other', 'k:council_housing', 'k:street_outside', 'k:council_own', 'k:not_your_home'] as const;

export function createClassifier(weights: TriageWeights = committed as TriageWeights, matcher: Matcher = createMatcher(), dangerWords: DangerWords = committedDangerWords as DangerWords): Classifier {
  const rules = createRuleClassifier(matcher);
  const index = featureIndexOf(weights);
  const kindIndex = (k: TriageKind) => KINDS.indexOf(k);
  const thresholds: Thresholds = weights.thresholds;
  const kindWords = weightsOf(weights.kind);
  const knownWord = (form: string) => kindWords.has(`w:${form}`);
  const triggerAt = dangerWords.threshold ?? DANGER_WORDS_THRESHOLD;
  const homeAt = dangerWords.homeThreshold ?? DANGER_WORDS_HOME_THRESHOLD;

  /**
   * The danger question where no flag is raised: a hazard or a person at risk named in the words
   * (hazard.ts); else the learned safeguarding trigger reading a person at risk at its threshold
   * or over, which asks about a person; else the learned home trigger (eleventh safety pass)
   * reading an emergency in the home at its threshold or over, which asks about the home. Either
   * quotes the resident's words that weighed most towards it.
   */
  function dangerAsked(text: string, analysis: Analysis): DangerNamed | null {
    const named = dangerNamed(analysis.hits, text);
    if (named?.about === 'person') return named;
    // The features are made once for both triggers.
    const features = dangerWordFeatures(analysis.tokens, analysis.hits);
    const person = readTrigger(dangerWords.safeguarding, features);
    if (person.p >= triggerAt) return { about: 'person', signals: [...(named?.signals ?? []), ...quotedOf(person, 'danger_words')] };
    if (named || !dangerWords.home) return named;
    // A hazard the resident told as absent ("there isn't any smell of gas") asks nothing (hazard.ts):
    // the home trigger, which hears "gas" and "smell", must not ask it back.
    if (dangerNamed(analysis.hits) !== null) return null;
    // Nor does no heat without someone it could harm: the rules ask about cold only beside a frail
    // person (hazard.ts), a choice the trigger, which weighs "no heat" itself, must not undo.
    if (analysis.hits.some((h) => h.cue === 'hazard_cold' || h.cue === 'no_heat')) return null;
    const home = readTrigger(dangerWords.home, features);
    return home.p >= homeAt ? { about: 'home', signals: quotedOf(home, 'danger_words_home') } : null;
  }

  /** The words that weighed most towards a trigger, leaving out those that say nothing alone. */
  function quotedOf(reading: DangerWordsReading, cue: string): TriageSignal[] {
    const quoted: TriageSignal[] = [];
    for (const w of reading.weighed) {
      if (quoted.length >= TRIGGER_WORDS) break;
      const quiet = w.feature.startsWith('w:') && (TRIGGER_QUIET.has(w.feature.slice(2)) || TRIGGER_QUIET.has(w.words.toLowerCase().replace(/['’]/g, '')));
      if (!quiet && readsAsReason(w.words) && !quoted.some((q) => q.text === w.words)) quoted.push({ cue, text: w.words, source: 'text' });
    }
    return quoted;
  }

  return {
    classify(text, profile, answers = {}, context: TriageContext = {}) {
      const ruled = rules.classify(text, profile, answers, context);
      // The intake's own answers (court claim, both stages, a date outside the limit) are facts, not readings.
      const byAnswer = ruled.kind === 'excluded' && ruled.signals.some((s) => s.source === 'answers');
      // So are a profile's own exclusions, and "take it further" from someone with a complaint on record.
      const byProfile = ruled.kind === 'excluded' && ruled.topic !== undefined && PROFILE_TOPICS.has(ruled.topic);
      const furtherWithComplaint = ruled.kind === 'escalation' && ruled.signals.some((s) => s.cue === 'answer:hasComplaint');
      const analysis = rules.analyse(text);
      const features = messageFeatures(index, text, analysis, ruled, answers);
      // A hazard word typed with a slip ("celing", "gass") is read for safety as if spelt right;
      // the kind is read from the words as written.
      const respelt = respeltHazards(text, analysis.tokens, knownWord);
      const safetyRuled = respelt ? withRespelt(ruled, rules.classify(respelt.text, profile, answers, context), respelt.slips) : ruled;
      const safetyAnalysis = respelt ? rules.analyse(respelt.text) : analysis;
      const flags = safetyFlags(weights, index, features, safetyRuled);
      // A hazard named without a flag raised: asked about, not guessed (see hazard.ts).
      const asked = flags.urgent || flags.safeguarding ? null : dangerAsked(respelt?.text ?? text, safetyAnalysis);
      const danger = asked && respelt ? { ...asked, signals: asked.signals.map((s) => ({ ...s, text: asTyped(s.text, respelt.slips) })) } : asked;
      const asks = danger ? { confirmDanger: danger.about, signals: [...safetyRuled.signals, ...danger.signals] } : {};
      if (byAnswer || byProfile || furtherWithComplaint) return { ...ruled, signals: safetyRuled.signals, ...flags, ...asks };
      const p = scoreMessage(index, weights.kind, features);
      const order = p.map((_, i) => i).sort((a, b) => p[b] - p[a] || a - b);
      const pComplaint = p[kindIndex('complaint')];

      const longAgo = analysis.hits.filter((h) => h.cue === 'long_ago');
      // The time limit as the Code counts it (from becoming aware, not while it happens now): the final
      // say, over the cue rules' own reading, which the model weighs as a feature (time-limit.ts lateFromText).
      const late = context.today ? lateFromText(profile, longAgo, context.today, text) : false;
      // Money asked for damaged belongings or an injury in the resident's own words ("I want it paid
      // for") grounds an insurance claim as the cue list's "claim" does.
      const paidFor = (reason: ExclusionReason): [Cue[], ExclusionTopic] | undefined => {
        if (reason !== 'insurance_claim' || !(features.named.has('k:pay_me') || features.named.has('k:replace_loss'))) return undefined;
        if (analysis.hits.some((h) => h.cue === 'injury')) return [['injury'], 'personal_injury'];
        return analysis.hits.some((h) => h.cue === 'damaged_belongings') ? [['damaged_belongings'], 'damaged_belongings'] : undefined;
      };
      // A complaint about another body's own service in the resident's words ("how do I complain
      // about my GP surgery?", "cwyno am yr heddlu") names that body as the cue list's names do.
      // So does the council's own housing duty or decision (its register, banding, a homelessness
      // decision, its OT: welsh-families.ts k:council_housing, cy16; english-kinds.ts k:council_own,
      // en16), the street it keeps ("golau'r stryd", cy16) and a home the landlord does not own or
      // let ("my private landlord won't fix it", en16).
      const complainedOf = (reason: ExclusionReason): [Cue[], ExclusionTopic] | undefined =>
        reason === 'other_organisation' && OTHER_BODY_NAMED.some((k) => features.named.has(k))
          ? [[], 'service_not_provided']
          : undefined;
      // What the words bear out beyond a cue (exclusion-reading.ts, exc17): a statutory review
      // names a decision, a service paid for and not delivered is no service-charge query, and the
      // council's own review (its banding, register, homelessness duty) is the council's to answer.
      const words = readWords(text);
      const listedAs = (reason: ExclusionReason, topic: ExclusionTopic): Pick<TriageResult, 'reason' | 'topic' | 'clause'> | null => {
        const listed = profile.exclusions.find((e) => e.reason === reason && e.topic === topic) ?? profile.exclusions.find((e) => e.reason === reason);
        if (!listed && !BY_NATURE.has(reason)) return null;
        return { reason, topic: listed?.topic ?? topic, clause: listed ? listed.clause : definitionClause(profile) };
      };
      const councils = (e: Pick<TriageResult, 'reason' | 'topic' | 'clause'>) =>
        e.reason && councilsReview(e.reason, e.topic, features.named, words) ? (listedAs('other_organisation', 'service_not_provided') ?? e) : e;
      const exclusion = (): Pick<TriageResult, 'reason' | 'topic' | 'clause'> | null => {
        if (ruled.kind === 'excluded' && !(ruled.reason === 'time_limit' && !late) && borneOut(ruled.reason!, ruled.topic, features.named, words)) {
          return councils({ reason: ruled.reason, topic: ruled.topic, clause: ruled.clause });
        }
        const pr = scoreMessage(index, weights.reason, features);
        const ranked = pr.map((_, i) => i).sort((a, b) => pr[b] - pr[a] || a - b);
        for (const i of ranked) {
          const reason = REASONS[i];
          if (reason === 'time_limit' && !late) continue;
          // An exclusion is a fact about the matter, so it needs its grounds in the words: the cue
          // that names it (a claim at court, a data request, another body …).
          const ground =
            GROUNDS[reason].find(([cues, topic]) => cues.every((c) => analysis.hits.some((h) => h.cue === c)) && borneOut(reason, topic, features.named, words)) ??
            paidFor(reason) ??
            complainedOf(reason);
          if (reason !== 'time_limit' && !ground) continue;
          const listed = listedAs(reason, ground?.[1] ?? DEFAULT_TOPIC[reason]);
          if (listed) return councils(listed);
        }
        return null;
      };

      // "Take it further" is escalation only with something to take further: a complaint on
      // record, a reference, or words about a stage, a response or a complaint. A reference in a
      // shape the bot does not issue, a job number or the date it was reported (reference-in.ts)
      // names a matter already raised as well (fourteenth round).
      const grounded =
        answers.hasComplaint === true ||
        features.named.has('x:ref') ||
        features.named.has('x:ref_like') ||
        features.named.has('k:offer_low') ||
        analysis.hits.some((h) => ['response_ref', 'complaint_word', 'my_complaint', 'concluded'].includes(h.cue) || (h.cue === 'escalation' && SELF_SUFFICIENT.test(h.phrase)));
      let excluded: ReturnType<typeof exclusion> = null;
      // A question about progress is a status question when it asks after a case (a reference, a
      // complaint) or is asked calmly; "how much longer will the scaffolding be up?", unhappy and
      // about no case, is a complaint phrased as a question (issue #19), read as the next kind.
      const allowed = (i: number) => {
        if (KINDS[i] === 'escalation') return grounded;
        if (KINDS[i] === 'status_query') return grounded || !ruled.dissatisfied || ruled.kind === 'status_query';
        if (KINDS[i] === 'excluded') return (excluded = exclusion()) !== null;
        return true;
      };
      let chosen = order.find(allowed) ?? kindIndex('none');
      // A case reference with nothing else to act on asks after that case (the corpora hold few bare references).
      // So does one in another shape told calmly ("ref CMP-4XR9-2LPA whats happening", "job no 4471/22?").
      if (KINDS[chosen] === 'none' && ((ruled.kind === 'status_query' && ruled.signals.some((s) => s.cue === 'reference')) || (features.named.has('x:ref_like') && !ruled.dissatisfied))) chosen = kindIndex('status_query');
      // Missing a complaint is the costly error: a likely enough complaint is one, though the
      // resident is asked (see `clarify`) when the words leaned to a first report.
      // One bar where the rules heard dissatisfaction, another where they did not (train.ts complaintThresholds).
      const bar = ruled.dissatisfied ? thresholds.complaint : (thresholds.complaintCalm ?? thresholds.complaint);
      // "Complaint.", "Cwyn", "Isio gneud cwyn": a bare wish to complain is one (triage.md), however
      // few such lines a model was trained on; "no complaints" is not.
      const plainAsk = analysis.tokens.length <= 3 && ruled.kind === 'complaint' && analysis.hits.some((h) => h.cue === 'complaint_word') && !features.named.has('n:neg');
      const leaned = SOFT.has(KINDS[chosen]) && (pComplaint >= bar || plainAsk) ? KINDS[chosen] : null;
      // Won only by the bar where the rules heard unhappiness, and under the second bar training
      // chose (thresholds.complaintAsk): the tied bar files such a message as a complaint where the
      // two-bar choice read it as the first report it leaned to, so the resident is asked rather
      // than the bar deciding alone (issue #19, twelfth session). A bare wish to complain is not.
      const heardForced = leaned !== null && leaned !== 'feedback' && ruled.dissatisfied && !plainAsk && thresholds.complaintAsk !== undefined && pComplaint < thresholds.complaintAsk;
      if (leaned) chosen = kindIndex('complaint');
      // Another body's own service, with no word of the landlord (the GP, the police, the council's
      // register or its OT): signposted whatever the model leaned to (exclusion-reading.ts, exc17).
      // The resident who is unhappy is still offered a complaint (`dissatisfied`, below).
      if (['complaint', 'service_request', 'none'].includes(KINDS[chosen]) && othersOnly(features.named)) {
        const other = complainedOf('other_organisation') && listedAs('other_organisation', 'service_not_provided');
        if (other) (chosen = kindIndex('excluded'), (excluded = other));
      }
      // After both stages, a wish for the Ombudsman is the next stage, not a matter already concluded (exc17).
      if (KINDS[chosen] === 'excluded' && excluded?.reason === 'already_concluded' && ombudsmanNext(features.named) && grounded) chosen = kindIndex('escalation');
      let kind = KINDS[chosen];
      const runnerUp = order.find((i) => i !== chosen)!;

      const signals: TriageSignal[] = strongestInMessage(index, weights.kind, features, chosen, runnerUp, SIGNALS)
        .map((s) => signalOf(s.feature, s.words))
        .filter(isSignal);
      const seen = new Set(signals.map((s) => `${s.cue}:${s.text}`));
      const keep = (s: TriageSignal) => {
        if (!seen.has(`${s.cue}:${s.text}`)) (seen.add(`${s.cue}:${s.text}`), signals.push(s));
      };
      // The rules' own cues explain the same decision in their words where they agree, and the
      // safety cues and an exclusion's grounds always.
      for (const s of safetyRuled.signals) {
        if (/^(urgent_|danger_now|safeguarding|no_heat|vulnerable|suggestion)/.test(s.cue)) keep(s);
        else if (ruled.kind === kind && (s.source !== 'text' || readsAsReason(s.text))) keep(s);
      }
      if (signals.length === 0 && kind !== 'none') {
        for (const s of strongestInMessage(index, weights.kind, features, chosen, runnerUp, 20).map((x) => signalOf(x.feature, x.words)).filter(isSignal).slice(0, 1)) keep(s);
      }

      let extra: Partial<TriageResult> = {};
      if (kind === 'excluded' && excluded) extra = excluded;
      // Which route a first anti-social-behaviour report takes is the profile's choice.
      const asb = profile.exclusions.find((e) => e.topic === 'asb_report');
      if (kind === 'service_request' && asb && analysis.hits.some((h) => h.cue === 'asb')) {
        kind = 'excluded';
        extra = { reason: asb.reason, topic: 'asb_report', clause: asb.clause };
      }

      // Signs of history, delay or unhappiness; "I've reported it" from someone who says it is the first time is none.
      const history = [...features.named.keys()].filter((f) => (f.startsWith('h:') && f !== 'h:bare_year' && !(f === 'h:reported' && features.named.has('k:first_time'))) || UNSETTLED.has(f));
      // An exclusion with a failure in it ("who pays for my carpet? the leak you never fixed") still
      // gets the offer of a complaint (triage.md's cardinal rule): history, or words the model reads
      // as a complaint as strongly as it asks a first report about, count as unhappiness.
      const dissatisfied =
        ruled.dissatisfied || kind === 'complaint' || kind === 'escalation' || (kind === 'excluded' && (history.length > 0 || pComplaint >= weights.thresholds.clarify));
      // A first report reads the same as a long-running one told briefly: ask rather than guess.
      // `clarifyWhy` says which of the three grounds asked.
      const clarifyWhy: TriageResult['clarifyWhy'] =
        (kind === 'service_request' || kind === 'none') && (history.length > 0 || dissatisfied || pComplaint >= weights.thresholds.clarify) ? 'leaned_request'
        : kind === 'complaint' && leaned !== null && leaned !== 'feedback' && !ruled.dissatisfied ? 'forced_calm'
        : kind === 'complaint' && heardForced ? 'forced_heard'
        : undefined;
      const clarify = clarifyWhy ? ('first_or_unhappy' as const) : undefined;
      if (clarify) for (const s of history.map((f) => signalOf(f, features.named.get(f)!)).filter(isSignal)) keep(s);
      // A hurt told to claim for it (an insurance claim) is history, not a risk now.
      const asking = danger && !(kind === 'excluded' && extra.reason === 'insurance_claim') ? danger : null;
      for (const s of asking?.signals ?? []) keep(s);
      return {
        kind,
        ...extra,
        ...flags,
        language: ruled.language,
        dissatisfied,
        signals,
        ...(clarify ? { clarify, clarifyWhy } : {}),
        ...(asking ? { confirmDanger: asking.about } : {}),
      };
    },
  };
}
