import { describe, expect, it } from 'vitest';
import { activityProblem, IncomingActivity, plainlyAcceptable } from '../../src/bot/incoming-activity';

const good = {
  type: 'message',
  id: '1',
  text: 'hello',
  channelId: 'webchat',
  serviceUrl: 'https://example.org',
  timestamp: '2026-11-23T10:00:00.123Z',
  from: { id: 'resident-1', name: 'Resident' },
  recipient: { id: 'bot' },
  conversation: { id: 'c1' },
  channelData: { anything: ['goes'] },
};

describe('the incoming activity check', () => {
  it('accepts a well-formed activity, with null for absent fields and whatever else a channel adds', async () => {
    expect(activityProblem(good)).toBeUndefined();
    expect(activityProblem({ ...good, text: null, locale: null })).toBeUndefined();
    expect(activityProblem({ ...good, type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'resident-1' }, { id: 'bot' }] })).toBeUndefined();
    // A long text is the bot's to answer politely (long-message.ts), not a malformed request.
    expect(activityProblem({ ...good, text: 'x'.repeat(900_000) })).toBeUndefined();
    // What real channels send beside: Teams-style accounts and channel data within the bounds.
    expect(
      activityProblem({
        ...good,
        from: { id: '29:1abc', name: 'Resident', aadObjectId: '00000000-0000-0000-0000-000000000000', role: 'user' },
        conversation: { id: '19:abc@thread.tacv2;messageid=1', conversationType: 'personal', tenantId: 't', isGroup: false },
        channelData: { tenant: { id: 't' }, clientActivityID: 'x' },
        entities: [{ type: 'clientInfo', locale: 'cy-GB', country: 'GB', platform: 'Web' }],
        attachments: [{ contentType: 'image/png', contentUrl: 'https://example.org/a.png', name: 'a.png' }],
      }),
    ).toBeUndefined();
  });

  it.each([
    ['not an object', 'hello', /JSON object/],
    ['a list', [good], /JSON object/],
    ['no type', { ...good, type: undefined }, /activity\.type/],
    ['no channel', { ...good, channelId: '' }, /activity\.channelId/],
    ['no conversation', { ...good, conversation: undefined }, /activity\.conversation\.id/],
    ['a numeric conversation id', { ...good, conversation: { id: 5 } }, /activity\.conversation\.id/],
    ['no sender', { ...good, from: undefined }, /activity\.from\.id/],
    ['a sender without an id', { ...good, from: { name: 'x' } }, /activity\.from\.id/],
    ['text that is a number', { ...good, text: 42 }, /activity\.text must be a string/],
    ['text that is a list', { ...good, text: ['a'] }, /activity\.text must be a string/],
    ['a service URL that is not http', { ...good, serviceUrl: 'javascript:alert(1)' }, /activity\.serviceUrl/],
    ['a service URL that is not a URL', { ...good, serviceUrl: 'http://' }, /activity\.serviceUrl/],
    ['a timestamp that is not a date', { ...good, timestamp: 'yesterday' }, /activity\.timestamp must be a date/],
    ['a timestamp that is a number', { ...good, timestamp: 12345 }, /activity\.timestamp must be a date/],
    ['membersAdded that is not a list', { ...good, type: 'conversationUpdate', membersAdded: 'x' }, /activity\.membersAdded/],
    ['a member without an id', { ...good, type: 'conversationUpdate', membersAdded: [{}] }, /activity\.membersAdded/],
    // Sizes and depths: nothing passes through that a reply could not echo or a log could not hold.
    ['a sender nested deep', { ...good, from: { id: 'u', x: { a: { b: { c: 1 } } } } }, /activity\.from is too large or too deeply nested/],
    ['a conversation nested deep', { ...good, conversation: { id: 'c', x: [[[1]]] } }, /activity\.conversation is too large/],
    ['a sender id of 2,000 characters', { ...good, from: { id: 'u'.repeat(2000) } }, /activity\.from\.id must be at most 1024/],
    ['a sender name of 1,000 characters', { ...good, from: { id: 'u', name: 'n'.repeat(1000) } }, /activity\.from\.name must be at most 256/],
    ['a conversation id of 2,000 characters', { ...good, conversation: { id: 'c'.repeat(2000) } }, /activity\.conversation\.id must be at most/],
    ['a type of 100 characters', { ...good, type: 't'.repeat(100) }, /activity\.type must be at most/],
    ['channelData nested 9 deep', { ...good, channelData: { a: { b: { c: { d: { e: { f: { g: { h: { i: 1 } } } } } } } } } }, /activity\.channelData is too large or too deeply nested/],
    ['value holding 3,000 values', { ...good, value: Array.from({ length: 3000 }, (_, i) => i) }, /activity\.value is too large/],
    ['entities with a 100,000-character string', { ...good, entities: [{ type: 'x', s: 'y'.repeat(100_000) }] }, /activity\.entities is too large/],
    ['200 members added', { ...good, type: 'conversationUpdate', membersAdded: Array.from({ length: 200 }, (_, i) => ({ id: `m${i}` })) }, /activity\.membersAdded must hold at most 100/],
    ['a service URL of 3,000 characters', { ...good, serviceUrl: `https://example.org/${'a'.repeat(3000)}` }, /activity\.serviceUrl/],
  ])('refuses %s, naming the field', (_name, body, message) => {
    expect(activityProblem(body)).toMatch(message);
  });

  // The check without zod (plainlyAcceptable) must never pass what the schema refuses: every
  // value below, in every field, alone and over the bench's and Teams' activities.
  describe('without zod, for the common case', () => {
    const bench = {
      type: 'message', id: 'a1', text: 'hi', channelId: 'bench', serviceUrl: 'http://localhost', deliveryMode: 'expectReplies',
      from: { id: 'u-1', role: 'user' }, recipient: { id: 'bot' }, conversation: { id: 'c-1' },
    };
    const teams = {
      ...good,
      from: { id: '29:1abc', name: 'Resident', aadObjectId: '00000000-0000-0000-0000-000000000000', role: 'user' },
      conversation: { id: '19:abc', conversationType: 'personal', tenantId: 't' },
      entities: [{ type: 'clientInfo', locale: 'cy-GB' }],
      localTimestamp: '2026-11-23T10:00:00.123+00:00',
      locale: 'cy-GB',
      textFormat: 'plain',
      replyToId: 'r',
    };
    const deep = (n: number): unknown => (n === 0 ? 1 : { a: deep(n - 1) });
    const values: unknown[] = [
      undefined, null, '', 'x', 0, 5, true, [], ['a'], {}, { id: 'a' }, { id: '' }, { id: 5 }, { id: 'a', name: 'n' }, { id: 'a', role: 7 },
      { id: 'a', extra: 1 }, { id: 'a', name: null }, { id: 'a', name: 'n'.repeat(257) }, { id: 'u'.repeat(1025) }, { id: 'a', aadObjectId: 'o' },
      { id: 'a', conversationType: 'x'.repeat(65) }, { id: 'a', tenantId: 't' }, { id: 'a', x: deep(3) },
      'x'.repeat(63), 'x'.repeat(64), 'x'.repeat(65), 'x'.repeat(128), 'x'.repeat(129), 'x'.repeat(1024), 'x'.repeat(1025),
      'http://localhost', 'https://example.org/a', 'HTTP://EXAMPLE.ORG', 'http://', 'ftp://example.org', `https://e.org/${'a'.repeat(2040)}`,
      '2026-11-23T10:00:00Z', 'yesterday', '2026-11-23', deep(7), deep(8), deep(9), Array.from({ length: 2001 }, () => 1),
      [{ id: 'm' }], Object.create(null),
    ];
    const fields = [...Object.keys(IncomingActivity.shape), 'channelData', 'value', 'entities', 'attachments', '__proto__', 'constructor'];

    it('takes the bench\'s, the Teams-style and the well-formed activities above without zod', () => {
      for (const a of [bench, teams, good, { ...good, text: null, locale: null }]) expect(plainlyAcceptable(a)).toBe(true);
    });

    it.each(fields)('never passes what the schema refuses, for any value of %s', (field) => {
      let passed = 0;
      for (const base of [bench, teams]) {
        for (const value of values) {
          const body: Record<string, unknown> = { ...base };
          Object.defineProperty(body, field, { value, enumerable: true, configurable: true, writable: true });
          const fast = plainlyAcceptable(body);
          if (fast) passed++;
          if (fast) expect(IncomingActivity.safeParse(body).success, `${field}: ${JSON.stringify(value)?.slice(0, 80)}`).toBe(true);
          // Its answer is the schema's: undefined exactly when the schema accepts.
          expect(activityProblem(body) === undefined).toBe(IncomingActivity.safeParse(body).success);
        }
      }
      // Members lists always go to the schema; every other field takes some value without it.
      if (field.startsWith('members')) expect(passed).toBe(0);
      else expect(passed).toBeGreaterThan(0);
    });
  });
});
