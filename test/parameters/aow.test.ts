import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reachedOn } from '../../src/calendar/anniversary.js';
import { day, formatDay, ymd } from '../../src/calendar/date.js';
import {
  AOW_BEFORE_2013,
  AOW_DECISIONS_FROM_YEAR,
  AOW_NOT_FIXED_FROM_BIRTH,
  AOW_NOT_YET_FIXED_FLOOR,
  AOW_TABLE,
  type PensionAge,
  pensionAgeFor,
} from '../../src/parameters/aow.js';
import { BIRTHS, sameAsFresh } from '../support/memo.js';

const at = (text: string) => day(text);

/**
 * docs/legal-notes.md "AOW age table", row by row: calendar year the age is reached, the age, the birth
 * dates of the row (inclusive), and the AOW date of the first and last birth date worked out by hand.
 */
const TABLE = [
  {
    year: 2012,
    years: 65,
    months: 0,
    first: ['1940-01-01', '2005-01-01'],
    last: ['1947-12-31', '2012-12-31'],
  },
  {
    year: 2013,
    years: 65,
    months: 1,
    first: ['1948-01-01', '2013-02-01'],
    last: ['1948-11-30', '2013-12-30'],
  },
  {
    year: 2014,
    years: 65,
    months: 2,
    first: ['1948-12-01', '2014-02-01'],
    last: ['1949-10-31', '2014-12-31'],
  },
  {
    year: 2015,
    years: 65,
    months: 3,
    first: ['1949-11-01', '2015-02-01'],
    last: ['1950-09-30', '2015-12-30'],
  },
  {
    year: 2016,
    years: 65,
    months: 6,
    first: ['1950-10-01', '2016-04-01'],
    last: ['1951-06-30', '2016-12-30'],
  },
  {
    year: 2017,
    years: 65,
    months: 9,
    first: ['1951-07-01', '2017-04-01'],
    last: ['1952-03-31', '2017-12-31'],
  },
  {
    year: 2018,
    years: 66,
    months: 0,
    first: ['1952-04-01', '2018-04-01'],
    last: ['1952-12-31', '2018-12-31'],
  },
  {
    year: 2019,
    years: 66,
    months: 4,
    first: ['1953-01-01', '2019-05-01'],
    last: ['1953-08-31', '2019-12-31'],
  },
  {
    year: 2020,
    years: 66,
    months: 4,
    first: ['1953-09-01', '2020-01-01'],
    last: ['1954-08-31', '2020-12-31'],
  },
  {
    year: 2021,
    years: 66,
    months: 4,
    first: ['1954-09-01', '2021-01-01'],
    last: ['1955-08-31', '2021-12-31'],
  },
  {
    year: 2022,
    years: 66,
    months: 7,
    first: ['1955-09-01', '2022-04-01'],
    last: ['1956-05-31', '2022-12-31'],
  },
  {
    year: 2023,
    years: 66,
    months: 10,
    first: ['1956-06-01', '2023-04-01'],
    last: ['1957-02-28', '2023-12-28'],
  },
  {
    year: 2024,
    years: 67,
    months: 0,
    first: ['1957-03-01', '2024-03-01'],
    last: ['1957-12-31', '2024-12-31'],
  },
  {
    year: 2025,
    years: 67,
    months: 0,
    first: ['1958-01-01', '2025-01-01'],
    last: ['1958-12-31', '2025-12-31'],
  },
  {
    year: 2026,
    years: 67,
    months: 0,
    first: ['1959-01-01', '2026-01-01'],
    last: ['1959-12-31', '2026-12-31'],
  },
  {
    year: 2027,
    years: 67,
    months: 0,
    first: ['1960-01-01', '2027-01-01'],
    last: ['1960-12-31', '2027-12-31'],
  },
  {
    year: 2028,
    years: 67,
    months: 3,
    first: ['1961-01-01', '2028-04-01'],
    last: ['1961-09-30', '2028-12-30'],
  },
  {
    year: 2029,
    years: 67,
    months: 3,
    first: ['1961-10-01', '2029-01-01'],
    last: ['1962-09-30', '2029-12-30'],
  },
  {
    year: 2030,
    years: 67,
    months: 3,
    first: ['1962-10-01', '2030-01-01'],
    last: ['1963-09-30', '2030-12-30'],
  },
  {
    year: 2031,
    years: 67,
    months: 3,
    first: ['1963-10-01', '2031-01-01'],
    last: ['1964-09-30', '2031-12-30'],
  },
] as const;

type Fixed = Extract<PensionAge, { fixed: true }>;

