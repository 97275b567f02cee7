import fc from 'fast-check';
import { day, formatDay } from '../../src/calendar/date.js';
import { DUO_DECISION_GROUNDS, EDUCATION_LEVELS } from '../../src/schemas/common.js';

/** Building blocks for generated requests, shared by the property tests of both procedures. */
export type Json = Record<string, unknown>;

/** An optional fact: mostly present, sometimes absent, sometimes null (docs/api.md "Facts"). */
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

/** Today for the engine and the validator: the fixed day of every test (scripts/fixed-clock.ts). */
export { FIXED_TODAY as TODAY } from '../../scripts/fixed-clock.js';
/** The span of application dates the generators draw from (the modelled start to 2030). */
export const FIRST = day('2022-01-01');
export const LAST = day('2030-12-31');

const YEAR = 365.25;
/** A number of days between `from` and `to` years. */
export const years = (from: number, to: number) =>
  fc.integer({ min: Math.floor(from * YEAR), max: Math.ceil(to * YEAR) });

/** How a profile draws an optional fact and a yes/no answer. */
export interface Draw {
  readonly f: <T>(arb: fc.Arbitrary<T>) => fc.Arbitrary<T | null | undefined>;
  readonly bool: fc.Arbitrary<boolean>;
}

/** A diploma of one of `types`, its four skill levels drawn from `level` (docs/api.md "Diplomas"). */
export function diplomaArb({ f, bool }: Draw, types: readonly string[], level: fc.Arbitrary<string>) {
  const levels = fc
    .record({ reading: f(level), listening: f(level), writing: f(level), speaking: f(level) })
    .map(compact);
  return fc
    .record({
      type: fc.constantFrom(...types),
      educationLevel: optional(f(fc.constantFrom(...EDUCATION_LEVELS))),
      levels: optional(f(levels)),
      moPassed: optional(f(bool)),
      issuedOn: optional(dateArb(day('1990-01-01'), LAST)),
    })
    .map(compact);
}

export function duoDecisionArb({ f, bool }: Draw) {
  return fc
    .record({
      kind: fc.constantFrom('exemption', 'dispensation'),
      ground: f(fc.constantFrom(...DUO_DECISION_GROUNDS)),
      partial: f(bool),
      decidedOn: optional(dateArb(day('2000-01-01'), LAST)),
    })
    .map(compact);
}

/** A BRP registration period starting on or after `from`, open-ended or closed. */
export function periodArb(from: number) {
  return fc
    .record({
      from: fc.integer({ min: from, max: LAST }),
      length: optional(fc.integer({ min: 1, max: 8000 })),
    })
    .map(({ from, length }) =>
      length === undefined
        ? { from: formatDay(from) }
        : { from: formatDay(from), to: formatDay(from + length) },
    );
}

/** The two advices both procedures' circumstances hold. */
export function adviceArbs({ f, bool }: Draw) {
  return {
    medicalAdvice: f(
      fc
        .record({ issuedOn: f(dateArb(day('2015-01-01'), LAST)), concludesUnableToPass: f(bool) })
        .map(compact),
    ),
    duoEffortsAdvice: f(
      fc.record({ issuedOn: f(dateArb(day('2015-01-01'), LAST)), positive: f(bool) }).map(compact),
    ),
  };
}

/** docs/api.md "Outcomes": requirementApplies for each outcome (null: not decidable). */
export const REQUIREMENT_APPLIES: Readonly<Record<string, boolean | null>> = {
  'not-applicable': false,
  'requirement-met': false,
  exempt: false,
  'dispensation-possible': true,
  'partially-exempt': true,
  'requirement-applies': true,
  'insufficient-information': null,
  'manual-review': null,
};
