import { describe, expect, it } from 'vitest';
import { all, chat } from '../bot/harness';
import { serviceRequestMessages } from '../../dialogs/triage/replies';
import { createI18n } from '../../src/i18n';
import { createProfileRegistry } from '../../src/policy/profiles';
import { createClassifier } from '../../src/triage/classify';

const i18n = createI18n();
const classifier = createClassifier();

/**
 * A disclosure of abuse or a worry for someone's safety that triage files as a service request is
 * told it has been recorded for the team to follow up, not "a request for service (a repair or
 * something for us to do)" (thirteenth session, found trying the handover cap by hand).
 */
describe('a safeguarding matter filed as a service request is told so in words that fit it', () => {
  it('in the chat, after the crisis lines', async () => {
    const c = chat();
    await c.say('hi');
    await c.say('English');
    const reply = all(await c.say("My partner hit me last night and I'm scared to go home"));
    expect(reply).toMatch(/999[\s\S]*recorded what you've told me so that the team can follow it up/);
    expect(reply).not.toMatch(/request for service \(a repair/);
  });

  // The replies alone, for each language and profile with and without the team's phone number.
  it.each([
    { lang: 'en', policy: 'housing-ombudsman-code', recorded: /^I've recorded what you've told me so that the team can follow it up with you\. Your reference is CMP-TEST-0001\.$/, next: /^The team will follow this up with you, and anything that needs repairing will go through the usual repairs process\./ },
    { lang: 'cy', policy: 'housing-ombudsman-code', recorded: /^Rydw i wedi cofnodi'r hyn rydych chi wedi'i ddweud wrtha i, er mwyn i'r tîm allu mynd ar ei ôl gyda chi\. Eich cyfeirnod yw CMP-TEST-0001\.$/, next: /^Bydd y tîm yn mynd ar ôl hyn gyda chi/ },
    { lang: 'en', policy: 'bron-afon', recorded: /^I've recorded what you've told me/, next: /usual repairs process\. You can also contact the team on 01633 620 111\.$/ },
    { lang: 'cy', policy: 'bron-afon', recorded: /^Rydw i wedi cofnodi'r hyn/, next: /broses atgyweirio arferol\. Gallwch chi hefyd gysylltu â'r tîm ar 01633 620 111\.$/ },
  ] as const)('$lang, $policy', ({ lang, policy, recorded, next }) => {
    const profile = createProfileRegistry().get(policy);
    const result = { ...classifier.classify('My partner hit me last night', profile, {}, { today: '2026-12-07' }), kind: 'service_request' as const, safeguarding: true };
    const [first, second] = serviceRequestMessages(i18n.getFixedT(lang), profile, result, 'CMP-TEST-0001');
    expect(first).toMatch(recorded);
    expect(second).toMatch(next);
    const plain = serviceRequestMessages(i18n.getFixedT(lang), profile, { ...result, safeguarding: false }, 'CMP-TEST-0001');
    expect(plain[0]).toMatch(lang === 'en' ? /request for service \(a repair/ : /cais am wasanaeth \(gwaith trwsio/);
  });

  // "I read this as a request for service because of these words: mould" after the crisis lines
  // read as a form being filled in (trial14); an ordinary repair keeps its reason.
  it.each(['en', 'cy'] as const)('%s: no "I read this as ... because of these words" beside a disclosure', (lang) => {
    const profile = createProfileRegistry().get('housing-ombudsman-code');
    const t = i18n.getFixedT(lang);
    const result = { ...classifier.classify('I want to end it all, the mould in the flat is unbearable', profile, {}, { today: '2026-12-07' }), kind: 'service_request' as const, safeguarding: true };
    expect(result.signals.length).toBeGreaterThan(0);
    const said = (r: typeof result) => serviceRequestMessages(t, profile, r, 'CMP-TEST-0001').join('\n');
    const because = lang === 'en' ? /because of these words/ : /Dyma'r geiriau a wnaeth i mi feddwl/;
    expect(said(result)).not.toMatch(because);
    expect(said({ ...result, safeguarding: false })).toMatch(because);
  });

  it.each([
    { lang: 'English', words: 'The kitchen tap has been dripping since yesterday', repair: /request for service \(a repair/ },
    { lang: 'Cymraeg', words: "Mae'r tap yn y gegin wedi bod yn diferu ers ddoe", repair: /cais am wasanaeth \(gwaith trwsio/ },
  ])('$lang: an ordinary repair keeps its words', async ({ lang, words, repair }) => {
    const c = chat();
    await c.say('hi');
    await c.say(lang);
    const reply = all(await c.say(words));
    expect(reply).toMatch(repair);
    expect(reply).not.toMatch(/follow it up|mynd ar ei ôl/);
  });
});
