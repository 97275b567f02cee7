import type { ProcedureDefinition } from '../../engine/procedure.js';
import type { NaturalisationRequest } from '../../schemas/naturalisation.js';
import { ageReview } from './age-review.js';
import { verdictComponents } from './components.js';
import {
  type NaturalisationContext,
  type NaturalisationRule,
  type NaturalisationVariant,
  naturalisationContext,
} from './context.js';
import { efforts, effortsAbroad, hardship, medical } from './dispensations.js';
import {
  belgianDiploma,
  dutchEducation,
  europeanBaccalaureate,
  internationalBaccalaureate,
  moluccan,
  pre2013ExemptionTest,
  staatsexamen,
  surinameseDiploma,
  winCertificate,
  winDecision,
} from './exemptions.js';
import * as FACTS from './facts.js';
import { allComponents, diploma } from './met.js';
import { naturalisationNextSteps } from './next-steps.js';
import { PARTIAL_RULES } from './partial.js';
import { requirement } from './requirement.js';
import { documentReview, notResidenceExemptions, wi2021 } from './reviews.js';
import { schoolAge, schoolAgeReview } from './school-age.js';
import { caribbean, dutchNational, minor } from './scope.js';

/**
 * The naturalisation rules in evaluation order (docs/rules.md lists them so): NAT-MET-ALL-COMPONENTS
 * comes after the partial rules whose findings it reads, and NAT-REVIEW-AGE after the rules it watches.
 */
export const NATURALISATION_RULES: readonly NaturalisationRule[] = Object.freeze([
  dutchNational,
  minor,
  caribbean,
  diploma,
  moluccan,
  dutchEducation,
  staatsexamen,
  winCertificate,
  winDecision,
  pre2013ExemptionTest,
  schoolAge,
  schoolAgeReview,
  belgianDiploma,
  surinameseDiploma,
  europeanBaccalaureate,
  internationalBaccalaureate,
  ...PARTIAL_RULES,
  allComponents,
  ageReview,
  medical,
  efforts,
  effortsAbroad,
  hardship,
  notResidenceExemptions,
  wi2021,
  documentReview,
  requirement,
]);

export const NATURALISATION_PROCEDURE: ProcedureDefinition<
  NaturalisationRequest,
  NaturalisationContext,
  NaturalisationVariant
> = Object.freeze({
  id: 'naturalisation',
  rules: NATURALISATION_RULES,
  facts: Object.values(FACTS),
  variantOf: () => 'naturalisation' as const,
  context: naturalisationContext,
  applicationDateOf: (input: NaturalisationRequest) => input.applicationDate,
  decisionDateOf: (input: NaturalisationRequest) => input.decisionDate,
  components: verdictComponents,
  nextSteps: naturalisationNextSteps,
});
