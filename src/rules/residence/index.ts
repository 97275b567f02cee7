import type { ProcedureDefinition } from '../../engine/procedure.js';
import type { Permit, ResidenceRequest } from '../../schemas/residence.js';
import { minor, pensionAge } from './age.js';
import { ageReview } from './age-review.js';
import {
  type ResidenceContext,
  type ResidenceRule,
  residenceContext,
  singleDateContexts,
} from './context.js';
import { effortsWi2013, medical, particularCircumstances, sufficientlyIntegrated } from './dispensations.js';
import { documentExemption, documentReview, duoDecision } from './documents.js';
import * as FACTS from './facts.js';
import { bornOrRaisedBefore4, formerDutchNational, grewUp, grewUpDispensation } from './grew-up.js';
import { certificateWi2021, diploma } from './met.js';
import { benelux, turkishBefore2025, turkishFamilyReview, turkishStandstill } from './nationality.js';
import { residenceNextSteps } from './next-steps.js';
import { domesticViolence, participationOnly } from './participation.js';
import { requirement } from './requirement.js';
import { schoolAge, schoolAgeReview } from './school-age.js';
import { asylumPermitEnded, euCitizen, humanitarianGround } from './scope.js';

/** The residence rules in evaluation order (docs/rules.md lists them so); a rule that reads another's finding comes after it. */
export const RESIDENCE_RULES: readonly ResidenceRule[] = Object.freeze([
  humanitarianGround,
  euCitizen,
  asylumPermitEnded,
  diploma,
  certificateWi2021,
  minor,
  pensionAge,
  schoolAge,
  schoolAgeReview,
  documentExemption,
  duoDecision,
  bornOrRaisedBefore4,
  grewUp,
  grewUpDispensation,
  formerDutchNational,
  participationOnly,
  domesticViolence,
  benelux,
  turkishBefore2025,
  turkishStandstill,
  turkishFamilyReview,
  medical,
  particularCircumstances,
  sufficientlyIntegrated,
  effortsWi2013,
  ageReview,
  documentReview,
  requirement,
]);

export const RESIDENCE_PROCEDURE: ProcedureDefinition<ResidenceRequest, ResidenceContext, Permit> =
  Object.freeze({
    id: 'residence',
    rules: RESIDENCE_RULES,
    facts: Object.values(FACTS),
    variantOf: (input: ResidenceRequest) => input.requestedPermit,
    context: residenceContext,
    applicationDateOf: (input: ResidenceRequest) => input.applicationDate,
    decisionDateOf: (input: ResidenceRequest) => input.decisionDate,
    singleDateContexts,
    dateReview: ageReview,
    nextSteps: residenceNextSteps,
  });
