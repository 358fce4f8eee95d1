import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { defaultClassifier } from '../../src/triage';
import { createClassifier } from '../../src/triage/classify';
import { featuresOf } from '../../src/triage/features';
import type { TriageWeights } from '../../src/triage/model';
import { createRuleClassifier } from '../../src/triage/rules';
import { REASONS } from '../../src/triage/train';
import { KINDS, type TriageKind } from '../../src/triage/types';
import type { ExclusionReason } from '../../src/policy/schema';

// Issue #19 item 4, tenth session: exclusions, escalations and signposting on new writing
// (docs/triage/rounds.md, "exclusions, escalations and signposting"). Made-up sentences, both
// languages; each family with a message of the same shape that must not raise it.
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const rules = createRuleClassifier();
const today = { today: '2026-11-23' };
const families = (text: string) => [...featuresOf(text, rules.analyse(text), rules.classify(text, profile), {}, () => false).keys()].filter((f) => f.startsWith('k:'));
const cues = (text: string) => rules.analyse(text).hits.map((h) => h.cue);

describe('families of the exclusion and escalation round (exclusion-escalation-families.ts)', () => {
  it.each([
    ['k:council_own', "The council's noise officer won't serve a notice on the pub behind us", 'The noise from the flat above is terrible'],
    ['k:council_own', "Mae swyddog sŵn y cyngor yn gwrthod gwneud dim am y clwb nos", "Mae'r sŵn o'r fflat uwchben yn ofnadwy"],
    ['k:council_own', "There's a huge pothole outside the school on the estate", 'There is a hole in my kitchen ceiling'],
    ['k:council_own', 'Mae twll anferth yn y ffordd tu allan i’r ysgol', 'Mae twll yn nenfwd y gegin'],
    ['k:council_own', 'Ers i’r cyngor newid y goleuadau traffig mae lorïau o flaen y tŷ', 'Mae’r golau yn y cyntedd wedi torri'],
    ['k:council_own', "I'm on the council's housing list and my priority hasn't changed", "I'm on your transfer list and nobody has rung"],
    ['k:council_own', 'Dw i ar gofrestr y cyngor ers tair blynedd', 'Dw i ar eich rhestr drosglwyddo ers tair blynedd'],
    ['k:belongings_harmed', 'Your contractors dropped my mirror and it smashed', 'Your contractors dropped the ball on my repair'],
    ['k:belongings_harmed', 'The removal men lost three boxes of our things', 'The removal men were lovely'],
    ['k:belongings_harmed', 'Mae’r contractwyr wedi colli ein pethau i gyd', 'Mae’r contractwyr wedi bod yn wych'],
    ['k:belongings_harmed', 'Dw i isio i chi dalu am y difrod', 'Dw i isio i chi drwsio’r to'],
    ['k:ombudsman_how', "I've had your final response. What's the Housing Ombudsman's email?", "I've had your final response. Thank you."],
    ['k:ombudsman_how', 'Where do I send it to the ombudsman?', 'Where do I send my meter reading?'],
    ['k:ombudsman_how', "Ga i'r manylion i gysylltu â'r Ombwdsmon plis?", "Ga i'r manylion i gysylltu â'r contractwr plis?"],
    ['k:look_again', "I'd like it looked at again by someone senior", "I'd like the boiler looked at again"],
    ['k:look_again', 'I want a manager to look again at your answer', 'I want to speak to the manager about the rent'],
    ['k:look_again', 'A all rhywun uwch ystyried hyn?', 'A all rhywun ddod allan heddiw?'],
    ['k:look_again', "Dw i isio'r ymchwiliad ffurfiol plis", "Dw i isio'r contractwr plis"],
    ['k:sum_disputed', "We've been billed £6,800 each for the new roof", 'The new roof looks great'],
    ['k:sum_disputed', "I'd like to challenge this year's estate charge", "I'd like to pay this year's estate charge by card"],
    ['k:sum_disputed', "Sut mae'r tâl trydan cymunedol wedi cael ei gyfrif?", "Pryd mae'r tâl trydan cymunedol yn cael ei dalu?"],
    ['k:sum_disputed', "Dw i isio herio'r bil am y simne", "Dw i isio talu'r bil am y simne"],
  ] as const)('%s: %j, not %j', (family, yes, no) => {
    expect(families(yes)).toContain(family);
    expect(families(no)).not.toContain(family);
  });

  // A recharge for a repair is a complaint about a charge, not a challenge to a service charge's level.
  it('a recharge is no sum disputed', () => {
    expect(families("You've charged me £120 for a repair that was your responsibility")).not.toContain('k:sum_disputed');
  });
});

