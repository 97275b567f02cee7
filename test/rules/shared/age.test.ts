import { describe, expect, it } from 'vitest';
import { anniversary } from '../../../src/calendar/anniversary.js';
import { type BirthDate, parseBirthDate } from '../../../src/calendar/birth-date.js';
import { day } from '../../../src/calendar/date.js';
import { NO, OPEN, YES } from '../../../src/engine/tri.js';
import {
  ageAtLeast,
  anniversaryFacts,
  overBirthDate,
  pensionAgeReached,
  pensionFacts,
  reachedOnAll,
} from '../../../src/rules/shared/age.js';
import { DATE_OF_BIRTH } from '../../../src/rules/shared/facts.js';

const at = (text: string) => day(text);
const birth = (text: string) => parseBirthDate(text) as BirthDate;
const LACKING_BIRTH = { status: 'unknown', missing: [DATE_OF_BIRTH.pointer] };

describe('reachedOnAll: judged on the application date and, when given, the decision date', () => {
  const eighteen = anniversary(at('2008-06-15'), 18);

  it('agrees on both dates', () => {
    expect(reachedOnAll(eighteen, [at('2026-06-15')])).toEqual(YES);
    expect(reachedOnAll(eighteen, [at('2026-06-14')])).toEqual(NO);
    expect(reachedOnAll(eighteen, [at('2026-07-01'), at('2026-08-01')])).toEqual(YES);
    expect(reachedOnAll(eighteen, [at('2026-01-01'), at('2026-06-14')])).toEqual(NO);
  });

  it('the two dates disagree: unknown without missing facts', () => {
    expect(reachedOnAll(eighteen, [at('2026-06-14'), at('2026-06-15')])).toEqual(OPEN);
  });

  it('a reference date between the two readings: unknown without missing facts', () => {
    const leap = anniversary(at('2008-02-29'), 18);
    expect(reachedOnAll(leap, [at('2026-02-27')])).toEqual(NO);
    expect(reachedOnAll(leap, [at('2026-02-28')])).toEqual(OPEN);
    expect(reachedOnAll(leap, [at('2026-03-01')])).toEqual(YES);
  });
});

describe('ageAtLeast with full and partial birth dates (docs/api.md "Partial birth dates")', () => {
  it('absent birth date: unknown, naming /applicant/dateOfBirth', () => {
    expect(ageAtLeast(undefined, 18, [at('2026-11-28')])).toEqual(LACKING_BIRTH);
  });

  it('a full date decides', () => {
    expect(ageAtLeast(birth('2008-11-28'), 18, [at('2026-11-28')])).toEqual(YES);
    expect(ageAtLeast(birth('2008-11-29'), 18, [at('2026-11-28')])).toEqual(NO);
  });

  it('a year decides only when every day of it gives the same answer', () => {
    expect(ageAtLeast(birth('2008'), 18, [at('2026-12-31')])).toEqual(YES);
    expect(ageAtLeast(birth('2008'), 18, [at('2025-12-31')])).toEqual(NO);
    expect(ageAtLeast(birth('2008'), 18, [at('2026-01-01')])).toEqual(LACKING_BIRTH);
    expect(ageAtLeast(birth('2008'), 18, [at('2026-06-15')])).toEqual(LACKING_BIRTH);
    expect(ageAtLeast(birth('2008'), 18, [at('2026-12-30')])).toEqual(LACKING_BIRTH);
  });

  it('a month decides only when every day of it gives the same answer', () => {
    expect(ageAtLeast(birth('2008-06'), 18, [at('2026-06-30')])).toEqual(YES);
    expect(ageAtLeast(birth('2008-06'), 18, [at('2026-05-31')])).toEqual(NO);
    expect(ageAtLeast(birth('2008-06'), 18, [at('2026-06-15')])).toEqual(LACKING_BIRTH);
  });

  it('February of a leap year: 29 February is open on 28 February, the other days are reached', () => {
    expect(ageAtLeast(birth('2008-02'), 18, [at('2026-02-28')])).toEqual(LACKING_BIRTH);
    expect(ageAtLeast(birth('2008-02'), 18, [at('2026-03-01')])).toEqual(YES);
  });

  it('overBirthDate: every day open gives open', () => {
    expect(overBirthDate(birth('2000-05'), () => OPEN)).toEqual(OPEN);
    expect(overBirthDate(birth('2000-05'), () => YES)).toEqual(YES);
  });
});

