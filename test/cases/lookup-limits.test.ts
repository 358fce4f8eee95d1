import { describe, expect, it } from 'vitest';
import { lockedUntil } from '../../src/cases/lookup-limits';

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 7, 10, 0) + minutes * 60_000);

describe('when lookups stop', () => {
  // [name, misses (minutes from 10:00), now (minutes), locked until (minutes) or null]
  it.each([
    ['no misses', [], 0, null],
    ['four misses', [0, 1, 2, 3], 4, null],
    ['the fifth miss', [0, 1, 2, 3, 4], 4, 34],
    ['29 minutes after the fifth', [0, 1, 2, 3, 4], 33, 34],
    ['30 minutes after the fifth', [0, 1, 2, 3, 4], 34, null],
    ['a sixth miss after the lock ended', [0, 1, 2, 3, 4, 40], 40, 70],
    ['five misses, the first forgotten after a day', [0, 1000, 1001, 1002, 1003], 1441, null],
    ['five misses within the last day', [100, 1000, 1001, 1002, 1003], 1010, 1033],
  ] as Array<[string, number[], number, number | null]>)('%s', (_, misses, now, until) => {
    expect(lockedUntil(misses.map(at), at(now))).toEqual(until === null ? null : at(until));
  });
});
