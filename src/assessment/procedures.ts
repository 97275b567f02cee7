import type { AssessOptions, Verdict } from '../engine/assess.js';
import type { Procedure } from '../engine/rule.js';
import { naturalisationAssessor, residenceAssessor } from '../rules/index.js';
import type { NaturalisationRequest } from '../schemas/naturalisation.js';
import type { ResidenceRequest } from '../schemas/residence.js';
import { naturalisationValidator, residenceValidator } from '../validation/index.js';
import type { Validation } from '../validation/validator.js';

/** What an assessment of either procedure needs: its validator and its engine. */
export interface ProcedureService {
  readonly validate: (input: unknown, today: string) => Validation<unknown>;
  readonly assess: (input: unknown, options: AssessOptions) => Verdict;
}

export const SERVICES: Readonly<Record<Procedure, ProcedureService>> = {
  residence: {
    validate: (input, today) => residenceValidator.validate(input, today),
    assess: (input, options) => residenceAssessor.assess(input as ResidenceRequest, options),
  },
  naturalisation: {
    validate: (input, today) => naturalisationValidator.validate(input, today),
    assess: (input, options) => naturalisationAssessor.assess(input as NaturalisationRequest, options),
  },
};