describe('pensionAgeReached (docs/api.md "AOW age")', () => {
  it('a fixed age: reached from the AOW date on', () => {
    // Born 1958-05-10: 67 years, 2025-05-10.
    expect(pensionAgeReached(birth('1958-05-10'), [at('2025-05-09')])).toEqual(NO);
    expect(pensionAgeReached(birth('1958-05-10'), [at('2025-05-10')])).toEqual(YES);
    expect(pensionAgeReached(birth('1958-05-10'), [at('2025-05-09'), at('2025-05-10')])).toEqual(OPEN);
  });

  it('two readings of the AOW date: open between them', () => {
    // Born 1957-01-31: 66 y 10 m, 30 November or 1 December 2023.
    expect(pensionAgeReached(birth('1957-01-31'), [at('2023-11-29')])).toEqual(NO);
    expect(pensionAgeReached(birth('1957-01-31'), [at('2023-11-30')])).toEqual(OPEN);
    expect(pensionAgeReached(birth('1957-01-31'), [at('2023-12-01')])).toEqual(YES);
  });

  it('not yet fixed (born on or after 1964-10-01): not reached before 67 y 3 m, open from then', () => {
    expect(pensionAgeReached(birth('1964-10-01'), [at('2031-12-31')])).toEqual(NO);
    expect(pensionAgeReached(birth('1964-10-01'), [at('2032-01-01')])).toEqual(OPEN);
    expect(pensionAgeReached(birth('1964-10-01'), [at('2035-01-01')])).toEqual(OPEN);
    expect(pensionAgeReached(birth('1964-10-01'), [at('2031-06-01'), at('2032-06-01')])).toEqual(OPEN);
    expect(pensionAgeReached(birth('1990-04-17'), [at('2026-11-28')])).toEqual(NO);
  });

  it('born 1964-09-30 has a fixed age and is reached on 2031-12-30', () => {
    expect(pensionAgeReached(birth('1964-09-30'), [at('2031-12-29')])).toEqual(NO);
    expect(pensionAgeReached(birth('1964-09-30'), [at('2031-12-30')])).toEqual(YES);
  });

  it('a partial birth date: decided only when every day agrees', () => {
    // Born in 1958: 67 years, reached during 2025.
    expect(pensionAgeReached(birth('1958'), [at('2026-01-01')])).toEqual(YES);
    expect(pensionAgeReached(birth('1958'), [at('2024-12-31')])).toEqual(NO);
    expect(pensionAgeReached(birth('1958'), [at('2025-06-01')])).toEqual(LACKING_BIRTH);
    expect(pensionAgeReached(undefined, [at('2025-06-01')])).toEqual(LACKING_BIRTH);
  });
});

describe('facts for the reason texts', () => {
  it('anniversaryFacts: one date, two readings, or a span', () => {
    const eighteenth = (b: number) => anniversary(b, 18);
    expect(anniversaryFacts(birth('2008-06-15'), eighteenth)).toEqual({
      earliest: '2026-06-15',
      latest: '2026-06-15',
    });
    expect(anniversaryFacts(birth('2008-02-29'), eighteenth)).toEqual({
      earliest: '2026-02-28',
      latest: '2026-03-01',
    });
    expect(anniversaryFacts(birth('2008'), eighteenth)).toEqual({
      earliest: '2026-01-01',
      latest: '2026-12-31',
    });
    expect(anniversaryFacts(undefined, eighteenth)).toEqual({});
  });

  it('pensionFacts: the age of the row, fixed or not', () => {
    expect(pensionFacts(birth('1961-05-01'))).toEqual({
      earliest: '2028-08-01',
      latest: '2028-08-01',
      fixed: 'yes',
      years: 67,
      months: 3,
    });
    expect(pensionFacts(birth('1964-10-01'))).toMatchObject({
      earliest: '2032-01-01',
      fixed: 'no',
      years: 67,
      months: 3,
    });
    expect(pensionFacts(undefined)).toEqual({});
  });
});
