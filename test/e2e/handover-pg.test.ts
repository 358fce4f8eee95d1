/**
 * The built-in handover with the resident on one instance and staff on another, both on one
 * PostgreSQL database: the queue, the atomic accept, the event stream and the hand-back go
 * through the shared store, never one process's memory.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { postgresForTests } from '../support/postgres';
import { startInProcess, type InProcessBot } from './in-process';
import { startBalancer } from './balancer';
import { handoverFlow, OTHER, TOKEN } from './handover-flow';

const pg = postgresForTests();

describe.skipIf(!pg.available)('the staff handover across two instances on PostgreSQL', () => {
  let one: InProcessBot;
  let two: InProcessBot;
  let balancer: Awaited<ReturnType<typeof startBalancer>>;
  beforeAll(async () => {
    // PUBLIC_URL is the balancer's: the bot's replies reach the resident through whichever instance it picks.
    balancer = await startBalancer();
    const schema = await pg.freshSchema();
    const settings = {
      DATABASE_URL: schema.connectionString,
      STAFF_API_TOKENS: `contact-centre:${TOKEN},cms:${OTHER}`,
      HANDOVER_STAFF_FIRST_NAME: 'true',
      MESSAGE_RATE_LIMIT: '0',
      PUBLIC_URL: balancer.url,
      DATABASE_STATEMENT_TIMEOUT_MS: '60000',
      DATABASE_CONNECT_TIMEOUT_MS: '30000',
    };
    // One after the other, so the second finds the website chat's token secret the first generated.
    one = await startInProcess(settings);
    two = await startInProcess(settings);
    balancer.route([one.url, two.url]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await balancer?.close();
  }, 60_000);

  it('resident on the website chat of one instance, staff signed in on the other: queue, accept, replies both ways, hand back', async () => {
    await handoverFlow({ resident: one.url, staff: two.url, store: one.app.store, tag: 'pg' });
  }, 180_000);
});