function fixed(birth: string): Fixed {
  const age = pensionAgeFor(at(birth));
  if (!age.fixed) throw new Error(`expected a fixed AOW age for ${birth}`);
  return age;
}

const dates = (age: Fixed) => ({ early: formatDay(age.date.early), late: formatDay(age.date.late) });

/** The row of the table above for a birth date (by its inclusive ranges). */
function rowOf(birth: number) {
  return TABLE.find((row) => birth <= at(row.last[0]) && (row.year === 2012 || birth >= at(row.first[0])));
}

describe('pensionAgeFor: every row of docs/legal-notes.md "AOW age table"', () => {
  describe.each(TABLE)('AOW year $year ($years y $months m)', (row) => {
    it.each([row.first, row.last])('born %s reaches it on %s', (birth, expected) => {
      const age = fixed(birth);
      expect(age.row.years).toBe(row.years);
      expect(age.row.months).toBe(row.months);
      if (row.year === 2012) expect(age.row.year).toBeLessThan(2013);
      else expect(age.row.year).toBe(row.year);
      expect(dates(age)).toEqual({ early: expected, late: expected });
    });
  });
});

describe('pensionAgeFor: edges', () => {
  it('1947-12-31 is before 2013 (65), 1948-01-01 is in 2013 (65 y 1 m)', () => {
    expect(fixed('1947-12-31').row.years).toBe(65);
    expect(fixed('1947-12-31').row.months).toBe(0);
    expect(dates(fixed('1948-01-01')).early).toBe('2013-02-01');
  });

  it('1955: 31 August reaches it in 2021 (66 y 4 m), 1 September in 2022 (66 y 7 m)', () => {
    expect(fixed('1955-08-31').row.year).toBe(2021);
    expect(dates(fixed('1955-08-31')).early).toBe('2021-12-31');
    expect(fixed('1955-09-01').row.year).toBe(2022);
    expect(dates(fixed('1955-09-01')).early).toBe('2022-04-01');
  });

  it('1957: 28 February in 2023 (66 y 10 m), 1 March in 2024 (67 y)', () => {
    expect(fixed('1957-02-28').row.year).toBe(2023);
    expect(dates(fixed('1957-02-28'))).toEqual({ early: '2023-12-28', late: '2023-12-28' });
    expect(fixed('1957-03-01').row.year).toBe(2024);
    expect(dates(fixed('1957-03-01'))).toEqual({ early: '2024-03-01', late: '2024-03-01' });
  });

  it('1957-01-31 + 66 y 10 m lands on the missing 31 November: two readings', () => {
    const age = fixed('1957-01-31');
    expect(age.row.year).toBe(2023);
    expect(dates(age)).toEqual({ early: '2023-11-30', late: '2023-12-01' });
    expect(reachedOn(age.date, at('2023-11-29'))).toBe('no');
    expect(reachedOn(age.date, at('2023-11-30'))).toBe('ambiguous');
    expect(reachedOn(age.date, at('2023-12-01'))).toBe('yes');
  });

  it('1959: 1958-12-31 in 2025, 1959-01-01 and 1959-12-31 in 2026, 1960-01-01 in 2027 (all 67 y)', () => {
    expect(fixed('1958-12-31').row.year).toBe(2025);
    expect(fixed('1959-01-01').row.year).toBe(2026);
    expect(fixed('1959-12-31').row.year).toBe(2026);
    expect(fixed('1960-01-01').row.year).toBe(2027);
    expect(dates(fixed('1959-12-31')).early).toBe('2026-12-31');
    expect(dates(fixed('1960-01-01')).early).toBe('2027-01-01');
  });

  it('1961: 1960-12-31 at 67 in 2027; 1961-01-01 at 67 y 3 m in 2028; 1961-10-01 in 2029', () => {
    expect(fixed('1960-12-31').row.year).toBe(2027);
    expect(dates(fixed('1960-12-31')).early).toBe('2027-12-31');
    expect(fixed('1961-01-01').row.year).toBe(2028);
    expect(dates(fixed('1961-01-01')).early).toBe('2028-04-01');
    expect(fixed('1961-09-30').row.year).toBe(2028);
    expect(dates(fixed('1961-09-30')).early).toBe('2028-12-30');
    expect(fixed('1961-10-01').row.year).toBe(2029);
    expect(dates(fixed('1961-10-01')).early).toBe('2029-01-01');
  });

  it('born 29 February: two readings where the AOW date falls in a common year', () => {
    expect(dates(fixed('1960-02-29'))).toEqual({ early: '2027-02-28', late: '2027-03-01' });
    expect(dates(fixed('1952-02-29'))).toEqual({ early: '2017-11-29', late: '2017-11-29' });
    expect(dates(fixed('1956-02-29'))).toEqual({ early: '2022-09-29', late: '2022-09-29' });
  });

  it('month ends carried into February', () => {
    expect(dates(fixed('1953-10-31'))).toEqual({ early: '2020-02-29', late: '2020-03-01' });
    expect(dates(fixed('1954-10-31'))).toEqual({ early: '2021-02-28', late: '2021-03-01' });
  });

  it('born 1964-09-30: fixed (2031, 67 y 3 m); born 1964-10-01: not yet fixed, at least 67 y 3 m', () => {
    const last = fixed('1964-09-30');
    expect(last.row.year).toBe(2031);
    expect(dates(last).early).toBe('2031-12-30');

    const open = pensionAgeFor(at('1964-10-01'));
    expect(open.fixed).toBe(false);
    if (open.fixed) return;
    expect(formatDay(open.atLeast.early)).toBe('2032-01-01');
    expect(formatDay(open.atLeast.late)).toBe('2032-01-01');

    const monthEnd = pensionAgeFor(at('1964-11-30'));
    expect(monthEnd.fixed).toBe(false);
    if (monthEnd.fixed) return;
    expect(formatDay(monthEnd.atLeast.early)).toBe('2032-02-29');
    expect(formatDay(monthEnd.atLeast.late)).toBe('2032-03-01');

    expect(pensionAgeFor(at('1990-04-17')).fixed).toBe(false);
  });
});

