import { describe, expect, it } from 'vitest';
import { day } from '../../src/calendar/date.js';
import { type Example, loadExamples } from '../../src/catalogue/examples.js';
import { Assessor } from '../../src/engine/assess.js';
import { documentOrder } from '../../src/engine/pointers.js';
import type { ProcedureDefinition } from '../../src/engine/procedure.js';
import { type AnyRule, type Finding, orderByDependencies } from '../../src/engine/rule.js';
import { WORDING } from '../../src/i18n/wording.js';
import { ruleSet } from '../../src/rules/index.js';
import { NATURALISATION_PROCEDURE, NATURALISATION_RULES } from '../../src/rules/naturalisation/index.js';
import { PARTIAL_RULES } from '../../src/rules/naturalisation/partial.js';
import { RESIDENCE_PROCEDURE, RESIDENCE_RULES } from '../../src/rules/residence/index.js';
import { NaturalisationRequest } from '../../src/schemas/naturalisation.js';
import { ResidenceRequest } from '../../src/schemas/residence.js';
import { TODAY } from '../support/arbitraries.js';

// biome-ignore lint/suspicious/noExplicitAny: both procedures, whatever their input and context types
type AnyProcedure = ProcedureDefinition<any, any, any>;

const PROCEDURES = [
  {
    procedure: RESIDENCE_PROCEDURE as AnyProcedure,
    schema: ResidenceRequest,
    cases: loadExamples('residence'),
  },
  {
    procedure: NATURALISATION_PROCEDURE as AnyProcedure,
    schema: NaturalisationRequest,
    cases: loadExamples('naturalisation'),
  },
];

const assessor = (procedure: AnyProcedure, schema: typeof ResidenceRequest | typeof NaturalisationRequest) =>
  new Assessor(procedure, ruleSet, documentOrder(schema), WORDING);
const verdicts = (a: Assessor<unknown, never, never>, cases: readonly Example[]) =>
  cases.map((c) => a.assess(c.request as never, { today: TODAY, lang: 'en' }));

/** A Map of findings that records which rules' findings were read. */
class Recording extends Map<string, Finding> {
  readonly read = new Set<string>();
  override get(id: string) {
    this.read.add(id);
    return super.get(id);
  }
}

describe('rules declare what they depend on, and the order follows from it', () => {
  it.each(PROCEDURES)(
    '$procedure.id: the evaluation order is derived, so a shuffled rule list gives the same verdicts',
    ({ procedure, schema, cases }) => {
      const reversed = { ...procedure, rules: [...procedure.rules].reverse() };
      const expected = verdicts(assessor(procedure, schema) as never, cases);
      const actual = verdicts(assessor(reversed, schema) as never, cases);
      // The grounds come in evaluation order, which follows the given order where dependencies allow.
      const statuses = (v: (typeof expected)[number]) =>
        [v.outcome, Object.fromEntries(v.grounds.map((g) => [g.rule, g.status]))] as const;
      expect(actual.map(statuses)).toEqual(expected.map(statuses));
    },
  );

  it.each(PROCEDURES)(
    '$procedure.id: each rule reads only the findings of the rules it declares',
    ({ procedure, cases }) => {
      const order = orderByDependencies(procedure.rules as readonly AnyRule[]);
      for (const c of cases) {
        const request = c.request as { applicationDate?: string };
        const context = procedure.context(c.request, day(request.applicationDate ?? TODAY));
        const findings = new Map<string, Finding>();
        for (const rule of order) {
          const prior = new Recording(findings);
          findings.set(rule.id, rule.evaluate(c.request, context, prior));
          const declared = (rule.dependsOn ?? []).map((r: AnyRule) => r.id);
          for (const id of prior.read) expect(declared, `${rule.id} reads ${id} (${c.id})`).toContain(id);
        }
      }
    },
  );

  it('stops at start-up when a rule depends on one that is not in the rule set', () => {
    const broken = {
      ...RESIDENCE_PROCEDURE,
      rules: RESIDENCE_RULES.filter((r) => r.id !== 'RES-EX-GREW-UP-IN-NL'),
    };
    expect(() => assessor(broken as AnyProcedure, ResidenceRequest)).toThrow(
      /RES-DISP-GREW-UP-IN-NL depends on RES-EX-GREW-UP-IN-NL, which is not in the rule set/,
    );
  });

  it('stops at start-up when the dependencies form a cycle', () => {
    const a = { id: 'A', dependsOn: [] as unknown[] };
    const b = { id: 'B', dependsOn: [a] };
    a.dependsOn.push(b);
    expect(() => orderByDependencies([a, b] as never)).toThrow(/cycle: A, B/);
  });

  it('every naturalisation partial rule declares the components it relieves and is read by the components model', () => {
    const partial = NATURALISATION_RULES.filter(
      (r) => r.effect === 'partially-exempt' || r.effect === 'component-not-required',
    );
    expect(new Set(PARTIAL_RULES)).toEqual(new Set(partial));
    for (const rule of partial) expect(rule.relieves?.length, rule.id).toBeGreaterThan(0);
  });
});
