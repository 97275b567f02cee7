import asylumAfterPact from '../../examples/residence-asylum-after-pact.json' with { type: 'json' };
import incomplete from '../../examples/residence-incomplete.json' with { type: 'json' };
import minor from '../../examples/residence-minor.json' with { type: 'json' };
import schoolAge from '../../examples/residence-school-age.json' with { type: 'json' };
import turkish2025 from '../../examples/residence-turkish-2025.json' with { type: 'json' };
import { residenceAssessor } from '../rules/index.js';
import type { ResidenceRequest } from '../schemas/residence.js';
import { residenceValidator } from '../validation/index.js';
import { problemBody } from './problem.js';

/**
 * Examples for the OpenAPI document, built from the request files in examples/ (the same ones
 * the README's curl commands send) and from what the engine and the validator answer to them.
 */
const RESIDENCE_REQUEST_EXAMPLES = {
  minor: { summary: 'A minor: exempt', value: minor },
  schoolAge: { summary: 'Eight years in the Netherlands during school age: exempt', value: schoolAge },
  turkish2025: { summary: 'Turkish national applying in 2025: the exemption has ended', value: turkish2025 },
  asylumAfterPact: {
    summary: 'Permanent asylum permit applied for after 12 June 2026: manual review',
    value: asylumAfterPact,
  },
  incomplete: {
    summary: 'Too few facts: insufficient information, with the questions to ask',
    value: incomplete,
  },
};

const SHOWN_GROUNDS = 3;

export function residenceVerdictExample() {
  const verdict = residenceAssessor.assess(minor as ResidenceRequest, {
    today: minor.applicationDate,
    lang: 'en',
  });
  // A whole verdict quotes some twenty articles; the example shows the first grounds only.
  return { ...verdict, grounds: verdict.grounds.slice(0, SHOWN_GROUNDS) };
}

export function residenceProblemExample() {
  const invalid = {
    requestedPermit: 'permanent',
    applicationDate: '2021-12-31',
    applicant: { dateOfBirth: '1990-02-30' },
  };
  const result = residenceValidator.validate(invalid, '2026-11-28');
  return problemBody('paramsValidation', 'en', '/v1/assess/residence', result.ok ? [] : result.invalidParams);
}

/** Request examples by operationId; added to the document's request bodies (see plugins/openapi.ts). */
export const REQUEST_EXAMPLES: Readonly<Record<string, object>> = {
  assessResidence: RESIDENCE_REQUEST_EXAMPLES,
};
