import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/calendar/date.js';
import type { Verdict } from '../../src/engine/assess.js';
import type { Status } from '../../src/engine/tri.js';
import { naturalisationAssessor, residenceAssessor } from '../../src/rules/index.js';
import type { NaturalisationRequest } from '../../src/schemas/naturalisation.js';
import type { ResidenceRequest } from '../../src/schemas/residence.js';
import type { Period, Timeline } from '../../src/timeline/index.js';
import { naturalisationTimeline, residenceTimeline } from '../../src/timeline/index.js';
import { naturalisationValidator, residenceValidator } from '../../src/validation/index.js';
import { type Json, TODAY } from '../support/arbitraries.js';
import { naturalisationCaseArb, residenceCaseArb, type TimelineCase } from './arbitraries.js';

/**
 * The timeline's proof: for generated cases, every period's first and last day and random days
 * inside it give, assessed one by one as application dates, exactly that period's outcome and
 * statuses; adjacent periods differ; the periods tile [from, until). A second property checks
 * every single day of shorter spans, so that no change between two checked days can hide.
 */
const SEED = 17;
const RUNS = 1000;
const EVERY_DAY_RUNS = 12;
/** Generous for a busy shared machine; the runs take a few seconds. */
const TIMEOUT = 120_000;

interface Procedure {
  readonly name: string;
  readonly arb: fc.Arbitrary<TimelineCase>;
  readonly timeline: (input: Json, from: number, until: number) => Timeline;
  readonly assess: (input: Json) => Verdict;
  readonly validate: (input: Json) => readonly unknown[];
}

const PROCEDURES: readonly Procedure[] = [
  {
    name: 'residence',
    arb: residenceCaseArb,
    timeline: (input, from, until) => residenceTimeline.build(input as ResidenceRequest, from, until, 'en'),
    assess: (input) => residenceAssessor.assess(input as ResidenceRequest, { today: TODAY, lang: 'en' }),
    validate: (input) => {
      const v = residenceValidator.validate(input, TODAY);
      return v.ok ? [] : v.invalidParams;
    },
  },
  {
    name: 'naturalisation',
    arb: naturalisationCaseArb,
    timeline: (input, from, until) =>
      naturalisationTimeline.build(input as NaturalisationRequest, from, until, 'en'),
    assess: (input) =>
      naturalisationAssessor.assess(input as NaturalisationRequest, { today: TODAY, lang: 'en' }),
    validate: (input) => {
      const v = naturalisationValidator.validate(input, TODAY);
      return v.ok ? [] : v.invalidParams;
    },
  },
];

type Statuses = ReadonlyMap<string, Status>;

/** Each period's full statuses: the first period lists every rule, later ones what changed. */
function statusesOf(periods: readonly Period[]): Statuses[] {
  const out: Statuses[] = [];
  let current = new Map<string, Status>();
  for (const period of periods) {
    current = new Map(current);
    for (const change of period.changes) {
      if (change.to === null) current.delete(change.rule);
      else current.set(change.rule, change.to);
    }
    out.push(current);
  }
  return out;
}

const keyOf = (outcome: string, statuses: Statuses) =>
  `${outcome}|${[...statuses].map(([rule, status]) => `${rule}:${status}`).join(',')}`;

/** The case is a valid request on its first day, so on every later one (only the birth date is checked against it). */
function checkValid(p: Procedure, input: Json, from: number): void {
  expect(p.validate({ ...input, applicationDate: formatDay(from) })).toEqual([]);
}

/** Asserts that the assessment on `on` is the period's answer. */
function checkDay(p: Procedure, input: Json, on: number, period: Period, statuses: Statuses): void {
  const verdict = p.assess({ ...input, applicationDate: formatDay(on) });
  const context = `${p.name} on ${formatDay(on)}: ${JSON.stringify(input)}`;
  expect(verdict.outcome, context).toBe(period.outcome);
  expect(verdict.requirementApplies, context).toBe(period.requirementApplies);
  expect(new Map(verdict.grounds.map((g) => [g.rule, g.status])), context).toEqual(statuses);
}

function checkShape(timeline: Timeline, from: number, until: number, all: Statuses[]): void {
  const { periods } = timeline;
  expect(periods[0]?.from).toBe(from);
  expect(periods.at(-1)?.to).toBe(until);
  periods.forEach((period, i) => {
    expect(period.to).toBeGreaterThan(period.from);
    expect(period.events.length).toBeGreaterThan(0);
    for (const event of period.events) expect(event.day).toBe(period.from);
    const next = periods[i + 1];
    if (!next) return;
    expect(next.from).toBe(period.to);
    expect(keyOf(next.outcome, all[i + 1] as Statuses)).not.toBe(keyOf(period.outcome, all[i] as Statuses));
  });
}

describe.each(PROCEDURES)('$name timeline', (p) => {
  it(
    `matches the assessment on the first, last and random days of every period (${RUNS} cases)`,
    () => {
      fc.assert(
        fc.property(
          p.arb,
          fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
            minLength: 2,
            maxLength: 2,
          }),
          (c, fractions) => {
            const until = c.from + c.days;
            const timeline = p.timeline(c.input, c.from, until);
            const all = statusesOf(timeline.periods);
            checkShape(timeline, c.from, until, all);
            timeline.periods.forEach((period, i) => {
              const statuses = all[i] as Statuses;
              const span = period.to - period.from;
              const days = new Set([
                period.from,
                period.to - 1,
                ...fractions.map((x) => period.from + Math.floor(x * span)),
              ]);
              for (const on of days) checkDay(p, c.input, on, period, statuses);
            });
          },
        ),
        { seed: SEED, numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    `matches the assessment on every day of spans up to a year (${EVERY_DAY_RUNS} cases)`,
    () => {
      fc.assert(
        fc.property(p.arb, (c) => {
          const until = c.from + Math.min(c.days, 366);
          checkValid(p, c.input, c.from);
          const timeline = p.timeline(c.input, c.from, until);
          const all = statusesOf(timeline.periods);
          checkShape(timeline, c.from, until, all);
          timeline.periods.forEach((period, i) => {
            for (let on = period.from; on < period.to; on++)
              checkDay(p, c.input, on, period, all[i] as Statuses);
          });
        }),
        { seed: SEED, numRuns: EVERY_DAY_RUNS },
      );
    },
    TIMEOUT,
  );
});
