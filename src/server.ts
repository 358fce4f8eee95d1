import { STATUS_CODES } from 'node:http';
import restify from 'restify';
import { WebSocketServer } from 'ws';
import { isLostRace } from './bot/bot-state';
import type { ComplaintsBot } from './bot/complaints-bot';
import type { CheckedActivityAdapter } from './bot/adapter';
import { activityProblem } from './bot/incoming-activity';
import { ConversationBusyError, type ConversationLocks } from './store/conversation-locks';
import { formatDate, toLondon } from './deadlines/local-date';
import { frameworkLogger, safeError, type Logger } from './log';
import { Lifecycle } from './lifecycle';
import type { RateLimiter } from './rate-limit';
import { readJsonBody, RequestProblem } from './request-body';
import { BodyTooLarge, type StaffApi } from './staff/api';
import { INSTAGRAM_WEBHOOK_PATH } from './channels/instagram';
import { BodyTooLargeError, readRawBody } from './channels/meta/raw-body';
import type { MetaWebhook } from './channels/meta/webhook';
import { WHATSAPP_WEBHOOK_PATH } from './channels/whatsapp';
import type { WebChatSite } from './webchat/site';
import type { DirectLineApi } from './directline/api';
import type { DirectLineStreams } from './directline/stream';
import { checkHubStatus } from './handoff/hub-events';
import { CLIENT_ADDRESS } from './handoff/cap';
import { clientAddress, limitKey, NO_PROXIES, type TrustedProxies } from './client-address';

/** The only module that knows about restify: thin routes that carry bytes to plain modules. */
export interface ServerDeps {
  adapter: CheckedActivityAdapter;
  bot: ComplaintsBot;
  /** One turn of a conversation at a time: the store's (in-process for SQLite, across instances for PostgreSQL). */
  locks: ConversationLocks;
  health: () => Promise<{ ok: boolean; [k: string]: unknown }>;
  staff: StaffApi;
  /** The handover's staff routes, /staff/handoffs…, answered like the staff API (src/handoff/api.ts). */
  handoffs?: Pick<StaffApi, 'handle'>;
  log: Logger;
  /** Messages per conversation (MESSAGE_RATE_LIMIT). */
  rateLimit: RateLimiter;
  /** The clock, for today's London date on staff requests; tests may fix it. */
  now?: () => Date;
  /** Readiness and requests in flight, for shutdown; a fresh one (always ready) if not given. */
  lifecycle?: Lifecycle;
  /** The WhatsApp Cloud API webhook, when its settings are given. */
  whatsapp?: MetaWebhook;
  /** The Instagram messaging webhook, when its settings are given. */
  instagram?: MetaWebhook;
  /** The chat page at / and its assets under /webchat/ (src/webchat/site.ts). */
  webchat?: WebChatSite;
  /** The website chat's connection (src/directline/): /directline/token, /v3/directline/..., /v3/conversations/... */
  directLine?: DirectLineApi;
  /** Its WebSocket streams (GET /v3/directline/conversations/:id/stream, upgraded). */
  streams?: DirectLineStreams;
  /** MicrosoftAppId: without one /api/messages authenticates nobody, and replies go only in the answer. */
  appId?: string;
  /** This server's own serviceUrl (the self-hosted website chat's), when it has one. */
  ownServiceUrl?: () => string | undefined;
  /** HUB_EVENT_SECRET: what a hub's handoff.status on Direct Line must carry (src/handoff/hub-events.ts). */
  hubEventSecret?: string;
  /** TRUSTED_PROXIES: which hops may name the client in X-Forwarded-For (src/client-address.ts); none if not given. */
  trustedProxies?: TrustedProxies;
}

/** Seconds a channel is asked to wait before re-delivering a turn refused for a lost race or a shutdown. */
const RETRY_SOON_SECONDS = 1;

/**
 * What the adapter answers, held back until the turn is over: a turn that lost a state race has
 * already put its replies in the body (expectReplies) by the time the server learns of it, and
 * those must not reach the resident, since its state was not kept and its re-delivery answers again.
 */
class HeldResponse {
  code = 200;
  body: unknown;
  readonly headers: Array<[string, unknown]> = [];
  // CloudAdapter reads socket only for a websocket upgrade (a GET), never on this route.
  readonly socket = null;

  status(code: number): this {
    this.code = code;
    return this;
  }
  header(name: string, value: unknown): this {
    this.headers.push([name, value]);
    return this;
  }
  send(body?: unknown): this {
    this.body = body;
    return this;
  }
  end(): this {
    return this;
  }

