import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PostedActivity {
  conversationId: string;
  activity: { type?: string; text?: string; channelData?: Record<string, unknown>; [k: string]: unknown };
}

/**
 * A stand-in for a channel's Bot Connector service: the serviceUrl residents' activities name,
 * so the bot's proactive messages (staff replies, hand-backs) land here, one POST each, as a
 * channel would receive them. Answers as the connector does, with the new activity's id.
 */
export async function startConnector(): Promise<{ url: string; posted: PostedActivity[]; texts(conversationId: string): string[]; waitFor(pred: () => boolean, ms?: number): Promise<void>; close(): Promise<void> }> {
  const posted: PostedActivity[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const m = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (req.method === 'POST' && m) {
        posted.push({ conversationId: decodeURIComponent(m[1]), activity: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `posted-${posted.length}` }));
        return;
      }
      res.writeHead(404);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    posted,
    texts: (conversationId) => posted.filter((p) => p.conversationId === conversationId && p.activity.type === 'message').map((p) => p.activity.text ?? ''),
    async waitFor(pred, ms = 30_000) {
      const until = Date.now() + ms;
      while (!pred()) {
        if (Date.now() > until) throw new Error('timed out waiting for the connector');
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Reads a server-sent-events response as it arrives: every event's parsed data, by kind. */
export function readEvents(body: ReadableStream<Uint8Array>): { events: Array<{ kind: string; data: { handoff: number; actor: string; data: Record<string, unknown> } }>; stop(): Promise<void> } {
  const events: Array<{ kind: string; data: { handoff: number; actor: string; data: Record<string, unknown> } }> = [];
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const kind = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (kind && data) events.push({ kind, data: JSON.parse(data) });
      }
    }
  })();
  return {
    events,
    async stop() {
      await reader.cancel().catch(() => undefined);
      await pump;
    },
  };
}
