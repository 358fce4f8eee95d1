import { describe, expect, it } from 'vitest';
import { capabilitiesOf } from '../../src/channels/capabilities';
import { createInstagram } from '../../src/channels/instagram';
import { inboundEvents, Notification } from '../../src/channels/instagram/inbound';
import { INSTAGRAM_LIMITS as L, toCommentReply, toInstagramMessages } from '../../src/channels/instagram/outbound';
import { activityOf } from '../../src/channels/instagram/webhook';
import { renderPrompt } from '../../src/channels/render';
import { answerText } from '../../src/channels/taps';
import { isPublicPost } from '../../src/bot/public-post';
import { readEnv } from '../../src/config/env';
import { createLogger } from '../../src/log';
import { withinInstagramLimits } from './instagram-limits';

const ACCOUNT = '17841400000000001';
const RESIDENT = '5790000000000001';
const settings = { accessToken: 't', accountId: ACCOUNT, appSecret: 's', verifyToken: 'vvvvvvvv', graphUrl: 'http://graph.test/v23.0' };

const notification = (entry: Record<string, unknown>) => Notification.parse({ object: 'instagram', entry: [{ id: ACCOUNT, time: 1795000000000, ...entry }] });
const messaging = (event: Record<string, unknown>, from = RESIDENT, to = ACCOUNT) => notification({ messaging: [{ sender: { id: from }, recipient: { id: to }, timestamp: 1795000000000, ...event }] });
const comment = (value: Record<string, unknown>) => notification({ changes: [{ field: 'comments', value }] });

