import { describe, expect, it } from 'vitest';
import { capabilitiesOf, KNOWN_CHANNELS } from '../../src/channels/capabilities';
import { fitToChannel } from '../../src/channels/fit';
import type { Prompt } from '../../src/channels/prompt';
import { renderPrompt } from '../../src/channels/render';
import { measure } from '../../src/channels/split';
import { answerText } from '../../src/channels/taps';
import { createI18n } from '../../src/i18n';
import { menu, offerComplaint } from '../../dialogs/triage/replies';
import { languagePrompt, questionPrompt, summaryPrompt } from '../../dialogs/intake/render';
import { question } from '../../dialogs/intake/questions';

const i18n = createI18n();
const t = { cy: i18n.getFixedT('cy'), en: i18n.getFixedT('en') };

const prompts: Record<string, Prompt> = {
  'menu (cy)': menu(t.cy),
  'menu (en)': menu(t.en),
  'yes / no (cy)': questionPrompt(t.cy, 'cy', question('reported_before')),
  'court (en)': questionPrompt(t.en, 'en', question('court_claim')),
  'outcomes (cy)': questionPrompt(t.cy, 'cy', question('outcomes')),
  'adjustments (en)': questionPrompt(t.en, 'en', question('adjustments')),
  language: languagePrompt(t.cy('intake:language.greeting'), t.en('intake:language.greeting')),
  'offer (cy)': offerComplaint(t.cy, 'triage:service_request.offer'),
  'summary (cy)': summaryPrompt(t.cy, 'cy', { description: 'Mae’r boeler wedi torri.' }),
};

// What each channel shows for the menu: buttons within its limits, a list, or numbers in the text.
const MENU_LAYOUT: Array<[channel: string, layout: 'buttons' | 'numbered', action?: string]> = [
  ['webchat', 'buttons', 'messageBack'],
  ['directline', 'buttons', 'messageBack'],
  ['emulator', 'buttons', 'messageBack'],
  ['msteams', 'numbered'], // Teams shows 3 suggested actions; the menu has 4
  ['facebook', 'buttons', 'postBack'],
  ['instagram', 'buttons', 'postBack'],
  ['whatsapp', 'buttons', 'messageBack'], // a list message: more than 3, at most 10, titles within 24
  ['telegram', 'buttons', 'imBack'],
  ['sms', 'numbered'],
  ['some-new-channel', 'numbered'],
];

describe('the renderer, per channel', () => {
  for (const [channel, layout, type] of MENU_LAYOUT) {
    for (const lang of ['cy', 'en'] as const) {
      it(`shows the ${lang} menu on ${channel} as ${layout}`, () => {
        const caps = capabilitiesOf(channel);
        const a = renderPrompt(menu(t[lang]), caps);
        const actions = a.suggestedActions?.actions ?? [];
        if (layout === 'numbered') {
          expect(actions).toEqual([]);
          expect(a.text).toMatch(/^1\. /m);
          expect(a.text).toMatch(new RegExp(`^${lang === 'cy' ? 'neu' : 'or'} 4\\. `, 'm'));
        } else {
          expect(actions.map((x) => x.type)).toEqual(Array(4).fill(type));
          expect(a.text).not.toMatch(/^1\. /m);
        }
      });
    }
  }

  it('uses the short label where the whole one is longer than the channel shows', () => {
    const fb = renderPrompt(menu(t.cy), capabilitiesOf('facebook')).suggestedActions!.actions;
    expect(fb.map((a) => a.title)).toEqual(['Gwneud cwyn', 'Gwaith trwsio', 'Gwirio fy nghwyn', 'Siarad â pherson']);
    const web = renderPrompt(menu(t.cy), capabilitiesOf('webchat')).suggestedActions!.actions;
    expect(web[1].title).toBe('Rhoi gwybod am waith trwsio');
  });

  it('puts the value where each channel brings it back, never only in the label', () => {
    const [web] = renderPrompt(menu(t.en), capabilitiesOf('webchat')).suggestedActions!.actions;
    expect(web).toMatchObject({ type: 'messageBack', title: 'Make a complaint', displayText: 'Make a complaint', value: { choice: 'menu.complain' } });
    const [fb] = renderPrompt(menu(t.en), capabilitiesOf('facebook')).suggestedActions!.actions;
    expect(fb).toMatchObject({ type: 'postBack', title: 'Make a complaint', value: 'menu.complain' });
  });

  it('numbers short choices inline with "neu" in Welsh, "or" in English, both for the language question', () => {
    const sms = capabilitiesOf('sms');
    expect(renderPrompt(prompts['yes / no (cy)'], sms).text).toMatch(/\(1\) Ydw, \(2\) Nac ydw, neu \(3\) Ddim yn siŵr$/);
    expect(renderPrompt(prompts['court (en)'], sms).text).toMatch(/\(1\) Yes, \(2\) No, or \(3\) Not sure$/);
    expect(renderPrompt(prompts.language, sms).text).toMatch(/\(1\) Cymraeg neu \/ or \(2\) English$/);
  });

  it('numbers pick-any lists on every channel, with a "none" button only where there are buttons', () => {
    for (const channel of [...KNOWN_CHANNELS, 'unknown']) {
      const a = renderPrompt(prompts['adjustments (en)'], capabilitiesOf(channel));
      expect(a.text).toMatch(/^1\. Large print$/m);
      const buttons = a.suggestedActions?.actions.map((x) => x.title) ?? [];
      expect(buttons).toEqual(capabilitiesOf(channel).buttons ? ['None'] : []);
    }
  });

  describe.each([...KNOWN_CHANNELS, 'unknown'])('on %s', (channel) => {
    const caps = capabilitiesOf(channel);
    it.each(Object.entries(prompts))('keeps %s within the channel and answerable', (_name, prompt) => {
      const sent = fitToChannel(renderPrompt(prompt, caps), caps);
      for (const a of sent) {
        if (caps.maxText !== null) expect(measure(a.text ?? '', caps.unit)).toBeLessThanOrEqual(caps.maxText);
        expect(a.attachments).toBeUndefined();
      }
      const actions = sent.at(-1)?.suggestedActions?.actions ?? [];
      const limits = actions.length && caps.buttons && actions.length <= caps.buttons.max ? caps.buttons : caps.list;
      if (actions.length) {
        expect(limits).not.toBeNull();
        expect(actions.length).toBeLessThanOrEqual(limits!.max);
        for (const a of actions) if (limits!.titleMax !== null) expect(a.title!.length).toBeLessThanOrEqual(limits!.titleMax);
        if (limits!.bodyMax) expect(sent.at(-1)!.text!.length).toBeLessThanOrEqual(limits!.bodyMax);
      }
      // Every choice can be answered: by its button, else by the number shown.
      (prompt.choices ?? []).forEach((c, i) => {
        const button = actions.find((a) => a.title === c.label || a.title === c.short);
        const tap = button
          ? button.type === 'messageBack'
            ? { text: c.label, value: button.value }
            : button.type === 'postBack'
              ? { text: button.title, channelData: { message: { quick_reply: { payload: button.value } } } }
              : { text: button.value as string }
          : { text: String(i + 1) };
        expect(answerText(tap, prompt.choices, prompt.shortcuts)).toBe(c.value);
      });
    });
  });
});