describe('exclusion wording of this round (exclusion-cues.ts)', () => {
  it.each([
    ['data_protection', "Dw i isio copi o'r holl wybodaeth sydd gynnoch chi amdana i", "Dw i isio copi o'r llythyr gynnoch chi"],
    ['ombudsman_already', 'My case about the crack is with the Housing Ombudsman now', 'I might go to the Housing Ombudsman about the crack'],
    ['legal_court', "I've put in an online money claim against you at court", "I've put in a claim with your insurers"],
    ['concluded', 'The Ombudsman decided in March. Please open it back up', 'Please open the back door for the surveyor'],
  ] as const)('%s: %j, not %j', (cue, yes, no) => {
    expect(cues(yes)).toContain(cue);
    expect(cues(no)).not.toContain(cue);
  });
});

describe("the rules' reading (rules.ts)", () => {
  const read = (text: string) => {
    const r = rules.classify(text, profile, {}, today);
    return { kind: r.kind, reason: r.reason };
  };

  // After a final response the next stage is the Ombudsman: asking how to go there is an escalation.
  it.each([
    "I've had your final response about the leak and I'm still not happy. How do I go to the Housing Ombudsman?",
    'Final response came today. I disagree completely. What’s the Housing Ombudsman’s email?',
    "Dw i 'di cael eich ymateb terfynol a dw i'n dal ddim yn fodlon. Sut dw i'n mynd at yr Ombwdsmon?",
    "Mae'r gŵyn wedi bod drwy'r ddau gam a dw i dal yn anhapus. Oes modd mynd â hi at yr Ombwdsmon Tai?",
  ])('%j is an escalation', (text) => {
    expect(read(text).kind).toBe('escalation');
  });

  // Asking to reopen a finished complaint stays already concluded, in both languages.
  it.each([
    'I went through both stages about the mould and got your final answer. I want you to reopen it.',
    "Ces i ateb terfynol am yr ardd ar ôl cam 1 a cham 2. Dw i isio i chi ailagor y gŵyn.",
    'The Ombudsman already decided my complaint in 2020. Please open it back up, you were wrong.',
  ])('%j is already concluded', (text) => {
    expect(read(text)).toEqual({ kind: 'excluded', reason: 'already_concluded' });
  });

  // The council's own register or banding is the council's to review.
  it.each([
    "The council's housing options team put me in band 3. How do I appeal that?",
    "Mae'r cyngor wedi rhoi band 2 i ni ond dylai fod yn fand 1. Allwch chi ddweud wrthyn nhw?",
  ])('%j is another organisation', (text) => {
    expect(read(text)).toEqual({ kind: 'excluded', reason: 'other_organisation' });
  });

  it('the landlord’s own refusal of a transfer is still its other process', () => {
    expect(read('You refused my application for a management transfer and I want the decision reviewed.')).toEqual({ kind: 'excluded', reason: 'other_process' });
  });

  it('a review of one’s own complaint is not a statutory review', () => {
    expect(read("Ges i'ch llythyr am fy nghwyn CMP-2026-000412. Does dim byd wedi'i drwsio. Dw i isio adolygiad.").kind).not.toBe('excluded');
  });
});

