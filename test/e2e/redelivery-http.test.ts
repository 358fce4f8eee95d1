import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveInProcess, type ServedInProcess } from './in-process';

const REFERENCE = /reference is (CMP-\w{4}-\w{4})/;

interface Reply {
  text?: string;
  suggestedActions?: unknown;
  attachments?: unknown;
}

/** One conversation over HTTP (deliveryMode expectReplies) where the test chooses each activity id. */
function conversation(url: string, id: string) {
  let n = 0;
  return {
    async send(text: string, activityId: string | undefined = `m-${n++}`, type = 'message'): Promise<Reply[]> {
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type,
          ...(activityId === undefined ? {} : { id: activityId }),
          text,
          channelId: 'test',
          serviceUrl: 'http://localhost',
          deliveryMode: 'expectReplies',
          from: { id: `resident-${id}`, role: 'user' },
          recipient: { id: 'bot' },
          conversation: { id },
        }),
      });
      if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
      return ((await res.json()) as { activities?: Reply[] }).activities ?? [];
    },
  };
}

const texts = (replies: Reply[]) => replies.map((r) => r.text ?? '').join('\n');
/** What the resident sees: text, buttons, cards; not the ids and times of one sending. */
const visible = (replies: Reply[]) => replies.map((r) => ({ text: r.text, suggestedActions: r.suggestedActions, attachments: r.attachments }));

async function toSummary(c: ReturnType<typeof conversation>, description: string): Promise<void> {
  for (const text of [description, 'Flat 3, 12 Park Road', '3 weeks ago', 'yes', 'I phoned twice in November', 'No hot water', 'no', '1', 'none', "I'm the resident", 'Sam Jones', '07700 900123', 'English']) {
    await c.send(text);
  }
  expect(texts(await c.send('after 5pm'))).toMatch(/What went wrong/);
}

describe('re-delivered activities over HTTP (deliveryMode expectReplies)', () => {
  let bot: ServedInProcess;
  beforeAll(async () => {
    bot = await serveInProcess();
  }, 240_000);
  afterAll(async () => {
    await bot?.stop();
  });

  const casesFiled = (conversationId: string) => {
    const db = new Database(bot.dbPath, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT reference FROM cases WHERE conversation_key = ? ORDER BY id').all(`test:${conversationId}`) as Array<{ reference: string }>).map(
        (r) => r.reference,
      );
    } finally {
      db.close();
    }
  };

  it('answers a re-delivered confirmation with the same replies, and a later confirmation files its own case', async () => {
    const c = conversation(bot.url, 'http-redelivery-1');
    await c.send('hello');
    expect(texts(await c.send('English'))).toMatch(/What has gone wrong/);
    await toSummary(c, 'The boiler keeps breaking and nobody has come to fix it');
    const filed = await c.send('yes', 'confirm-1');
    const first = REFERENCE.exec(texts(filed))?.[1];
    expect(first).toBeDefined();

    const again = await c.send('yes', 'confirm-1');
    expect(texts(again)).toContain(first);
    expect(visible(again)).toEqual(visible(filed));

    // A second complaint, more than 20 messages on, then the first confirmation once more.
    for (let i = 0; i < 8; i++) await c.send('help');
    expect(texts(await c.send('start again'))).toMatch(/What has gone wrong/);
    await toSummary(c, 'The lift has been broken for a month and nobody has come');
    expect(visible(await c.send('yes', 'confirm-1'))).toEqual(visible(filed));
    const second = REFERENCE.exec(texts(await c.send('yes', 'confirm-2')))?.[1];
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(casesFiled('http-redelivery-1')).toEqual([first, second]);
  }, 240_000);

  it('never treats an activity without an id as a re-delivery', async () => {
    const c = conversation(bot.url, 'http-redelivery-no-id');
    expect(texts(await c.send('hello', undefined))).toMatch(/^Shwmae/);
    // Taken for a re-delivery of "hello", this would get the greeting again.
    expect(texts(await c.send('English', undefined))).toMatch(/What has gone wrong/);
  }, 240_000);

  it('honours endOfConversation and deleteUserData sent to the server', async () => {
    const rows = (sql: string, key: string) => {
      const db = new Database(bot.dbPath, { readonly: true, fileMustExist: true });
      try {
        return (db.prepare(sql).get(key) as { n: number }).n;
      } finally {
        db.close();
      }
    };
    const state = (key: string) => rows('SELECT COUNT(*) AS n FROM bot_state WHERE key LIKE ? || \'%\'', key);
    const transcript = (key: string) => rows('SELECT COUNT(*) AS n FROM transcripts WHERE conversation_key = ?', key);
    const c = conversation(bot.url, 'http-ending');
    await c.send('hello');
    expect(texts(await c.send('English'))).toMatch(/What has gone wrong/);
    expect(state('test/conversations/http-ending/')).toBe(1);
    expect(await c.send('', 'end-1', 'endOfConversation')).toEqual([]);
    expect(state('test/conversations/http-ending/')).toBe(0);
    expect(transcript('test:http-ending')).toBeGreaterThan(0);
    expect(state('test/users/resident-http-ending/')).toBe(1);
    expect(await c.send('', 'delete-1', 'deleteUserData')).toEqual([]);
    expect(state('test/users/resident-http-ending/')).toBe(0);
    expect(transcript('test:http-ending')).toBe(0);
  }, 240_000);
});
