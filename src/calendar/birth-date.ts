import { type Day, daysInMonth, isRealDate, toDay } from './date.js';

/**
 * A birth date as the BRP may hold it: a full date, or only `YYYY-MM` or `YYYY` (common for
 * refugees), also in the BRP's own notation with 00 for the unknown part (`1990-05-00`,
 * `1990-00-00`), as BRP extracts carry it. A partial date stands for every day it could be.
 */
export interface BirthDate {
  readonly first: Day;
  readonly last: Day;
  readonly partial: boolean;
}

const BIRTH_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** An unknown month or day in the BRP notation. */
const UNKNOWN = '00';

export function parseBirthDate(text: string): BirthDate | undefined {
  const match = BIRTH_DATE.exec(text);
  if (!match) return undefined;
  const y = Number(match[1]);
  if (y < 1) return undefined;
  const [month, day] = [match[2], match[3]];
  // The BRP writes an unknown month with an unknown day (1990-00-00); 1990-00 or 1990-00-15 is no date.
  if (month === UNKNOWN && day !== UNKNOWN) return undefined;
  if (month === undefined || month === UNKNOWN) {
    return { first: toDay(y, 1, 1), last: toDay(y, 12, 31), partial: true };
  }
  const m = Number(month);
  if (m < 1 || m > 12) return undefined;
  if (day === undefined || day === UNKNOWN) {
    return { first: toDay(y, m, 1), last: toDay(y, m, daysInMonth(y, m)), partial: true };
  }
  const d = Number(day);
  if (!isRealDate(y, m, d)) return undefined;
  const exact = toDay(y, m, d);
  return { first: exact, last: exact, partial: false };
}

/** Every day the birth date could be, earliest first. */
export function* possibleBirthDays(birth: BirthDate): Generator<Day> {
  for (let d = birth.first; d <= birth.last; d++) yield d;
}
