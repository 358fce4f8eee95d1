import { describe, expect, it } from 'vitest';
import { REFERENCE_PATTERN } from '../../src/cases/reference';
import { all, chat, sayInTurn, sqliteOf } from './harness';

async function toSummary(c: ReturnType<typeof chat>) {
  await c.say('hello');
  expect(all(await c.say('English'))).toMatch(/What has gone wrong/);
  expect(all(await c.say('The boiler keeps breaking and nobody has come to fix it'))).toMatch(/Where is the problem/);
  expect(all(await c.say('Flat 3, 12 Park Road'))).toMatch(/When did it happen/);
  // "keeps breaking" in the description: still going on, so the date is when it started.
  expect(all(await c.say('3 weeks ago'))).toMatch(/noted this started about three weeks ago, around 2 November 2026, and is still happening[\s\S]*reported this to us before/);
  expect(all(await c.say('yes'))).toMatch(/When and how did you report it/);
  expect(all(await c.say('I phoned twice in November, they booked a visit and nobody came'))).toMatch(/affected you/);
  expect(all(await c.say('No hot water with two small children'))).toMatch(/court claim/);
  expect(all(await c.say('no'))).toMatch(/put things right[\s\S]*1\. Get the repair/);
  expect(all(await c.say('1 and 4'))).toMatch(/easier for you/);
  expect(all(await c.say('large print'))).toMatch(/Are you the resident/);
  expect(all(await c.say("I'm the resident"))).toMatch(/What's your name/);
  expect(all(await c.say('Sam Jones'))).toMatch(/How can we contact you/);
  expect(all(await c.say('07700 900123 or sam@example.com'))).toMatch(/Which language should we write to you in/);
  expect(all(await c.say('English'))).toMatch(/good time to call/);
  return c.say('after 5pm');
}

describe('the intake in English', () => {
  it("says each reply's language once one is chosen, whatever the client's locale (the website's page follows it)", async () => {
    const c = chat();
    await c.say('hello', { locale: 'cy-GB' });
    expect(c.lastActivities.filter((a) => a.type === 'message').map((a) => a.locale)).not.toContain('en-GB');
    await c.say('English', { locale: 'cy-GB' });
    const replies = c.lastActivities.filter((a) => a.type === 'message');
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.map((a) => a.locale)).toEqual(replies.map(() => 'en-GB'));
    await c.say('Cymraeg', { locale: 'en-GB' });
    expect(c.lastActivities.filter((a) => a.type === 'message').map((a) => a.locale)).toEqual(c.lastActivities.filter((a) => a.type === 'message').map(() => 'cy-GB'));
  });

  it('greets in Welsh first, says it is automated and a person is available, and offers both languages', async () => {
    const c = chat();
    const [greeting] = await c.say('hi');
    expect(greeting.indexOf('Shwmae')).toBe(0);
    expect(greeting).toMatch(/awtomatig[\s\S]*Hello! I'm an automated assistant/);
    expect(greeting).toMatch(/speak to a person/);
    const buttons = c.lastActivities[0].suggestedActions?.actions.map((a) => a.title);
    expect(buttons).toEqual(['Cymraeg', 'English']);
  });

  it('takes a complaint from start to a filed case with dates from the deadline engine', async () => {
    const c = chat();
    const summary = all(await toSummary(c));
    expect(summary).toMatch(/What went wrong: The boiler keeps breaking/);
    expect(summary).toMatch(/Where: Flat 3, 12 Park Road/);
    expect(summary).toMatch(/What you want: Get the repair or problem fixed; Compensation/);
    expect(summary).toMatch(/Adjustments: Large print/);
    expect(summary).toMatch(/Contact details: 07700 900123, sam@example.com/);
    const filed = all(await c.say('yes'));
    const ref = /reference is (CMP-\w{4}-\w{4})/.exec(filed)?.[1];
    expect(ref).toMatch(REFERENCE_PATTERN);
    expect(filed).toMatch(/acknowledge it by Monday 30 November 2026 \(five working days from today\)/);
    expect(filed).toMatch(/within 10 working days of acknowledging it: by Monday 14 December 2026/);
    expect(filed).toMatch(/Housing Ombudsman Complaint Handling Code, paragraph 6\.2\b/);
    expect(filed).toMatch(/Housing Ombudsman Service: 0300 111 3000/);

    const stored = (await c.core.store.cases.byReference(ref!))!;
    expect(stored.policyId).toBe('housing-ombudsman-code');
    // Triage's two readings, kept on the case: the words and the intake's answers.
    expect(stored.triage).toMatchObject({ kind: 'complaint', dissatisfied: true });
    expect((stored.triage as { signals: Array<{ cue: string }> }).signals.map((s) => s.cue)).toEqual(expect.arrayContaining(['answer:reportedBefore']));
    expect(stored.details.outcomes).toEqual({ codes: ['repair', 'compensation'] });
    expect(stored.details.adjustments).toEqual({ codes: ['large_print'] });
    expect(stored.details.contact).toMatchObject({ name: 'Sam Jones', phone: '07700 900123', email: 'sam@example.com', letterLanguage: 'en', bestTimes: 'after 5pm' });
    expect((await c.core.store.cases.events(stored.id)).map((e) => e.type)).toEqual(['filed']);
    const transcript = await c.core.store.transcripts.forConversation(stored.conversationKey);
    expect(transcript.some((t) => t.direction === 'in' && t.text === 'Flat 3, 12 Park Road')).toBe(true);
    expect(transcript.some((t) => t.direction === 'out' && /reference is/.test(t.text ?? ''))).toBe(true);
  });

  it('lets the resident change any answer at the summary', async () => {
    const c = chat();
    await toSummary(c);
    expect(all(await c.say('change the address'))).toMatch(/Where is the problem/);
    const summary = all(await c.say('Flat 9, 12 Park Road'));
    expect(summary).toMatch(/Where: Flat 9, 12 Park Road/);
    expect(all(await c.say('no'))).toMatch(/What would you like to change/);
    expect(all(await c.say('my phone number'))).toMatch(/How can we contact you/);
    const again = all(await c.say('01632 960001'));
    expect(again).toMatch(/good time to call/);
    expect(all(await c.say('mornings'))).toMatch(/Contact details: 01632 960001/);
  });

  it('records a representative and whether consent is needed under the profile', async () => {
    const c = chat();
    await c.say('hi');
    await c.say('English');
    await c.say('My mum has had damp in her bedroom for months and nobody has been out');
    await c.say('her flat, 4 Hill Street');
    await c.say('in March');
    await c.say('no');
    await c.say('her asthma is worse');
    await c.say('no');
    await c.say('1');
    await c.say('none');
    expect(all(await c.say("I'm her son"))).toMatch(/needs the resident's consent \(spoken or written\)/);
    await c.say('anonymous');
    const filed = all(await c.say('yes'));
    // Anonymous, the son is someone the landlord cannot discuss it with at all: not reminded of
    // consent (a named representative is, in test/dialogs/residents-round9.test.ts), but told the resident can get a reply.
    expect(filed).not.toMatch(/needs the resident's consent before it can discuss/);
    expect(filed).toMatch(/If the resident would like a reply[^.]*, they can get in touch and give this reference/);
    const ref = /reference is (CMP-\w{4}-\w{4})/.exec(filed)?.[1];
    expect((await c.core.store.cases.byReference(ref!))!.details.representative).toEqual({ isResident: false, kind: 'relative', consentNeeded: true });
  });

  it('allows an anonymous complaint and says what that means under the profile', async () => {
    const c = chat();
    await c.say('hi');
    await c.say('English');
    await c.say('The caretaker was rude to me in the lobby');
    await c.say('Block B lobby');
    await c.say('yesterday');
    await c.say('no');
    await c.say('upset');
    await c.say('no');
    await c.say('an apology');
    await c.say('none');
    await c.say('me');
    const anon = all(await c.say('anonymous'));
    expect(anon).toMatch(/without giving your name[\s\S]*Here's what I've got/);
    expect(anon).toMatch(/Name: Anonymous/);
    expect(anon).not.toMatch(/Contact:/);
    expect(all(await c.say('yes'))).toMatch(/won't acknowledge it or send you an answer/);
  });

  it('explains the time limit and discretion when a matter is old, and still records it', async () => {
    const c = chat();
    await c.say('hi');
    await c.say('English');
    await c.say('My kitchen was never finished after the refit');
    await c.say('kitchen');
    const reply = all(await c.say('12/03/2024'));
    expect(reply).toMatch(/within 12 months[\s\S]*by Wednesday 12 March 2025[\s\S]*good reasons/);
    expect(reply).toMatch(/reported this to us before/);
  });

  it('answers help, cancel and speak to a person at any question', async () => {
    const c = chat();
    await c.say('hi');
    await c.say('English');
    expect(all(await c.say('help'))).toMatch(/start again[\s\S]*What has gone wrong/);
    expect(all(await c.say('speak to a person'))).toMatch(/member of staff[\s\S]*What has gone wrong/);
    expect(sqliteOf(c).db.prepare('SELECT reason FROM handoff_requests').all()).toEqual([{ reason: 'asked' }]);
    expect(all(await c.say('cancel'))).toMatch(/Nothing has been sent/);
    expect((await c.core.store.cases.count())).toBe(0);
  });

  it('asks for a person after three answers it cannot use, and asks the question again', async () => {
    const c = chat();
    await c.say('hi');
    await c.say('English');
    await c.say('The bath panel came off months ago and nobody has fixed it despite my calls');
    await c.say('bathroom');
    expect(all(await c.say('blue'))).toMatch(/couldn't read a date/);
    await c.say('green');
    const third = all(await c.say('purple'));
    expect(third).toMatch(/I've asked for a member of staff to join this conversation\. It may take about \d+ minutes/);
    expect(third).toMatch(/When did it happen/);
    expect((await c.core.store.handoffs.list()).map((h) => h.reason)).toEqual(['not_understood']);
  });

  it('files once when a channel re-delivers the same message', async () => {
    const c = chat();
    await toSummary(c);
    const filed = await c.say('yes', { id: 'final-1' });
    const again = await c.say('yes', { id: 'final-1' });
    // The same answer again, reference and all (test/bot/redelivery.test.ts has the rest).
    expect(again).toEqual(filed);
    expect((await c.core.store.cases.count())).toBe(1);
  });
});

describe('triage inside the intake', () => {
  it('treats a first repair report after a plain hello as a service request, and ends the intake', async () => {
    const c = chat();
    await c.say('hi');
    await c.say('English');
    const reply = all(await c.say('My kitchen tap is dripping'));
    expect(reply).toMatch(/recorded this as a request for service[\s\S]*not a complaint/);
    expect(reply).not.toMatch(/Where is the problem/);
    expect(all(await c.say('can someone come on Tuesday?'))).not.toMatch(/When did it happen/);
  });

  it('gives emergency instructions when the answer to "what went wrong" is urgent, then carries on', async () => {
    const c = chat();
    await c.say('hi');
    await c.say('English');
    const reply = all(await c.say("I've reported the gas smell in the kitchen twice and nobody came"));
    // "in the kitchen" answers "where?" (since trial12): the intake carries on at the next question.
    expect(reply).toMatch(/National Gas Emergency Service now on 0800 111 999[\s\S]*noted where it is: "the kitchen"[\s\S]*When did it happen/);
  });
  it('does not ask when and how when "yes" already said it, and reads "I rang them" as a yes', async () => {
    const atReportedBefore = async () => {
      const c = chat();
      // A door that will not lock is asked about first (the danger question); "no" takes it on.
      expect(await sayInTurn(c, 'hello', 'English', 'The back door will not lock and nobody has come', 'no', 'Flat 1, 2 Mill Lane', 'last week')).toMatch(
        /reported this to us before/,
      );
      return c;
    };
    expect(all(await (await atReportedBefore()).say('Yes, I rang twice last month and nobody came'))).toMatch(/affected you/);
    expect(all(await (await atReportedBefore()).say('I rang them on Monday'))).toMatch(/affected you/);
    expect(all(await (await atReportedBefore()).say('yes I have'))).toMatch(/When and how did you report it/);
  });
  it('gives emergency instructions when the answer about the household makes it urgent, and only what is new', async () => {
    const before = ['hello', 'English'];
    const after = ['Flat 3, 12 Park Road', 'today', 'yes', 'I phoned on Monday'];
    const c = chat();
    await sayInTurn(c, ...before, 'The boiler has broken and there is no heating or hot water, nobody has come', ...after);
    // No heating with a baby is an emergency repair: told so, and where to turn if someone is unwell, not "in danger, call 999" (trial17).
    expect(all(await c.say('I have a 3 month old baby and the flat is freezing'))).toMatch(/may need an emergency repair[\s\S]*call 111 for advice, or 999 in an emergency[\s\S]*court claim/);
    const gas = chat();
    expect(await sayInTurn(gas, ...before, 'I can smell gas in the kitchen again and nobody came last time')).toMatch(/National Gas Emergency Service/);
    await sayInTurn(gas, ...after);
    expect(all(await gas.say('It is frightening, I have had to keep the windows open'))).not.toMatch(/National Gas Emergency Service/);
  });

  it.each([
    ["No, that's not right", /What would you like to change/],
    ['nope', /What would you like to change/],
    ['yes but the phone number is wrong', /How can we contact you/],
    ['not really, the address is wrong', /Where is the problem/],
    ['yes I think so but not sure', /wasn't sure whether that meant it's all right to send[\s\S]*Here's what I've got/],
  ])('does not file at the summary on %j', async (answer, next) => {
    const c = chat();
    await toSummary(c);
    const reply = all(await c.say(answer));
    expect(reply).not.toMatch(/reference is/);
    expect(reply).toMatch(next);
    expect((await c.core.store.cases.count())).toBe(0);
  });

  it.each(['yep thats right', 'Yes, that\'s all correct, thank you', 'yes pls'])('files at the summary on a clear yes: %j', async (answer) => {
    const c = chat();
    await toSummary(c);
    expect(all(await c.say(answer))).toMatch(/reference is CMP-/);
  });

  it('shows a summary button that answers its own question', async () => {
    const c = chat();
    await toSummary(c);
    expect(c.lastActivities.at(-1)?.suggestedActions?.actions.map((a) => a.title)).toEqual(['Yes']);
  });

  it('spells out the choices when a yes/no answer is unclear, and never reads a negation as yes', async () => {
    const c = chat();
    await sayInTurn(c, 'hi', 'English', "The lift has been broken for a month and nobody has fixed it, I'm fed up", 'Park Court');
    expect(all(await c.say("yeah but they didn't come"))).toMatch(/type "yes", "no" or "not sure" \(or 1, 2 or 3\)[\s\S]*reported this to us before/);
    expect(all(await c.say('nope'))).toMatch(/affected you/);
  });

  it('does not take an address given before a language is chosen as choosing a language', async () => {
    const c = chat();
    await c.say('hello');
    const reply = all(await c.say('Flat 3, Park Road'));
    expect(reply).not.toMatch(/carry on in English|What has gone wrong/);
    expect(reply).toMatch(/Cymraeg/);
    expect(all(await c.say('2'))).toMatch(/carry on in English[\s\S]*What has gone wrong/);
  });

  it('greets back a second hello at the language question, in both languages, and still takes the choice', async () => {
    const c = chat();
    await c.say('hi');
    for (const hello of ['Hello', 'helo', 'Bore da!']) {
      const reply = all(await c.say(hello));
      expect(reply).toMatch(/^Shwmae eto![\s\S]*Hello again! Would you like to carry on in Welsh or in English\?/);
      expect(reply).not.toMatch(/Please type/);
      expect(c.lastActivities.at(-1)?.suggestedActions?.actions.map((a) => a.title)).toEqual(['Cymraeg', 'English']);
    }
    expect(all(await c.say('English'))).toMatch(/carry on in English[\s\S]*What has gone wrong/);
  });

  it('says so when "cancel" has nothing to cancel', async () => {
    const c = chat();
    const reply = all(await c.say('cancel'));
    expect(reply).toMatch(/nothing under way to cancel/);
    expect(reply).not.toMatch(/What has gone wrong/);
    await sayInTurn(c, 'hi', 'English', 'cancel');
    expect(all(await c.say('cancel'))).toMatch(/^There's nothing under way to cancel/);
  });

  it('does not ask "have you reported it before?" when the description said so', async () => {
    const c = chat();
    await sayInTurn(c, 'hi', 'English', 'The bathroom fan is broken. I reported it twice and nobody came.', '4 Hill Street');
    expect(all(await c.say('last month'))).toMatch(/affected you/);
    const summary = await sayInTurn(c, 'annoyed', 'no', '1', 'none', 'me', 'anonymous');
    // Said in what went wrong, which the summary shows just above: not quoted a second time.
    expect(summary).toMatch(/Reported before: Yes, as you said above/);
    expect(summary.match(/I reported it twice and nobody came/g)).toHaveLength(1);
  });

  it('does not promise an acknowledgement date to an anonymous resident the profile will not acknowledge', async () => {
    const c = chat();
    await sayInTurn(c, 'hi', 'English', 'The caretaker was rude to me in the lobby', 'Block B lobby', 'yesterday', 'no', 'upset', 'no', 'an apology', 'none', 'me');
    expect(all(await c.say('anonymous'))).toMatch(/won't be able to acknowledge it|cannot acknowledge it/);
    const filed = all(await c.say('yes'));
    expect(filed).toMatch(/reference is CMP-/);
    expect(filed).toMatch(/won't acknowledge it or send you an answer, so there are no dates/);
    expect(filed).not.toMatch(/must acknowledge|acknowledge it by/);
    // The Ombudsman looks at complaints from the person affected, after the landlord's process:
    // not open to someone who gave no name, who is told how to keep it open instead.
    expect(filed).not.toMatch(/you can contact the Housing Ombudsman/);
    expect(filed).toMatch(/The Housing Ombudsman Service looks at complaints from the person affected[\s\S]*As you haven't given your name, it can't look at this one for you[\s\S]*give your name and this reference/);
  });

  it('under bron-afon, an anonymous concern is sent as a concern, not called a complaint', async () => {
    const c = chat({ POLICY: 'bron-afon' });
    await sayInTurn(c, 'hi', 'English', 'The caretaker was rude to me in the lobby', 'Block B lobby', 'yesterday', 'no', 'upset', 'no', 'an apology', 'none', 'me');
    await c.say('anonymous');
    const filed = all(await c.say('yes'));
    expect(filed).toMatch(/Your concern has been sent\. Your reference is CMP-/);
    expect(filed).not.toMatch(/Your complaint has been sent/);
    expect(filed).toMatch(/as a concern rather than a formal complaint/);
  });

  it('a named complaint is still told it can go to the Ombudsman', async () => {
    const c = chat();
    await sayInTurn(c, 'hi', 'English', 'The caretaker was rude to me in the lobby', 'Block B lobby', 'yesterday', 'no', 'upset', 'no', 'an apology', 'none', 'me', 'Sam Jones', '07700 900123', 'English', 'any time');
    const filed = all(await c.say('yes'));
    expect(filed).toMatch(/you can contact the Housing Ombudsman Service: 0300 111 3000/);
    expect(filed).not.toMatch(/haven't given your name/);
  });

  it.each([
    ['bromford', 'my MP', 'mp', false],
    ['bromford', 'MS', 'ms', true],
    ['bromford', 'AS', 'ms', true],
    ['bromford', 'Member of the Senedd', 'ms', true],
  ] as const)('under %s reads %j as a representative, with the profile\'s consent rule', async (policy, answer, kind, consent) => {
    const c = chat({ POLICY: policy });
    // "writing for a constituent": who is complaining is asked before the effect, which is then asked about the resident.
    expect(await sayInTurn(c, 'hi', 'English', "I'm writing for a constituent: the landlord has ignored the mould for months", '4 Hill Street', 'in September', 'no')).toMatch(/Are you the resident/);
    const said = all(await c.say(answer));
    expect(said).toMatch(consent ? /needs the resident's/ : /don't need the resident's written consent/);
    expect(said).toMatch(/How has this affected the resident/);
    expect(await sayInTurn(c, 'asthma', 'no', '1', 'none')).toMatch(/What's your name/);
    const filed = await sayInTurn(c, 'anonymous', 'yes');
    const ref = /reference is (CMP-\w{4}-\w{4})/.exec(filed)![1];
    expect((await c.core.store.cases.byReference(ref))!.details.representative).toMatchObject({ isResident: false, kind, consentNeeded: consent });
  });
});
