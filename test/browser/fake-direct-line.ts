import type { Page } from 'playwright-core';

/**
 * A stand-in for the Direct Line endpoints, inside the browser's network layer, for what the page
 * does on its own (rendering, strings, the language switch, CSP): it takes what the page posts
 * and echoes messages back as a channel does, and lets a test push bot messages.
 */
export interface FakeDirectLine {
  posted: Array<Record<string, unknown>>;
  tokensMinted: number;
  botSays(text: string, extra?: Record<string, unknown>): void;
}

export async function fakeDirectLine(page: Page, reply: (text: string) => string | undefined = () => undefined, conversationId = 'fake-conversation'): Promise<FakeDirectLine> {
  const activities: Array<Record<string, unknown>> = [];
  const fake: FakeDirectLine = {
    posted: [],
    tokensMinted: 0,
    botSays: (text, extra = {}) => activities.push({ type: 'message', id: `${conversationId}|${activities.length}`, text, from: { id: 'bot', role: 'bot' }, timestamp: new Date().toISOString(), channelId: 'webchat', conversation: { id: conversationId }, ...extra }),
  };
  const json = (body: unknown) => ({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
  await page.route('**/directline/token', (route) => {
    fake.tokensMinted++;
    return route.fulfill(json({ token: `token-${fake.tokensMinted}`, conversationId, expires_in: 1800 }));
  });
  await page.route('**/v3/directline/**', async (route) => {
    const req = route.request();
    const url = new URL(req.url());
    if (url.pathname.endsWith('/tokens/refresh')) return route.fulfill(json({ token: 'token-refreshed', conversationId, expires_in: 1800 }));
    if (url.pathname.endsWith('/activities') && req.method() === 'POST') {
      const a = JSON.parse(req.postData() ?? '{}') as Record<string, unknown>;
      fake.posted.push(a);
      const id = `${conversationId}|${activities.length}`;
      activities.push({ ...a, id, timestamp: new Date().toISOString(), from: { id: 'resident', role: 'user' }, channelId: 'webchat', conversation: { id: conversationId } });
      const answer = a.type === 'message' ? reply(String(a.text ?? '')) : undefined;
      if (answer) fake.botSays(answer);
      return route.fulfill(json({ id }));
    }
    if (url.pathname.endsWith('/activities')) {
      const from = Number(url.searchParams.get('watermark') || 0);
      return route.fulfill(json({ activities: activities.slice(from), watermark: String(activities.length) }));
    }
    // Start or reconnect.
    return route.fulfill(json({ conversationId, token: 'token-1', expires_in: 1800 }));
  });
  return fake;
}