  /** As CloudAdapter would have written it straight to the response. */
  replay(res: restify.Response): void {
    for (const [name, value] of this.headers) res.header(name, value);
    res.status(this.code);
    if (this.body) res.send(this.body);
    res.end();
  }
}

/**
 * Socket limits, set explicitly rather than left to Node's defaults (a 300 s request timeout):
 * the whole request within 30 s (Node checks every 30 s, so a slow client is dropped within a
 * minute), its headers within 15 s, an idle kept-alive connection closed after 5 s.
 */
export const SOCKET_TIMEOUTS = { requestTimeout: 30_000, headersTimeout: 15_000, keepAliveTimeout: 5_000 } as const;

const MAX_STAFF_BODY = 64 * 1024;

/** The raw body, refused past `limit` bytes without holding more than that in memory. */
/** One value of a header a client may send more than once. */
const header = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

async function readBody(req: restify.Request, limit: number): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Writes a streamed body chunk by chunk, waiting for the socket to drain when its buffer is full,
 * so a slow reader holds back the store reads instead of filling memory. A client that goes away
 * stops the stream (its generator's finally runs); a failure mid-body cannot become a status any
 * more, so the connection is cut and the client sees a truncated body, never a complete-looking one.
 */
async function sendStream(res: restify.Response, status: number, headers: Record<string, string | string[]>, body: AsyncIterable<string>, log: Logger): Promise<void> {
  res.writeHead(status, headers);
  let gone = false;
  const onClose = () => (gone = true);
  res.once('close', onClose);
  try {
    for await (const chunk of body) {
      if (gone || res.destroyed) break;
      if (!res.write(chunk)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            res.off('drain', done);
            res.off('close', done);
            resolve();
          };
          res.on('drain', done);
          res.on('close', done);
        });
      }
    }
    if (!gone && !res.destroyed) res.end();
  } catch (e) {
    log.error({ err: safeError(e) }, 'staff stream failed part way');
    res.destroy();
  } finally {
    res.off('close', onClose);
  }
}

