import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { day, firstDayOlderThan, formatDay, monthsBefore } from '../../src/calendar/date.js';
import { EVENT_REASONS } from '../../src/i18n/timeline.js';
import { RESIDENCE_PROCEDURE } from '../../src/rules/residence/index.js';
import { calendarCandidates, DATED_PARAMETERS } from '../../src/timeline/events.js';
import { MAX_YEARS, yearsAfter } from '../../src/timeline/window.js';

describe('firstDayOlderThan', () => {
  it('is the first day on which monthsBefore passes the date (month ends included)', () => {
    expect(formatDay(firstDayOlderThan(day('2026-10-05'), 6))).toBe('2027-04-06');
    // 28 February: monthsBefore(29, 30 and 31 August, 6) is still 28 February.
    expect(formatDay(firstDayOlderThan(day('2026-02-28'), 6))).toBe('2026-09-01');
    expect(formatDay(firstDayOlderThan(day('2024-02-29'), 36))).toBe('2027-03-01');
    fc.assert(
      fc.property(
        fc.integer({ min: day('2000-01-01'), max: day('2040-12-31') }),
        fc.integer({ min: 1, max: 60 }),
        (value, months) => {
          const first = firstDayOlderThan(value, months);
          expect(monthsBefore(first, months)).toBeGreaterThan(value);
          expect(monthsBefore(first - 1, months)).toBeLessThanOrEqual(value);
        },
      ),
      { seed: 17, numRuns: 500 },
    );
  });
});

describe('timeline candidates', () => {
  it('include every dated parameter of src/parameters', () => {
    expect(DATED_PARAMETERS.map((p) => p.id).sort()).toEqual([
      'eu-eea-ch-states',
      'naturalisation-language-level',
      'permanent-asylum-permit',
      'pre-2013-exam-counts',
      'qualification-duty',
      'turkish-exemption',
      'wi2013-in-force',
      'wi2021-in-force',
    ]);
  });

  it('give both readings of a month-end anniversary and both ends of a partial birth date', () => {
    const eighteenth = (dateOfBirth: string, from: string) =>
      calendarCandidates(
        RESIDENCE_PROCEDURE,
        { requestedPermit: 'permanent-regular', applicant: { dateOfBirth } },
        day(from),
        yearsAfter(day(from), 2),
        [],
      )
        .filter((c) => c.code === 'birthday' && c.age === 18)
        .map((c) => [formatDay(c.day), c.reading]);
    expect(eighteenth('2012-02-29', '2029-01-01')).toEqual([
      ['2030-02-28', 'early'],
      ['2030-03-01', 'late'],
    ]);
    expect(eighteenth('2010-01-31', '2027-01-01')).toEqual([['2028-01-31', 'exact']]);
    expect(eighteenth('2010-03', '2027-01-01')).toEqual([
      ['2028-03-01', 'earliest'],
      ['2028-03-31', 'latest'],
    ]);
  });

  it('word the events in both languages', () => {
    const facts = (age: number) => ({ date: '2028-04-17', rules: '', age });
    expect([1, 2, 3, 11, 12, 13, 18, 21, 22, 67].map((age) => EVENT_REASONS.birthday.en(facts(age)))).toEqual(
      [
        '1st birthday',
        '2nd birthday',
        '3rd birthday',
        '11th birthday',
        '12th birthday',
        '13th birthday',
        '18th birthday',
        '21st birthday',
        '22nd birthday',
        '67th birthday',
      ],
    );
    expect(EVENT_REASONS.birthday.nl(facts(18))).toBe('18e verjaardag');
  });

  it('span at most 25 years, 29 February ending on 1 March', () => {
    expect(formatDay(yearsAfter(day('2028-02-29'), MAX_YEARS))).toBe('2053-03-01');
  });
});
