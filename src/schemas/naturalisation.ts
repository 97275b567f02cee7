import { type Static, Type } from 'typebox';
import {
  ApplicationDate,
  BirthDate,
  CalendarDate,
  CefrLevelFact,
  DecisionDate,
  Diplomas,
  DuoDecisions,
  DuoEffortsAdvice,
  Fact,
  LANGUAGE_SKILLS,
  MedicalAdvice,
  Nationalities,
  ResidencePeriods,
} from './common.js';

export const PLACES_OF_RESIDENCE = ['european-netherlands', 'abroad', 'caribbean'] as const;
export type PlaceOfResidence = (typeof PLACES_OF_RESIDENCE)[number];

/** knm and ona have no CEFR level; the four language skills must have one. */
export const UNLEVELLED_COMPONENTS = ['knm', 'ona'] as const;
export const COMPONENTS = [...LANGUAGE_SKILLS, ...UNLEVELLED_COMPONENTS] as const;
export type ExamComponent = (typeof COMPONENTS)[number];

export const EXAMS = ['wi2013', 'pre-2013', 'wi2021', 'staatsexamen-nt2'] as const;

export const ExamResult = Type.Object(
  {
    exam: Type.Enum([...EXAMS], { description: 'The exam the part was passed in.' }),
    component: Type.Enum([...COMPONENTS], { description: 'The exam component passed.' }),
    level: CefrLevelFact(),
    passedOn: Fact(CalendarDate('Date the part was passed')),
  },
  {
    additionalProperties: false,
    description:
      'A part of a civic integration exam passed. level is required for the four language components and not allowed for knm and ona.',
  },
);
export type ExamResult = Static<typeof ExamResult>;

export const NaturalisationApplicant = Type.Object(
  {
    dateOfBirth: Fact(BirthDate),
    nationalities: Fact(Nationalities),
    marriedBefore18: Fact(
      Type.Boolean({ description: 'Married before the 18th birthday (RWN art. 1: counts as an adult).' }),
    ),
    residencePeriods: Fact(ResidencePeriods),
    moluccan: Fact(
      Type.Boolean({ description: 'Status under the Moluccans act of 9 September 1976 (Stb. 1976, 468).' }),
    ),
  },
  { additionalProperties: false },
);

export const NaturalisationIntegration = Type.Object(
  {
    diplomas: Fact(Diplomas),
    examResults: Fact(
      Type.Array(ExamResult, { maxItems: 100, description: 'Exam parts passed; [] = none.' }),
    ),
    duoDecisions: Fact(DuoDecisions),
    onaExemption: Fact(
      Type.Enum(['employee', 'self-employed', 'bbz', 'registered-before-2015', 'none'], {
        description: 'DUO decision exempting the ONA part (labour-market orientation), or none.',
      }),
    ),
  },
  { additionalProperties: false },
);

export const NaturalisationCircumstances = Type.Object(
  {
    medicalAdvice: Fact(MedicalAdvice),
    duoEffortsAdvice: Fact(DuoEffortsAdvice),
    particularIndividualCircumstances: Fact(
      Type.Boolean({ description: 'Hardship: circumstances for the Crown to deviate (RWN art. 10).' }),
    ),
  },
  { additionalProperties: false },
);

export const NaturalisationRequest = Type.Object(
  {
    applicationDate: Fact(ApplicationDate),
    decisionDate: Fact(DecisionDate),
    placeOfResidence: Fact(
      Type.Enum([...PLACES_OF_RESIDENCE], {
        description: 'caribbean = Aruba, Curaçao, Sint Maarten, Bonaire, Sint Eustatius or Saba.',
      }),
    ),
    applicant: Fact(NaturalisationApplicant),
    integration: Fact(NaturalisationIntegration),
    circumstances: Fact(NaturalisationCircumstances),
  },
  {
    $id: 'NaturalisationRequest',
    additionalProperties: false,
    description: 'The facts of one naturalisation case. Every field is optional; absent or null = unknown.',
  },
);

export type NaturalisationRequest = Static<typeof NaturalisationRequest>;
