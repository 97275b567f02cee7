import { schoolAnniversary } from '../../calendar/anniversary.js';
import { type Day, day, firstOfNextMonth, toDay, ymd } from '../../calendar/date.js';
import { type Interval, mergeIntervals } from '../../calendar/periods.js';

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

export function schoolAgeWindows(birth: Day): SchoolAgeWindows {
  const start = firstOfNextMonth(schoolAnniversary(birth, 5));
  const sixteenth = ymd(schoolAnniversary(birth, 16));
  const fullTimeEnd = toDay(sixteenth.m >= 8 ? sixteenth.y + 1 : sixteenth.y, 8, 1);
  return { start, fullTimeEnd, end18: schoolAnniversary(birth, 18) };
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
