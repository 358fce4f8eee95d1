import { timingSafeEqual } from 'node:crypto';
import type { Clock } from '../clock/clock';
import { type Logger, safeError } from '../log';
import type { RateLimiter } from '../rate-limit';
import { RequestProblem } from '../request-body';
import type { DirectLineConversations } from '../store/ports';
import {
  activityId,
  botActivity,
  CHANNEL_ID,
  conversationStart,
  MAX_ACTIVITIES_PER_CONVERSATION,
  PAGE_SIZE,
  readClientActivity,
  readWatermark,
  residentActivity,
  toBot,
  isHubOnlyEvent,
} from './activities';
import { type AzureExchange, AzureTokenError, exchangeAzureToken } from './azure';
import { DeliveryFailed } from './delivery';
import { type DirectLineTokens, newConversationId, newUserId, type TokenGrant } from './tokens';

/**
 * The website chat's connection, without HTTP (src/server.ts carries the bytes):
 * - POST /directline/token: a token for a new conversation, minted here (self-hosted) or
 *   exchanged for one at Azure's Direct Line (DIRECT_LINE_SECRET set);
 * - /v3/directline/...: the Direct Line 3.0 endpoints Web Chat (DirectLineJS) uses, polling;
 * - /v3/conversations/:id/activities[/:activityId]: the Bot Connector endpoints the bot's
 *   replies, and proactive messages, come back through.
 * Errors carry the project's `{code, message}` and Direct Line's `{error: {code, message}}`.
 */
export interface DirectLineRequest {
  method: string;
  /** Path and query, as received. */
  url: string;
  authorization?: string;
  /** Who is asking (the socket's address), for the token minting limit. */
  clientAddress: string;
  /** The Host header and X-Forwarded-Proto, for the stream URL when PUBLIC_URL is not set. */
  host?: string;
  forwardedProto?: string;
  /** The JSON body, within the limits of src/request-body.ts; throws RequestProblem. */
  readBody(): Promise<unknown>;
}

export interface DirectLineReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface DirectLineDeps {
  store: DirectLineConversations;
  clock: Clock;
  log: Logger;
  /** Self-hosted: signs and checks tokens. Absent in Azure mode, where /v3/... is not offered. */
  tokens?: DirectLineTokens;
  /** Azure mode: where and how to exchange DIRECT_LINE_SECRET. */
  azure?: AzureExchange;
  /** Hands an activity to the bot (TurnDelivery.deliver). */
  /** `clientAddress`: the resident's browser, as the server saw it. */
  deliver(activity: Record<string, unknown>, clientAddress?: string): Promise<void>;
  /** The serviceUrl the bot replies to (PUBLIC_URL). */
  serviceUrl(): string;
  /** Tokens per client address (DIRECT_LINE_TOKEN_RATE_LIMIT). */
  tokenRate: RateLimiter;
  /** Activities per conversation (MESSAGE_RATE_LIMIT, shared with /api/messages). */
  messageRate: RateLimiter;
  /**
   * Self-hosted WebSocket streams: when given, conversation answers carry a `streamUrl` under
   * `streamOrigin` (PUBLIC_URL), or under the request's own Host when that is not set.
   */
  streams?: { streamOrigin?: string; appended(conversationId: string): void };
}

const MAX_PATH_ID = 256;

const fail = (status: number, code: string, message: string, headers?: Record<string, string>): DirectLineReply => ({
  status,
  body: { code, message, error: { code, message } },
  headers,
});
const notFound = () => fail(404, 'NotFound', 'no such endpoint');

