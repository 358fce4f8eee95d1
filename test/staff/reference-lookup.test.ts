/**
 * Staff find a case by the reference a resident reads out or a letter shows, however it was
 * typed: case, spaces and dashes, and the "CMP" prefix do not matter.
 */
import { describe, expect, it } from 'vitest';
import { spokenReference } from '../../src/staff/api';
import { call, core, file } from './helpers';

describe('finding a case by reference', () => {
  it.each([
    ['CMP-7KQ4-XB2M', 'CMP-7KQ4-XB2M'],
    ['cmp-7kq4-xb2m', 'CMP-7KQ4-XB2M'],
    ['cmp 7kq4 xb2m', 'CMP-7KQ4-XB2M'],
    [' CMP7KQ4XB2M ', 'CMP-7KQ4-XB2M'],
    ['7kq4xb2m', 'CMP-7KQ4-XB2M'],
    ['7KQ4 - XB2M', 'CMP-7KQ4-XB2M'],
    // Copied from a letter or an email whose word processor turned the hyphens into other dashes.
    ['CMP\u20137KQ4\u2013XB2M', 'CMP-7KQ4-XB2M'],
    ['cmp \u2014 7kq4\u2011xb2m', 'CMP-7KQ4-XB2M'],
    ['7KQ4\u2212XB2M', 'CMP-7KQ4-XB2M'],
    // A reference whose own characters start with C, M, P is not read as having a prefix.
    ['CMP23456', 'CMP-CMP2-3456'],
    ['cmp-cmp2-3456', 'CMP-CMP2-3456'],
    // About one reference in fifteen has no digit; typed bare into a staff lookup it is still one.
    ['STYBMJXX', 'CMP-STYB-MJXX'],
    ['styb mjxx', 'CMP-STYB-MJXX'],
    ['not-a-reference', 'NOT-A-REFERENCE'],
    ['AEIOUAEI', 'AEIOUAEI'],
  ])('%j is %s', (typed, stored) => {
    expect(spokenReference(typed)).toBe(stored);
  });

  it('reads back a case asked for in lower case, with spaces and without its prefix', async () => {
    const c = core();
    const reference = await file(c);
    const bare = reference.slice(4).replace('-', '');
    for (const typed of [reference.toLowerCase(), encodeURIComponent(reference.replace(/-/g, ' ')), bare]) {
      const r = await call(c, { url: `/staff/cases/${typed}` });
      expect(r.status, typed).toBe(200);
      expect(r.json.reference).toBe(reference);
    }
    expect((await call(c, { url: '/staff/cases/CMP-2222-2222' })).status).toBe(404);
  });
});