describe('Instagram events in', () => {
  it.each([
    ['text', messaging({ message: { mid: 'aWdfZAm1', text: 'Mae damp yn y llofft' } }), { id: 'aWdfZAm1', text: 'Mae damp yn y llofft', conversation: { id: RESIDENT } }],
    [
      'a quick reply tapped: its payload is the value, its title the text',
      messaging({ message: { mid: 'aWdfZAm2', text: 'Ydw', quick_reply: { payload: 'yes' } } }),
      { id: 'aWdfZAm2', text: 'Ydw', value: { choice: 'yes' } },
    ],
    [
      'a quick reply standing for an imBack label: the label is the text',
      messaging({ message: { mid: 'aWdfZAm3', text: 'Rhoi gwybod am…', quick_reply: { payload: 'Rhoi gwybod am waith trwsio' } } }),
      { text: 'Rhoi gwybod am waith trwsio' },
    ],
    ['a postback button', messaging({ postback: { mid: 'aWdfZAm4', title: 'Gwirio fy nghwyn', payload: 'menu.status' } }), { id: 'aWdfZAm4', text: 'Gwirio fy nghwyn', value: { choice: 'menu.status' } }],
    ['a photo: no words', messaging({ message: { mid: 'aWdfZAm5', attachments: [{ type: 'image', payload: { url: 'https://lookaside.example/x' } }] } }), { id: 'aWdfZAm5', text: '' }],
  ])('%s', (_name, n, expected) => {
    const [e] = inboundEvents(n, ACCOUNT);
    const a = activityOf(e, settings);
    expect(a).toMatchObject({ type: 'message', channelId: 'instagram', from: { id: RESIDENT }, recipient: { id: ACCOUNT }, conversation: { id: RESIDENT }, ...expected });
    expect(isPublicPost(a)).toBe(false);
    // The server's clock decides; Meta's timestamp is kept only as the channel's claim.
    expect(a.timestamp).toEqual(new Date(1795000000000));
  });

  it('reads a tap by its payload, whatever the title says', () => {
    const [e] = inboundEvents(messaging({ message: { mid: 'm', text: 'A reworded label', quick_reply: { payload: 'menu.status' } } }), ACCOUNT);
    const choices = [{ value: 'menu.complain', label: 'Complain' }, { value: 'menu.status', label: 'Check my complaint' }];
    expect(answerText(activityOf(e, settings), choices)).toBe('menu.status');
  });

  it.each([
    ['an echo of our own message', messaging({ message: { mid: 'm1', text: 'Shwmae', is_echo: true } }, ACCOUNT, RESIDENT)],
    ['an echo marked only by is_echo', messaging({ message: { mid: 'm2', text: 'Shwmae', is_echo: true } })],
    ['a deleted message', messaging({ message: { mid: 'm3', is_deleted: true } })],
    ['a reaction', messaging({ reaction: { mid: 'm4', action: 'react', reaction: 'love', emoji: '❤️' } })],
    ['a read receipt', messaging({ read: { mid: 'm5' } })],
    ['a message to another account', messaging({ message: { mid: 'm6', text: 'hi' } }, RESIDENT, '17841499999999999')],
    ['a comment by our own account (our public reply coming back)', comment({ id: '18000000000000001', from: { id: ACCOUNT, username: 'landlord' }, text: 'Diolch' })],
    ['a live-video comment (no public reply can go under it)', notification({ changes: [{ field: 'live_comments', value: { id: '18000000000000002', from: { id: RESIDENT }, text: 'hi' } }] })],
    ['a mention', notification({ changes: [{ field: 'mentions', value: { media_id: '1', comment_id: '2' } }] })],
  ])('ignores %s', (_name, n) => {
    expect(inboundEvents(n, ACCOUNT)).toEqual([]);
  });

  it('a comment becomes a public post in a conversation of its own, carrying nothing of the profile or post', () => {
    const [e] = inboundEvents(
      comment({ id: '18000000000000003', from: { id: RESIDENT, username: 'sam.jones.cardiff', self_ig_scoped_id: '1' }, text: 'Mould in my flat at 12 Park Road', media: { id: '1799', media_product_type: 'FEED' } }),
      ACCOUNT,
    );
    const a = activityOf(e, settings);
    expect(isPublicPost(a)).toBe(true);
    expect(a).toMatchObject({ id: 'comment-18000000000000003', channelId: 'instagram', conversation: { id: 'comment:18000000000000003' }, from: { id: RESIDENT, name: '' } });
    expect(JSON.stringify(a.channelData)).not.toMatch(/sam\.jones|Park Road|1799/);
  });

  it('refuses a notification that is not the shape Meta sends', () => {
    for (const bad of [
      { object: 'page', entry: [] },
      { object: 'instagram', entry: [{ messaging: [{ sender: { id: 'not-digits' }, recipient: { id: ACCOUNT }, message: { mid: 'm', text: 'x' } }] }] },
      { object: 'instagram', entry: [{ messaging: [{ sender: { id: RESIDENT }, recipient: { id: ACCOUNT }, message: { text: 'no mid' } }] }] },
      { object: 'instagram', entry: Array.from({ length: 101 }, () => ({})) },
    ]) {
      expect(Notification.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(false);
    }
  });
});

describe('Instagram replies out', () => {
  const caps = capabilitiesOf('instagram');

  it('keeps to the table’s instagram row', () => {
    expect(L).toMatchObject({ text: 1_000, unit: 'utf8', quickReplies: { max: 13, title: 20 } });
  });

  it('shows choices as quick replies carrying their value token as the payload', () => {
    const activity = renderPrompt({ text: 'Ydych chi wedi rhoi gwybod i ni am hyn o’r blaen?', lang: 'cy', choices: [{ value: 'yes', label: 'Do' }, { value: 'no', label: 'Naddo' }] }, caps);
    const [m] = toInstagramMessages(activity);
    withinInstagramLimits(m);
    expect(m.quick_replies).toEqual([
      { content_type: 'text', title: 'Do', payload: 'yes' },
      { content_type: 'text', title: 'Naddo', payload: 'no' },
    ]);
  });

  it.each([
    ['14 choices', Array.from({ length: 14 }, (_, i) => ({ value: `c${i}`, label: `Dewis ${i + 1}` }))],
    ['a label over 20 characters with no short form', [{ value: 'repair', label: 'Rhoi gwybod am waith trwsio' }, { value: 'no', label: 'Na' }]],
  ])('numbers %s in the text instead of cutting them', (_name, choices) => {
    const out = toInstagramMessages({ type: 'message', text: 'Beth hoffech chi ei wneud?', suggestedActions: { to: [], actions: choices.map((c) => ({ type: 'postBack', title: c.label, value: { choice: c.value } })) } });
    for (const m of out) withinInstagramLimits(m);
    expect(out.some((m) => m.quick_replies)).toBe(false);
    const text = out.map((m) => m.text).join('\n');
    choices.forEach((c, i) => expect(text).toContain(`${i + 1}. ${c.label}`));
  });

  it('splits long Welsh at sentence ends within 1,000 bytes, mutations and accents intact, quick replies on the last part', () => {
    const sentences = [
      'Mae’n ddrwg gen i glywed am y lleithder yn eich llofft.',
      'Byddwn ni’n cydnabod eich cwyn o fewn pum diwrnod gwaith ac yn rhoi ymateb llawn o fewn ugain diwrnod gwaith.',
      'Os yw’r dŵr yn dod drwy’r nenfwd, ffoniwch ein llinell argyfwng ar unwaith.',
      'Gallwch chi ofyn i rywun siarad ar eich rhan, ac mae croeso i chi ysgrifennu yn Gymraeg neu yn Saesneg.',
      'Mae fy mhlant yn sâl ac mae’r ŵyr bach yn pesychu bob nos yn y tŷ.',
    ];
    const text = Array.from({ length: 6 }, () => sentences.join(' ')).join(' ');
    expect(Buffer.byteLength(text)).toBeGreaterThan(2_000);
    const out = toInstagramMessages({ type: 'message', text, suggestedActions: { to: [], actions: [{ type: 'postBack', title: 'Ydy', value: { choice: 'yes' } }] } });
    expect(out.length).toBeGreaterThanOrEqual(3);
    for (const m of out) withinInstagramLimits(m);
    // Every part ends at a sentence end, and nothing is lost, doubled or broken between them.
    for (const m of out) expect(m.text).toMatch(/[.?!]$/);
    expect(out.map((m) => m.text).join(' ')).toBe(text);
    for (const word of ['ddrwg', 'ŵyr', 'tŷ', 'mhlant', 'dŵr', 'nenfwd', 'sâl']) expect(out.map((m) => m.text).join(' ')).toContain(word);
    expect(out.slice(0, -1).every((m) => m.quick_replies === undefined)).toBe(true);
    expect(out[out.length - 1].quick_replies).toEqual([{ content_type: 'text', title: 'Ydy', payload: 'yes' }]);
  });

  it('counts bytes, not characters: 600 Welsh ŵ (1,200 bytes) do not go as one message', () => {
    const out = toInstagramMessages({ type: 'message', text: `${'ŵ'.repeat(600)}.` });
    expect(out.length).toBe(2);
    for (const m of out) withinInstagramLimits(m);
    expect(out.map((m) => m.text).join('')).toBe(`${'ŵ'.repeat(600)}.`);
  });

  it('sends nothing for typing, events or an empty message', () => {
    expect(toInstagramMessages({ type: 'typing' })).toEqual([]);
    expect(toInstagramMessages({ type: 'event', name: 'x' })).toEqual([]);
    expect(toInstagramMessages({ type: 'message', text: '' })).toEqual([]);
  });

  it('answers a comment with its text alone, no buttons', () => {
    expect(toCommentReply({ type: 'message', text: ' Anfonwch neges breifat atom ni. ', suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'x', value: 'x' }] } })).toBe('Anfonwch neges breifat atom ni.');
    expect(toCommentReply({ type: 'typing' })).toBeUndefined();
  });
});

