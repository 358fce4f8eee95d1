import { describe, expect, it } from 'vitest';
import { radicals } from '../../src/language/mutations';
import { createProfileRegistry } from '../../src/policy/profiles';
import { defaultClassifier, type TriageAnswers } from '../../src/triage';

const profiles = createProfileRegistry();
const classifier = defaultClassifier();
const classify = (text: string, answers: TriageAnswers = {}, policy = 'housing-ombudsman-code') =>
  classifier.classify(text, profiles.get(policy), answers, { today: '2026-11-23' });
const cues = (r: ReturnType<typeof classify>) => r.signals.map((s) => `${s.cue}:${s.text}`);

describe('Welsh mutations', () => {
  it('takes mutated forms back to the dictionary form', () => {
    expect(radicals('nghwyn')).toContain('cwyn');
    expect(radicals('gwyn')).toContain('cwyn');
    expect(radicals('chwyn')).toContain('cwyn');
    expect(radicals('drwsio')).toContain('trwsio');
    expect(radicals('nhrwsio')).toContain('trwsio');
    expect(radicals('foeler')).toContain('boeler');
    expect(radicals('moeler')).toContain('boeler');
    expect(radicals('wres')).toContain('gwres');
  });

  it('recognises a complaint whatever the mutation', () => {
    for (const text of ['Dw i isio gwneud cwyn', "Dw i am wneud cwyn am y to", 'Ble mae fy nghwyn i wedi mynd, does neb wedi ateb', 'Mae ei gwyn hi wedi cael ei hanwybyddu', 'Mae gen i gŵyn a chwyn arall']) {
      const r = classify(text);
      expect(r.kind === 'complaint' || r.kind === 'status_query', text).toBe(true);
      expect(r.signals.some((s) => /cwyn|gwyn|nghwyn|chwyn|gŵyn/.test(s.text)), text).toBe(true);
    }
  });

  it('reads everyday Welsh: "sa i", "dw i", "ma\'", "di", "efo"', () => {
    const r = classify("sa i'n hapus o gwbl efo'r contractwr, ma' nhw di gadael llanast");
    expect(r.kind).toBe('complaint');
    expect(r.language).toBe('cy');
    expect(cues(r).join(' ')).toMatch(/dissatisfaction:sa i'n/);
  });
});

describe('service request or complaint', () => {
  it('treats a first report as a service request and says why', () => {
    const r = classify('My kitchen tap is dripping, can someone come and fix it?');
    expect(r.kind).toBe('service_request');
    expect(r.dissatisfied).toBe(false);
    expect(cues(r)).toEqual(expect.arrayContaining(['fault:dripping']));
  });

  it('makes the same words a complaint once the resident says it was reported before', () => {
    const r = classify('My kitchen tap is dripping', { reportedBefore: true });
    expect(r.kind).toBe('complaint');
    expect(r.signals).toEqual(expect.arrayContaining([{ cue: 'answer:reportedBefore', text: 'true', source: 'answers' }]));
  });

  it('hears dissatisfaction in text-speak and without the word complaint', () => {
    expect(classify('u said u would send some1 about the mould 2 wks ago, still nothing').kind).toBe('complaint');
    expect(classify('3rd time ive rang about the boiler and noone has come out').kind).toBe('complaint');
    expect(classify("Dw i wedi ffonio 3 gwaith am y damp a does neb wedi dod").kind).toBe('complaint');
  });

  it('treats unhappiness with how an open request is handled as a complaint', () => {
    expect(classify('I reported the noise from next door in August and your officer never rang me back').kind).toBe('complaint');
  });

  it('keeps a first anti-social behaviour report a service request, but another process under Bron Afon', () => {
    expect(classify('My neighbour plays loud music every night').kind).toBe('service_request');
    const bronAfon = classify('My neighbour plays loud music every night', {}, 'bron-afon');
    expect(bronAfon).toMatchObject({ kind: 'excluded', reason: 'other_process', topic: 'asb_report' });
    expect(bronAfon.clause).toBeTruthy();
  });
});

describe('exclusions follow the profile', () => {
  it('treats a filed court claim as legal proceedings, citing the clause', () => {
    const r = classify('The damp in my bedroom is still there', { courtClaimIssued: true });
    expect(r).toMatchObject({ kind: 'excluded', reason: 'legal_proceedings' });
    expect(r.clause).toMatch(/^Code 2\.2/);
  });

  it('counts a disrepair letter of claim as legal proceedings under Brighter Places only', () => {
    const text = 'my solicitor has sent you a letter of claim about the damp';
    expect(classify(text, {}, 'brighter-places')).toMatchObject({ kind: 'excluded', reason: 'legal_proceedings', topic: 'disrepair_letter_of_claim' });
    expect(classify(text).kind).toBe('complaint');
  });

  it('uses the deadline engine for the time limit, per profile', () => {
    const answers = { happenedOn: '2026-02-01' };
    expect(classify('the fence was knocked down by your contractor', answers).kind).toBe('complaint'); // 12 months (Code)
    expect(classify('the fence was knocked down by your contractor', answers, 'psow-model')).toMatchObject({ kind: 'excluded', reason: 'time_limit' }); // 6 months
  });

  it('signposts matters that are not the landlord’s service', () => {
    expect(classify('My council tax bill is wrong, who do I speak to?')).toMatchObject({ kind: 'excluded', reason: 'other_organisation' });
    expect(classify('Dw i isio copi o’r holl ddata personol sydd gennych chi amdana i')).toMatchObject({ kind: 'excluded', reason: 'other_process' });
    expect(classify('I tripped on the broken step and broke my wrist, I want compensation')).toMatchObject({ kind: 'excluded', reason: 'insurance_claim' });
  });

  it('keeps dissatisfaction visible on an exclusion, so a complaint can be offered', () => {
    const r = classify('I slipped on the wet stairs you never fixed and hurt my back, I want to claim compensation');
    expect(r.kind).toBe('excluded');
    expect(r.dissatisfied).toBe(true);
  });
});

describe('other kinds and flags', () => {
  it('puts safety first: gas, water through the ceiling, no heating with a baby', () => {
    expect(classify('I can smell gas in the kitchen')).toMatchObject({ urgent: true, urgentTopics: ['gas'] });
    expect(classify('Mae arogl nwy cryf yn y gegin')).toMatchObject({ urgent: true, urgentTopics: ['gas'], language: 'cy' });
    expect(classify('water is pouring through the kitchen ceiling light').urgent).toBe(true);
    expect(classify('boiler broken and no heating with a 3 month old baby').urgentTopics).toContain('no_heat_vulnerable');
    expect(classify('the bathroom light bulb has gone').urgent).toBe(false);
  });

  it('notices safeguarding cues', () => {
    expect(classify("I can't go on, I want to end it all").safeguarding).toBe(true);
    expect(classify('Dw i ddim eisiau byw rhagor').safeguarding).toBe(true);
    expect(classify('the operative was rude to me').safeguarding).toBe(false);
  });

  it('reads "take it further" as escalation only when the resident has a complaint on record, and says so', () => {
    expect(classify('I want to take it further').kind).toBe('none');
    const known = classify('I want to take it further', { hasComplaint: true });
    expect(known.kind).toBe('escalation');
    expect(known.signals).toEqual(expect.arrayContaining([expect.objectContaining({ cue: 'answer:hasComplaint', source: 'answers' })]));
    // Words that are about a stage or a response need no help.
    expect(classify('I want to go to stage 2').signals.map((s) => s.cue)).not.toContain('answer:hasComplaint');
  });

  it('tells escalation, status, feedback and nothing apart', () => {
    expect(classify("I'm not happy with your stage 1 response").kind).toBe('escalation');
    expect(classify("Dw i ddim yn hapus â'ch ymateb").kind).toBe('escalation');
    expect(classify('any update on CMP-7KQ4-9TXD?').kind).toBe('status_query');
    expect(classify('Oes newyddion am fy nghwyn?').kind).toBe('status_query');
    expect(classify('Thank you to the plumber who came today, brilliant job').kind).toBe('feedback');
    expect(classify('Diolch yn fawr i’r tîm am drwsio’r to mor sydyn').kind).toBe('feedback');
    expect(classify('hello').kind).toBe('none');
  });

  it.each([
    ['I do not agree with your stage 1 response to my complaint about the damp', 'not agree with your stage 1 response'],
    ['I dont agree with the outcome of my complaint', 'dont agree with the outcome'],
    ["Dw i ddim yn cytuno â'ch ymateb cam 1 i fy nghwyn am y lleithder", "ddim yn cytuno a'ch ymateb"],
    ["Sa i'n cytuno gyda'r penderfyniad ar fy nghwyn", "sa i'n cytuno gyda'r penderfyniad"],
    ['Dw i ddim yn cytuno efo eich ymateb i fy nghwyn', 'ddim yn cytuno efo eich ymateb'],
  ])('hears not agreeing with an answer as escalation, with the words: %s', (text, words) => {
    const r = classify(text);
    expect(r.kind).toBe('escalation');
    expect(cues(r)).toContain(`escalation:${words}`);
  });

  it('does not read disagreeing about something else as an escalation', () => {
    expect(classify('I do not agree that the damp is my fault, it keeps coming back').kind).not.toBe('escalation');
  });

  it('hears "nobody has done anything" as dissatisfaction, in either language', () => {
    expect(classify('The damp in my bedroom is getting worse and nobody has done anything after 3 visits').kind).toBe('complaint');
    expect(classify('They have done nothing about the mould').kind).toBe('complaint');
    expect(classify("Mae'r lleithder yn waeth a does neb wedi gwneud dim").kind).toBe('complaint');
    // A first report is still a request for service.
    expect(classify('There is damp in my bedroom, can someone come and look at it?').kind).toBe('service_request');
  });

  it('reads a text the same however often it has been read, and a text of several lines line by line', () => {
    const text = 'The boiler has broken again and nobody has come, my baby is freezing';
    const first = classify(text);
    expect(classify(text)).toEqual(first);
    expect(defaultClassifier().classify(text, profiles.get('housing-ombudsman-code'), {}, { today: '2026-11-23' })).toEqual(first);
    const twoLines = classify('The central heating has broken\nI have a 3 month old baby and the flat is freezing');
    expect(twoLines.urgentTopics).toContain('no_heat_vulnerable');
    expect(cues(twoLines)).toEqual(expect.arrayContaining([expect.stringMatching(/^fault:/), expect.stringMatching(/^vulnerable:/)]));
  });

  it('reads words that name built-in object properties as plain words', () => {
    expect(() => classify('The constructor left a mess, toString valueOf __proto__')).not.toThrow();
    expect(classify('The constructor left rubble in the garden and nobody has cleared it').kind).not.toBe('none');
  });

  it('detects mixed Welsh and English', () => {
    expect(classify("Dw i wedi ffonio three times am y damp and nobody's come").language).toBe('mixed');
  });
});

describe('references in free text', () => {
  it('does not mistake two four-letter Welsh words for a case reference', async () => {
    const { findReference } = await import('../../src/cases/reference');
    expect(findReference("Dydy drws y cefn ddim yn cau'n iawn")).toBeNull();
    expect(findReference('any news on cmp 7kq4 9txd')).toBe('CMP-7KQ4-9TXD');
    expect(findReference('my ref is 7KQ4-9TXD')).toBe('CMP-7KQ4-9TXD');
  });
});
