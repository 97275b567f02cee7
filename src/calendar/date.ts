/**
 * Calendar dates as plain day numbers (days since 1970-01-01, UTC) so that comparing and
 * counting is integer arithmetic; conversion to and from year/month/day only where the law
 * speaks in months and years.
 */
export type Day = number;

export interface YMD {
  readonly y: number;
  readonly m: number; // 1..12
  readonly d: number; // 1..31
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isRealDate(y: number, m: number, d: number): boolean {
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function toDay(y: number, m: number, d: number): Day {
  // setUTCFullYear, unlike Date.UTC, does not map years 0..99 to 1900..1999.
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / MS_PER_DAY);
}

export function ymd(day: Day): YMD {
  const t = new Date(day * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Parses `YYYY-MM-DD`; undefined when it is not a real calendar date. */
export function parseDay(text: string): Day | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  return isRealDate(y, m, d) ? toDay(y, m, d) : undefined;
}

/** Parses a date the caller has already validated; a programming error otherwise. */
export function day(text: string): Day {
  const parsed = parseDay(text);
  if (parsed === undefined) throw new RangeError(`not a calendar date: ${text}`);
  return parsed;
}

export function formatDay(value: Day): string {
  const { y, m, d } = ymd(value);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function firstOfNextMonth(value: Day): Day {
  const { y, m } = ymd(value);
  return m === 12 ? toDay(y + 1, 1, 1) : toDay(y, m + 1, 1);
}

/** The date `months` months earlier; a day the earlier month lacks becomes its last day. */
export function monthsBefore(value: Day, months: number): Day {
  const { y, m, d } = ymd(value);
  const index = y * 12 + (m - 1) - months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return toDay(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** Today's date in the Netherlands (Europe/Amsterdam), as the default application date. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
