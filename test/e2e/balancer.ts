import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A round-robin load balancer in front of several instances, as production puts one: PUBLIC_URL
 * is its address, so the bot's Bot Connector calls (replies, proactive staff messages) reach
 * whichever instance it picks, and every instance must cope. Start it first (PUBLIC_URL must be
 * known before the instances start), then give it their addresses.
 */
export async function startBalancer(): Promise<{ url: string; route(targets: string[]): void; close(): Promise<void> }> {
  let targets: URL[] = [];
  let next = 0;
  const server: Server = createServer((req, res) => {
    if (!targets.length) {
      res.writeHead(503);
      res.end();
      return;
    }
    const target = targets[next++ % targets.length];
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    route: (urls) => {
      targets = urls.map((u) => new URL(u));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
