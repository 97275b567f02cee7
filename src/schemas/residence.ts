import { type Static, Type } from 'typebox';
import {
  ApplicationDate,
  BirthDate,
  DecisionDate,
  Diplomas,
  DuoDecisions,
  DuoEffortsAdvice,
  Fact,
  MedicalAdvice,
  Nationalities,
  ResidencePeriods,
} from './common.js';

export const PERMITS = [
  'permanent-regular',
  'permanent-asylum',
  'eu-long-term-resident',
  'non-temporary-humanitarian',
] as const;
export type Permit = (typeof PERMITS)[number];

export const HUMANITARIAN_GROUNDS = [
  'continued-residence-as-family-member',
  'family-member-of-eu-blue-card-holder',
  'other',
] as const;

export const RELATIONSHIPS = [
  'spouse',
  'registered-partner',
  'unregistered-partner',
  'parent',
  'child',
  'other',
] as const;

export const FamilyMember = Type.Object(
  {
    relationship: Fact(
      Type.Enum([...RELATIONSHIPS], { description: 'What THIS PERSON is to the applicant.' }),
    ),
    nationalities: Fact(Nationalities),
  },
  { additionalProperties: false },
);

export const ResidenceApplicant = Type.Object(
  {
    dateOfBirth: Fact(BirthDate),
    nationalities: Fact(Nationalities),
    familyMembers: Fact(
      Type.Array(FamilyMember, {
        maxItems: 20,
        description: 'People whose nationality matters (the Turkish rule); [] = none.',
      }),
    ),
    residencePeriods: Fact(ResidencePeriods),
    livedInNetherlandsSinceBirthOrBeforeAge4: Fact(
      Type.Boolean({
        description:
          'Born in the Netherlands or living here before the 4th birthday, and main residence never moved abroad since.',
      }),
    ),
    yearsLawfulResidenceBeforeAge19: Fact(
      Type.Integer({
        minimum: 0,
        maximum: 19,
        description:
          'Whole years of lawful residence under Vw 2000 art. 8(a), (b) or (l) (regular permits, not asylum) before the 19th birthday.',
      }),
    ),
    formerDutchNational: Fact(Type.Boolean({ description: 'The applicant once had Dutch nationality.' })),
    dutchNationalityLoss: Fact(
      Type.Object(
        {
          lossReason: Fact(
            Type.Enum(['renunciation', 'withdrawal-for-keeping-other-nationality', 'other'], {
              description: 'How Dutch nationality was lost.',
            }),
          ),
          yearsLawfulResidenceBeforeAcquiringDutchNationality: Fact(
            Type.Integer({
              minimum: 0,
              maximum: 150,
              description: 'Whole years of lawful residence before naturalisation.',
            }),
          ),
        },
        { additionalProperties: false, description: 'Only when formerDutchNational is true.' },
      ),
    ),
  },
  { additionalProperties: false },
);

export const ResidenceIntegration = Type.Object(
  {
    regime: Fact(
      Type.Enum(['wi2007', 'wi2013', 'wi2021', 'none'], {
        description: 'The civic integration act the applicant was obliged under (none: never obliged).',
      }),
    ),
    diplomas: Fact(Diplomas),
    duoDecisions: Fact(DuoDecisions),
    passedAllExamPartsExceptParticipation: Fact(
      Type.Boolean({
        description:
          'Passed every part of the Wi 2013 exam except the participation statement (participatieverklaringstraject).',
      }),
    ),
  },
  { additionalProperties: false },
);

export const ResidenceCircumstances = Type.Object(
  {
    medicalAdvice: Fact(MedicalAdvice),
    duoEffortsAdvice: Fact(DuoEffortsAdvice),
    sufficientlyIntegrated: Fact(
      Type.Boolean({ description: 'The applicant claims, with evidence, to be sufficiently integrated.' }),
    ),
    particularIndividualCircumstances: Fact(
      Type.Boolean({ description: 'Particular individual circumstances prevent passing the examination.' }),
    ),
    relationshipEndedByDomesticViolence: Fact(
      Type.Boolean({
        description:
          'Humanitarian permit only: a dependent permit whose relationship ended because of domestic violence.',
      }),
    ),
    turkishStandstillWorker: Fact(
      Type.Boolean({
        description:
          'The applicant or the Turkish family member works, or intends to work, lawfully in the Netherlands (Decision 1/80).',
      }),
    ),
    otherConditionsMetBefore2025: Fact(
      Type.Boolean({
        description:
          'Every other condition of the permit was met before 2025-01-01 (the Turkish transitional rule).',
      }),
    ),
  },
  { additionalProperties: false },
);

export const ResidenceRequest = Type.Object(
  {
    requestedPermit: Type.Enum([...PERMITS], { description: 'The permit applied for.' }),
    humanitarianGround: Fact(
      Type.Enum([...HUMANITARIAN_GROUNDS], {
        description: 'Only with non-temporary-humanitarian: the ground of Vb 2000 art. 3.51 applied under.',
      }),
    ),
    applicationDate: Fact(ApplicationDate),
    decisionDate: Fact(DecisionDate),
    applicant: Fact(ResidenceApplicant),
    integration: Fact(ResidenceIntegration),
    circumstances: Fact(ResidenceCircumstances),
  },
  {
    $id: 'ResidenceRequest',
    additionalProperties: false,
    description:
      'The facts of one residence case. Every field except requestedPermit is optional; absent or null = unknown.',
  },
);

export type ResidenceRequest = Static<typeof ResidenceRequest>;
