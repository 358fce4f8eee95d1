import { describe, expect, it } from 'vitest';
import { all, chat, sqliteOf } from './harness';

const handoffs = (c: ReturnType<typeof chat>) =>
  sqliteOf(c).db.prepare('SELECT reason, language FROM handoff_requests').all() as Array<{ reason: string; language: string }>;

describe('what the bot does with triage', () => {
  it('records a first report as a service request, in the language it was written in, and says so', async () => {
    const c = chat();
    const reply = all(await c.say('My kitchen tap is dripping, can someone come and fix it?'));
    expect(reply).toMatch(/recorded this as a request for service[\s\S]*not a complaint\. Your reference is (CMP-\w{4}-\w{4})/);
    expect(reply).toMatch(/you can make a complaint at any time/);
    // The resident's own word is among those given; their order follows the shipped weights.
    expect(reply).toMatch(/I read this as a request for service because of these words: [^\n]*“dripping”/);
    const ref = /(CMP-\w{4}-\w{4})/.exec(reply)![1];
    const stored = (await c.core.store.cases.byReference(ref))!;
    expect(stored.kind).toBe('service_request');
    expect(stored.triage).toMatchObject({ kind: 'service_request', signals: expect.arrayContaining([expect.objectContaining({ cue: 'fault' })]) });
  });

  it('explains an exclusion with the policy, who can help and the Ombudsman, and offers a complaint in one tap', async () => {
    const c = chat();
    const reply = all(await c.say('I slipped on the wet stairs you never fixed and hurt my back, I want to claim compensation'));
    expect(reply).toMatch(/not something the complaints policy covers/);
    expect(reply).toMatch(/insurers/);
    expect(reply).toMatch(/ask the Housing Ombudsman Service to review it: 0300 111 3000/);
    expect(reply).toMatch(/Would you like to make a complaint about that part/);
    expect(c.lastActivities.at(-1)?.suggestedActions?.actions.map((a) => a.title)).toEqual(['Make a complaint', 'No thanks']);
    const intake = all(await c.say('Make a complaint'));
    expect(intake).toMatch(/I slipped on the wet stairs[\s\S]*noted where it is: "the wet stairs"[\s\S]*When did it happen/);
  });

  const OUT_OF_TIME = 'The repairs team left rubble in my garden after fixing the fence in 2023';
  /** A chat in English whose last reply was the offer that follows an out-of-time exclusion. */
  const offeredAfterExclusion = async () => {
    const c = chat();
    await c.say('hi');
    await c.say('English');
    await c.say('cancel');
    const reply = all(await c.say(OUT_OF_TIME));
    return { c, reply };
  };

  it('offers an out-of-time matter as a complaint for the landlord to decide, and asks once more if the answer is neither', async () => {
    const { c, reply } = await offeredAfterExclusion();
    expect(reply).toMatch(/more than 12 months ago/);
    expect(reply).toMatch(/the landlord will decide\. Would you like to make the complaint anyway\?$/);
    expect(c.lastActivities.at(-1)?.suggestedActions?.actions.map((a) => a.title)).toEqual(['Make a complaint', 'No thanks']);
    // Someone still answering questions: the offer is put again, not dropped for a menu.
    expect(all(await c.say('14 Oak Road'))).toMatch(/didn't catch that\. Would you like to make a complaint about it\?/);
    expect(all(await c.say('yes'))).toMatch(/left rubble in my garden[\s\S]*Where is the problem/);
  });

  it('lets a pending offer lapse after asking twice, and a new matter is taken as it comes', async () => {
    const { c } = await offeredAfterExclusion();
    await c.say('14 Oak Road');
    expect(all(await c.say('Oak Road again'))).toMatch(/How can I help/);
    const { c: other } = await offeredAfterExclusion();
    expect(all(await other.say('My kitchen tap is dripping, can someone come and fix it?'))).toMatch(/request for service/);
  });

  it('gives gas emergency instructions first, in Welsh, then records the request', async () => {
    const c = chat();
    const replies = await c.say('Mae arogl nwy cryf yn y gegin');
    expect(replies[0]).toMatch(/arogli nwy[\s\S]*0800 111 999/);
    expect(all(replies)).toMatch(/cais am wasanaeth/);
  });

  it('answers safeguarding cues kindly, with crisis contacts and a person', async () => {
    const c = chat();
    const reply = all(await c.say("I can't go on any more, I want to end it all"));
    expect(reply).toMatch(/Thank you for telling me/);
    expect(reply).toMatch(/Samaritans[\s\S]*116 123/);
    expect(handoffs(c)).toEqual([{ reason: 'safeguarding', language: 'en' }]);

    const cy = chat({}, '2026-11-23T10:00:00Z', 'resident-2');
    expect(all(await cy.say('Dw i ddim eisiau byw rhagor, does dim pwynt'))).toMatch(/Samariaid[\s\S]*116 123[\s\S]*0808 164 0123/);
  });

  it('starts the stage 2 request for an escalation, asking which complaint when the chat has none', async () => {
    const c = chat();
    expect(all(await c.say("I'm not happy with your stage 1 response to my complaint"))).toMatch(/send its reference/);
    expect(handoffs(c)).toEqual([]);
  });

  it('thanks and records feedback, and shows a menu when there is nothing to act on', async () => {
    const c = chat();
    const thanks = all(await c.say('Thank you to the plumber who came today, brilliant job'));
    expect(thanks).toMatch(/Thank you, that's kind of you\. I've passed it on \(reference CMP-/);
  });

  it('shows a menu in the chosen language when there is nothing to act on; "report a repair" asks what needs fixing', async () => {
    const c = chat();
    await c.say('hi');
    await c.say('Cymraeg');
    expect(all(await c.say('canslo'))).toMatch(/stopio/);
    expect(all(await c.say('hmm iawn te'))).toMatch(/Sut galla i helpu/);
    expect(c.lastActivities.at(-1)?.suggestedActions?.actions.map((a) => a.title)).toEqual(['Gwneud cwyn', 'Rhoi gwybod am waith trwsio', 'Gwirio fy nghwyn', 'Siarad â pherson']);
    expect(all(await c.say('Rhoi gwybod am waith trwsio'))).toMatch(/Beth sydd angen ei drwsio/);
    expect(all(await c.say("Mae'r ffenest yn y llofft wedi cracio"))).toMatch(/cais am wasanaeth/);
  });
});
