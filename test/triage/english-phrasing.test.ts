import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { featuresOf } from '../../src/triage/features';
import { createMatcher } from '../../src/triage/matcher';
import { createRuleClassifier } from '../../src/triage/rules';

// Issue #19, sixth round: everyday English phrasing (src/triage/english-phrasing.ts) and the
// tokeniser's reading of English (src/language/tokens.ts).
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const rules = createRuleClassifier();
const features = (text: string) => [...featuresOf(text, rules.analyse(text), rules.classify(text, profile), {}, () => false).keys()];
const matcher = createMatcher();
const forms = (text: string) => matcher.tokens(text).map((t) => t.form).join(' ');

// Each feature with a message that raises it and a near one that must not.
describe('English phrasing features', () => {
  it.each([
    ['e:no_show', "Not really sure what the point of the reminders is if the plumber doesn't turn up anyway", 'The plumber is booked for Tuesday morning'],
    ['e:no_show', 'Nobody ever calls back when I ring the repairs line', 'Please call me back on this number'],
    ['e:no_show', 'They never turn up when they say they will', 'They turned up on time and fixed it'],
    ['e:no_show', "Dydy'r contractwr byth yn troi fyny", "Mae'r contractwr yn dod ddydd Llun"],
    ['e:asked_complaint', 'Is anyone going to test my electrics, or do I just wait for something to blow?', 'Can someone test my electrics please?'],
    ['e:asked_complaint', 'How is that fair when I pay my rent every week?', 'How do I pay my rent?'],
    ['e:asked_complaint', 'Someone else has read my private information. How did that happen?', 'How do I update my contact details?'],
    ['e:asked_complaint', "Who exactly decides what's 'lengthy'?", 'Who do I speak to about a parking permit?'],
    ['e:asked_complaint', 'What am I supposed to do with no cooker for a month?', 'What should I do about the cooker?'],
    ['e:asked_complaint', "Oes rhywun yn mynd i wneud rhywbeth am y lleithder?", 'Allwch chi anfon rhywun i weld y lleithder?'],
    ['e:long_wait', 'It finally went in last month and the heater does not work', 'It went in last month and the heater does not work'],
    ['e:long_wait', 'Fifteen years of the same answer about the bathroom mould', 'The bathroom mould started this week'],
    ['e:long_wait', 'After a month of water coming through the ceiling nobody has checked the lights', 'Water is coming through the ceiling'],
    ['e:long_wait', "Daeth y plymwr o'r diwedd ond mae'r tap yn dal i ddiferu", "Daeth y plymwr ddoe a thrwsio'r tap"],
    ['e:runaround', "I keep getting fobbed off every time I ring", 'I would like to book a repair'],
    ['e:runaround', "I'm going round in circles, passed from one department to another", 'Which department deals with parking?'],
    ['e:runaround', 'Excuse after excuse and the fence is still down', 'The fence blew down last night'],
    ['e:broken_promise', "They said they'd come on Monday and nobody came", 'They are coming on Monday'],
    ['e:broken_promise', 'It was supposed to be fixed in March', 'Can it be fixed in March?'],
    ['e:broken_promise', 'The window should have been replaced by now', 'The window needs replacing'],
    ['e:sort_it', 'Please sort your records out', 'Please can you update my records'],
    ['e:sort_it', 'I want the damp sorted once and for all', 'I want to report some damp'],
    ['e:sort_it', 'Get it done properly this time', 'Get in touch when you can'],
    ['e:sarcasm', 'Surprise surprise, nobody turned up', 'Nobody needs to come'],
    ['e:sarcasm', 'Your website says 28 days. It was logged in June. I can count.', 'Your website says 28 days for routine repairs'],
    ['e:sarcasm', "Won't hold my breath", 'The plumber held the pipe'],
  ])('%s: %j', (feature, raises, not) => {
    expect(features(raises)).toContain(feature);
    expect(features(not)).not.toContain(feature);
  });
});

// Politeness is not praise: "grateful" asking for something, a closing "thank you" after a report.
describe('politeness read apart from praise', () => {
  it.each([
    "I'd be grateful if someone could come and look at the damp in the back bedroom",
    'I would really appreciate it if you could send someone about the gutter',
    'Byddwn i’n ddiolchgar pe gallech chi anfon rhywun i weld y gwter',
    "hello I'd like to report a leak in gutter at the back of the house it over flows when it rains thank you",
    'Mae’r gwter yn gollwng dros y drws cefn bob tro mae’n bwrw, diolch',
  ])('%j: polite, not praise', (text) => {
    const f = features(text);
    expect(f).toContain('e:polite');
    expect(f).not.toContain('c:praise');
    expect(f).not.toContain('x:praise_only');
  });

  it.each([
    'Thank you so much, the plumber was lovely',
    'Thanks for fixing the boiler so quickly',
    'Boiler fixed, thank you',
    'Diolch o galon i’r plymwr, roedd o’n hyfryd',
  ])('%j: still praise', (text) => {
    const f = features(text);
    expect(f).toContain('c:praise');
    expect(f).toContain('x:praise_only');
  });

  it('keeps praise beside a polite request as praise', () => {
    const f = features("The plumber was brilliant. I'd be grateful if he could come back for the tap");
    expect(f).toContain('e:polite');
    expect(f).toContain('c:praise');
  });
});

describe('the tokeniser reading English', () => {
  it.each([
    // Contractions spelt out read as the contracted forms the cue lists are written in.
    ['I have not heard anything back', 'i havent heard anything back'],
    ['It does not work and they did not come', 'it doesnt work and they didnt come'],
    ['We cannot use the bathroom', 'we cant use the bathroom'],
    ['It is not fixed and you were not here', 'it isnt fixed and you werent here'],
    // A "not" after another verb, or none, stays as it was.
    ['I have had enough', 'i have had enough'],
    ['not is not', 'not isnt'],
    // Text-speak.
    ['can i ask sumthing', 'can i ask something'],
    ['nobdy got bk 2 me agn', 'nobody got back 2 me again'],
    ['i dnt no wot 2 do, dunno who to ask', 'i dont no what 2 do dont know who to ask'],
    // "bin" is a bin, not "been".
    ['the bin store is full', 'the bin store is full'],
  ])('%j → %j', (typed, canonical) => {
    expect(forms(typed)).toBe(canonical);
  });

  it('reads a cue written contracted in the words spelt out', () => {
    expect(features('I have not heard anything since the surveyor came')).toContain('c:failure');
  });
});
