import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { answerText, numberAnswer, tappedValue } from '../../src/channels/taps';
import type { PromptChoice } from '../../src/channels/prompt';

const menu: PromptChoice[] = [
  { value: 'menu.complain', label: 'Gwneud cwyn' },
  { value: 'menu.repair', label: 'Rhoi gwybod am waith trwsio', short: 'Gwaith trwsio' },
  { value: 'menu.status', label: 'Gwirio fy nghwyn' },
  { value: 'menu.person', label: 'Siarad â pherson' },
];

describe('reading a tap by its value', () => {
  it.each<[string, Partial<Activity>, string | undefined]>([
    ['Web Chat / Direct Line messageBack', { text: 'Gwirio fy nghwyn', value: { choice: 'menu.status' } }, 'menu.status'],
    ['a Messenger quick reply (Azure passes the webhook event as channelData)', { text: 'Gwirio fy nghwyn', channelData: { sender: { id: '1' }, recipient: { id: '2' }, message: { mid: 'm', text: 'Gwirio fy nghwyn', quick_reply: { payload: 'menu.status' } } } }, 'menu.status'],
    ['a Messenger postback button', { text: 'x', channelData: { postback: { title: 'x', payload: 'menu.status' } } }, 'menu.status'],
    ['a WhatsApp reply button', { text: 'Gwirio fy nghwyn', channelData: { interactive: { type: 'button_reply', button_reply: { id: 'menu.status', title: 'Gwirio fy nghwyn' } } } }, 'menu.status'],
    ['a WhatsApp list row', { channelData: { interactive: { type: 'list_reply', list_reply: { id: 'menu.status', title: 'Gwirio' } } } }, 'menu.status'],
    ['a Telegram callback', { channelData: { callback_query: { data: 'menu.status' } } }, 'menu.status'],
    ['typed text', { text: 'Gwirio fy nghwyn' }, undefined],
    ['a payload that is not one of ours', { value: { choice: 'DROP TABLE cases;' } }, undefined],
    ['a payload that is not a string', { value: { choice: { nested: true } } }, undefined],
  ])('%s', (_name, activity, expected) => {
    expect(tappedValue(activity)).toBe(expected);
  });

  it('routes a tap whose label has since changed, by its value', () => {
    expect(answerText({ text: 'Label a newidiwyd', value: { choice: 'menu.status' } }, menu)).toBe('menu.status');
    expect(answerText({ text: 'Changed label', channelData: { message: { quick_reply: { payload: 'menu.status' } } } }, menu)).toBe('menu.status');
  });

  it('ignores a value that is not among the choices asked, and reads the text instead', () => {
    expect(answerText({ text: 'Gwneud cwyn', value: { choice: 'yes' } }, menu)).toBe('menu.complain');
  });

  it.each([
    ['2', 'menu.repair'],
    ['2.', 'menu.repair'],
    ['(3)', 'menu.status'],
    ['rhif 4', 'menu.person'],
    ['Rhif dau', 'menu.repair'],
    ['number two', 'menu.repair'],
    ['dau plis', 'menu.repair'],
    ['yr olaf', 'menu.person'],
    ['Gwaith trwsio', 'menu.repair'],
    ['gwirio fy nghwyn', 'menu.status'],
    ['siarad a pherson', 'menu.person'],
    ['menu.status', 'menu.status'],
    ['5', '5'],
    ['2 ffenest', '2 ffenest'],
    ['mae 2 ffenest wedi torri', 'mae 2 ffenest wedi torri'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(answerText({ text }, menu)).toBe(expected);
  });

  it('does not number shortcuts, which the text names in words', () => {
    const none = [{ value: 'none', label: 'Dim' }];
    expect(answerText({ text: '1' }, [], none)).toBe('1');
    expect(answerText({ text: 'Dim' }, [], none)).toBe('none');
  });

  it.each([
    ['no', null],
    ['', null],
    ['0', null],
    ['11', null],
    ['tri', 3],
  ])('numberAnswer("%s") among 4 is %s', (text, expected) => {
    expect(numberAnswer(text, 4)).toBe(expected);
  });
});

describe('a tap where nothing is offered', () => {
  it('reads the words, not the token, when a stale button is tapped at a free-text question', () => {
    expect(answerText({ text: 'Gwneud cwyn', channelData: { message: { quick_reply: { payload: 'yes' } } } })).toBe('Gwneud cwyn');
    expect(answerText({ value: { choice: 'cymraeg' } })).toBe('cymraeg');
  });
});