// The grounds alone, through a model that always leans to one exclusion: the kind is excluded
// only where that reason's grounds are named, and otherwise the next kind wins.
describe('grounds named in words (classify.ts)', () => {
  const leaning = (reason: ExclusionReason) => {
    const kindBias = KINDS.map((k: TriageKind) => (k === 'excluded' ? 5 : k === 'complaint' ? 4 : 0));
    const weights: TriageWeights = {
      version: 1,
      trainedOn: [],
      kind: { labels: [...KINDS], weights: { bias: kindBias } },
      reason: { labels: [...REASONS], weights: { bias: REASONS.map((r) => (r === reason ? 5 : 0)) } },
      urgent: { labels: ['no', 'yes'], weights: { bias: [0, -10] } },
      safeguarding: { labels: ['no', 'yes'], weights: { bias: [0, -10] } },
      thresholds: { complaint: 1.01, clarify: 1.01, urgent: 0.5, safeguarding: 0.5 },
    };
    const c = createClassifier(weights);
    return (text: string) => {
      const r = c.classify(text, profile, {}, today);
      return r.kind === 'excluded' ? `excluded/${r.reason}` : r.kind;
    };
  };

  it.each([
    ['other_organisation', "Mae swyddog sŵn y cyngor yn ochri efo'r cymydog.", 'Mae’r sŵn o’r fflat drws nesa yn ofnadwy.'],
    ['other_organisation', 'The pothole outside my house is getting bigger every week.', 'The hole in my bathroom floor is getting bigger every week.'],
    ['other_organisation', 'My neighbour took my bike. Is that you or the police?', 'My neighbour took my bike. Is that you?'],
    ['insurance_claim', 'Your contractors dropped my mirror and it smashed. How do I claim for it?', 'Your contractors left the hallway in a mess. How do I get it cleaned?'],
    ['insurance_claim', 'Collodd eich contractwyr ein pethau. Dw i isio hawlio amdanyn nhw.', 'Collodd eich contractwyr yr allwedd. Dw i isio un newydd.'],
    ['other_process', "I'd like to challenge this year's estate charge, it has gone up 38%.", "I'd like to know when the estate will be cleaned."],
    ['other_process', "Mae'r tâl cynnal a chadw tiroedd wedi codi. Dw i isio herio'r swm.", "Dydy'r tiroedd ddim wedi cael eu cynnal ers mis."],
  ] as const)('%s grounded by %j, not by %j', (reason, yes, no) => {
    const read = leaning(reason);
    expect(read(yes)).toBe(`excluded/${reason}`);
    expect(read(no)).toBe('complaint');
  });

  // The rent going up is policy, and a charge for a service not delivered is a complaint: neither grounds other_process.
  it.each([
    'My rent has gone up far too much this year.',
    "We're paying a charge for window cleaning that never happens and it has gone up again.",
  ])('%j grounds no service-charge process', (text) => {
    expect(leaning('other_process')(text)).not.toBe('excluded/other_process');
  });
});

// Read by the shipped weights: forms that must not move. A complaint that names an insurer or the
// Ombudsman in passing stays a complaint; an unhappy reply to an answer is an escalation.
describe('readings by the shipped weights', () => {
  const classifier = defaultClassifier();
  const kind = (text: string) => classifier.classify(text, profile, {}, today).kind;

  it.each([
    "I've rung five times about the leak and nobody has come. My insurer says it's your job. I want to complain.",
    "Dw i wedi ffonio bum gwaith am y gollyngiad a does neb wedi dod. Mae fy yswiriant yn dweud mai chi sy'n gyfrifol. Dw i isio cwyno.",
    "Nobody has fixed the damp in six months. If it isn't sorted I'll be going to the Ombudsman.",
    "Does neb wedi trwsio'r tamprwydd ers chwe mis. Os na chaiff ei drwsio, mi a' i at yr Ombwdsmon.",
  ])('%j stays a complaint', (text) => {
    expect(kind(text)).toBe('complaint');
  });

  it.each([
    "I've had your final response about the leak and I'm still not happy. How do I go to the Housing Ombudsman?",
    "Dw i 'di cael eich ymateb terfynol a dw i'n dal ddim yn fodlon. Sut dw i'n mynd at yr Ombwdsmon?",
  ])('%j is an escalation', (text) => {
    expect(kind(text)).toBe('escalation');
  });
});
