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

/**
 * Days since 1970-01-01 of a proleptic Gregorian date: integer arithmetic (H. Hinnant's
 * days_from_civil), no Date objects, so the engine's date work stays cheap.
 */
export function toDay(y: number, m: number, d: number): Day {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number (civil_from_days). */
export function ymd(value: Day): YMD {
  const z = value + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Parses `YYYY-MM-DD`; undefined when it is not a real calendar date. */
export function parseDay(text: string): Day | undefined {
  // Character by character rather than a regular expression: every request parses several dates.
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return undefined;
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  return y >= 0 && m >= 0 && d >= 0 && isRealDate(y, m, d) ? toDay(y, m, d) : undefined;
}

const DASH = 45;
const ZERO = 48;

/** The number the decimal digits text[from, to) spell, or -1 if one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Parses a date the caller has already validated; a programming error otherwise. */
export function day(text: string): Day {
  const parsed = parseDay(text);
  if (parsed === undefined) throw new RangeError(`not a calendar date: ${text}`);
  return parsed;
}

/** Texts of the days most verdicts name (1900–2100), made on first use and kept. */
const FORMAT_FROM = toDay(1900, 1, 1);
const FORMAT_TO = toDay(2101, 1, 1);
const formatted: (string | undefined)[] = [];

export function formatDay(value: Day): string {
  const index = value - FORMAT_FROM;
  const cached = value < FORMAT_TO ? formatted[index] : undefined;
  if (cached !== undefined) return cached;
  const { y, m, d } = ymd(value);
  const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (index >= 0 && value < FORMAT_TO) formatted[index] = text;
  return text;
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

/**
 * The first day whose `monthsBefore(…, months)` lies after `value`: from that day on, something dated
 * `value` is more than `months` months old (a medical advice, a decision). The inverse of monthsBefore.
 */
export function firstDayOlderThan(value: Day, months: number): Day {
  const { y, m, d } = ymd(value);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  // monthsBefore clamps to a shorter month's last day, so the answer lies a few days on at most.
  let on = toDay(ty, tm, Math.min(d, daysInMonth(ty, tm)));
  while (monthsBefore(on, months) <= value) on++;
  return on;
}

/** Made once: a DateTimeFormat holds native ICU memory, too costly to make per request. */
const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

let today: { readonly text: string; readonly from: number } | undefined;

/**
 * Where "now" comes from. The server passes the wall clock; tests and generators pass a fixed one,
 * so that nothing they compare or commit depends on the day they run.
 */
export type Clock = () => Date;

export const WALL_CLOCK: Clock = () => new Date();

/** The clock that always reads `instant`. */
export function fixedClock(instant: string): Clock {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new Error(`not an instant: ${instant}`);
  return () => new Date(ms);
}

/** The date in the Netherlands (Europe/Amsterdam) at `now`: the default application date. */
export function todayInAmsterdam(now: Date): string {
  // Every request asks; formatting once per clock second is plenty. The cache holds one whole second
  // [from, from + 1000): Amsterdam's midnight falls on a second boundary (its offsets are whole
  // hours), so no second spans two days and the date is never stale after midnight.
  const from = Math.floor(now.getTime() / 1000) * 1000;
  if (today === undefined || today.from !== from) today = { text: AMSTERDAM_DATE.format(now), from };
  return today.text;
}
