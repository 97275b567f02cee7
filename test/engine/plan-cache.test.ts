import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDay } from '../../src/calendar/date.js';
import { Planner } from '../../src/engine/plan.js';
import { NATURALISATION_PROCEDURE } from '../../src/rules/naturalisation/index.js';
import { RESIDENCE_PROCEDURE } from '../../src/rules/residence/index.js';
import { PERMITS } from '../../src/schemas/residence.js';

const DATES = fc.integer({ min: toDay(2022, 1, 1), max: toDay(2032, 12, 31) });

describe('performance trick: plans are cached per variant and span of dates of law (docs/architecture.md)', () => {
  it('gives, for any order of dates, the plan a planner with nothing cached gives', () => {
    const shared = new Planner(RESIDENCE_PROCEDURE);
    fc.assert(
      fc.property(fc.constantFrom(...PERMITS), DATES, (permit, on) => {
        const plan = shared.plan(permit, on);
        const fresh = new Planner(RESIDENCE_PROCEDURE).plan(permit, on);
        expect(plan.rules.map((r) => r.id)).toEqual(fresh.rules.map((r) => r.id));
        expect(plan.citations).toEqual(fresh.citations);
        expect(plan.sources).toEqual(fresh.sources);
      }),
      { numRuns: 300 },
    );
  });

  it('does the same for naturalisation', () => {
    const shared = new Planner(NATURALISATION_PROCEDURE);
    fc.assert(
      fc.property(DATES, (on) => {
        const variant = NATURALISATION_PROCEDURE.variantOf({});
        expect(shared.plan(variant, on)).toEqual(new Planner(NATURALISATION_PROCEDURE).plan(variant, on));
      }),
      { numRuns: 100 },
    );
  });
});
