import type { CloudAdapter } from 'botbuilder';
import restify from 'restify';
import type { ComplaintsBot } from './bot/complaints-bot';
import { activityProblem } from './bot/incoming-activity';
import type { TurnQueue } from './bot/turn-queue';
import { formatDate, toLondon } from './deadlines/local-date';
import { BodyTooLarge, type StaffApi } from './staff/api';

/** The only module that knows about restify: thin routes that carry bytes to plain modules. */
export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ComplaintsBot;
  queue: TurnQueue;
  health: () => { ok: boolean; [k: string]: unknown };
  staff: StaffApi;
  log: (msg: string) => void;
  /** The clock, for today's London date on staff requests; tests may fix it. */
  now?: () => Date;
}

const MAX_BODY = 1024 * 1024;
const MAX_STAFF_BODY = 64 * 1024;

/** The raw body, refused past `limit` bytes without holding more than that in memory. */
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

export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'complaints-intake-bot', handleUncaughtExceptions: false });
  const now = deps.now ?? (() => new Date());

  server.get('/healthz', async (_req, res) => {
    const h = deps.health();
    res.send(h.ok ? 200 : 503, h);
  });

  // Parsed on this route only: the staff API reads its own bodies, after authenticating the caller.
  server.post('/api/messages', restify.plugins.bodyParser({ mapParams: false, maxBodySize: MAX_BODY }), async (req, res) => {
    const problem = activityProblem(req.body);
    if (problem) {
      res.send(400, { code: 'BadRequest', message: problem });
      return;
    }
    const body = req.body as { channelId: string; conversation: { id: string } };
    const key = `${body.channelId}:${body.conversation.id}`;
    try {
      await deps.queue.run(key, () => deps.adapter.process(req, res, (context) => deps.bot.run(context)));
    } catch (e) {
      deps.log(`request failed: ${(e as Error).message}`);
      if (!res.headersSent) res.send(500, { code: 'InternalError', message: 'the turn could not be processed' });
    }
  });

  const staff = async (req: restify.Request, res: restify.Response) => {
    try {
      const out = await deps.staff.handle({
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        authorization: req.headers.authorization,
        readBody: () => readBody(req, MAX_STAFF_BODY),
        // Today is the request's day in London; the staff modules are given it, never a clock.
        today: formatDate(toLondon(now().toISOString()).date),
      });
      res.sendRaw(out.status, out.body, out.headers);
    } catch (e) {
      // The message only: a request's headers (and so its token) are never logged.
      deps.log(`staff request failed: ${(e as Error).message}`);
      if (!res.headersSent) res.send(500, { code: 'InternalError', message: 'the request could not be processed' });
    }
  };
  for (const route of ['/staff', '/staff/*']) {
    server.get(route, staff);
    server.post(route, staff);
    server.put(route, staff);
    server.patch(route, staff);
    server.del(route, staff);
  }

  return server;
}
