/**
 * A bare botbuilder echo bot on restify + CloudAdapter: the baseline the intake bot's throughput
 * is compared with in `npm run bench` (run as its own process) and in bench/turn-cpu.ts (in-process).
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';

export function createEchoServer(): restify.Server {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`Echo: ${context.activity.text}`);
    await next();
  });
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  return server;
}

if (require.main === module) {
  const server = createEchoServer();
  server.listen(Number(process.env.PORT ?? 0), () => {
    const address = server.address();
    console.log(`listening on http://localhost:${typeof address === 'object' && address ? address.port : 0}/api/messages`);
  });
}
