/**
 * The built-in handover with the resident on one instance and staff on another, both on one
 * PostgreSQL database: the queue, the atomic accept, the event stream and the hand-back go
 * through the shared store, never one process's memory.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { postgresForTests } from '../support/postgres';
import { startInProcess, type InProcessBot } from './in-process';
import { startConnector } from './connector';
import { handoverFlow, OTHER, TOKEN } from './handover-flow';

const pg = postgresForTests();

describe.skipIf(!pg.available)('the staff handover across two instances on PostgreSQL', () => {
  let one: InProcessBot;
  let two: InProcessBot;
  let connector: Awaited<ReturnType<typeof startConnector>>;
  beforeAll(async () => {
    connector = await startConnector();
    const schema = await pg.freshSchema();
    const settings = {
      DATABASE_URL: schema.connectionString,
      STAFF_API_TOKENS: `contact-centre:${TOKEN},cms:${OTHER}`,
      HANDOVER_STAFF_FIRST_NAME: 'true',
      MESSAGE_RATE_LIMIT: '0',
      DATABASE_STATEMENT_TIMEOUT_MS: '60000',
      DATABASE_CONNECT_TIMEOUT_MS: '30000',
    };
    [one, two] = await Promise.all([startInProcess(settings), startInProcess(settings)]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await connector?.close();
  }, 60_000);

  it('resident on one instance, staff on the other: queue, accept, replies both ways, hand back', async () => {
    await handoverFlow({ resident: one.url, staff: two.url, connector, conversation: 'conv-pg-handover' });
  }, 180_000);
});
