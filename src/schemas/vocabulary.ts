import { Type } from 'typebox';
import { requirementAppliesFor } from '../engine/outcome.js';
import {
  AUTHORITIES,
  COMPONENT_STATUSES,
  type ComponentStatus,
  OUTCOMES,
  type Outcome,
} from '../engine/procedure.js';
import { EFFECTS, type Effect } from '../engine/rule.js';
import { STATUSES, type Status } from '../engine/tri.js';
import {
  INVALID_PARAM_CODES,
  PROBLEM_DETAIL,
  PROBLEM_STATUS,
  type ProblemCode,
  reasonFor,
} from '../i18n/problems.js';

/**
 * The enums of the verdict and the problem, each value described in the OpenAPI document. The
 * lists are the ones the engine and the problem texts use; only the descriptions live here, so a
 * value added to the code without a description fails the type check (or, for the next-step
 * codes, the vocabulary test).
 */

const OUTCOME_MEANING: Readonly<Record<Outcome, string>> = {
  'not-applicable':
    'the integration requirement does not apply to this application at all (a scope rule holds)',
  'requirement-met': 'the applicant has already met the requirement (a diploma or certificate that counts)',
  exempt: 'the applicant need not pass the examination (an exemption holds)',
  'insufficient-information':
    'a rule that could make the case not-applicable, met or exempt lacks facts: answer missingFacts and ask again',
  'manual-review': 'the law or the facts leave the case open; the IND must judge it',
  'dispensation-possible': 'the examination is required, but the applicant may ask for a dispensation',
  'partially-exempt': 'naturalisation: some exam components are exempt, at least one is still required',
  'requirement-applies': 'the applicant must pass the examination (no rule above holds)',
};

const ORDINAL = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th'];

const EFFECT_MEANING: Readonly<Record<Effect, string>> = {
  'not-applicable': 'when satisfied, the requirement does not apply (outcome not-applicable)',
  'requirement-met': 'when satisfied, the requirement is met (outcome requirement-met)',
  exempt: 'when satisfied, the applicant is exempt (outcome exempt)',
  'partially-exempt': 'when satisfied, some exam components are exempt (naturalisation)',
  'component-not-required': 'when satisfied, one exam component is not part of the test (naturalisation)',
  'dispensation-possible': 'when satisfied, a dispensation may be asked for',
  'manual-review': 'when satisfied, the IND must judge the case (outcome manual-review)',
  'requirement-applies': 'the rule that imposes the requirement itself',
  information: 'informs only; never changes the outcome',
};

const STATUS_MEANING: Readonly<Record<Status, string>> = {
  satisfied: 'the condition of the rule holds on the facts given',
  'not-satisfied': 'the condition of the rule does not hold on the facts given',
  unknown: 'facts are missing (listed in missingFacts), or the law or the calendar leaves it open',
};

const COMPONENT_STATUS_MEANING: Readonly<Record<ComponentStatus, string>> = {
  required: 'the component must still be passed',
  passed: 'the component has been passed',
  exempt: 'the applicant is exempt from the component',
  'not-required': 'the component is not part of the test for this applicant (ONA abroad)',
  unknown: 'facts are missing to tell',
};

const AUTHORITY_MEANING: Readonly<Record<(typeof AUTHORITIES)[number], string>> = {
  IND: 'the Immigration and Naturalisation Service, which decides',
  DUO: 'the executive agency of education, which holds the civic integration examination',
  municipality: 'the municipality where naturalisation is applied for',
  embassy: 'the Dutch embassy or consulate abroad',
  applicant: 'the applicant (or whoever assists them)',
};

