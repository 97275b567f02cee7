import { describe, expect, it } from 'vitest';
import { Assessor } from '../../src/engine/assess.js';
import { factsOf } from '../../src/engine/fact.js';
import { documentOrder, schemaPointers } from '../../src/engine/pointers.js';
import { decide, defineRule } from '../../src/engine/rule.js';
import { flag } from '../../src/engine/tri.js';
import { WORDING } from '../../src/i18n/wording.js';
import { ruleSet } from '../../src/rules/index.js';
import { NATURALISATION_PROCEDURE } from '../../src/rules/naturalisation/index.js';
import { forPermits, type ResidenceRule } from '../../src/rules/residence/context.js';
import { RESIDENCE_PROCEDURE } from '../../src/rules/residence/index.js';
import { NaturalisationRequest } from '../../src/schemas/naturalisation.js';
import { ResidenceRequest } from '../../src/schemas/residence.js';

const REGISTRIES = [
  { procedure: RESIDENCE_PROCEDURE, schema: ResidenceRequest },
  { procedure: NATURALISATION_PROCEDURE, schema: NaturalisationRequest },
] as const;

describe('one registry of facts per procedure (src/rules/<procedure>/facts.ts)', () => {
  it.each(REGISTRIES)(
    '$procedure.id: every fact is a field of the request, declared once',
    ({ procedure, schema }) => {
      const fields = new Set(schemaPointers(schema));
      for (const fact of procedure.facts) expect(fields.has(fact.pointer), fact.pointer).toBe(true);
      const pointers = procedure.facts.map((f) => f.pointer);
      expect(new Set(pointers).size).toBe(pointers.length);
    },
  );

  it.each(REGISTRIES)(
    '$procedure.id: every fact its rules read is in it (by reference), and every fact in it is read',
    ({ procedure }) => {
      for (const rule of procedure.rules)
        expect(new Set(rule.reads).size, `${rule.id} names a fact twice`).toBe(rule.reads.length);
      const registered = new Set(procedure.facts);
      const read = new Set(procedure.rules.flatMap((rule) => rule.reads));
      for (const fact of read) expect(registered.has(fact), fact.pointer).toBe(true);
      // A list fact is read through the item facts under it (an absent list is reported as itself).
      const pointers = [...read].map((f) => f.pointer);
      for (const fact of procedure.facts)
        expect(
          pointers.some((p) => p === fact.pointer || p.startsWith(`${fact.pointer}/*`)),
          `${fact.pointer} is read by no ${procedure.id} rule`,
        ).toBe(true);
    },
  );

  it('stops start-up when a rule reads a fact outside its registry', () => {
    const stray = factsOf<ResidenceRequest>().at('/circumstances/sufficientlyIntegrated', {
      en: '?',
      nl: '?',
    });
    const rule: ResidenceRule = defineRule({
      id: 'RES-EX-STRAY',
      procedure: 'residence',
      effect: 'exempt',
      variants: forPermits('R'),
      reads: [stray],
      citations: () => [],
      evidence: { en: [], nl: [] },
      text: {
        en: { title: 'Stray', description: 'A test rule.', reasons: { yes: () => 'Yes.', no: () => 'No.' } },
        nl: {
          title: 'Verdwaald',
          description: 'Een testregel.',
          reasons: { yes: () => 'Ja.', no: () => 'Nee.' },
        },
      },
      evaluate: (input) => decide(flag(stray, input), { satisfied: 'yes', notSatisfied: 'no' }),
    });
    const procedure = { ...RESIDENCE_PROCEDURE, rules: [...RESIDENCE_PROCEDURE.rules, rule] };
    expect(() => new Assessor(procedure, ruleSet, documentOrder(ResidenceRequest), WORDING)).toThrow(
      'RES-EX-STRAY reads /circumstances/sufficientlyIntegrated, which is not in the residence registry of facts',
    );
  });
});
