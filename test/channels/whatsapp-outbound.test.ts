import { describe, expect, it } from 'vitest';
import { inboundMessages, Notification } from '../../src/channels/whatsapp/inbound';
import { WHATSAPP_LIMITS as L } from '../../src/channels/whatsapp/limits';
import { LIST_BUTTON, toCloudMessages } from '../../src/channels/whatsapp/outbound';
import { sameToken, sign, validSignature } from '../../src/channels/meta/signature';
import { splitText } from '../../src/channels/split';
import { activityOf } from '../../src/channels/whatsapp/webhook';
import { withinLimits } from './whatsapp-limits';

const imBack = (titles: string[]) => ({ actions: titles.map((t) => ({ type: 'imBack', title: t, value: t })), to: [] });

describe('WhatsApp replies', () => {
  it.each([
    ['two short choices: reply buttons', ['Cymraeg', 'English'], 'button'],
    ['three: reply buttons', ['Yes', 'No', 'Not sure'], 'button'],
    ['four: a list', ['One', 'Two', 'Three', 'Four'], 'list'],
    ['a label over 20 characters: a list, not a cut button', ['Rhoi gwybod am waith trwsio', 'Na'], 'list'],
    ['ten: a list', Array.from({ length: 10 }, (_, i) => `Choice ${i + 1}`), 'list'],
    ['eleven: numbered text', Array.from({ length: 11 }, (_, i) => `Choice ${i + 1}`), 'text'],
  ])('%s', (_name, titles, shape) => {
    const out = toCloudMessages({ type: 'message', text: 'Which one?', suggestedActions: imBack(titles) });
    out.forEach(withinLimits);
    const last = out[out.length - 1];
    if (shape === 'text') {
      expect(last).toMatchObject({ type: 'text' });
      expect(last.type === 'text' && last.text.body).toMatch(/^Which one\?\n1\. Choice 1\n[\s\S]*11\. Choice 11$/);
      return;
    }
    expect(last).toMatchObject({ type: 'interactive', interactive: { type: shape, body: { text: 'Which one?' } } });
    const ids = last.type === 'interactive' ? (last.interactive.type === 'button' ? last.interactive.action.buttons.map((b) => b.reply.id) : last.interactive.action.sections[0].rows.map((r) => r.id)) : [];
    // A tap brings back what an imBack button would have posted: the whole label.
    expect(ids).toEqual(titles);
  });

  it('shows a long label whole as the row description, and uses the renderer’s value token as the id', () => {
    const [m] = toCloudMessages({
      type: 'message',
      text: 'Sut galla i helpu?',
      suggestedActions: { to: [], actions: [{ type: 'messageBack', title: 'Rhoi gwybod am waith trwsio', value: { choice: 'menu.repair' } }, ...['A', 'B', 'C'].map((t) => ({ type: 'imBack', title: t, value: t }))] },
    });
    withinLimits(m);
    expect(m.type === 'interactive' && m.interactive.type === 'list' && m.interactive.action).toMatchObject({
      button: LIST_BUTTON,
      sections: [{ rows: [{ id: 'menu.repair', title: 'Rhoi gwybod am waith…', description: 'Rhoi gwybod am waith trwsio' }, { id: 'A' }, { id: 'B' }, { id: 'C' }] }],
    });
  });

  it('splits long text at sentence ends into parts of at most 4,096, buttons on a last part within 1,024', () => {
    const sentence = 'Mae hon yn frawddeg hir am y gŵyn a beth fydd yn digwydd nesaf. ';
    const text = sentence.repeat(200).trim();
    const out = toCloudMessages({ type: 'message', text, suggestedActions: imBack(['Ydw', 'Nac ydw']) });
    out.forEach(withinLimits);
    expect(out.length).toBeGreaterThan(3);
    expect(out.slice(0, -1).every((m) => m.type === 'text' && m.text.body.endsWith('.'))).toBe(true);
    const joined = out.map((m) => (m.type === 'text' ? m.text.body : m.interactive.body.text)).join(' ');
    expect(joined).toBe(text);
    expect(out[out.length - 1]).toMatchObject({ type: 'interactive', interactive: { type: 'button' } });
  });

  it.each([
    ['no break at all', 'x'.repeat(10_000)],
    ['words only', 'gair '.repeat(3_000)],
    ['emoji across the cut', '😀'.repeat(5_000)],
  ])('never sends a part over the limit: %s', (_name, text) => {
    const parts = splitText(text, L.text);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(L.text);
    expect(parts.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    expect(parts.join('')).not.toMatch(/\uFFFD/);
  });

  it('sends nothing for typing, events or an empty message', () => {
    expect(toCloudMessages({ type: 'typing' })).toEqual([]);
    expect(toCloudMessages({ type: 'event', name: 'x' })).toEqual([]);
    expect(toCloudMessages({ type: 'message', text: '' })).toEqual([]);
  });
});

describe('WhatsApp signatures and verification', () => {
  const body = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');
  it.each([
    ['the right signature', sign(body, 'app-secret'), true],
    ['another secret', sign(body, 'other-secret'), false],
    ['no header', undefined, false],
    ['not hex', 'sha256=zz', false],
    ['sha1', `sha1=${'0'.repeat(40)}`, false],
    ['a signature of another body', sign(Buffer.from(`${body} `), 'app-secret'), false],
  ])('%s', (_name, header, ok) => {
    expect(validSignature(body, header, 'app-secret')).toBe(ok);
  });

  it('compares verify tokens whole', () => {
    expect(sameToken('verify-me-please', 'verify-me-please')).toBe(true);
    expect(sameToken('verify-me', 'verify-me-please')).toBe(false);
    expect(sameToken(undefined, 'verify-me-please')).toBe(false);
  });
});

describe('WhatsApp messages in', () => {
  const settings = { accessToken: 't', phoneNumberId: '1234', appSecret: 's', verifyToken: 'vvvvvvvv', graphUrl: 'http://graph.test/v23.0' };
  const notification = (messages: unknown[], phoneNumberId = '1234') =>
    Notification.parse({
      object: 'whatsapp_business_account',
      entry: [{ id: 'waba', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { phone_number_id: phoneNumberId }, messages } }] }],
    });

  it.each([
    ['text', { type: 'text', text: { body: 'Mae damp yn y llofft' } }, { text: 'Mae damp yn y llofft' }],
    ['a reply button with a value token', { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'yes', title: 'Ydw' } } }, { text: 'Ydw', value: { choice: 'yes' } }],
    ['a list row standing for an imBack label', { type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: 'Rhoi gwybod am waith trwsio', title: 'Rhoi gwybod am waith…' } } }, { text: 'Rhoi gwybod am waith trwsio' }],
    ['a photo', { type: 'image', image: { id: 'media' } }, { text: '' }],
  ])('%s', (_name, message, expected) => {
    const [m] = inboundMessages(notification([{ from: '447700900123', id: 'wamid.1', timestamp: '1795000000', ...message }]), '1234');
    const a = activityOf(m, settings);
    expect(a).toMatchObject({ type: 'message', channelId: 'whatsapp', id: 'wamid.1', from: { id: '447700900123' }, conversation: { id: '447700900123' }, ...expected });
    expect(a.channelData).toMatchObject(message);
  });

  it('leaves out reactions, statuses and messages to another number', () => {
    expect(inboundMessages(notification([{ from: '447700900123', id: 'wamid.2', type: 'reaction', reaction: { emoji: '👍' } }]), '1234')).toEqual([]);
    expect(inboundMessages(notification([{ from: '447700900123', id: 'wamid.3', type: 'text', text: { body: 'hi' } }], '999'), '1234')).toEqual([]);
  });
});
