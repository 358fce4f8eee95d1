import { describe, expect, it } from 'vitest';
import { activityProblem } from '../../src/bot/incoming-activity';

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
  it('accepts a well-formed activity, with null for absent fields and whatever else a channel adds', () => {
    expect(activityProblem(good)).toBeUndefined();
    expect(activityProblem({ ...good, text: null, locale: null })).toBeUndefined();
    expect(activityProblem({ ...good, type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'resident-1' }, { id: 'bot' }] })).toBeUndefined();
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
  ])('refuses %s, naming the field', (_name, body, message) => {
    expect(activityProblem(body)).toMatch(message);
  });
});