/** A path segment as an id: decoded, bounded, or undefined. */
function pathId(segment: string): string | undefined {
  let id: string;
  try {
    id = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  return id.length > 0 && id.length <= MAX_PATH_ID ? id : undefined;
}

function sameKey(given: string | undefined, expected: string): boolean {
  const m = /^Bearer +(\S{1,512})$/i.exec(given?.trim() ?? '');
  if (!m) return false;
  const a = Buffer.from(m[1]);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export class DirectLineApi {
  constructor(private readonly deps: DirectLineDeps) {}

  async handle(req: DirectLineRequest): Promise<DirectLineReply> {
    try {
      return await this.route(req);
    } catch (e) {
      if (e instanceof RequestProblem) return fail(e.status, e.code, e.message);
      // Never the request: its headers hold a token.
      this.deps.log.error({ err: safeError(e) }, 'website chat request failed');
      return fail(500, 'InternalError', 'the request could not be processed');
    }
  }

  private async route(req: DirectLineRequest): Promise<DirectLineReply> {
    const url = new URL(req.url, 'http://directline.invalid');
    const parts = url.pathname.split('/').filter(Boolean);
    const method = req.method.toUpperCase();
    const path = parts.join('/');
    if (path === 'directline/token') return method === 'POST' ? this.token(req) : fail(405, 'MethodNotAllowed', 'use POST');
    // Azure mode: the page talks to Azure; this server offers no Direct Line of its own.
    const tokens = this.deps.tokens;
    if (!tokens) return notFound();

    if (parts[0] === 'v3' && parts[1] === 'directline') {
      const rest = parts.slice(2);
      if (rest.length === 2 && rest[0] === 'tokens' && rest[1] === 'refresh' && method === 'POST') return this.refresh(req, tokens);
      if (rest[0] !== 'conversations') return notFound();
      if (rest.length === 1 && method === 'POST') return this.startConversation(req, tokens);
      const id = rest.length >= 2 ? pathId(rest[1]) : undefined;
      if (!id) return notFound();
      if (rest.length === 2 && method === 'GET') return this.reconnect(req, tokens, id, url.searchParams.get('watermark'));
      if (rest.length === 3 && rest[2] === 'activities' && method === 'GET') return this.activities(req, tokens, id, url.searchParams.get('watermark'));
      if (rest.length === 3 && rest[2] === 'activities' && method === 'POST') return this.post(req, tokens, id);
      return notFound();
    }
    if (parts[0] === 'v3' && parts[1] === 'conversations' && parts[3] === 'activities' && (parts.length === 4 || parts.length === 5) && method === 'POST') {
      const id = pathId(parts[2]);
      const replyTo = parts.length === 5 ? pathId(parts[4]) : undefined;
      if (!id || (parts.length === 5 && !replyTo)) return notFound();
      return this.fromBot(req, tokens, id, replyTo);
    }
    return notFound();
  }

  // -- tokens ----------------------------------------------------------------------------------

  private async token(req: DirectLineRequest): Promise<DirectLineReply> {
    const allowed = this.deps.tokenRate.take(`token:${req.clientAddress}`);
    if (!allowed.ok) {
      return fail(429, 'TooManyRequests', `too many chat sessions started from this address: try again in ${allowed.retryAfterSeconds} s`, {
        'Retry-After': String(allowed.retryAfterSeconds),
      });
    }
    const userId = newUserId();
    if (this.deps.azure) {
      try {
        const azure = await exchangeAzureToken(this.deps.azure, userId);
        return { status: 200, body: { token: azure.token, conversationId: azure.conversationId, expires_in: azure.expires_in } };
      } catch (e) {
        if (!(e instanceof AzureTokenError)) throw e;
        this.deps.log.error({ err: safeError(e), reason: e.message }, 'Azure Direct Line token exchange failed');
        return fail(502, 'DirectLineUnavailable', 'the chat service could not be reached: try again shortly');
      }
    }
    const grant = { conversationId: newConversationId(), userId };
    const minted = await this.deps.tokens!.mint(grant, this.deps.clock.now());
    // The conversation itself starts when the page first uses the token: nothing is stored for
    // a token never used, so minting costs the store nothing.
    return { status: 200, body: { token: minted.token, conversationId: grant.conversationId, expires_in: minted.expires_in } };
  }

  /** The grant of the request's token, for `conversationId` if given: 401 without a live one, 403 for another conversation. */
  private async grant(req: DirectLineRequest, tokens: DirectLineTokens, conversationId?: string): Promise<{ grant: TokenGrant; expiresAt: Date } | DirectLineReply> {
    const check = await tokens.verify(req.authorization, this.deps.clock.now());
    if (!check.ok) {
      const [code, message] =
        check.reason === 'expired'
          ? ['TokenExpired', 'the token has expired: get a new one from /directline/token']
          : check.reason === 'missing'
            ? ['Unauthorized', 'send a Direct Line token: Authorization: Bearer <token>']
            : ['Unauthorized', 'the token is not valid'];
      return fail(401, code, message, { 'WWW-Authenticate': 'Bearer' });
    }
    if (conversationId !== undefined && conversationId !== check.grant.conversationId) return fail(403, 'Forbidden', 'the token is for another conversation');
    return { grant: check.grant, expiresAt: check.expiresAt };
  }

  private async refresh(req: DirectLineRequest, tokens: DirectLineTokens): Promise<DirectLineReply> {
    const g = await this.grant(req, tokens);
    if ('status' in g) return g;
    const minted = await tokens.mint(g.grant, this.deps.clock.now());
    return { status: 200, body: { conversationId: g.grant.conversationId, token: minted.token, expires_in: minted.expires_in } };
  }

  // -- the resident's side ---------------------------------------------------------------------

  private async conversation(req: DirectLineRequest, tokens: DirectLineTokens, grant: TokenGrant, expiresAt: Date, watermark: number) {
    const token = /^Bearer +(\S+)$/i.exec(req.authorization!.trim())![1];
    const now = this.deps.clock.now();
    const answer: Record<string, unknown> = {
      conversationId: grant.conversationId,
      token,
      expires_in: Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000)),
    };
    const origin = this.deps.streams && streamOrigin(this.deps.streams.streamOrigin, req);
    if (origin) {
      const t = await tokens.mintStream(grant, now);
      answer.streamUrl = `${origin}/v3/directline/conversations/${encodeURIComponent(grant.conversationId)}/stream?watermark=${watermark || ''}&t=${t}`;
    }
    return answer;
  }

  /**
   * The conversation the token grants, started if it was not: the first time, with the user the
   * token binds, and the bot hears a conversationUpdate (bot and user added) and greets first.
   */
  private async ensureStarted(grant: TokenGrant, locale?: string): Promise<{ created: boolean } | DirectLineReply> {
    const at = this.deps.clock.now();
    const started = await this.deps.store.start(grant.conversationId, grant.userId, at);
    if (started.userId !== grant.userId) return fail(403, 'Forbidden', 'the token is for another user');
    if (started.created) {
      try {
        await this.deps.deliver(conversationStart({ ...grant, at, locale, serviceUrl: this.deps.serviceUrl() }));
      } catch (e) {
        // The conversation stands; the resident's first message gets an answer all the same.
        this.deps.log.warn({ err: safeError(e) }, 'website chat: the bot did not take the conversation start');
      }
    }
    return { created: started.created };
  }

  private async startConversation(req: DirectLineRequest, tokens: DirectLineTokens): Promise<DirectLineReply> {
    const g = await this.grant(req, tokens);
    if ('status' in g) return g;
    // DirectLineJS sends { user: { id }, locale }; the user is the token's, whatever it says.
    const body = await req.readBody().catch((e: unknown) => {
      if (e instanceof RequestProblem && e.status === 400 && e.message.includes('not valid JSON')) return {};
      throw e;
    });
    const locale = typeof (body as { locale?: unknown } | null)?.locale === 'string' ? (body as { locale: string }).locale.slice(0, 64) : undefined;
    const started = await this.ensureStarted(g.grant, locale);
    if ('status' in started) return started;
    return { status: started.created ? 201 : 200, body: await this.conversation(req, tokens, g.grant, g.expiresAt, 0) };
  }

  private async reconnect(req: DirectLineRequest, tokens: DirectLineTokens, id: string, watermarkText: string | null): Promise<DirectLineReply> {
    const g = await this.grant(req, tokens, id);
    if ('status' in g) return g;
    // The stream it gets starts after what the client has already seen.
    const watermark = readWatermark(watermarkText);
    if (watermark === undefined) return fail(400, 'BadArgument', 'watermark: must be the watermark of an earlier answer');
    const started = await this.ensureStarted(g.grant);
    if ('status' in started) return started;
    return { status: 200, body: await this.conversation(req, tokens, g.grant, g.expiresAt, watermark) };
  }

  private async activities(req: DirectLineRequest, tokens: DirectLineTokens, id: string, watermarkText: string | null): Promise<DirectLineReply> {
    const g = await this.grant(req, tokens, id);
    if ('status' in g) return g;
    const after = readWatermark(watermarkText);
    if (after === undefined) return fail(400, 'BadArgument', 'watermark: must be the watermark of an earlier answer');
    const known = await this.deps.store.find(id);
    if (!known) {
      const started = await this.ensureStarted(g.grant);
      if ('status' in started) return started;
    } else if (known.userId !== g.grant.userId) return fail(403, 'Forbidden', 'the token is for another user');
    const entries = await this.deps.store.after(id, after, PAGE_SIZE);
    const activities = entries.map((e) => ({ ...e.activity, id: activityId(id, e.seq) }));
    const watermark = String(entries.length ? entries[entries.length - 1].seq : after);
    return { status: 200, body: { activities, watermark } };
  }

  private async post(req: DirectLineRequest, tokens: DirectLineTokens, id: string): Promise<DirectLineReply> {
    const g = await this.grant(req, tokens, id);
    if ('status' in g) return g;
    const read = readClientActivity(await req.readBody());
    if (!read.ok) return fail(400, 'BadArgument', read.problem);
    const allowed = this.deps.messageRate.take(`${CHANNEL_ID}:${id}`);
    if (!allowed.ok) {
      return fail(429, 'TooManyRequests', `too many messages in this conversation: try again in ${allowed.retryAfterSeconds} s`, {
        'Retry-After': String(allowed.retryAfterSeconds),
      });
    }
    const started = await this.ensureStarted(g.grant, read.activity.locale ?? undefined);
    if ('status' in started) return started;
    const at = this.deps.clock.now();
    const kept = residentActivity(read.activity, { ...g.grant, at });
    const clientKey = read.activity.channelData?.clientActivityID ?? null;
    const appended = await this.deps.store.append(id, { activity: kept, clientKey }, at, MAX_ACTIVITIES_PER_CONVERSATION);
    if (!('seq' in appended)) return appended.outcome === 'full' ? fail(409, 'ConversationFull', 'this conversation is full: start a new one') : fail(404, 'ConversationNotFound', 'no such conversation');
    const posted = activityId(id, appended.seq);
    if (appended.outcome === 'appended') this.deps.streams?.appended(id);
    // Sent before (Web Chat retrying, or a replay): the same id, and the bot does not hear it twice.
    if (appended.outcome === 'duplicate') return { status: 200, body: { id: posted } };
    // Typing is shown to no one here (one resident, one bot): kept for its echo, not a turn.
    if (read.activity.type !== 'typing') {
      try {
        await this.deps.deliver(toBot(kept, posted, this.deps.serviceUrl()), req.clientAddress);
      } catch (e) {
        this.deps.log.error({ err: safeError(e) }, 'website chat: the bot did not take an activity');
        const busy = e instanceof DeliveryFailed;
        return fail(502, 'BotError', busy ? 'the bot is busy with this conversation: send the message again shortly' : 'the bot could not answer');
      }
    }
    return { status: 200, body: { id: posted } };
  }

  // -- the bot's side (Bot Connector) ----------------------------------------------------------

  private async fromBot(req: DirectLineRequest, tokens: DirectLineTokens, id: string, replyTo: string | undefined): Promise<DirectLineReply> {
    if (!sameKey(req.authorization, tokens.connectorKey)) return fail(401, 'Unauthorized', 'not this bot');
    const body = await req.readBody();
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof (body as { type?: unknown }).type !== 'string') {
      return fail(400, 'BadArgument', 'body must be an activity: a JSON object with a "type"');
    }
    const known = await this.deps.store.find(id);
    if (!known) return fail(404, 'ConversationNotFound', 'no such conversation');
    // No hub is ever a client here (every one is a resident's page, and hub events posted here are
    // refused): a hub's event (handoff.initiate, with triage flags and the resident's words) is
    // answered as sent but never kept, so neither the page's stream nor its log carries it.
    if (isHubOnlyEvent(body)) return { status: 200, body: { id: `${id}|unkept` } };
    const at = this.deps.clock.now();
    const activity = botActivity(body as Record<string, unknown>, { conversationId: id, userId: known.userId, at, replyToId: replyTo });
    const appended = await this.deps.store.append(id, { activity, clientKey: null }, at, MAX_ACTIVITIES_PER_CONVERSATION);
    if (!('seq' in appended)) return appended.outcome === 'full' ? fail(409, 'ConversationFull', 'this conversation is full') : fail(404, 'ConversationNotFound', 'no such conversation');
    this.deps.streams?.appended(id);
    return { status: 200, body: { id: activityId(id, appended.seq) } };
  }
}

/**
 * Where stream URLs point: PUBLIC_URL when set (behind a load balancer, its address), else the
 * Host the page reached this server by (a value only echoed back to the one who sent it), with
 * wss:// when a proxy says the page came over https. Undefined for a Host that is not a plain
 * host[:port].
 */
export function streamOrigin(publicUrl: string | undefined, req: Pick<DirectLineRequest, 'host' | 'forwardedProto'>): string | undefined {
  if (publicUrl) return publicUrl.replace(/^http/i, 'ws').replace(/\/+$/, '');
  const host = req.host?.trim() ?? '';
  if (!/^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?$/.test(host)) return undefined;
  const secure = req.forwardedProto?.split(',')[0].trim().toLowerCase() === 'https';
  return `${secure ? 'wss' : 'ws'}://${host}`;
}
