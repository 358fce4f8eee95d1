import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { sign } from '../../src/channels/meta/signature';

/** One request the bot made to the stand-in Graph API. */
export interface GraphCall<B = Record<string, unknown>> {
  path: string;
  auth: string | undefined;
  body: B;
}

/** An answer other than 200 from the stand-in: a Graph refusal, say. */
export class GraphReply {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}

/**
 * A stand-in for Meta's Graph API on a free local port (base `…/v23.0`): keeps every POST the bot
 * makes and answers it with what `answer` returns for its path and body (200, or a GraphReply's
 * status), 404 when undefined.
 */
export function standInGraph<B = Record<string, unknown>>(answer: (path: string, body: B) => unknown): Promise<{ server: Server; url: string; sent: Array<GraphCall<B>> }> {
  const sent: Array<GraphCall<B>> = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const body = JSON.parse(raw || '{}') as B;
      const out = req.method === 'POST' ? answer(req.url ?? '', body) : undefined;
      if (out === undefined) return res.writeHead(404).end();
      sent.push({ path: req.url ?? '', auth: req.headers.authorization, body });
      const reply = out instanceof GraphReply ? out : new GraphReply(200, out);
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply.body));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v23.0`, sent })));
}

/** POSTs a notification to a Meta webhook, signed with `secret` unless another signature (or null: none) is given. */
export async function postSigned(url: string, body: string, secret: string, signature: string | null = sign(body, secret), headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}), ...headers },
    body,
  });
  return { status: res.status, text: await res.text() };
}

/** A resident on a channel with buttons: what they type or tap, answered with everything the bot sent back. */
export interface Resident {
  say(text: string): Promise<string>;
  tap(title: string): Promise<string>;
}

type Step = [how: 'say' | 'tap', what: string, then: RegExp];

/** The same complaint on every channel, from the language chosen to "How can we contact you?". */
const UNTIL_CONTACT: Record<'en' | 'cy', Step[]> = {
  en: [
    ['tap', 'English', /What has gone wrong/],
    ['say', 'The boiler keeps breaking and nobody has come to fix it', /Where is the problem/],
    ['say', 'Flat 3, 12 Park Road', /When did it happen/],
    ['say', '3 weeks ago', /reported this to us before/],
    ['tap', 'Yes', /When and how did you report it/],
    ['say', 'I phoned twice, nobody came', /affected you/],
    ['say', 'No hot water with two small children', /court claim/],
    ['say', 'no', /put things right/],
    ['say', '1 and 4', /easier for you/],
    ['say', 'no', /Are you the resident/],
    ['say', "I'm the resident", /What's your name/],
    ['say', 'Sam Jones', /How can we contact you/],
  ],
  cy: [
    ['tap', 'Cymraeg', /Beth sydd wedi mynd o'i le/],
    ['say', "Ma'r boeler wedi torri eto a does neb wedi dod i'w drwsio", /Ble mae'r broblem/],
    ['say', 'Fflat 2, 5 Heol y Castell', /Pryd ddigwyddodd hyn/],
    ['say', '3 mis yn ôl', /rhoi gwybod i ni am hyn o'r blaen/],
    ['tap', 'Ydw', /Pryd a sut rhoesoch chi wybod/],
    ['say', 'Ffoniais i ddwywaith ym mis Medi', /effeithio arnoch chi/],
    ['say', 'Dim dŵr poeth i fy mhlant', /hawliad llys/],
    ['say', 'nac oes', /unioni pethau/],
    ['say', 'trwsio ac ymddiheuriad', /haws i chi/],
    ['say', 'dim', /Ai chi yw'r preswylydd/],
    ['say', 'fi', /Beth yw eich enw/],
    ['say', 'Siân Owen', /Sut gallwn ni gysylltu/],
  ],
};

/** Greets, picks the language by its button and answers up to the contact question, checking each reply. */
export async function intakeUntilContact(r: Resident, lang: 'en' | 'cy'): Promise<void> {
  expect(await r.say(lang === 'en' ? 'Hi' : 'Shwmae')).toMatch(/Shwmae[\s\S]*automated assistant/);
  for (const [how, what, then] of UNTIL_CONTACT[lang]) expect(await r[how](what), `${how} "${what}"`).toMatch(then);
}
