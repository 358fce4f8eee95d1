import { expect } from 'vitest';
import type { Store } from '../../src/store/ports';
import { readEvents } from './connector';
import { ChatClient, type DlActivity } from './directline-client';
import { StaffBrowser } from './staff-browser';

export const TOKEN = 'cc-0123456789abcdefghijklmnop';
export const OTHER = 'cms-0123456789abcdefghijklmnopq';

/** Polls the resident's Direct Line stream until an activity matches (staff messages arrive proactively). */
export async function seen(chat: ChatClient, pred: (a: DlActivity) => boolean, ms = 60_000): Promise<DlActivity> {
  const until = Date.now() + ms;
  for (;;) {
    const found = chat.seen.find(pred);
    if (found) return found;
    if (Date.now() > until) throw new Error(`not seen in the chat; it holds: ${JSON.stringify(chat.seen.map((a) => a.text ?? a.type))}`);
    await chat.poll();
    await new Promise((r) => setTimeout(r, 100));
  }
}

const botSaid = (re: RegExp) => (a: DlActivity) => a.from.role === 'bot' && a.type === 'message' && re.test(a.text ?? '');

/**
 * The whole built-in handover over HTTP, the resident on the website chat (self-hosted Direct
 * Line) and staff signed in to the console. `resident` and `staff` may be different instances on
 * one shared store: the queue, the accept, the stream and the hand-back must not care which.
 */
export async function handoverFlow(o: { resident: string; staff: string; store: Store; tag: string }): Promise<void> {
  const chat = new ChatClient(o.resident);
  await chat.start();
  await seen(chat, (a) => a.from.role === 'bot' && a.type === 'message');
  await chat.say('English');
  const asked = await chat.say('can I talk to someone real');
  expect(asked).toMatch(/I've asked for a member of staff to join this conversation\. It may take about \d+ minutes\. Nothing you've told me is lost/);
  // The hub's event never reaches the resident's page (its triage flags and words would sit in the page's log).
  expect(chat.seen.filter((a) => a.type === 'event')).toEqual([]);

  await StaffBrowser.add(o.store, `rhian-${o.tag}`, 'Rhian Evans', 'ABCDE-FGHJK-LMNPQ-RSTUV');
  await StaffBrowser.add(o.store, `sam-${o.tag}`, 'Sam Jones', 'VUTSR-QPNML-KJHGF-EDCBA');
  const rhian = new StaffBrowser(o.staff);
  await rhian.signIn(`rhian-${o.tag}`, 'ABCDE-FGHJK-LMNPQ-RSTUV', 'kettle orchard lantern');
  const sam = new StaffBrowser(o.resident);
  await sam.signIn(`sam-${o.tag}`, 'VUTSR-QPNML-KJHGF-EDCBA', 'violin harbour meadow');

  const queue = await rhian.json<{ waiting: Array<{ id: number; language: string; reason: string; channel: string; waitingMinutes: number }> }>('/staff/handoffs');
  const mine = queue.waiting.find((h) => h.language === 'en' && h.reason === 'asked' && h.channel === 'webchat');
  expect(mine).toMatchObject({ waitingMinutes: expect.any(Number) });
  const id = mine!.id;

  const stream = await rhian.fetch(`/staff/handoffs/events?handoff=${id}`);
  expect(stream.status).toBe(200);
  const events = readEvents(stream.body!);
  try {
    expect((await rhian.post(`/staff/handoffs/${id}/accept`)).status).toBe(200);
    const second = await sam.post(`/staff/handoffs/${id}/accept`);
    expect(second.status).toBe(409);
    expect(((await second.json()) as { message: string }).message).toBe(`handover ${id} is already taken by person:rhian-${o.tag}`);
    await seen(chat, botSaid(/^Rhian from the team has joined the conversation/));

    const sent = await rhian.post(`/staff/handoffs/${id}/messages`, { text: 'Hello, I can help with that. What is the problem?' });
    expect(sent.status).toBe(201);
    const fromPerson = await seen(chat, botSaid(/^Rhian \(member of staff\): Hello, I can help with that\. What is the problem\?$/));
    expect(fromPerson.channelData).toMatchObject({ fromPerson: true, staffFirstName: 'Rhian' });

    // While a person has it the bot says nothing; the resident's words reach staff, live.
    expect(await chat.say('The boiler has been broken for two weeks')).toBe('');
    await waitFor(() => events.events.some((e) => e.kind === 'resident_message' && e.data.data.text === 'The boiler has been broken for two weeks'));
    // …except for an emergency.
    expect(await chat.say('I can smell gas in the kitchen')).toMatch(/0800 111 999/);

    const back = await rhian.post(`/staff/handoffs/${id}/handback`, {
      note: 'Took the description; the bot can carry on',
      resume: { answers: { description: 'The boiler has been broken for two weeks' } },
    });
    expect(back.status).toBe(200);
    expect(await back.json()).toMatchObject({ state: 'finished', finishedBy: `person:rhian-${o.tag}`, delivered: true });
    await seen(chat, botSaid(/automated assistant again/));
    await seen(chat, botSaid(/^Where is the problem\?/));
    await waitFor(() => events.events.some((e) => e.kind === 'handed_back'));
    // The bot has the conversation again and carries on with the intake where staff left it.
    expect(await chat.say('Flat 3, 12 Park Road')).toMatch(/When did it happen/);

    const detail = await rhian.json<{ state: string; transcript: Array<{ from: string; text: string }>; events: Array<{ kind: string; actor: string; at: string }> }>(`/staff/handoffs/${id}`);
    expect(detail.state).toBe('finished');
    expect(detail.transcript.map((t) => [t.from, t.text])).toEqual(
      expect.arrayContaining([
        ['resident', 'The boiler has been broken for two weeks'],
        ['staff', 'Rhian (member of staff): Hello, I can help with that. What is the problem?'],
        ['bot', expect.stringMatching(/automated assistant again/)],
      ]),
    );
    const who = `person:rhian-${o.tag}`;
    expect(detail.events.map((e) => [e.kind, e.actor])).toEqual(expect.arrayContaining([['accepted', who], ['staff_message', who], ['resident_message', 'resident'], ['handed_back', who]]));
  } finally {
    await events.stop();
  }
}

async function waitFor(pred: () => boolean, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
