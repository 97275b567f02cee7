import { type Day, daysInMonth, isRealDate, toDay } from './date.js';

/**
 * A birth date as the BRP may hold it: a full date, or only `YYYY-MM` or `YYYY` (common for
 * refugees). A partial date stands for every day it could be.
 */
export interface BirthDate {
  readonly first: Day;
  readonly last: Day;
  readonly partial: boolean;
}

const BIRTH_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parseBirthDate(text: string): BirthDate | undefined {
  const match = BIRTH_DATE.exec(text);
  if (!match) return undefined;
  const y = Number(match[1]);
  if (y < 1) return undefined;
  if (match[2] === undefined) return { first: toDay(y, 1, 1), last: toDay(y, 12, 31), partial: true };
  const m = Number(match[2]);
  if (m < 1 || m > 12) return undefined;
  if (match[3] === undefined) {
    return { first: toDay(y, m, 1), last: toDay(y, m, daysInMonth(y, m)), partial: true };
  }
  const d = Number(match[3]);
  if (!isRealDate(y, m, d)) return undefined;
  const exact = toDay(y, m, d);
  return { first: exact, last: exact, partial: false };
}

/** Every day the birth date could be, earliest first. */
export function* possibleBirthDays(birth: BirthDate): Generator<Day> {
  for (let d = birth.first; d <= birth.last; d++) yield d;
}
