import fc from 'fast-check';
import { day } from '../../src/calendar/date.js';
import { CEFR_LEVELS, DIPLOMA_TYPES } from '../../src/schemas/common.js';
import { COMPONENTS, EXAMS, PLACES_OF_RESIDENCE } from '../../src/schemas/naturalisation.js';
import { HUMANITARIAN_GROUNDS, PERMITS } from '../../src/schemas/residence.js';
import {
  adviceArbs,
  birthText,
  compact,
  type Draw,
  dateArb,
  diplomaArb,
  duoDecisionArb,
  FIRST,
  fact,
  type Json,
  periodArb,
  years,
} from '../support/arbitraries.js';

/**
 * Timeline cases: requests without a decision date, with a timeline start (`from`) and length
 * (`days`). The facts that move with the application date are drawn near the days they change:
 * birth dates a little before the 18th and 29th birthdays and the pensionable age, BRP periods
 * that run on, medical evidence a few months or years old, Turkish and asylum cases around 2025
 * and 2026.
 */
export interface TimelineCase {
  readonly input: Json;
  readonly from: number;
  readonly days: number;
}

const draw: Draw = { f: (arb) => fact(arb, 5), bool: fc.boolean() };
const { f, bool } = draw;

/** Timelines start from the modelled start to 2029, and run up to five years. */
const fromArb = fc.integer({ min: FIRST, max: day('2029-12-31') });
const daysArb = fc.oneof(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 400, max: 1827 }));

/** Days before `from`: any age, or somewhat before a birthday where a rule changes. */
const birthOffsetArb = fc.oneof(years(0, 100), years(13, 18), years(24, 29), years(61, 68), years(61, 68));
const birthArb = fc.option(
  fc.tuple(birthOffsetArb, fc.constantFrom('full', 'full', 'full', 'full', 'month', 'year')),
  { nil: undefined, freq: 8 },
);

/** BRP periods: from childhood or recent, often still running. */
const periodsArb = f(fc.array(periodArb(day('1960-01-01')), { maxLength: 3 }));
const nationalitiesArb = fc
  .array(fc.constantFrom('TR', 'MA', 'SY', 'BE', 'NL'), { maxLength: 2 })
  .map((list) => [...new Set(list)]);

/** Medical evidence dated shortly before (or after) the start, so that it expires within the span. */
const recentArb = (from: number) => dateArb(from - 1500, from + 200);

function person(from: number, birth: [number, string] | undefined, rest: Json): Json {
  const applicant: Json = compact(rest);
  if (birth) applicant.dateOfBirth = birthText(from, birth[0], birth[1]);
  return applicant;
}

export const residenceCaseArb: fc.Arbitrary<TimelineCase> = fc
  .record({ from: fromArb, days: daysArb })
  .chain(({ from, days }) =>
    fc
      .record({
        requestedPermit: fc.constantFrom(...PERMITS),
        humanitarianGround: fc.option(fc.constantFrom(...HUMANITARIAN_GROUNDS), { nil: undefined }),
        birth: birthArb,
        applicant: fc.record({
          nationalities: f(nationalitiesArb),
          residencePeriods: periodsArb,
          livedInNetherlandsSinceBirthOrBeforeAge4: f(bool),
          yearsLawfulResidenceBeforeAge19: f(fc.integer({ min: 0, max: 19 })),
          formerDutchNational: f(fc.constant(false)),
        }),
        integration: f(
          fc
            .record({
              diplomas: f(
                fc.array(diplomaArb(draw, DIPLOMA_TYPES, fc.constantFrom(...CEFR_LEVELS)), { maxLength: 2 }),
              ),
              duoDecisions: f(fc.array(duoDecisionArb(draw), { maxLength: 2 })),
            })
            .map(compact),
        ),
        circumstances: f(
          fc
            .record({
              ...adviceArbs(draw),
              turkishStandstillWorker: f(bool),
              otherConditionsMetBefore2025: f(bool),
              sufficientlyIntegrated: f(bool),
            })
            .map(compact),
        ),
      })
      .map(({ requestedPermit, humanitarianGround, birth, applicant, integration, circumstances }) => {
        const input: Json = { requestedPermit, applicant: person(from, birth, applicant) };
        if (requestedPermit === 'non-temporary-humanitarian' && humanitarianGround)
          input.humanitarianGround = humanitarianGround;
        if (integration !== undefined) input.integration = integration;
        if (circumstances !== undefined) input.circumstances = circumstances;
        return { input, from, days };
      }),
  );

const LANGUAGE = new Set(['reading', 'listening', 'writing', 'speaking']);
const examResultArb = fc
  .record({
    exam: fc.constantFrom(...EXAMS),
    component: fc.constantFrom(...COMPONENTS),
    level: fc.constantFrom('A1', 'A2', 'B1'),
    passedOn: fc.option(dateArb(day('2008-01-01'), day('2021-12-31')), { nil: undefined }),
  })
  .map(({ level, ...r }) => compact(LANGUAGE.has(r.component) ? { ...r, level } : r));

export const naturalisationCaseArb: fc.Arbitrary<TimelineCase> = fc
  .record({ from: fromArb, days: daysArb })
  .chain(({ from, days }) =>
    fc
      .record({
        placeOfResidence: f(fc.constantFrom(...PLACES_OF_RESIDENCE)),
        birth: birthArb,
        applicant: fc.record({
          nationalities: f(nationalitiesArb),
          marriedBefore18: f(bool),
          residencePeriods: periodsArb,
          moluccan: f(fc.constant(false)),
        }),
        integration: f(
          fc
            .record({
              examResults: f(fc.array(examResultArb, { maxLength: 4 })),
              duoDecisions: f(
                fc.array(
                  duoDecisionArb(draw).chain((d) =>
                    recentArb(from).map((decidedOn) => ({ ...d, decidedOn })),
                  ),
                  { maxLength: 2 },
                ),
              ),
              onaExemption: f(fc.constantFrom('employee', 'none')),
            })
            .map(compact),
        ),
        circumstances: f(
          fc
            .record({
              medicalAdvice: f(
                fc.record({ issuedOn: recentArb(from), concludesUnableToPass: f(bool) }).map(compact),
              ),
              duoEffortsAdvice: adviceArbs(draw).duoEffortsAdvice,
              particularIndividualCircumstances: f(bool),
            })
            .map(compact),
        ),
      })
      .map(({ placeOfResidence, birth, applicant, integration, circumstances }) => {
        const input: Json = { applicant: person(from, birth, applicant) };
        if (placeOfResidence !== undefined) input.placeOfResidence = placeOfResidence;
        if (integration !== undefined) input.integration = integration;
        if (circumstances !== undefined) input.circumstances = circumstances;
        return { input, from, days };
      }),
  );