describe('Instagram settings', () => {
  const all = { INSTAGRAM_ACCESS_TOKEN: 'token-secret-1', INSTAGRAM_ACCOUNT_ID: ACCOUNT, INSTAGRAM_APP_SECRET: 'app-secret-2', INSTAGRAM_VERIFY_TOKEN: 'verify-secret-3' };
  const deps = { adapter: {} as never, run: async () => {}, locks: {} as never, rateLimit: {} as never, replies: {} as never, appId: '', log: createLogger('silent') };

  it('is off with none set, on with all four, and refuses some without the others, naming them', () => {
    expect(createInstagram(readEnv({}), deps)).toBeUndefined();
    expect(createInstagram(readEnv(all), deps)?.channel.channelId).toBe('instagram');
    const { INSTAGRAM_APP_SECRET: _s, INSTAGRAM_ACCOUNT_ID: _a, ...two } = all;
    expect(() => createInstagram(readEnv(two), deps)).toThrow(/^Instagram: INSTAGRAM_ACCOUNT_ID, INSTAGRAM_APP_SECRET must be set too/);
  });

  it('never prints a secret in a configuration error', () => {
    let message = '';
    try {
      readEnv({ ...all, INSTAGRAM_VERIFY_TOKEN: 'short', INSTAGRAM_GRAPH_URL: 'ftp://x', INSTAGRAM_ACCOUNT_ID: '@landlord' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/INSTAGRAM_VERIFY_TOKEN: must be at least 8 characters$/m);
    expect(message).toMatch(/INSTAGRAM_GRAPH_URL: must be an http\(s\) URL/);
    expect(message).toMatch(/INSTAGRAM_ACCOUNT_ID: must be the Instagram professional account's id/);
    expect(message).not.toMatch(/short|token-secret-1|app-secret-2/);
  });
});
