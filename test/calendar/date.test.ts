import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  day,
  daysInMonth,
  firstOfNextMonth,
  fixedClock,
  formatDay,
  isLeapYear,
  isRealDate,
  monthsBefore,
  parseDay,
  toDay,
  todayInAmsterdam,
  ymd,
} from '../../src/calendar/date.js';

fc.configureGlobal({ seed: 42, numRuns: 300 });

const at = (text: string) => day(text);

describe('parseDay: only real YYYY-MM-DD calendar dates (docs/api.md "Conventions")', () => {
  it.each([
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-01-32',
    '0000-00-00',
    '0000-01-01',
    '2026-1-5',
    '2026-01-5',
    '26-01-05',
    '+002026-01-01',
    '2026-01-01T00:00:00Z',
    ' 2026-01-01',
    '2026-01-01 ',
    '2026/01/01',
    '20260101',
    '',
  ])('rejects %j', (text) => {
    expect(parseDay(text)).toBeUndefined();
    expect(() => day(text)).toThrow(RangeError);
  });

  it.each([
    ['2024-02-29', 2024, 2, 29],
    ['2000-02-29', 2000, 2, 29],
    ['2026-12-31', 2026, 12, 31],
    ['1970-01-01', 1970, 1, 1],
    ['1900-03-01', 1900, 3, 1],
    ['0001-01-01', 1, 1, 1],
  ])('accepts %s', (text, y, m, d) => {
    const parsed = parseDay(text);
    expect(parsed).toBeDefined();
    expect(ymd(parsed as number)).toEqual({ y, m, d });
    expect(formatDay(parsed as number)).toBe(text);
  });

  it('counts days since 1970-01-01', () => {
    expect(at('1970-01-01')).toBe(0);
    expect(at('1970-01-02')).toBe(1);
    expect(at('1969-12-31')).toBe(-1);
    expect(at('2000-03-01') - at('2000-02-28')).toBe(2);
    expect(at('1900-03-01') - at('1900-02-28')).toBe(1);
  });

  it('round-trips every real date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDay(1, 1, 1), max: toDay(9999, 12, 31) }), (value) => {
        const text = formatDay(value);
        expect(parseDay(text)).toBe(value);
        const { y, m, d } = ymd(value);
        expect(isRealDate(y, m, d)).toBe(true);
        expect(toDay(y, m, d)).toBe(value);
      }),
    );
  });
});

describe('leap years and month lengths', () => {
  it('follows the Gregorian rule', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2026)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
  });

  it('gives each month its length', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });
});

describe('firstOfNextMonth', () => {
  it.each([
    ['2026-01-31', '2026-02-01'],
    ['2026-02-01', '2026-03-01'],
    ['2024-02-29', '2024-03-01'],
    ['2026-12-15', '2027-01-01'],
    ['2026-12-31', '2027-01-01'],
  ])('%s → %s', (from, expected) => {
    expect(formatDay(firstOfNextMonth(at(from)))).toBe(expected);
  });
});

describe('monthsBefore: a day the earlier month lacks becomes its last day (docs/api.md "Month limits")', () => {
  it.each([
    ['2026-08-31', 6, '2026-02-28'],
    ['2024-08-31', 6, '2024-02-29'],
    ['2024-03-31', 1, '2024-02-29'],
    ['2023-03-31', 1, '2023-02-28'],
    ['2028-02-29', 12, '2027-02-28'],
    ['2028-02-29', 48, '2024-02-29'],
    ['2026-05-31', 1, '2026-04-30'],
    ['2026-07-31', 3, '2026-04-30'],
    ['2026-01-15', 3, '2025-10-15'],
    ['2026-03-15', 6, '2025-09-15'],
    ['2026-11-28', 36, '2023-11-28'],
    ['2026-02-28', 6, '2025-08-28'],
    ['2026-06-30', 0, '2026-06-30'],
  ])('%s minus %i months = %s', (from, months, expected) => {
    expect(formatDay(monthsBefore(at(from), months))).toBe(expected);
  });

  it('lands in the month `months` earlier, on the same day or that month’s last day (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('1950-01-01'), max: at('2100-12-31') }),
        fc.integer({ min: 0, max: 600 }),
        (value, months) => {
          const from = ymd(value);
          const to = ymd(monthsBefore(value, months));
          expect(from.y * 12 + from.m - (to.y * 12 + to.m)).toBe(months);
          expect(to.d).toBe(Math.min(from.d, daysInMonth(to.y, to.m)));
        },
      ),
    );
  });
});

describe('todayInAmsterdam', () => {
  // The service's only reading of "today": the date in the Netherlands, whatever the machine's zone.
  it.each([
    ['2026-11-27T22:59:59Z', '2026-11-27'], // 23:59:59 in Amsterdam (CET)
    ['2026-11-27T23:00:00Z', '2026-11-28'], // midnight in Amsterdam
    ['2026-06-30T21:59:59Z', '2026-06-30'], // 23:59:59 in Amsterdam (CEST)
    ['2026-06-30T22:00:00Z', '2026-07-01'],
    ['2026-03-29T00:30:00Z', '2026-03-29'], // the night summer time starts
  ])('at %s it is %s in Amsterdam', (instant, expected) => {
    expect(todayInAmsterdam(new Date(instant))).toBe(expected);
  });

  it('follows the clock it is given, not the machine (a cached day is not served for another instant)', () => {
    const first = fixedClock('2030-01-01T12:00:00+01:00');
    const second = fixedClock('2030-01-01T23:30:00Z');
    expect(todayInAmsterdam(first())).toBe('2030-01-01');
    expect(todayInAmsterdam(second())).toBe('2030-01-02');
    expect(todayInAmsterdam(first())).toBe('2030-01-01');
  });

  it('is not stale just after midnight (the once-a-second cache holds whole seconds)', () => {
    expect(todayInAmsterdam(new Date('2026-11-27T22:59:59.500Z'))).toBe('2026-11-27');
    expect(todayInAmsterdam(new Date('2026-11-27T23:00:00.200Z'))).toBe('2026-11-28');
  });

  it('refuses a fixed clock that is not an instant', () => {
    expect(() => fixedClock('tomorrow')).toThrow(/not an instant/);
  });
});
