import { expect } from 'vitest';
import { postMessage } from './server';
import { readEvents, type startConnector } from './connector';

export const TOKEN = 'cc-0123456789abcdefghijklmnop';
export const OTHER = 'cms-0123456789abcdefghijklmnopq';

const staffHeaders = (token = TOKEN, person = 'Rhian Evans') => ({ authorization: `Bearer ${token}`, 'x-staff-member': person, 'content-type': 'application/json' });

/**
 * The whole built-in handover over HTTP. `resident` and `staff` may be different instances on
 * one shared store: the queue, the accept, the stream and the hand-back must not care which.
 */
export async function handoverFlow(o: { resident: string; staff: string; connector: Awaited<ReturnType<typeof startConnector>>; conversation: string }): Promise<void> {
  const { connector, conversation } = o;
  let n = 0;
  const say = (text: string) => postMessage(o.resident, { conversation, user: `resident-${conversation}`, text, id: `${conversation}-${n++}`, extra: { serviceUrl: connector.url } });
  await say('hello');
  await say('English');
  const asked = await say('can I talk to someone real');
  expect(asked.text).toMatch(/I've asked for a member of staff to join this conversation\. It may take about \d+ minutes\. Nothing you've told me is lost/);
  expect(asked.body.activities?.some((a) => (a as { name?: string }).name === 'handoff.initiate')).toBe(true);

  const queue = (await (await fetch(`${o.staff}/staff/handoffs`, { headers: staffHeaders() })).json()) as { waiting: Array<{ id: number; language: string; reason: string; channel: string }> };
  const mine = queue.waiting.find((h) => h.language === 'en' && h.reason === 'asked' && h.channel === 'test');
  expect(mine).toBeDefined();
  const id = mine!.id;

  const stream = await fetch(`${o.staff}/staff/handoffs/events?handoff=${id}`, { headers: staffHeaders() });
  expect(stream.status).toBe(200);
  const events = readEvents(stream.body!);
  try {
    const accepted = await fetch(`${o.staff}/staff/handoffs/${id}/accept`, { method: 'POST', headers: staffHeaders() });
    expect(accepted.status).toBe(200);
    const second = await fetch(`${o.resident}/staff/handoffs/${id}/accept`, { method: 'POST', headers: staffHeaders(OTHER, 'Sam Jones') });
    expect(second.status).toBe(409);
    expect(((await second.json()) as { message: string }).message).toMatch(/already taken by staff:contact-centre\/Rhian Evans/);
    await connector.waitFor(() => connector.texts(conversation).some((t) => /Rhian from the team has joined/.test(t)));

    const sent = await fetch(`${o.staff}/staff/handoffs/${id}/messages`, { method: 'POST', headers: staffHeaders(), body: JSON.stringify({ text: 'Hello, I can help with that. What is the problem?' }) });
    expect(sent.status).toBe(201);
    await connector.waitFor(() => connector.texts(conversation).includes('Rhian (member of staff): Hello, I can help with that. What is the problem?'));
    const fromPerson = connector.posted.find((p) => p.activity.text?.startsWith('Rhian (member of staff)'));
    expect(fromPerson?.activity.channelData).toMatchObject({ fromPerson: true, staffFirstName: 'Rhian' });

    // While a person has it, the bot says nothing; the resident's words reach staff.
    const answer = await say('The boiler has been broken for two weeks');
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('');
    await connector.waitFor(() => events.events.some((e) => e.kind === 'resident_message' && e.data.data.text === 'The boiler has been broken for two weeks'));
    // …except for an emergency.
    expect((await say('I can smell gas in the kitchen')).text).toMatch(/0800 111 999/);

    const back = await fetch(`${o.staff}/staff/handoffs/${id}/handback`, {
      method: 'POST',
      headers: staffHeaders(),
      body: JSON.stringify({ note: 'Took the description; the bot can carry on', resume: { answers: { description: 'The boiler has been broken for two weeks' } } }),
    });
    expect(back.status).toBe(200);
    await connector.waitFor(() => connector.texts(conversation).some((t) => /automated assistant again/.test(t)));
    await connector.waitFor(() => connector.texts(conversation).some((t) => /^Where is the problem\?/.test(t)));
    // The bot has the conversation again and carries on with the intake where staff left it.
    const next = await say('Flat 3, 12 Park Road');
    expect(next.text).toMatch(/When did it happen/);

    const detail = (await (await fetch(`${o.staff}/staff/handoffs/${id}`, { headers: staffHeaders() })).json()) as {
      state: string;
      transcript: Array<{ from: string; text: string }>;
      events: Array<{ kind: string; actor: string; at: string }>;
    };
    expect(detail.state).toBe('finished');
    expect(detail.transcript.map((t) => t.text)).toEqual(expect.arrayContaining(['The boiler has been broken for two weeks', 'Rhian (member of staff): Hello, I can help with that. What is the problem?']));
    expect(detail.events.map((e) => [e.kind, e.actor])).toEqual(
      expect.arrayContaining([
        ['accepted', 'staff:contact-centre/Rhian Evans'],
        ['staff_message', 'staff:contact-centre/Rhian Evans'],
        ['resident_message', 'resident'],
        ['handed_back', 'staff:contact-centre/Rhian Evans'],
      ]),
    );
  } finally {
    await events.stop();
  }
}
