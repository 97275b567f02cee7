import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { day } from '../../src/calendar/date.js';
import { daysWithin, type Interval, mergeIntervals, yearsInDays } from '../../src/calendar/periods.js';

fc.configureGlobal({ seed: 42, numRuns: 300 });

const at = (text: string) => day(text);
const iv = (from: string, to: string): Interval => ({ from: at(from), to: at(to) });
const WIDE: Interval = { from: at('1900-01-01'), to: at('2100-01-01') };
const total = (intervals: readonly Interval[], window: Interval = WIDE) =>
  daysWithin(mergeIntervals(intervals), window);

describe('periods: [from, to), overlaps counted once (docs/api.md "Periods")', () => {
  it('counts a half-open interval as to − from days', () => {
    expect(total([iv('2020-01-01', '2020-01-02')])).toBe(1);
    expect(total([iv('2020-01-01', '2021-01-01')])).toBe(366);
  });

  it('counts overlapping periods once', () => {
    const merged = mergeIntervals([iv('2020-01-01', '2020-03-01'), iv('2020-02-01', '2020-04-01')]);
    expect(merged).toEqual([iv('2020-01-01', '2020-04-01')]);
    expect(daysWithin(merged, WIDE)).toBe(at('2020-04-01') - at('2020-01-01'));
  });

  it('counts a contained period once', () => {
    expect(mergeIntervals([iv('2020-01-01', '2021-01-01'), iv('2020-05-01', '2020-06-01')])).toEqual([
      iv('2020-01-01', '2021-01-01'),
    ]);
  });

  it('joins touching periods (to of one = from of the next) without a gap or a double day', () => {
    const merged = mergeIntervals([iv('2020-03-01', '2020-04-01'), iv('2020-01-01', '2020-03-01')]);
    expect(merged).toEqual([iv('2020-01-01', '2020-04-01')]);
    expect(daysWithin(merged, WIDE)).toBe(31 + 29 + 31);
  });

  it('keeps separate periods apart and sorted', () => {
    const merged = mergeIntervals([iv('2021-01-01', '2021-02-01'), iv('2020-01-01', '2020-02-01')]);
    expect(merged).toEqual([iv('2020-01-01', '2020-02-01'), iv('2021-01-01', '2021-02-01')]);
    expect(daysWithin(merged, WIDE)).toBe(62);
  });

  it('ignores empty intervals', () => {
    expect(mergeIntervals([])).toEqual([]);
    expect(mergeIntervals([iv('2020-01-01', '2020-01-01')])).toEqual([]);
    expect(total([iv('2020-01-01', '2020-01-01'), iv('2020-01-05', '2020-01-06')])).toBe(1);
    expect(daysWithin([], WIDE)).toBe(0);
  });

  it('clips to the window', () => {
    const merged = mergeIntervals([iv('2010-01-01', '2030-01-01')]);
    expect(daysWithin(merged, iv('2020-01-01', '2020-02-01'))).toBe(31);
    expect(daysWithin(merged, iv('2000-01-01', '2010-01-02'))).toBe(1);
    expect(daysWithin(merged, iv('2029-12-31', '2040-01-01'))).toBe(1);
    expect(daysWithin(merged, iv('2030-01-01', '2040-01-01'))).toBe(0);
    expect(daysWithin(merged, iv('2000-01-01', '2010-01-01'))).toBe(0);
    expect(daysWithin(merged, iv('2020-01-01', '2020-01-01'))).toBe(0);
  });

  it('clips several periods to one window', () => {
    const merged = mergeIntervals([
      iv('2000-01-01', '2001-01-01'),
      iv('2005-06-01', '2005-07-01'),
      iv('2009-12-01', '2012-01-01'),
    ]);
    expect(daysWithin(merged, iv('2000-07-01', '2010-01-01'))).toBe(184 + 30 + 31);
  });

  it('handles 500 periods', () => {
    // 500 periods of 10 days, each starting 7 days after the previous: 3 days of overlap each.
    const start = at('2000-01-01');
    const periods = Array.from({ length: 500 }, (_, i) => ({ from: start + 7 * i, to: start + 7 * i + 10 }));
    expect(mergeIntervals(periods)).toEqual([{ from: start, to: start + 7 * 499 + 10 }]);
    expect(total(periods)).toBe(7 * 499 + 10);
    // 500 disjoint one-day periods, shuffled by a fixed permutation.
    const single = Array.from({ length: 500 }, (_, i) => ({
      from: start + ((i * 7919) % 500) * 2,
      to: start + ((i * 7919) % 500) * 2 + 1,
    }));
    expect(mergeIntervals(single)).toHaveLength(500);
    expect(total(single)).toBe(500);
    expect(daysWithin(mergeIntervals(single), { from: start, to: start + 100 })).toBe(50);
  });

  it('agrees with counting day by day (property)', () => {
    const interval = fc
      .tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: -5, max: 120 }))
      .map(([from, length]) => ({ from, to: from + length }));
    fc.assert(
      fc.property(
        fc.array(interval, { maxLength: 12 }),
        fc.integer({ min: -10, max: 450 }),
        fc.integer({ min: 0, max: 500 }),
        (intervals, windowFrom, windowLength) => {
          const window = { from: windowFrom, to: windowFrom + windowLength };
          let expected = 0;
          for (let d = window.from; d < window.to; d++) {
            if (intervals.some((i) => i.from <= d && d < i.to)) expected++;
          }
          const merged = mergeIntervals(intervals);
          expect(daysWithin(merged, window)).toBe(expected);
          for (let k = 1; k < merged.length; k++) {
            expect((merged[k] as Interval).from).toBeGreaterThan((merged[k - 1] as Interval).to);
          }
        },
      ),
    );
  });
});

describe('yearsInDays: N × 365.25', () => {
  it('8 years = 2922 days', () => {
    expect(yearsInDays(8)).toBe(2922);
  });

  it('rounds a fractional day up', () => {
    expect(yearsInDays(1)).toBe(366);
    expect(yearsInDays(4)).toBe(1461);
    expect(yearsInDays(0)).toBe(0);
  });
});
