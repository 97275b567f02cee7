import { describe, expect, it } from 'vitest';
import { parseBirthDate, possibleBirthDays } from '../../src/calendar/birth-date.js';
import { formatDay } from '../../src/calendar/date.js';

const span = (text: string) => {
  const parsed = parseBirthDate(text);
  if (!parsed) return undefined;
  return { first: formatDay(parsed.first), last: formatDay(parsed.last), partial: parsed.partial };
};

describe('parseBirthDate: YYYY-MM-DD, YYYY-MM or YYYY (docs/api.md "Conventions")', () => {
  it('a full date is exact', () => {
    expect(span('1990-04-17')).toEqual({ first: '1990-04-17', last: '1990-04-17', partial: false });
    expect(span('2000-02-29')).toEqual({ first: '2000-02-29', last: '2000-02-29', partial: false });
  });

  it('YYYY stands for every day of the year', () => {
    expect(span('1990')).toEqual({ first: '1990-01-01', last: '1990-12-31', partial: true });
    expect(span('2000')).toEqual({ first: '2000-01-01', last: '2000-12-31', partial: true });
  });

  it('YYYY-MM stands for every day of the month', () => {
    expect(span('1990-02')).toEqual({ first: '1990-02-01', last: '1990-02-28', partial: true });
    expect(span('1992-02')).toEqual({ first: '1992-02-01', last: '1992-02-29', partial: true });
    expect(span('1990-04')).toEqual({ first: '1990-04-01', last: '1990-04-30', partial: true });
    expect(span('1990-12')).toEqual({ first: '1990-12-01', last: '1990-12-31', partial: true });
  });

  it("the BRP's own notation, 00 for an unknown day or month, means the same as YYYY-MM or YYYY", () => {
    expect(span('1990-05-00')).toEqual(span('1990-05'));
    expect(span('1992-02-00')).toEqual({ first: '1992-02-01', last: '1992-02-29', partial: true });
    expect(span('1990-00-00')).toEqual(span('1990'));
    expect(span('1990-00-00')).toEqual({ first: '1990-01-01', last: '1990-12-31', partial: true });
  });

  it.each([
    '1990-13',
    '1990-00',
    '1990-1',
    '1990-13-01',
    '1990-00-10',
    '1990-02-29',
    '1990-02-30',
    '1990-04-31',
    '1990-13-00',
    '0000-00-00',
    '0000',
    '0000-01-01',
    '90',
    '19900',
    '1990-04-17T00:00',
    '+1990',
    '1990-',
    '',
  ])('rejects %j', (text) => {
    expect(parseBirthDate(text)).toBeUndefined();
  });

  it('possibleBirthDays lists every day, earliest first', () => {
    const days = [
      ...possibleBirthDays(parseBirthDate('1992-02') as NonNullable<ReturnType<typeof parseBirthDate>>),
    ];
    expect(days).toHaveLength(29);
    expect(formatDay(days[0] as number)).toBe('1992-02-01');
    expect(formatDay(days[28] as number)).toBe('1992-02-29');
    const year = [
      ...possibleBirthDays(parseBirthDate('2000') as NonNullable<ReturnType<typeof parseBirthDate>>),
    ];
    expect(year).toHaveLength(366);
    expect([
      ...possibleBirthDays(parseBirthDate('1990-04-17') as NonNullable<ReturnType<typeof parseBirthDate>>),
    ]).toHaveLength(1);
  });
});
