import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/engine/assess.js';
import { naturalisationAssessor, residenceAssessor } from '../../src/rules/index.js';
import type { NaturalisationRequest } from '../../src/schemas/naturalisation.js';
import type { ResidenceRequest } from '../../src/schemas/residence.js';
import { naturalisationValidator, residenceValidator } from '../../src/validation/index.js';
import { TODAY } from '../support/arbitraries.js';
import { loadCases } from '../support/cases.js';

const PROCEDURES = [
  {
    procedure: 'residence' as const,
    minimum: 70,
    validate: (request: unknown) => residenceValidator.validate(request, TODAY),
    assess: (request: unknown): Verdict =>
      residenceAssessor.assess(request as ResidenceRequest, { today: TODAY, lang: 'en' }),
  },
  {
    procedure: 'naturalisation' as const,
    minimum: 50,
    validate: (request: unknown) => naturalisationValidator.validate(request, TODAY),
    assess: (request: unknown): Verdict =>
      naturalisationAssessor.assess(request as NaturalisationRequest, { today: TODAY, lang: 'en' }),
  },
];

describe.each(PROCEDURES)('$procedure case files', ({ procedure, minimum, validate, assess }) => {
  const cases = loadCases(procedure);

  it(`has at least ${minimum} cases`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(minimum);
  });

  describe.each(cases)('$id', (c) => {
    it('is a valid request of its procedure', () => {
      expect(c.procedure).toBe(procedure);
      expect(validate(c.request)).toMatchObject({ ok: true });
    });

    it(`gives ${c.expected.outcome} for the expected reasons`, () => {
      const verdict = assess(c.request);
      const status = new Map(verdict.grounds.map((g) => [g.rule, g.status]));
      expect(verdict.outcome).toBe(c.expected.outcome);
      expect(
        verdict.grounds
          .filter((g) => g.status === 'satisfied')
          .map((g) => g.rule)
          .sort(),
      ).toEqual([...c.expected.satisfied].sort());
      for (const id of c.expected.notSatisfied) expect(status.get(id), id).toBe('not-satisfied');
      expect(verdict.missingFacts.map((m) => m.pointer).sort()).toEqual([...c.expected.missingFacts].sort());
      if (c.expected.components) {
        expect(Object.fromEntries((verdict.components ?? []).map((x) => [x.component, x.status]))).toEqual(
          c.expected.components,
        );
      }
    });
  });
});
