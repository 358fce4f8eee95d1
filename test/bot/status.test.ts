import { describe, expect, it } from 'vitest';
import type { CaseEventInput } from '../../src/cases/lifecycle';
import { all, chat, type Chat, fileComplaint, sqliteOf } from './harness';

const file = fileComplaint;
async function staff(c: Chat, ref: string, ...events: CaseEventInput[]): Promise<void> {
  for (const e of events) await c.core.updates.record(ref, 'staff:test', e);
}

describe('where is my complaint?', () => {
  it('recognises the identity that filed it and gives the next date in words, as a date and in working days', async () => {
    const c = chat();
    const ref = await file(c);
    await c.say('hi');
    await c.say('English');
    await c.say('cancel');
    const reply = all(await c.say("where's my complaint?"));
    expect(reply).toContain(`Your complaint ${ref} (received Monday 23 November 2026) is at stage 1.`);
    expect(reply).toContain('The landlord must acknowledge it by Monday 30 November 2026 — five working days from today.');
  });

  it('answers the question when it is asked where the bot expected a new complaint, in either language', async () => {
    const c = chat();
    const ref = await file(c);
    await c.say('hi');
    expect(all(await c.say('English'))).toMatch(/What has gone wrong/);
    expect(all(await c.say('where is my complaint?'))).toContain(`Your complaint ${ref} (received Monday 23 November 2026) is at stage 1.`);
    const cy = chat();
    const cyRef = await file(cy);
    await cy.say('Shwmae');
    expect(all(await cy.say('Cymraeg'))).toMatch(/Beth sydd wedi mynd o'i le/);
    expect(all(await cy.say('Ble mae fy nghwyn i?'))).toContain(cyRef);
  });

  it('says what has happened, who is dealing with it, and any extension with its reason', async () => {
    const c = chat({}, '2026-12-01T10:00:00Z');
    const ref = await file(c);
    await staff(c, ref, { type: 'acknowledged', date: '2026-11-24', officer: 'Rhian Evans' }, { type: 'extended', length: { n: 5, unit: 'working_days' }, reason: 'waiting for a damp survey', residentAgreed: false });
    const reply = all(await c.say(`any update on ${ref}?`));
    expect(reply).toMatch(/acknowledged on Tuesday 24 November 2026/);
    expect(reply).toMatch(/Rhian Evans is dealing with it/);
    expect(reply).toMatch(/extended by five working days to Tuesday 15 December 2026\. The reason given: waiting for a damp survey/);
    expect(reply).toMatch(/must answer it by Tuesday 15 December 2026 — 10 working days from today/);
  });

  it('tells the resident a date was missed and what they can do, including the Ombudsman', async () => {
    const c = chat({}, '2026-12-10T10:00:00Z');
    await file(c);
    const reply = all(await c.say('any news on my complaint?'));
    expect(reply).toMatch(/acknowledge it by Monday 30 November 2026 — eight working days ago/);
    expect(reply).toMatch(/That date has been missed[\s\S]*Housing Ombudsman Service[\s\S]*0300 111 3000/);
    expect(reply).toMatch(/go to stage 2/);
  });

  it('answers in Welsh with Welsh plural forms', async () => {
    const c = chat({}, '2026-11-25T10:00:00Z');
    const ref = await file(c);
    await c.say('Shwmae');
    await c.say('Cymraeg');
    await c.say('canslo');
    const reply = all(await c.say('Oes newyddion am fy nghwyn?'));
    expect(reply).toContain(`Mae eich cwyn ${ref}`);
    expect(reply).toMatch(/ar Gam 1/);
    expect(reply).toMatch(/erbyn dydd Llun 30 Tachwedd 2026 — ymhen tri diwrnod gwaith/);
  });

  it('asks anyone else for the reference and the postcode or surname, with one reply for every kind of miss, and locks after five', async () => {
    const c = chat({}, '2026-11-23T10:00:00Z', 'someone-else');
    const theirs = await file(c, { user: 'resident-1', name: 'Siân Owen', location: '5 Heol y Castell, SA1 1AA' });
    expect(all(await c.say(`Any update on my complaint ${theirs}?`))).toMatch(/postcode or the surname/);
    expect(all(await c.say('Jones'))).toMatch(/couldn't match those details/);
    expect(all(await c.say('CMP-2222-3333'))).toMatch(/postcode or the surname/);
    expect(all(await c.say('Owen'))).toMatch(/couldn't match those details/); // a reference that does not exist: the same reply
    expect(all(await c.say(theirs))).toMatch(/postcode or the surname/);
    expect(all(await c.say('sa1 1aa'))).toMatch(new RegExp(`Your complaint ${theirs}`));
    // Two misses so far from this identity: three more lock it, whatever the reference.
    for (let i = 0; i < 2; i++) {
      await c.say(theirs);
      expect(all(await c.say('wrong'))).toMatch(/couldn't match those details/);
    }
    await c.say(theirs);
    expect(all(await c.say('still wrong'))).toMatch(/stopped looking up complaints for you/);
    expect(all(await c.say(`any update on ${theirs}?`))).toMatch(/can't look up complaints for you for a while/);
    const handoffs = sqliteOf(c).db.prepare("SELECT reason FROM handoff_requests WHERE reason = 'lookup_locked'").all();
    expect(handoffs).toHaveLength(1);
  });

  it.each([
    ['en', 'Any update on my complaint {ref}?', "I'm not happy with the answer and want to take it further", /need just one thing to find your complaint: the postcode or the surname/, 'sa1 1aa', /Your complaint/, /couldn't match those details/],
    ['cy', "Beth sy'n digwydd efo cwyn {ref}?", "dw i'm yn hapus efo'r ateb, dw isio mynd â hi ymhellach", /dim ond un peth sydd ei angen arna i i ddod o hyd i'ch cwyn: y cod post neu'r cyfenw/, 'Owen', /Mae eich cwyn|Eich cwyn/, /dydy'r manylion hynny ddim yn cyfateb/],
  ] as const)('%s: an answer that is neither a postcode nor a surname (%j) is asked about once, not counted as wrong details', async (_lang, ask, neither, again, secret, answered, miss) => {
    const c = chat({}, '2026-11-23T10:00:00Z', 'someone-else');
    const theirs = await file(c, { user: 'resident-1', name: 'Siân Owen', location: '5 Heol y Castell, SA1 1AA' });
    await c.say(ask.replace('{ref}', theirs));
    const reply = all(await c.say(neither));
    expect(reply).toMatch(again);
    expect(reply).not.toMatch(miss);
    expect(all(await c.say(secret))).toMatch(answered);
    // Once only: a second such answer is a miss like any other.
    await c.say(ask.replace('{ref}', theirs));
    await c.say(neither);
    expect(all(await c.say(neither))).toMatch(miss);
  });
});

describe('asked for a reference they do not have', () => {
  it('says what else can be done instead of asking again, then takes what they say next as new, in both languages', async () => {
    const c = chat();
    await c.say('hi');
    await c.say('English');
    expect(all(await c.say('Where is my complaint up to?'))).toMatch(/send its reference[\s\S]*If you don't have it, just say so/);
    const reply = all(await c.say("I don't have one, it's a repair not a complaint"));
    expect(reply).toMatch(/Without the reference I can't look up a complaint here[\s\S]*speak to a person/);
    expect(reply).toMatch(/asking about a repair rather than a complaint[\s\S]*I can take a complaint now/);
    expect(reply).not.toMatch(/send its reference/);
    // The enquiry is over: a new message is read afresh, not as a reference.
    expect(all(await c.say('The boiler has broken down three times since October and nobody has fixed it properly'))).not.toMatch(/send its reference|having trouble understanding/);

    const cy = chat();
    await cy.say('Shwmae');
    await cy.say('Cymraeg');
    expect(all(await cy.say('Ble mae fy nghwyn i?'))).toMatch(/anfonwch ei chyfeirnod[\s\S]*Os nad oes gennych chi gyfeirnod/);
    const cyReply = all(await cy.say("sgen i ddim un"));
    expect(cyReply).toMatch(/Heb y cyfeirnod, alla i ddim chwilio am gŵyn[\s\S]*siarad â pherson/);
    expect(cyReply).toMatch(/gymryd cwyn nawr/);
  });
});

describe('stage 2 by chat', () => {
  const answered: CaseEventInput[] = [
    { type: 'acknowledged', date: '2026-11-24' },
    { type: 'answered', date: '2026-12-04', outcome: 'partly_upheld', remedies: ['£50'] },
  ];

  it('reads "take it further" as stage 2 from a resident with a complaint on record, and as nothing in particular from one without', async () => {
    const c = chat({}, '2026-12-07T10:00:00Z');
    const ref = await file(c);
    await staff(c, ref, ...answered);
    await c.say('hi');
    await c.say('English');
    await c.say('cancel');
    expect(all(await c.say('I want to take it further'))).toMatch(/What are you still unhappy about/);
    const stranger = chat({}, '2026-12-07T10:00:00Z', 'someone-else');
    await stranger.say('hi');
    await stranger.say('English');
    await stranger.say('cancel');
    expect(all(await stranger.say('I want to take it further'))).toMatch(/How can I help/);
  });

  // Found trying the bot: unhappy with the stage 1 reply and asking for the Ombudsman got the
  // Ombudsman's details and the complaint's status, which told them to say they were unhappy.
  it.each([
    ['en', 'hi', 'English', 'cancel', 'ive had your reply and im not happy, i want it to go to the ombudsman', /Housing Ombudsman[\s\S]*has to finish first[\s\S]*What are you still unhappy about/],
    ['cy', 'Shwmae', 'Cymraeg', 'canslo', "Dw i wedi cael eich ateb a dw i ddim yn hapus, dw i isio mynd at yr Ombwdsmon", /Ombwdsmon[\s\S]*orffen yn gyntaf[\s\S]*Beth ydych chi'n dal yn anhapus/],
  ] as const)('%s: unhappy with the stage 1 answer and asking for the Ombudsman starts stage 2 after saying how and when', async (_lang, hello, language, cancel, say, expected) => {
    const c = chat({}, '2026-12-07T10:00:00Z');
    const ref = await file(c);
    await staff(c, ref, ...answered);
    await c.say(hello);
    await c.say(language);
    await c.say(cancel);
    expect(all(await c.say(say))).toMatch(expected);
  });

  it('refuses to escalate before a stage 1 answer and says when it is due', async () => {
    const c = chat({}, '2026-11-25T10:00:00Z');
    await file(c);
    await c.say('hi');
    await c.say('English');
    await c.say('cancel');
    expect(all(await c.say("I'm not happy with your answer to my complaint"))).toMatch(/hasn't had its stage 1 answer yet[\s\S]*must acknowledge it by/);
  });

  // Found trying the bot in Welsh: "…i'r cam nesaf.Rhaid i'r landlord…", the two sentences run together.
  it('in Welsh too, with a space between the refusal and when the answer is due', async () => {
    const c = chat({}, '2026-11-25T10:00:00Z');
    await file(c);
    await c.say('Shwmae');
    await c.say('Cymraeg');
    await c.say('canslo');
    const reply = all(await c.say("dw i'm yn hapus efo'r ateb"));
    expect(reply).toMatch(/heb gael ateb Cam 1 eto|ddim wedi cael ateb Cam 1 eto/);
    expect(reply).toMatch(/i'r cam nesaf\. Rhaid i'r landlord ei chydnabod erbyn/);
  });

  it('records the escalation with stage 2 dates from the engine, asking optionally what is still wrong', async () => {
    const c = chat({}, '2026-12-07T10:00:00Z');
    const ref = await file(c);
    await staff(c, ref, ...answered);
    await c.say('hi');
    await c.say('English');
    await c.say('cancel');
    expect(all(await c.say("I'm not happy with your answer"))).toMatch(/What are you still unhappy about/);
    expect(all(await c.say('The boiler is still broken'))).toMatch(/What would you like to happen now/);
    const done = all(await c.say('skip'));
    expect(done).toMatch(new RegExp(`${ref} has moved to stage 2`));
    expect(done).toMatch(/acknowledge your stage 2 request by Monday 14 December 2026 and answer it within 20 working days of acknowledging it: by Thursday 14 January 2027 at the latest/);
    expect(done).toMatch(/\(Housing Ombudsman Complaint Handling Code, paragraphs 6\.11 and 6\.15\)/);
    const record = (await c.core.store.cases.byReference(ref))!;
    expect(record).toMatchObject({ stage: 2, state: 'stage2_open' });
    const events = await c.core.store.cases.events(record.id);
    expect(events.at(-1)).toMatchObject({ actor: 'resident', type: 'escalation_received', data: { stillUnhappy: 'The boiler is still broken' } });
  });

  it('in Welsh, outside the policy window: explains, still records, and flags it for the landlord’s discretion', async () => {
    const c = chat({ POLICY: 'berneslai-homes' }, '2027-02-15T10:00:00Z');
    const ref = await file(c);
    await staff(c, ref, ...answered);
    await c.say('Shwmae');
    await c.say('Cymraeg');
    await c.say('canslo');
    const first = all(await c.say("Dw i ddim yn hapus â'ch ymateb"));
    expect(first).toMatch(/o fewn pedair wythnos i ateb Cam 1/);
    expect(first).toMatch(/Beth ydych chi'n dal yn anhapus/);
    await c.say('sgipio');
    expect(all(await c.say('sgipio'))).toMatch(/wedi symud i Gam 2/);
    const status = await c.core.updates.status((await c.core.store.cases.byReference(ref))!);
    expect(status.stages[1].late).toBe(true);
  });

  it('tells a resident whose complaint has finished stage 2 how to go to the Ombudsman', async () => {
    const c = chat({}, '2027-01-20T10:00:00Z');
    const ref = await file(c);
    await staff(c, ref, ...answered, { type: 'escalation_received', at: '2026-12-07' }, { type: 'answered', date: '2027-01-15', outcome: 'not_upheld', remedies: [] });
    const reply = all(await c.say(`I want to escalate my complaint ${ref}`));
    expect(reply).toMatch(/complaints process is complete[\s\S]*Housing Ombudsman Service[\s\S]*0300 111 3000/);
    expect(reply).toMatch(/normally do that by Saturday 15 January 2028/);
  });
});
