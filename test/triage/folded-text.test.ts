import { describe, expect, it } from 'vitest';
import { fold, folded, foldedSentences } from '../../src/triage/folded-text';
import { roofLeakNow, waterOnElectrics } from '../../src/triage/risk-families';

// speed17 (docs/triage/speed.md): the rules' sentence readers share one fold of a message and
// remember the last one. A memo must never hand one message's fold to another: these ask for
// texts in turn, back and forth, and compare with the fold worked out afresh. Sentences made up.
const english = "The roof is leaking into the kitchen right now. Water's dripping by the fuse box — it's sparking!";
const welsh = "Mae'r dŵr yn diferu ar y soced wrth y drws cefn. Mae'r to'n gollwng i'r gegin nawr.";
const other = 'Thanks for fixing the boiler last week, all fine now.';

describe('the folded text and its sentences, remembered for the last message', () => {
  it('folds as the readers always did: lower case, accents and apostrophes gone, spaces at the ends', () => {
    // The final mark becomes a space of its own beside the closing one.
    expect(fold(english)).toBe(' the roof is leaking into the kitchen right now waters dripping by the fuse box its sparking  ');
    expect(fold(welsh)).toBe(' maer dwr yn diferu ar y soced wrth y drws cefn maer ton gollwng ir gegin nawr  ');
  });

  it('gives each text its own fold, whatever was asked before', () => {
    for (const text of [english, welsh, english, other, other, welsh, english]) expect(folded(text)).toBe(fold(text));
  });

  it('cuts each text into its own folded sentences, whatever was asked before', () => {
    for (const text of [welsh, english, welsh, other, english]) {
      expect(foldedSentences(text)).toEqual(text.split(/(?<=[.!?\n])\s+/).map(fold));
    }
    expect(foldedSentences(welsh)).toEqual([' maer dwr yn diferu ar y soced wrth y drws cefn  ', ' maer ton gollwng ir gegin nawr  ']);
    // The sentences handed out are shared with the next caller: nobody may change them.
    expect(Object.isFrozen(foldedSentences(english))).toBe(true);
  });

  it('leaves the families reading each message for itself, in either language, one after another', () => {
    expect(roofLeakNow(english)).toBe('leaking into the kitchen');
    expect(roofLeakNow(other)).toBeNull();
    expect(waterOnElectrics(welsh)).toBe('dwr soced');
    expect(waterOnElectrics(other)).toBeNull();
    expect(roofLeakNow(welsh)).toBe('gollwng ir gegin');
    expect(waterOnElectrics(english)).toBe('dripping fuse box');
  });
});
