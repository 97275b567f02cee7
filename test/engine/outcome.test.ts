import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideOutcome, type Evaluated, requirementAppliesFor } from '../../src/engine/outcome.js';
import {
  COMPONENT_STATUSES,
  type ComponentResult,
  type ComponentStatus,
  OUTCOMES,
  type Outcome,
} from '../../src/engine/procedure.js';
import { EFFECTS, type Effect, type Finding } from '../../src/engine/rule.js';
import { STATUSES, type Status } from '../../src/engine/tri.js';

fc.configureGlobal({ seed: 42, numRuns: 300 });

const finding = (status: Status, missing: string[] = []): Finding => ({
  status,
  missing: status === 'unknown' ? missing : [],
  reason: 'r',
});
const rule = (id: string, effect: Effect, status: Status, missing: string[] = []): Evaluated => ({
  id,
  effect,
  finding: finding(status, missing),
});

const SCOPE = new Set<Effect>(['not-applicable']);
const DECIDERS = new Set<Effect>(['not-applicable', 'requirement-met', 'exempt']);

/** docs/api.md "Outcomes", in order of precedence: the first that holds is the outcome. */
function specOutcome(rules: readonly Evaluated[], components?: readonly ComponentResult[]): Outcome {
  const sat = (effect: Effect) => rules.some((r) => r.effect === effect && r.finding.status === 'satisfied');
  if (rules.some((r) => SCOPE.has(r.effect) && r.finding.status === 'satisfied')) return 'not-applicable';
  if (sat('requirement-met')) return 'requirement-met';
  if (sat('exempt')) return 'exempt';
  const undecided = rules.filter((r) => DECIDERS.has(r.effect) && r.finding.status === 'unknown');
  if (undecided.some((r) => r.finding.missing.length > 0)) return 'insufficient-information';
  if (sat('manual-review') || undecided.length > 0) return 'manual-review';
  if (sat('dispensation-possible')) return 'dispensation-possible';
  if (components?.some((c) => c.status === 'exempt') && components.some((c) => c.status === 'required')) {
    return 'partially-exempt';
  }
  return 'requirement-applies';
}

const evaluatedArb = fc
  .array(
    fc.record({
      effect: fc.constantFrom(...EFFECTS),
      status: fc.constantFrom(...STATUSES),
      missing: fc.uniqueArray(fc.constantFrom('/a', '/b', '/c'), { maxLength: 2 }),
    }),
    { maxLength: 10 },
  )
  .map((items) => items.map((item, i) => rule(`R${i}`, item.effect, item.status, item.missing)));

const componentsArb = fc.option(
  fc
    .array(fc.constantFrom(...COMPONENT_STATUSES), {
      minLength: 1,
      maxLength: 6,
    })
    .map((statuses) => statuses.map((status, i) => ({ component: `c${i}`, status, rules: [`P${i}`] }))),
  { nil: undefined },
);

