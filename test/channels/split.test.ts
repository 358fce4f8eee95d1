import { describe, expect, it } from 'vitest';
import { capabilitiesOf } from '../../src/channels/capabilities';
import { fitToChannel } from '../../src/channels/fit';
import { measure, splitText } from '../../src/channels/split';

const sentence = (i: number) => `Dyma frawddeg rhif ${i}, sy'n sôn am y boeler a'r ffenestri.`;
const long = Array.from({ length: 120 }, (_, i) => sentence(i)).join(' ');

describe('splitting long replies', () => {
  it.each([
    ['facebook', 2_000],
    ['instagram', 1_000],
    ['whatsapp', 4_096],
    ['sms', 1_600],
  ])('cuts a long reply for %s at sentence ends, in order, within %i', (channel, max) => {
    const caps = capabilitiesOf(channel);
    const parts = splitText(long, max, caps.unit);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(measure(p, caps.unit)).toBeLessThanOrEqual(max);
      expect(p).toMatch(/^Dyma frawddeg rhif \d+,.*ffenestri\.$/);
    }
    expect(parts.join(' ')).toBe(long);
  });

  it('counts Instagram in bytes: Welsh letters with a to bach take two', () => {
    const text = 'ŵŷâ '.repeat(300).trim();
    expect(text.length).toBeLessThan(1_200);
    for (const p of splitText(text, 1_000, 'utf8')) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(1_000);
  });

  it('falls back to word boundaries in one long sentence, and cuts only a word longer than the limit', () => {
    const words = Array.from({ length: 100 }, (_, i) => `gair${i}`).join(' ');
    const parts = splitText(words, 50);
    expect(parts.join(' ')).toBe(words);
    for (const p of parts) expect(p).toMatch(/^(gair\d+ ?)+$/);
    const url = `https://example.com/${'a'.repeat(120)}`;
    const cut = splitText(`See ${url} now.`, 50);
    expect(cut[0]).toBe('See');
    expect(cut.join('').replace(/\s/g, '')).toBe(`See${url}now.`);
    for (const p of cut) expect(p.length).toBeLessThanOrEqual(50);
  });

  it('keeps a message that fits as it is, line breaks and all', () => {
    expect(splitText('Un.\n\nDau.', 1_600)).toEqual(['Un.\n\nDau.']);
  });

  it('keeps the buttons on the last part, and WhatsApp button text within 1,024', () => {
    const caps = capabilitiesOf('whatsapp');
    const activity = { type: 'message', text: long, suggestedActions: { to: [], actions: [{ type: 'messageBack', title: 'Ydw', value: { choice: 'yes' } }] } };
    const parts = fitToChannel(activity, caps);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.slice(0, -1).every((p) => p.suggestedActions === undefined)).toBe(true);
    expect(parts.at(-1)!.suggestedActions?.actions).toHaveLength(1);
    expect(parts.at(-1)!.text!.length).toBeLessThanOrEqual(1_024);
    expect(parts.map((p) => p.text).join(' ')).toBe(long);
  });

  it('leaves Web Chat replies whole', () => {
    expect(fitToChannel({ type: 'message', text: long }, capabilitiesOf('webchat'))).toHaveLength(1);
  });
});