describe('pensionAgeFor: no gaps in the table', () => {
  it('finds a fixed date in the row of the table for every birth date 1940-01-01 … 1964-09-30', () => {
    const failures: string[] = [];
    for (let birth = at('1940-01-01'); birth <= at('1964-09-30'); birth++) {
      const age = pensionAgeFor(birth);
      const expected = rowOf(birth);
      if (!age.fixed || !expected) {
        failures.push(`${formatDay(birth)}: not fixed`);
        continue;
      }
      const year = ymd(age.date.early).y;
      const lateYear = ymd(age.date.late).y;
      const rowOk =
        age.row.years === expected.years &&
        age.row.months === expected.months &&
        (expected.year === 2012 ? year < 2013 : age.row.year === expected.year);
      const yearOk = expected.year === 2012 ? lateYear < 2013 : year === age.row.year && lateYear === year;
      if (!rowOk || !yearOk) {
        failures.push(
          `${formatDay(birth)}: ${formatDay(age.date.early)} row ${age.row.year}, expected ${expected.year}`,
        );
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('AOW rows cite their legal basis (docs/api.md "AOW age")', () => {
  it('2013–2025 cite AOW art. 7a(1), points b–n; before 2013 point a', () => {
    expect(AOW_BEFORE_2013.reference).toMatchObject({
      kind: 'law',
      articleId: 'aow-7a',
      paragraph: '1',
      point: 'a',
    });
    const letters = 'bcdefghijklmn';
    for (const row of AOW_TABLE.filter((r) => r.year <= 2025)) {
      expect(row.reference, String(row.year)).toMatchObject({
        kind: 'law',
        articleId: 'aow-7a',
        paragraph: '1',
        point: letters[row.year - 2013],
      });
    }
  });

  it('from 2026 on cite the annual decisions, not the article text', () => {
    const later = AOW_TABLE.filter((r) => r.year >= 2026);
    expect(later.map((r) => r.year)).toEqual([2026, 2027, 2028, 2029, 2030, 2031]);
    for (const row of later) {
      expect(row.reference.articleId, String(row.year)).toBeUndefined();
      expect(row.reference.url, String(row.year)).toMatch(/^https:\/\//);
    }
  });

  it('the not-yet-fixed floor is the last fixed age, 67 y 3 m', () => {
    expect(AOW_NOT_YET_FIXED_FLOOR).toMatchObject({
      years: 67,
      months: 3,
      reference: { articleId: 'aow-7a' },
    });
    expect(AOW_NOT_FIXED_FROM_BIRTH).toBe('1964-10-01');
    expect(pensionAgeFor(day('1964-09-30')).fixed).toBe(true);
    expect(pensionAgeFor(day(AOW_NOT_FIXED_FROM_BIRTH)).fixed).toBe(false);
    expect(AOW_DECISIONS_FROM_YEAR).toBe(2026);
  });
});

describe('performance trick: pensionAgeFor() memoised on the last birth date (docs/architecture.md)', () => {
  it('answers interleaved birth dates as a fresh computation does', async () => {
    const load = async () => (await import('../../src/parameters/aow.js')).pensionAgeFor;
    await sameAsFresh(pensionAgeFor, load, fc.tuple(BIRTHS));
  });
});