describe('decideOutcome: the precedence of docs/api.md "Outcomes"', () => {
  it('agrees with the table for any set of findings (property)', () => {
    fc.assert(
      fc.property(evaluatedArb, (evaluated) => {
        expect(decideOutcome(evaluated).outcome).toBe(specOutcome(evaluated));
      }),
    );
  });

  it('agrees with the table for any set of findings and components (property)', () => {
    fc.assert(
      fc.property(evaluatedArb, componentsArb, (evaluated, components) => {
        expect(decideOutcome(evaluated, components).outcome).toBe(specOutcome(evaluated, components));
      }),
    );
  });

  it('the deciding rules of a not-applicable, met or exempt outcome are the satisfied rules of that kind', () => {
    const rules = [
      rule('EX1', 'exempt', 'satisfied'),
      rule('EX2', 'exempt', 'not-satisfied'),
      rule('EX3', 'exempt', 'satisfied'),
      rule('REQ', 'requirement-applies', 'satisfied'),
    ];
    expect(decideOutcome(rules)).toEqual({ outcome: 'exempt', deciding: ['EX1', 'EX3'] });
  });

  it('a scope rule beats a met rule, which beats an exemption', () => {
    expect(
      decideOutcome([
        rule('EX', 'exempt', 'satisfied'),
        rule('MET', 'requirement-met', 'satisfied'),
        rule('SCOPE', 'not-applicable', 'satisfied'),
      ]).outcome,
    ).toBe('not-applicable');
    expect(
      decideOutcome([rule('EX', 'exempt', 'satisfied'), rule('MET', 'requirement-met', 'satisfied')]).outcome,
    ).toBe('requirement-met');
  });

  it('an unknown exemption with missing facts gives insufficient-information, even with a satisfied review', () => {
    const rules = [
      rule('EX', 'exempt', 'unknown', ['/applicant/dateOfBirth']),
      rule('REV', 'manual-review', 'satisfied'),
      rule('DISP', 'dispensation-possible', 'satisfied'),
    ];
    expect(decideOutcome(rules).outcome).toBe('insufficient-information');
  });

  it('unknown partial, dispensation, review and requirement rules never give insufficient-information', () => {
    const rules = [
      rule('DISP', 'dispensation-possible', 'unknown', ['/x']),
      rule('REV', 'manual-review', 'unknown', ['/y']),
      rule('PX', 'partially-exempt', 'unknown', ['/z']),
      rule('REQ', 'requirement-applies', 'unknown', ['/w']),
      rule('EX', 'exempt', 'not-satisfied'),
    ];
    expect(decideOutcome(rules).outcome).toBe('requirement-applies');
  });

  it('an exemption unknown WITHOUT missing facts is a review', () => {
    expect(
      decideOutcome([rule('EX', 'exempt', 'unknown'), rule('DISP', 'dispensation-possible', 'satisfied')])
        .outcome,
    ).toBe('manual-review');
  });

  it('a satisfied review beats a satisfied dispensation', () => {
    expect(
      decideOutcome([
        rule('DISP', 'dispensation-possible', 'satisfied'),
        rule('REV', 'manual-review', 'satisfied'),
      ]).outcome,
    ).toBe('manual-review');
  });

  it('an information rule never decides', () => {
    expect(decideOutcome([rule('INFO', 'information', 'satisfied')]).outcome).toBe('requirement-applies');
    expect(decideOutcome([rule('INFO', 'information', 'unknown', ['/a'])]).outcome).toBe(
      'requirement-applies',
    );
  });

  describe('naturalisation components', () => {
    const components = (...statuses: ComponentStatus[]): ComponentResult[] =>
      statuses.map((status, i) => ({
        component: `c${i}`,
        status,
        rules: status === 'required' ? [] : [`P${i}`],
      }));

    it('an exempt component next to a required one: partially-exempt', () => {
      expect(decideOutcome([], components('exempt', 'required', 'required')).outcome).toBe(
        'partially-exempt',
      );
    });

    it('every component exempt or passed: not partially-exempt', () => {
      expect(decideOutcome([], components('exempt', 'passed')).outcome).toBe('requirement-applies');
    });

    it('only passed and required components: requirement-applies', () => {
      expect(decideOutcome([], components('passed', 'required')).outcome).toBe('requirement-applies');
    });

    it('a not-required component (ONA abroad) next to required ones is not an exemption: requirement-applies', () => {
      // docs/api.md "Outcomes": partially-exempt when at least one component is exempt and at least one required.
      expect(
        decideOutcome(
          [],
          components('not-required', 'required', 'required', 'required', 'required', 'required'),
        ).outcome,
      ).toBe('requirement-applies');
    });
  });
});

describe('requirementAppliesFor (docs/api.md "Outcomes")', () => {
  it.each([
    ['not-applicable', false],
    ['requirement-met', false],
    ['exempt', false],
    ['dispensation-possible', true],
    ['partially-exempt', true],
    ['requirement-applies', true],
    ['insufficient-information', null],
    ['manual-review', null],
  ] as const)('%s → %s', (outcome, expected) => {
    expect(requirementAppliesFor(outcome)).toBe(expected);
  });

  it('covers every outcome', () => {
    expect([...OUTCOMES].sort()).toEqual(
      [
        'not-applicable',
        'requirement-met',
        'exempt',
        'insufficient-information',
        'manual-review',
        'dispensation-possible',
        'partially-exempt',
        'requirement-applies',
      ].sort(),
    );
  });
});