/** The `code` of a refusal's JSON body ({code, message}), for the debug line; nothing else of it. */
function refusalCode(body: unknown): string | undefined {
  try {
    const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : '';
    const code = text.length <= 4096 ? (JSON.parse(text) as { code?: unknown }).code : undefined;
    return typeof code === 'string' && /^[A-Za-z]{1,40}$/.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}

/** The console's sign-in and password routes, whose refusals are logged at info (401) and warn (429). */
const SIGN_IN_ROUTES = /^\/staff\/session(?:\/password)?(?:\?|$)/;

export function createServer(deps: ServerDeps): restify.Server {
  const log = deps.log;
  const server = restify.createServer({
    name: 'complaints-intake-bot',
    handleUncaughtExceptions: false,
    // restify's own log lines (a response it cannot format) name the request, never dump it.
    log: frameworkLogger(log) as unknown as restify.ServerOptions['log'],
  });
  Object.assign(server.server, SOCKET_TIMEOUTS);
  const now = deps.now ?? (() => new Date());
  const trusted = deps.trustedProxies ?? NO_PROXIES;
  // What every per-address limit counts by: the client as far as trusted proxies say, an IPv6 client by its /64.
  let toldOfForwarding = false;
  const clientOf = (req: restify.Request): string | undefined => {
    // The usual mistake behind a proxy, said once: the limits count the proxy. Never the header's value.
    if (trusted.kind === 'none' && !toldOfForwarding && req.headers['x-forwarded-for'] !== undefined) {
      toldOfForwarding = true;
      log.warn('a request came with X-Forwarded-For but TRUSTED_PROXIES is not set: behind a proxy or load balancer, every per-address limit counts the proxy as one client (README "Behind a proxy or load balancer")');
    }
    const address = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted);
    return address === undefined ? undefined : limitKey(address);
  };
  const lifecycle = deps.lifecycle ?? new Lifecycle();
  const refuse = (res: restify.Response, status: number, code: string, message: string) => {
    log.debug({ status, code }, 'request refused');
    if (!res.headersSent) res.send(status, { code, message });
  };

  // Liveness: the process answers, with its store's kind and schema version; 503 when the store
  // cannot be reached. Readiness: the same check, and 503 from the moment shutdown begins.
  server.get('/healthz', async (_req, res) => {
    const h = await deps.health().catch(() => ({ ok: false, status: 'unavailable' }));
    res.send(h.ok ? 200 : 503, h);
  });
  server.get('/readyz', async (_req, res) => {
    if (!lifecycle.accepting) return res.send(503, { ready: false, status: 'shutting down' });
    const h = await deps.health().catch(() => ({ ok: false, status: 'unavailable' }));
    res.send(h.ok ? 200 : 503, { ready: h.ok, status: h.ok ? 'ready' : 'store unavailable' });
  });

  // Read on this route only, by our own reader (limits after decompression, nesting, 4xx for
  // anything wrong); the staff API reads its own bodies, after authenticating the caller.
  server.post('/api/messages', async (req, res) => {
    if (!lifecycle.enter()) return refuseWhileStopping(res);
    try {
      await message(req, res);
    } finally {
      lifecycle.leave();
    }
  });

  const refuseWhileStopping = (res: restify.Response) => {
    res.header('Retry-After', String(RETRY_SOON_SECONDS));
    res.header('Connection', 'close');
    refuse(res, 503, 'ShuttingDown', 'this instance is shutting down: try again (another instance will answer)');
  };

  // WhatsApp and Instagram reach the bot only through their signed webhooks (below). An activity
  // on /api/messages claiming one is someone speaking as a resident's phone number or Instagram
  // id, which the bot takes as the identity that filed their cases (answered at once, no
  // questions asked), and which nothing here checks when there is no app id.
  const webhookOnlyIds = new Set([deps.whatsapp, deps.instagram].flatMap((hook) => (hook ? [hook.channel.channelId] : [])));

  const trimmed = (url: string) => url.replace(/\/+$/, '');
  const ownServiceUrl = (url: unknown) => {
    const own = deps.ownServiceUrl?.();
    return typeof url === 'string' && Boolean(own) && trimmed(url) === trimmed(own!);
  };

  const message = async (req: restify.Request, res: restify.Response) => {
    let body: unknown;
    try {
      body = await readJsonBody(req);
    } catch (e) {
      if (e instanceof RequestProblem) return refuse(res, e.status, e.code, e.message);
      log.error({ err: safeError(e) }, 'could not read a request body');
      return refuse(res, 400, 'BadRequest', 'body: could not be read');
    }
    const problem = activityProblem(body);
    if (problem) return refuse(res, 400, 'BadRequest', problem);
    const activity = body as { channelId: string; conversation: { id: string }; serviceUrl?: unknown; deliveryMode?: unknown };
    if (webhookOnlyIds.has(activity.channelId)) {
      return refuse(res, 403, 'Forbidden', `channelId: "${activity.channelId}" messages reach this bot through its own webhook, not this route`);
    }
    // Without an app id nobody is authenticated, so the serviceUrl is anyone's word: the bot
    // would POST its replies to whatever address it names (a forged request from this server).
    // Refused before the turn runs, rather than run and fail to answer; the connector clients
    // refuse too (src/bot/own-channels-only.ts), for replies sent later from a stored reference.
    if (!deps.appId && activity.deliveryMode !== 'expectReplies' && !ownServiceUrl(activity.serviceUrl)) {
      return refuse(res, 403, 'Forbidden', 'serviceUrl: without MicrosoftAppId this bot answers only in the response: send deliveryMode "expectReplies"');
    }
    // A resident's page on Direct Line could post what a hub posts (src/handoff/hub-events.ts).
    const hubProblem = checkHubStatus(activity, deps.hubEventSecret);
    if (hubProblem) return refuse(res, 403, 'Forbidden', hubProblem);
    const key = `${activity.channelId}:${activity.conversation.id}`;
    const allowed = deps.rateLimit.take(key);
    if (!allowed.ok) {
      res.header('Retry-After', String(allowed.retryAfterSeconds));
      return refuse(res, 429, 'TooManyRequests', `too many messages in this conversation: try again in ${allowed.retryAfterSeconds} s`);
    }
    const held = new HeldResponse();
    let lostRace = false;
    try {
      await deps.locks.run(key, () =>
        // The activity as checked above, without CloudAdapter.process checking it all again (src/bot/adapter.ts).
        deps.adapter.processChecked(header(req.headers.authorization), body as object, held, async (context) => {
          // Without an app id the caller is whoever sent this (with one, the Bot Connector, whose
          // address is every resident's): the handover cap counts by it (src/handoff/cap.ts).
          const client = deps.appId ? undefined : clientOf(req);
          if (client) context.turnState.set(CLIENT_ADDRESS, client);
          try {
            await deps.bot.run(context);
          } catch (e) {
            // Seen here and by onTurnError, which leaves such a turn alone (src/bot/adapter.ts).
            if (isLostRace(e)) lostRace = true;
            throw e;
          }
        }, log),
      );
      if (lostRace) {
        // Nothing of the turn was kept; the channel re-delivers it, to run afresh on fresh state.
        res.header('Retry-After', String(RETRY_SOON_SECONDS));
        return refuse(res, 503, 'ConversationChanged', 'the conversation changed while this message was being answered: send it again');
      }
      held.replay(res);
    } catch (e) {
      if (e instanceof ConversationBusyError) {
        // The turn did not run: the channel re-delivers it later, in order.
        res.header('Retry-After', String(e.retryAfterSeconds));
        return refuse(res, 503, 'ConversationBusy', 'the previous message in this conversation is still being answered: try again shortly');
      }
      log.error({ err: safeError(e) }, 'turn request failed');
      if (!res.headersSent) res.send(500, { code: 'InternalError', message: 'the turn could not be processed' });
    }
  };

  const staff = async (req: restify.Request, res: restify.Response) => {
    if (!lifecycle.enter()) return refuseWhileStopping(res);
    try {
      const url = req.url ?? '/';
      const api = deps.handoffs && /^\/staff\/handoffs(?:[/?]|$)/.test(url) ? deps.handoffs : deps.staff;
      const out = await api.handle({
        method: req.method ?? 'GET',
        url,
        authorization: req.headers.authorization,
        headers: req.headers,
        cookie: req.headers.cookie,
        csrf: header(req.headers['x-csrf-token']),
        origin: req.headers.origin,
        host: req.headers.host,
        address: clientOf(req),
        readBody: () => readBody(req, MAX_STAFF_BODY),
        // Today is the request's day in London; the staff modules are given it, never a clock.
        today: formatDate(toLondon(now().toISOString()).date),
      });
      // As refuse() does for the other routes: status and code only, never the caller's token or the body.
      if (out.status >= 400) log.debug({ status: out.status, code: refusalCode(out.body) }, 'request refused');
      // A refused console sign-in at the default level, for the landlord's IT to watch for
      // password guessing and lockouts: the route, status and code; never the name, password or address.
      if ((out.status === 401 || out.status === 429) && req.method === 'POST' && SIGN_IN_ROUTES.test(url)) {
        log[out.status === 429 ? 'warn' : 'info']({ route: url.replace(/\?.*$/, ''), status: out.status, code: refusalCode(out.body) }, 'staff sign-in refused');
      }
      if (out.stream) await sendStream(res, out.status, out.headers, out.stream, log);
      else {
        // Set one by one: a header may come more than once (Set-Cookie), which sendRaw's map cannot say.
        for (const [name, value] of Object.entries(out.headers)) res.setHeader(name, value);
        res.sendRaw(out.status, out.body);
      }
    } catch (e) {
      // Never the request: its headers hold the caller's token.
      log.error({ err: safeError(e) }, 'staff request failed');
      if (!res.headersSent) res.send(500, { code: 'InternalError', message: 'the request could not be processed' });
    } finally {
      lifecycle.leave();
    }
  };
  // The chat page and its assets: bytes out, nothing read from the request but its path and caching headers.
  const site = async (req: restify.Request, res: restify.Response) => {
    const out = deps.webchat?.handle({ method: req.method ?? 'GET', path: req.getPath(), acceptEncoding: req.headers['accept-encoding'], ifNoneMatch: req.headers['if-none-match'] });
    if (!out) return refuse(res, 404, 'NotFound', 'no such page');
    res.writeHead(out.status, out.headers);
    res.end(req.method === 'HEAD' ? undefined : out.body);
  };
  for (const route of ['/', '/index.html', '/webchat/*']) {
    server.get(route, site);
    server.head(route, site);
  }

  for (const route of ['/staff', '/staff/*']) {
    server.get(route, staff);
    server.post(route, staff);
    server.put(route, staff);
    server.patch(route, staff);
    server.del(route, staff);
  }

  // Meta's webhooks (src/channels/meta/): verification by GET, signed notifications by POST.
  for (const [path, hook] of [[WHATSAPP_WEBHOOK_PATH, deps.whatsapp], [INSTAGRAM_WEBHOOK_PATH, deps.instagram]] as const) {
    if (!hook) continue;
    const channel = hook.channel.channelId;
    server.get(path, async (req, res) => {
      const out = hook.verify(req.url ?? '/');
      res.sendRaw(out.status, out.body, out.headers);
    });
    server.post(path, async (req, res) => {
      if (!lifecycle.enter()) return refuseWhileStopping(res);
      try {
        const encoding = req.headers['content-encoding'];
        if (encoding && encoding !== 'identity') return refuse(res, 415, 'UnsupportedMediaType', 'content-encoding: not supported here');
        const raw = await readRawBody(req as AsyncIterable<Buffer>, req.headers['content-length']);
        const out = await hook.receive(raw, req.headers['x-hub-signature-256'] as string | undefined);
        res.sendRaw(out.status, out.body, out.headers);
      } catch (e) {
        if (e instanceof BodyTooLargeError) return refuse(res, 413, 'PayloadTooLarge', 'body: too large');
        log.error({ err: safeError(e), channel }, 'meta webhook failed');
        if (!res.headersSent) res.send(500, { code: 'InternalError', message: 'the notification could not be processed' });
      } finally {
        lifecycle.leave();
      }
    });
  }

  // Website chat (src/directline/). The bot's own connector calls (/v3/conversations) are let
  // in while stopping: turns still finishing send their replies through them.
  if (deps.directLine) {
    const directLine = deps.directLine;
    const chat = async (req: restify.Request, res: restify.Response) => {
      const fromBot = (req.url ?? '').startsWith('/v3/conversations/');
      if (!fromBot && !lifecycle.enter()) return refuseWhileStopping(res);
      try {
        const out = await directLine.handle({
          method: req.method ?? 'GET',
          url: req.url ?? '/',
          authorization: req.headers.authorization,
          clientAddress: clientOf(req) ?? '',
          host: req.headers.host,
          forwardedProto: typeof req.headers['x-forwarded-proto'] === 'string' ? req.headers['x-forwarded-proto'] : undefined,
          readBody: () => readJsonBody(req),
        });
        for (const [name, value] of Object.entries(out.headers ?? {})) res.header(name, value);
        res.header('Cache-Control', 'no-store');
        res.send(out.status, out.body);
      } finally {
        if (!fromBot) lifecycle.leave();
      }
    };
    server.post('/directline/token', chat);
    for (const route of ['/v3/directline/*', '/v3/conversations/*']) {
      server.get(route, chat);
      server.post(route, chat);
    }
  }

  // Always answered: an upgrade nobody takes would hold its socket open for good.
  upgradeStreams(server, deps.streams, lifecycle, log);

  return server;
}

