import { describe, expect, it } from 'vitest';
import { isPublicPost } from '../../src/bot/public-post';

describe('which messages were written in public', () => {
  const rows: Array<[string, unknown, boolean]> = [
    ['a Messenger message (sender, recipient, message)', { sender: { id: '1' }, recipient: { id: '2' }, timestamp: 1, message: { mid: 'm', text: 'hi' } }, false],
    ['a Messenger quick reply', { sender: { id: '1' }, recipient: { id: '2' }, message: { mid: 'm', text: 'Yes', quick_reply: { payload: 'yes' } } }, false],
    ['no channelData', undefined, false],
    ['a Facebook feed comment', { field: 'feed', value: { item: 'comment', verb: 'add', comment_id: '1_2', post_id: '1' } }, true],
    ['a Facebook post on the Page', { field: 'feed', value: { item: 'status', verb: 'add', post_id: '1_3' } }, true],
    ['a change without its field name', { item: 'comment', comment_id: '1_2' }, true],
    ['Meta\'s whole entry with changes[]', { id: 'page', time: 1, changes: [{ field: 'feed', value: { item: 'post' } }] }, true],
    ['an Instagram comment', { field: 'comments', value: { id: '17', text: 'hello', media: { id: '18' }, from: { id: '19' } } }, true],
    ['an Instagram live comment', { field: 'live_comments', value: { id: '17', text: 'hello' } }, true],
    ['an adapter of our own saying so', { publicPost: true }, true],
    ['an adapter saying it is not', { publicPost: false }, false],
    ['a string', 'feed', false],
    ['a list', [{ field: 'feed' }], false],
  ];
  it.each(rows)('%s', (_name, channelData, expected) => {
    expect(isPublicPost({ type: 'message', channelData })).toBe(expected);
  });

  it('only ever a message', () => {
    expect(isPublicPost({ type: 'event', channelData: { field: 'feed' } })).toBe(false);
  });
});