/** The next-step codes the rules give (src/rules/{residence,naturalisation}/next-steps.ts). */
export const NEXT_STEP_MEANING: Readonly<Record<string, string>> = {
  'provide-missing-facts': 'answer the questions under missingFacts and assess again',
  'collect-evidence': 'collect the evidence listed under each satisfied ground',
  'send-appendix-with-certified-copies':
    'residence: send the IND appendix on the integration requirement with certified copies of the evidence',
  'send-diploma-with-application': 'residence: send a certified copy of the diploma or certificate',
  'take-civic-integration-exam': 'residence: take the civic integration examination at DUO',
  'no-integration-evidence-needed': 'residence: no civic integration evidence is needed',
  'ask-ind-or-lawyer':
    'ask the IND (naturalisation: also the municipality) or a lawyer about the grounds for review',
  'reassess-as-permanent-regular':
    'residence: assess again as a regular permanent or EU long-term resident permit (asylum route closed)',
  'bring-original-evidence-to-municipality':
    'naturalisation: bring the original evidence to the municipality',
  'bring-original-evidence-to-embassy': 'naturalisation abroad: bring the original evidence to the embassy',
  'take-naturalisation-test': 'naturalisation: take the test for every component still required',
  'take-naturalisation-test-abroad':
    'naturalisation abroad: take the test at the embassy or in the Netherlands',
  'no-naturalisation-test': 'naturalisation: no naturalisation test applies',
};

/** A Markdown list of the values with their meaning, after the enum's own description. */
function describe(lead: string, meaning: Readonly<Record<string, string>>): string {
  const items = Object.entries(meaning).map(([value, text]) => `- \`${value}\`: ${text}`);
  return [lead, '', ...items].join('\n');
}

const requirementText = (value: boolean | null) =>
  value === null ? 'requirementApplies null' : `requirementApplies ${value}`;

export const OUTCOME_DESCRIPTION = describe(
  'The outcome. The first that holds, in this order of precedence, is the outcome:',
  Object.fromEntries(
    OUTCOMES.map((outcome, i) => [
      outcome,
      `${ORDINAL[i]}; ${requirementText(requirementAppliesFor(outcome))}; ${OUTCOME_MEANING[outcome]}.`,
    ]),
  ),
);

export const REQUIREMENT_APPLIES_DESCRIPTION = describe(
  'Whether the applicant must pass the examination, as the outcome implies:',
  {
    true: `for ${OUTCOMES.filter((o) => requirementAppliesFor(o) === true).join(', ')}`,
    false: `for ${OUTCOMES.filter((o) => requirementAppliesFor(o) === false).join(', ')}`,
    null: `not decidable from the facts: ${OUTCOMES.filter((o) => requirementAppliesFor(o) === null).join(', ')}`,
  },
);

export const OutcomeValue = Type.Enum([...OUTCOMES], { description: OUTCOME_DESCRIPTION });
export const EffectValue = Type.Enum([...EFFECTS], {
  description: describe('What the rule does to the outcome when it is satisfied:', EFFECT_MEANING),
});
export const StatusValue = Type.Enum([...STATUSES], {
  description: describe('Whether the rule holds:', STATUS_MEANING),
});
export const ComponentStatusValue = Type.Enum([...COMPONENT_STATUSES], {
  description: describe('The state of one exam component:', COMPONENT_STATUS_MEANING),
});
export const AuthorityValue = Type.Enum([...AUTHORITIES], {
  description: describe('Who the step is taken with:', AUTHORITY_MEANING),
});
export const NextStepCode = Type.Enum(Object.keys(NEXT_STEP_MEANING), {
  description: describe('Stable code of the step (the text may change):', NEXT_STEP_MEANING),
});

const PROBLEM_CODES = Object.keys(PROBLEM_STATUS) as ProblemCode[];
export const ProblemCodeValue = Type.Enum(PROBLEM_CODES, {
  description: describe(
    'Stable code of the problem:',
    Object.fromEntries(
      PROBLEM_CODES.map((code) => [code, `${PROBLEM_STATUS[code]}; ${PROBLEM_DETAIL[code].en}`]),
    ),
  ),
});

export const InvalidParamCode = Type.Enum(INVALID_PARAM_CODES, {
  description: describe(
    'What is wrong with the field:',
    Object.fromEntries(INVALID_PARAM_CODES.map((code) => [code, reasonFor({ code }, 'en')])),
  ),
});
