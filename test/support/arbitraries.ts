import fc from 'fast-check';
import { formatDay } from '../../src/calendar/date.js';

/** Building blocks for generated requests, shared by the property tests of both procedures. */
export type Json = Record<string, unknown>;

/** An optional fact: mostly present, sometimes absent, sometimes null (API.md "Facts"). */
export function fact<T>(arb: fc.Arbitrary<T>, present = 6): fc.Arbitrary<T | null | undefined> {
  return fc.oneof(
    { arbitrary: arb, weight: present },
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: fc.constant(null), weight: 1 },
  );
}

/** Drops keys whose value is undefined (absent), keeping null (also absent, but sent). */
export function compact<T extends Json>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

export const dateArb = (from: number, to: number) => fc.integer({ min: from, max: to }).map(formatDay);
export const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** A birth date `offset` days before the application date, in full, as YYYY-MM or as YYYY. */
export function birthText(applicationDay: number, offset: number, form: string): string {
  const text = formatDay(applicationDay - offset);
  return form === 'year' ? text.slice(0, 4) : form === 'month' ? text.slice(0, 7) : text;
}
