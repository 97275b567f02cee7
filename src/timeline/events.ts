import { type Anniversary, anniversary } from '../calendar/anniversary.js';
import { type BirthDate, parseBirthDate } from '../calendar/birth-date.js';
import { type Day, ymd } from '../calendar/date.js';
import { lawBoundaries } from '../engine/plan.js';
import type { ProcedureDefinition } from '../engine/procedure.js';
import type { BaseContext } from '../engine/rule.js';
import * as parameters from '../parameters/index.js';
import type { Parameter } from '../parameters/parameter.js';

/** Why the outcome may change on a day; each code has its en/nl reason (src/i18n/timeline.ts). */
export const EVENT_CODES = [
  'start',
  'birthday',
  'pensionable-age',
  'medical-advice-expired',
  'duo-decision-expired',
  'parameter-changed',
  'rule-in-force',
  'rule-ended',
  'law-version',
  'residence-accumulated',
] as const;
export type EventCode = (typeof EVENT_CODES)[number];

/**
 * Which reading of a date an event is: `exact`, or where the law leaves two (a month-end
 * anniversary) the `early` or `late` one; `earliest`/`latest` where a partial birth date leaves a span.
 */
export type Reading = 'exact' | 'early' | 'late' | 'earliest' | 'latest';

/** A day on which the answer may change, and why. Only days where it does change become events. */
export interface Candidate {
  readonly day: Day;
  readonly code: EventCode;
  /** The rule the cause belongs to, when the cause is a rule's own (validity, citation, evidence). */
  readonly rule?: string;
  readonly parameter?: string;
  /** The law of a `law-version` event; the age of a `birthday`. */
  readonly law?: string;
  readonly age?: number;
  readonly reading?: Reading;
  /** `pensionable-age`: whether the AOW age is fixed yet (if not, the day is the earliest it can be). */
  readonly fixed?: boolean;
  /** `parameter-changed`: the new value. */
  readonly value?: string | number | boolean;
}

/** What the candidates read of a request: both procedures' requests have these fields. */
export interface PersonFacts {
  readonly applicant?: {
    readonly dateOfBirth?: string | null;
  } | null;
}

/** Every dated parameter of the law (src/parameters): a new one is picked up without a change here. */
export const DATED_PARAMETERS: readonly Parameter<unknown>[] = Object.freeze(
  (Object.values(parameters) as unknown[]).filter(
    (value): value is Parameter<unknown> =>
      typeof value === 'object' && value !== null && 'periods' in value && 'id' in value,
  ),
);

/** The days a parameter takes a new value (or ceases to have one), after its first period began. */
function parameterCandidates(): Candidate[] {
  const out: Candidate[] = [];
  for (const p of DATED_PARAMETERS) {
    p.periods.forEach((period, i) => {
      if (i > 0)
        out.push({
          day: period.from,
          code: 'parameter-changed',
          parameter: p.id,
          value: period.value.value as string | number | boolean,
        });
      const next = p.periods[i + 1];
      if (Number.isFinite(period.to) && (!next || next.from !== period.to + 1))
        out.push({ day: period.to + 1, code: 'parameter-changed', parameter: p.id });
    });
  }
  return out;
}

/** Computed once: the law's dates are the same for every case. */
const PARAMETER_CANDIDATES: readonly Candidate[] = Object.freeze(parameterCandidates());

const LAW_CANDIDATES = new WeakMap<object, Map<string, readonly Candidate[]>>();

/**
 * The planner's dates of law for the case's variant: rules coming into force, ending, quoting a
 * new text. Made once per variant: the citations are built objects, too costly to make per case.
 */
