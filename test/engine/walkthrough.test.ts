import { describe, expect, it } from 'vitest';
import { Assessor } from '../../src/engine/assess.js';
import { documentOrder } from '../../src/engine/pointers.js';
import { decide, defineRule } from '../../src/engine/rule.js';
import { flag } from '../../src/engine/tri.js';
import type { Wording } from '../../src/engine/wording.js';
import { WORDING } from '../../src/i18n/wording.js';
import { ruleSet } from '../../src/rules/index.js';
import { forPermits, type ResidenceRule } from '../../src/rules/residence/context.js';
import { RESIDENCE } from '../../src/rules/residence/index.js';
import { ResidenceRequest } from '../../src/schemas/residence.js';
import { TODAY } from '../support/arbitraries.js';

/**
 * Walk-through of docs/change-the-law.md "Add a rule": a throw-away residence exemption on a new
 * fact. In the code base it takes four hand-edited files — the rule in its family's file, the
 * procedure's index.ts, the fact in src/schemas/residence.ts, its question in src/i18n/questions.ts —
 * plus worked cases and `npm run generate`. Here the same four pieces are made in the test: nothing
 * else in the engine has to know the rule (the order, the outcome, the missing fact and its question
 * follow from what the rule declares).
 */
const NEW_FACT = '/circumstances/throwAwayExemption';

const throwAway: ResidenceRule = defineRule({
  id: 'RES-EX-THROW-AWAY',
  procedure: 'residence',
  effect: 'exempt',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [NEW_FACT],
  citations: () => [],
  evidence: { en: ['A statement'], nl: ['Een verklaring'] },
  text: {
    en: {
      title: 'Throw-away exemption',
      description: 'A test rule.',
      reasons: { yes: () => 'Yes.', no: () => 'No.' },
    },
    nl: {
      title: 'Wegwerpvrijstelling',
      description: 'Een testregel.',
      reasons: { yes: () => 'Ja.', no: () => 'Nee.' },
    },
  },
  evaluate: (input) =>
    decide(flag((input.circumstances as Record<string, boolean> | undefined)?.throwAwayExemption, NEW_FACT), {
      satisfied: 'yes',
      notSatisfied: 'no',
    }),
});

const wording: Wording = {
  ...WORDING,
  question: (pointer, lang) =>
    pointer === NEW_FACT
      ? { en: 'Does the throw-away exemption apply?', nl: 'Geldt de wegwerpvrijstelling?' }[lang]
      : WORDING.question(pointer, lang),
};

const assessor = new Assessor(
  { ...RESIDENCE, rules: [...RESIDENCE.rules, throwAway] },
  ruleSet,
  documentOrder(ResidenceRequest),
  wording,
);
const base = {
  requestedPermit: 'permanent-regular',
  applicationDate: TODAY,
  applicant: { dateOfBirth: '1990-01-01', nationalities: ['MA'] },
};
const assess = (circumstances?: object) =>
  assessor.assess({ ...base, ...(circumstances ? { circumstances } : {}) } as never, {
    today: TODAY,
    lang: 'en',
  });

describe('adding a residence exemption on a new fact (docs/change-the-law.md walk-through)', () => {
  it('decides the outcome when the fact holds, with the rule in the headline', () => {
    const verdict = assess({ throwAwayExemption: true });
    expect(verdict.outcome).toBe('exempt');
    expect(verdict.headline).toContain('Throw-away exemption');
  });

  it('asks for the new fact, as decisive, when it is missing', () => {
    const missing = assess().missingFacts.find((f) => f.pointer === NEW_FACT);
    expect(missing).toMatchObject({
      rules: ['RES-EX-THROW-AWAY'],
      question: 'Does the throw-away exemption apply?',
      decisive: true,
    });
  });
});
