/** /readyz and the refusals of a draining instance, on the production app in this process. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Lifecycle } from '../../src/lifecycle';
import { startInProcess, type InProcessBot } from './in-process';

describe('readiness', () => {
  let bot: InProcessBot;
  beforeAll(async () => {
    bot = await startInProcess({ STAFF_API_TOKENS: 'staff:readiness-test-token-0123456789' });
  }, 60_000);
  afterAll(() => bot?.stop(), 60_000);

  it('is ready with the store open, and not from the moment shutdown begins; new requests are refused meanwhile', async () => {
    const ready = await fetch(`${bot.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, status: 'ready' });
    expect(await (await fetch(`${bot.url}/healthz`)).json()).toMatchObject({ store: { kind: 'sqlite', schemaVersion: expect.any(Number) } });

    bot.app.lifecycle.stopAccepting();
    const notReady = await fetch(`${bot.url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ ready: false, status: 'shutting down' });
    // Liveness is not readiness: the process still answers and its store is fine.
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    for (const [method, path] of [['POST', '/api/messages'], ['GET', '/staff/cases']] as const) {
      const res = await fetch(`${bot.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
      expect(res.status, path).toBe(503);
      expect(res.headers.get('retry-after'), path).toBe('1');
      expect(await res.json(), path).toMatchObject({ code: 'ShuttingDown' });
    }
  }, 60_000);
});

describe('Lifecycle', () => {
  it.each([
    { name: 'nothing in flight: drained at once', enter: 0, leaveAfterMs: null, timeoutMs: 10_000, drained: true },
    { name: 'a request that ends within the grace', enter: 1, leaveAfterMs: 20, timeoutMs: 10_000, drained: true },
    { name: 'a request still running after the grace', enter: 1, leaveAfterMs: null, timeoutMs: 30, drained: false },
  ])('$name', async ({ enter, leaveAfterMs, timeoutMs, drained }) => {
    const lifecycle = new Lifecycle();
    for (let i = 0; i < enter; i++) expect(lifecycle.enter()).toBe(true);
    if (leaveAfterMs !== null) setTimeout(() => lifecycle.leave(), leaveAfterMs);
    lifecycle.stopAccepting();
    expect(lifecycle.enter()).toBe(false);
    expect(await lifecycle.drained(timeoutMs)).toBe(drained);
  });
});
