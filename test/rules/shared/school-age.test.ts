import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { day, formatDay } from '../../../src/calendar/date.js';
import { registeredPeriods, schoolAgeWindows } from '../../../src/rules/shared/school-age.js';
import { BIRTHS, sameAsFresh } from '../../support/memo.js';

const at = (text: string) => day(text);
const windows = (birth: string) => {
  const w = schoolAgeWindows(at(birth));
  return { start: formatDay(w.start), fullTimeEnd: formatDay(w.fullTimeEnd), end18: formatDay(w.end18) };
};

describe('schoolAgeWindows (docs/rules.md RES-EX-SCHOOL-AGE; docs/legal-notes.md "Readings the service chose")', () => {
  it('starts on the first day of the month after the month of the 5th birthday', () => {
    expect(windows('2010-03-15').start).toBe('2015-04-01');
    expect(windows('2010-03-01').start).toBe('2015-04-01');
    expect(windows('2010-03-31').start).toBe('2015-04-01');
    expect(windows('2010-12-10').start).toBe('2016-01-01');
  });

  it('full-time duty ends on 1 August after the school year (1 Aug – 31 Jul) of the 16th birthday', () => {
    // 16th birthday on 31 July: school year 2025/26 → 1 August 2026.
    expect(windows('2010-07-31').fullTimeEnd).toBe('2026-08-01');
    expect(windows('2010-07-15').fullTimeEnd).toBe('2026-08-01');
    // 16th birthday on 1 August: school year 2026/27 → 1 August 2027.
    expect(windows('2010-08-01').fullTimeEnd).toBe('2027-08-01');
    expect(windows('2010-08-15').fullTimeEnd).toBe('2027-08-01');
    // 16th birthday in January: school year 2025/26.
    expect(windows('2010-01-01').fullTimeEnd).toBe('2026-08-01');
    expect(windows('2010-12-31').fullTimeEnd).toBe('2027-08-01');
  });

  it('the qualification window ends on the 18th birthday', () => {
    expect(windows('2010-07-31').end18).toBe('2028-07-31');
    expect(windows('1990-04-17')).toEqual({
      start: '1995-05-01',
      fullTimeEnd: '2006-08-01',
      end18: '2008-04-17',
    });
  });

  it('born 29 February: 1 March is the birthday in common years', () => {
    // 5th birthday 1 March 2013 → start 1 April 2013; 16th birthday 29 February 2024 (leap year);
    // 18th birthday 1 March 2026.
    expect(windows('2008-02-29')).toEqual({
      start: '2013-04-01',
      fullTimeEnd: '2024-08-01',
      end18: '2026-03-01',
    });
  });
});

describe('registeredPeriods: an absent `to` runs to the application date', () => {
  const application = at('2026-11-28');

  it('absent or null periods are unknown', () => {
    expect(registeredPeriods(undefined, application)).toBeUndefined();
    expect(registeredPeriods(null, application)).toBeUndefined();
  });

  it('[] is a known "none"', () => {
    expect(registeredPeriods([], application)).toEqual([]);
  });

  it('runs an open period to the application date', () => {
    expect(registeredPeriods([{ from: '2020-01-01' }], application)).toEqual([
      { from: at('2020-01-01'), to: application },
    ]);
    expect(registeredPeriods([{ from: '2020-01-01', to: null }], application)).toEqual([
      { from: at('2020-01-01'), to: application },
    ]);
  });

  it('merges overlapping periods', () => {
    expect(
      registeredPeriods(
        [
          { from: '2000-01-01', to: '2005-01-01' },
          { from: '2004-01-01', to: '2006-01-01' },
          { from: '2010-01-01', to: '2011-01-01' },
        ],
        application,
      ),
    ).toEqual([
      { from: at('2000-01-01'), to: at('2006-01-01') },
      { from: at('2010-01-01'), to: at('2011-01-01') },
    ]);
  });
});

describe('performance trick: schoolAgeWindows() memoised on the last birth date (docs/architecture.md)', () => {
  it('answers interleaved birth dates as a fresh computation does', async () => {
    const load = async () => (await import('../../../src/rules/shared/school-age.js')).schoolAgeWindows;
    await sameAsFresh(schoolAgeWindows, load, fc.tuple(BIRTHS));
  });
});
