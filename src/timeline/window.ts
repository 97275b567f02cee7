import { anniversary } from '../calendar/anniversary.js';
import { type Day, parseDay } from '../calendar/date.js';

/** A timeline spans 5 years unless `until` says otherwise, and at most 25. */
export const DEFAULT_YEARS = 5;
export const MAX_YEARS = 25;

/** The same date `years` later; 29 February becomes 1 March in a common year. */
export function yearsAfter(on: Day, years: number): Day {
  return anniversary(on, years).late;
}

export interface WindowFields {
  readonly applicationDate?: string | null;
  readonly from?: string;
  readonly until?: string;
}

/** The first application date of a timeline: `from`, else the request's applicationDate, else today. */
export function timelineFrom(body: WindowFields, today: string): Day | undefined {
  return parseDay(body.from ?? body.applicationDate ?? today);
}

/** The first application date after it (exclusive): `until`, else `from` + 5 years. */
export function timelineUntil(body: WindowFields, from: Day): Day | undefined {
  return body.until === undefined ? yearsAfter(from, DEFAULT_YEARS) : parseDay(body.until);
}