function lawCandidates<I, C extends BaseContext, V extends string>(
  procedure: ProcedureDefinition<I, C, V>,
  variant: V,
): readonly Candidate[] {
  let byVariant = LAW_CANDIDATES.get(procedure);
  if (!byVariant) {
    byVariant = new Map();
    LAW_CANDIDATES.set(procedure, byVariant);
  }
  let found = byVariant.get(variant);
  if (!found) {
    // A rule citing several articles of one law version gives that date once.
    const unique = new Map<string, Candidate>();
    for (const rule of procedure.rules) {
      for (const b of lawBoundaries(rule, variant))
        unique.set(`${b.day}|${b.kind}|${b.rule}|${b.law}`, {
          day: b.day,
          code: b.kind,
          rule: b.rule,
          law: b.law,
        });
    }
    found = Object.freeze([...unique.values()]);
    byVariant.set(variant, found);
  }
  return found;
}

/**
 * The readings of an anniversary for every day a (partial) birth date may be. A rule judged over a
 * partial date changes only when its first possible day reaches the age (the answer turns unknown)
 * and when its last one does (it is known again): the anniversaries are monotone in the birth day.
 */
function readings(birth: BirthDate, of: (birthDay: Day) => Anniversary): [Day, Reading][] {
  const first = of(birth.first);
  if (!birth.partial)
    return first.early === first.late
      ? [[first.early, 'exact']]
      : [
          [first.early, 'early'],
          [first.late, 'late'],
        ];
  const last = of(birth.last);
  const out: [Day, Reading][] = [[first.early, 'earliest']];
  if (first.late !== first.early) out.push([first.late, 'earliest']);
  out.push([last.early, 'latest']);
  if (last.late !== last.early) out.push([last.late, 'latest']);
  return out;
}

/**
 * Every birthday between `from` and `until` rather than a list of the ages the rules test: an age
 * added to a rule is then covered too, and a birthday on which nothing changes is merged away.
 */
function birthCandidates(birth: BirthDate, from: Day, until: Day): Candidate[] {
  const out: Candidate[] = [];
  const youngest = ymd(from).y - ymd(birth.last).y - 1;
  const oldest = ymd(until).y - ymd(birth.first).y + 1;
  for (let age = Math.max(1, youngest); age <= oldest; age++) {
    for (const [day, reading] of readings(birth, (b) => anniversary(b, age)))
      out.push({ day, code: 'birthday', age, reading });
  }
  for (const [day, reading, fixed] of pensionReadings(birth))
    out.push({ day, code: 'pensionable-age', reading, fixed });
  return out;
}

/** The pensionable-age date (or, not yet fixed, the earliest it can be) in each of its readings. */
function pensionReadings(birth: BirthDate): [Day, Reading, boolean][] {
  const fixedOf = (b: Day) => parameters.pensionAgeFor(b).fixed;
  const dateOf = (b: Day) => {
    const age = parameters.pensionAgeFor(b);
    return age.fixed ? age.date : age.atLeast;
  };
  return readings(birth, dateOf).map(([day, reading]) => [
    day,
    reading,
    fixedOf(reading === 'latest' ? birth.last : birth.first),
  ]);
}

/**
 * The days on which a case's answer may change for a reason the calendar fixes: dates of law
 * (rule validity, quoted versions, dated parameters), birthdays and the pensionable age, and the
 * procedure's own (`extra`: evidence growing too old). Residence that accumulates while a period
 * runs on is not here: the builder finds those days by bisection over the rules themselves.
 */
export function calendarCandidates<I extends PersonFacts, C extends BaseContext, V extends string>(
  procedure: ProcedureDefinition<I, C, V>,
  input: I,
  from: Day,
  until: Day,
  extra: readonly Candidate[],
): Candidate[] {
  const all = [...lawCandidates(procedure, procedure.variantOf(input)), ...PARAMETER_CANDIDATES, ...extra];
  const text = input.applicant?.dateOfBirth;
  const birth = text ? parseBirthDate(text) : undefined;
  if (birth) all.push(...birthCandidates(birth, from, until));
  return all.filter((c) => c.day > from && c.day < until);
}
