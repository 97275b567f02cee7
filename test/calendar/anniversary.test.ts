import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anniversary,
  completedYears,
  isBornOnLeapDay,
  reachedOn,
  schoolAnniversary,
} from '../../src/calendar/anniversary.js';
import { day, daysInMonth, formatDay, ymd } from '../../src/calendar/date.js';
import { BIRTHS, sameAsFresh } from '../support/memo.js';

fc.configureGlobal({ seed: 42, numRuns: 300 });

const at = (text: string) => day(text);
const readings = (birth: string, years: number, months = 0) => {
  const a = anniversary(at(birth), years, months);
  return { early: formatDay(a.early), late: formatDay(a.late) };
};

describe('anniversary: a person reaches age N on the N-th anniversary (docs/api.md "Ages and anniversaries")', () => {
  it('is the same day and month when that day exists', () => {
    expect(readings('1990-04-17', 18)).toEqual({ early: '2008-04-17', late: '2008-04-17' });
    expect(readings('1990-01-31', 1, 2)).toEqual({ early: '1991-03-31', late: '1991-03-31' });
    expect(readings('1958-12-31', 67)).toEqual({ early: '2025-12-31', late: '2025-12-31' });
  });

  describe('born 29 February', () => {
    it('has two readings in a common year: 28 February (early) and 1 March (late)', () => {
      expect(readings('2000-02-29', 18)).toEqual({ early: '2018-02-28', late: '2018-03-01' });
      expect(readings('2008-02-29', 1)).toEqual({ early: '2009-02-28', late: '2009-03-01' });
      expect(readings('1960-02-29', 67)).toEqual({ early: '2027-02-28', late: '2027-03-01' });
    });

    it('is exact in a leap year', () => {
      expect(readings('2000-02-29', 4)).toEqual({ early: '2004-02-29', late: '2004-02-29' });
      expect(readings('2008-02-29', 16)).toEqual({ early: '2024-02-29', late: '2024-02-29' });
    });

    it('treats 2100 as a common year', () => {
      expect(readings('2000-02-29', 100)).toEqual({ early: '2100-02-28', late: '2100-03-01' });
    });

    it('is recognised', () => {
      expect(isBornOnLeapDay(at('2000-02-29'))).toBe(true);
      expect(isBornOnLeapDay(at('2000-02-28'))).toBe(false);
      expect(isBornOnLeapDay(at('2000-03-01'))).toBe(false);
    });
  });

  describe('month-end overflow', () => {
    it('31 January + 66 years 1 month: last day of February or 1 March', () => {
      expect(readings('1958-01-31', 66, 1)).toEqual({ early: '2024-02-29', late: '2024-03-01' });
      expect(readings('1959-01-31', 66, 1)).toEqual({ early: '2025-02-28', late: '2025-03-01' });
    });

    it('31 August + 3 months: 30 November or 1 December', () => {
      expect(readings('2000-08-31', 0, 3)).toEqual({ early: '2000-11-30', late: '2000-12-01' });
      expect(readings('1990-08-31', 20, 3)).toEqual({ early: '2010-11-30', late: '2010-12-01' });
    });

    it('31 January + 66 years 10 months lands on the missing 31 November', () => {
      expect(readings('1957-01-31', 66, 10)).toEqual({ early: '2023-11-30', late: '2023-12-01' });
    });

    it('carries months into the next year', () => {
      expect(readings('1953-10-31', 66, 4)).toEqual({ early: '2020-02-29', late: '2020-03-01' });
      expect(readings('1954-10-31', 66, 4)).toEqual({ early: '2021-02-28', late: '2021-03-01' });
      expect(readings('1999-12-31', 0, 2)).toEqual({ early: '2000-02-29', late: '2000-03-01' });
    });
  });

  it('either agrees or gives the last day of the month and the first of the next (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('1900-01-01'), max: at('2030-12-31') }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 11 }),
        (birth, years, months) => {
          const b = ymd(birth);
          const { early, late } = anniversary(birth, years, months);
          const e = ymd(early);
          const index = (b.y + years) * 12 + (b.m - 1) + months;
          expect(e.y * 12 + (e.m - 1)).toBe(index);
          if (b.d <= daysInMonth(e.y, e.m)) {
            expect(e.d).toBe(b.d);
            expect(late).toBe(early);
          } else {
            expect(e.d).toBe(daysInMonth(e.y, e.m));
            expect(late).toBe(early + 1);
            expect(ymd(late).d).toBe(1);
          }
        },
      ),
    );
  });
});

describe('reachedOn: reaching it on a day counts from that day', () => {
  it('two readings: no before the early day, ambiguous from early up to late, yes from late', () => {
    const a = anniversary(at('2000-02-29'), 18);
    expect(reachedOn(a, at('2018-02-27'))).toBe('no');
    expect(reachedOn(a, at('2018-02-28'))).toBe('ambiguous');
    expect(reachedOn(a, at('2018-03-01'))).toBe('yes');
    expect(reachedOn(a, at('2018-03-02'))).toBe('yes');
  });

  it('month-end: 31 January + 66 years 1 month', () => {
    const a = anniversary(at('1959-01-31'), 66, 1);
    expect(reachedOn(a, at('2025-02-27'))).toBe('no');
    expect(reachedOn(a, at('2025-02-28'))).toBe('ambiguous');
    expect(reachedOn(a, at('2025-03-01'))).toBe('yes');
  });

  it('an existing anniversary has no gap', () => {
    const a = anniversary(at('1990-04-17'), 18);
    expect(reachedOn(a, at('2008-04-16'))).toBe('no');
    expect(reachedOn(a, at('2008-04-17'))).toBe('yes');
  });

  it('is monotone in the reference date (property)', () => {
    const order = { no: 0, ambiguous: 1, yes: 2 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: at('1940-01-01'), max: at('2020-12-31') }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: at('1940-01-01'), max: at('2100-12-31') }),
        fc.integer({ min: 0, max: 400 }),
        (birth, years, on, step) => {
          const a = anniversary(birth, years);
          expect(order[reachedOn(a, on)]).toBeLessThanOrEqual(order[reachedOn(a, on + step)]);
        },
      ),
    );
  });
});

describe('completedYears and schoolAnniversary', () => {
  it('counts an ambiguous birthday as not yet reached', () => {
    expect(completedYears(at('2000-02-29'), at('2018-02-27'))).toBe(17);
    expect(completedYears(at('2000-02-29'), at('2018-02-28'))).toBe(17);
    expect(completedYears(at('2000-02-29'), at('2018-03-01'))).toBe(18);
    expect(completedYears(at('1990-04-17'), at('2026-04-16'))).toBe(35);
    expect(completedYears(at('1990-04-17'), at('2026-04-17'))).toBe(36);
  });

  it('takes 1 March as the birthday of someone born on 29 February in a common year', () => {
    expect(formatDay(schoolAnniversary(at('2008-02-29'), 5))).toBe('2013-03-01');
    expect(formatDay(schoolAnniversary(at('2008-02-29'), 16))).toBe('2024-02-29');
    expect(formatDay(schoolAnniversary(at('2008-02-28'), 5))).toBe('2013-02-28');
  });
});

describe('performance trick: anniversary() memoised on the last birth date (docs/architecture.md)', () => {
  it('answers interleaved birth dates and ages as a fresh computation does', async () => {
    const ages = fc.tuple(BIRTHS, fc.constantFrom(4, 5, 18, 66, 67), fc.constantFrom(0, 1, 3));
    const load = async () => (await import('../../src/calendar/anniversary.js')).anniversary;
    await sameAsFresh(anniversary, load, ages);
  });
});
