/**
 * The website chat's two other situations: Azure's Direct Line (DIRECT_LINE_SECRET), against a
 * local stand-in for Azure's token endpoint, and self-hosted with MicrosoftAppId set, where no
 * call may leave the machine for an Entra token.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directLineDomain } from '../../src/directline/domain';
import { startInProcess, type InProcessBot } from './in-process';
import { ChatClient, dl } from './directline-client';

const SECRET = 'azure-direct-line-secret-NEVER-to-be-seen';

describe('Azure Direct Line mode (DIRECT_LINE_SECRET)', () => {
  let azure: Server;
  let azureUrl: string;
  const seen: Array<{ url?: string; authorization?: string; body: string }> = [];
  let answer: { status: number; body: unknown } = { status: 200, body: { conversationId: 'azure-conv-1', token: 'azure.token.value', expires_in: 3600 } };
  let bot: InProcessBot;

  beforeAll(async () => {
    azure = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ url: req.url, authorization: req.headers.authorization, body });
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => azure.listen(0, '127.0.0.1', resolve));
    azureUrl = `http://127.0.0.1:${(azure.address() as AddressInfo).port}/v3/directline`;
    bot = await startInProcess({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: azureUrl, DIRECT_LINE_TOKEN_RATE_LIMIT: '3' });
  }, 120_000);
  afterAll(async () => {
    await bot?.stop();
    await new Promise((resolve) => azure.close(resolve));
  }, 60_000);

  it('exchanges the secret at the endpoint for a token with a server-chosen dl_ user, and passes Azure\'s token on', async () => {
    const r = await dl(bot.url, '/directline/token', { method: 'POST' });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ token: 'azure.token.value', conversationId: 'azure-conv-1', expires_in: 3600 });
    expect(seen.at(-1)).toMatchObject({ url: '/v3/directline/tokens/generate', authorization: `Bearer ${SECRET}` });
    expect(JSON.parse(seen.at(-1)!.body)).toEqual({ user: { id: expect.stringMatching(/^dl_[A-Za-z0-9_-]{22}$/) } });
  });

  it('answers 502 when Azure fails, never quoting the secret, and offers no Direct Line of its own', async () => {
    answer = { status: 500, body: { error: { code: 'ServiceError', message: `bad secret ${SECRET}` } } };
    const r = await dl(bot.url, '/directline/token', { method: 'POST' });
    expect(r.status).toBe(502);
    expect(JSON.stringify(r.body)).not.toContain(SECRET);
    // The failure is logged (Azure's error quoted the secret), and the line does not carry it.
    expect(bot.output()).toMatch(/"msg":"Azure Direct Line token exchange failed"/);
    expect(bot.output()).not.toContain(SECRET);
    expect((await dl(bot.url, '/v3/directline/conversations', { method: 'POST', body: {} })).status).toBe(404);
    expect(directLineDomain({ DIRECT_LINE_ENDPOINT: azureUrl }, 'http://chat.example/')).toEqual({ mode: 'self-hosted', domain: 'http://chat.example/v3/directline', webSocket: true });
    expect(directLineDomain({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: azureUrl }, 'http://chat.example')).toEqual({ mode: 'azure', domain: azureUrl, webSocket: true });
  });

  it('limits token minting per client address', async () => {
    answer = { status: 200, body: { conversationId: 'c', token: 't', expires_in: 1800 } };
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await dl(bot.url, '/directline/token', { method: 'POST' })).status);
    expect(statuses).toContain(429);
  });
});

describe('self-hosted with MicrosoftAppId set', () => {
  let bot: InProcessBot;
  beforeAll(async () => {
    bot = await startInProcess({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-password', MESSAGE_RATE_LIMIT: '0' });
  }, 120_000);
  afterAll(async () => bot?.stop(), 60_000);

  it('answers the resident with no Entra token fetched, while /api/messages still demands authentication', async () => {
    const c = new ChatClient(bot.url);
    await c.start();
    const greeting = await c.poll();
    expect(greeting.some((a) => a.from.role === 'bot')).toBe(true);
    expect(await c.say('hello')).not.toBe('');
    expect(bot.output()).not.toMatch(/login\.microsoftonline|turn error/);
    const unauthenticated = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', id: 'x', text: 'hi', channelId: 'webchat', serviceUrl: bot.url, from: { id: 'u' }, recipient: { id: 'bot' }, conversation: { id: c.conversationId } }),
    });
    expect(unauthenticated.status).toBe(401);
  });
});