/**
 * The website chat's WebSocket streams: the HTTP upgrade, here; who may open one and what it is
 * sent, in src/directline/stream.ts. A refused upgrade is an ordinary HTTP answer (401, 403, 404,
 * 429, 503) before any WebSocket exists. Client messages are DirectLineJS's empty pings: tiny.
 */
function upgradeStreams(server: restify.Server, streams: DirectLineStreams | undefined, lifecycle: Lifecycle, log: Logger): void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096, perMessageDeflate: false, clientTracking: false });
  server.server.on('upgrade', (req: import('node:http').IncomingMessage, socket: import('node:stream').Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const answer = (status: number, code: string, message: string, headers: Record<string, string> = {}) => {
      if (socket.destroyed) return;
      const body = JSON.stringify({ code, message, error: { code, message } });
      const lines = [`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`, 'Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`, 'Cache-Control: no-store', 'Connection: close'];
      if (status === 401) lines.push('WWW-Authenticate: Bearer');
      for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
      socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`);
    };
    if (!streams) return answer(404, 'NotFound', 'no such endpoint');
    if (!lifecycle.accepting) return answer(503, 'ShuttingDown', 'this instance is shutting down: reconnect (another instance will answer)', { 'Retry-After': '1' });
    if ((req.headers.upgrade ?? '').toLowerCase() !== 'websocket') return answer(400, 'BadRequest', 'only WebSocket upgrades are offered');
    streams.admit(req.url ?? '/').then(
      (admitted) => {
        if (!admitted.ok) {
          log.debug({ status: admitted.status, code: admitted.code }, 'website chat stream refused');
          return answer(admitted.status, admitted.code, admitted.message, admitted.headers);
        }
        // A handshake ws refuses (a bad key or version) never opens: the room held is given back.
        socket.once('close', admitted.cancel);
        if (socket.destroyed) return admitted.cancel();
        wss.handleUpgrade(req, socket, head, (ws) => admitted.open(ws));
      },
      (e: unknown) => {
        // Never the URL: it carries a token.
        log.error({ err: safeError(e) }, 'website chat stream could not be opened');
        answer(500, 'InternalError', 'the stream could not be opened');
      },
    );
  });
}
