import { describe, expect, it } from 'vitest';
import { onlyAsksToComplain } from '../../dialogs/parse/asks-to-complain';

describe('a message that only asks to complain', () => {
  it.each([
    'I want to make a complaint', "I'd like to make a formal complaint please", 'Hi, can I complain?', 'complaint', 'I want to complain',
    'How do I make a complaint?', 'Hoffwn i wneud cwyn', 'Dw i isio cwyno', "Dwi'n moyn gwneud cwyn plis", 'Ga i wneud cwyn os gwelwch yn dda?',
    'Helo, hoffwn i wneud cwyn ffurfiol',
  ])('%j asks only', (text) => expect(onlyAsksToComplain(text)).toBe(true));

  it.each([
    'I want to complain about the damp in my bedroom', 'I want to make a complaint, the boiler has been broken for weeks',
    'Hoffwn i wneud cwyn am y lleithder yn y llofft', "Dw i isio cwyno am y boeler sy wedi torri", 'Nobody came to fix the leak',
  ])('%j says what went wrong', (text) => expect(onlyAsksToComplain(text)).toBe(false));
});
