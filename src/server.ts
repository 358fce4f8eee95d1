import type { CloudAdapter } from 'botbuilder';
import restify from 'restify';
import type { ComplaintsBot } from './bot/complaints-bot';
import type { TurnQueue } from './bot/turn-queue';

/** The only module that knows about restify: two routes, thin. */
export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ComplaintsBot;
  queue: TurnQueue;
  health: () => { ok: boolean; [k: string]: unknown };
  log: (msg: string) => void;
}

export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'complaints-intake-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 1024 * 1024 }));

  server.get('/healthz', async (_req, res) => {
    const h = deps.health();
    res.send(h.ok ? 200 : 503, h);
  });

  server.post('/api/messages', async (req, res) => {
    const body = req.body as { type?: unknown; conversation?: { id?: unknown }; channelId?: unknown } | undefined;
    if (!body || typeof body !== 'object' || typeof body.type !== 'string') {
      res.send(400, { code: 'BadRequest', message: 'body must be a Bot Framework activity (JSON object with a "type")' });
      return;
    }
    if (!body.conversation || typeof body.conversation.id !== 'string' || typeof body.channelId !== 'string') {
      res.send(400, { code: 'BadRequest', message: 'activity must have "channelId" and "conversation.id"' });
      return;
    }
    const key = `${body.channelId}:${body.conversation.id}`;
    try {
      await deps.queue.run(key, () => deps.adapter.process(req, res, (context) => deps.bot.run(context)));
    } catch (e) {
      deps.log(`request failed: ${(e as Error).message}`);
      if (!res.headersSent) res.send(500, { code: 'InternalError', message: 'the turn could not be processed' });
    }
  });

  return server;
}
