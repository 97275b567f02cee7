import { type Day, daysInMonth, toDay, ymd } from './date.js';

/**
 * The day a person reaches an age of `years` years and `months` months. Where that day does
 * not exist (born 29 February; 31 January + 66 years 1 month), the law leaves two readings:
 * the last day of the month (`early`) or the first day of the next (`late`). Otherwise
 * `early === late`.
 */
export interface Anniversary {
  readonly early: Day;
  readonly late: Day;
}

let memoBirth: Day | undefined;
const memo = new Map<number, Anniversary>();

/** Memoised for the last birth date: one case asks for several anniversaries of the same birth. */
export function anniversary(birth: Day, years: number, months = 0): Anniversary {
  if (birth !== memoBirth) {
    memo.clear();
    memoBirth = birth;
  }
  const key = years * 12 + months;
  let found = memo.get(key);
  if (!found) {
    found = computeAnniversary(birth, years, months);
    memo.set(key, found);
  }
  return found;
}

function computeAnniversary(birth: Day, years: number, months: number): Anniversary {
  const { y, m, d } = ymd(birth);
  const index = (y + years) * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const last = daysInMonth(ty, tm);
  if (d <= last) {
    const exact = toDay(ty, tm, d);
    return Object.freeze({ early: exact, late: exact });
  }
  const early = toDay(ty, tm, last);
  return Object.freeze({ early, late: early + 1 });
}

export type Reached = 'yes' | 'no' | 'ambiguous';

/** Whether the anniversary has been reached on `on` (reaching it on a day counts from that day). */
export function reachedOn(when: Anniversary, on: Day): Reached {
  if (on >= when.late) return 'yes';
  if (on < when.early) return 'no';
  return 'ambiguous';
}

/**
 * The school-age windows take 1 March as the birthday of someone born on 29 February in a
 * common year (docs/api.md "Ages and anniversaries"): a window start moves by at most a month, so one reading is enough.
 */
export function schoolAnniversary(birth: Day, years: number): Day {
  return anniversary(birth, years).late;
}

/** Completed years on `on`, counting an ambiguous birthday as not yet reached (for texts). */
export function completedYears(birth: Day, on: Day): number {
  const b = ymd(birth);
  const t = ymd(on);
  let age = t.y - b.y;
  if (reachedOn(anniversary(birth, age), on) !== 'yes') age -= 1;
  return age;
}

export function isBornOnLeapDay(birth: Day): boolean {
  const { m, d } = ymd(birth);
  return m === 2 && d === 29;
}
