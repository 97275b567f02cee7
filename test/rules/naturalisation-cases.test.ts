import { describe, expect, it } from 'vitest';
import { naturalisationAssessor } from '../../src/rules/index.js';
import type { NaturalisationRequest } from '../../src/schemas/naturalisation.js';
import { naturalisationValidator } from '../../src/validation/index.js';
import { loadCases } from '../support/cases.js';

const TODAY = '2026-11-28';
const cases = loadCases('naturalisation');

describe('naturalisation case files', () => {
  it('has at least 50 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  describe.each(cases)('$id', (c) => {
    it('is a valid request', () => {
      expect(naturalisationValidator.validate(c.request, TODAY)).toMatchObject({ ok: true });
    });

    it(`gives ${c.expected.outcome} for the expected reasons`, () => {
      const verdict = naturalisationAssessor.assess(c.request as NaturalisationRequest, {
        today: TODAY,
        lang: 'en',
      });
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
