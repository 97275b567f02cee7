import { schoolAnniversary } from '../../calendar/anniversary.js';
import type { BirthDate } from '../../calendar/birth-date.js';
import { type Day, day, firstOfNextMonth, formatDay, toDay, ymd } from '../../calendar/date.js';
import { daysWithin, type Interval, mergeIntervals, yearsInDays } from '../../calendar/periods.js';
import { lacking, NO, type Tri, truth } from '../../engine/tri.js';
import { overBirthDate } from './age.js';
import { DATE_OF_BIRTH, RESIDENCE_PERIODS } from './facts.js';

/**
 * The school-age windows of a person born on `birth` (Leerplichtwet 1969 art. 3, 4a, 4b):
 * - `start`: the first day of the month after the month of the 5th birthday (art. 3(1));
 * - `fullTimeEnd`: 1 August after the school year (1 August – 31 July) in which the 16th
 *   birthday falls, exclusive (art. 3(1)(b));
 * - `end18`: the 18th birthday, when the qualification duty ends (art. 4b).
 * Born on 29 February: 1 March counts as the birthday in common years.
 */
export interface SchoolAgeWindows {
  readonly start: Day;
  readonly fullTimeEnd: Day;
  readonly end18: Day;
}

let lastBirth: Day | undefined;
let lastWindows: SchoolAgeWindows | undefined;

/** Memoised for the last birth date: the school-age rules and their reasons ask for the same one. */
export function schoolAgeWindows(birth: Day): SchoolAgeWindows {
  if (birth !== lastBirth || !lastWindows) {
    lastWindows = computeWindows(birth);
    lastBirth = birth;
  }
  return lastWindows;
}

/** The windows' dates, for the reason texts. */
export function windowFacts(windows: SchoolAgeWindows) {
  return {
    start: formatDay(windows.start),
    fullTimeEnd: formatDay(windows.fullTimeEnd),
    end18: formatDay(windows.end18),
  };
}

function computeWindows(birth: Day): SchoolAgeWindows {
  const start = firstOfNextMonth(schoolAnniversary(birth, 5));
  const sixteenth = ymd(schoolAnniversary(birth, 16));
  const fullTimeEnd = toDay(sixteenth.m >= 8 ? sixteenth.y + 1 : sixteenth.y, 8, 1);
  return Object.freeze({ start, fullTimeEnd, end18: schoolAnniversary(birth, 18) });
}

/**
 * BRP registration periods as merged intervals, each `[from, to)`, an absent `to` running to
 * the application date; days after the application date are not (yet) residence.
 */
export function registeredPeriods(
  periods: readonly { readonly from: string; readonly to?: string | null }[] | null | undefined,
  applicationDate: Day,
): Interval[] | undefined {
  if (!periods) return undefined;
  return mergeIntervals(
    periods.map((p) => ({
      from: day(p.from),
      to: Math.min(p.to ? day(p.to) : applicationDate, applicationDate),
    })),
  );
}

/** "At least eight years" in days (docs/rules.md: 8 × 365.25). */
export const EIGHT_YEARS = yearsInDays(8);

/**
 * Whether at least eight years of registration fall in a school-age window that `measure` counts
 * for a given birth day. Registration of less than eight years in all decides at once; otherwise
 * the rule is judged over every day a partial birth date could be.
 */
export function eightYearsOfSchoolAge(
  birth: BirthDate | undefined,
  periods: readonly Interval[] | undefined,
  measure: (windows: SchoolAgeWindows, periods: readonly Interval[]) => number,
): Tri {
  if (!periods)
    return birth
      ? lacking(RESIDENCE_PERIODS.pointer)
      : lacking(DATE_OF_BIRTH.pointer, RESIDENCE_PERIODS.pointer);
  if (daysWithin(periods, EVER) < EIGHT_YEARS) return NO;
  return overBirthDate(birth, (b) => truth(measure(schoolAgeWindows(b), periods) >= EIGHT_YEARS));
}

const EVER = { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY };
