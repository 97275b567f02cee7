import countries from 'i18n-iso-countries';
import { type Static, type TSchema, Type } from 'typebox';

/**
 * Building blocks shared by the request schemas of both procedures. `null` is accepted
 * wherever a fact is optional and means the same as absent (docs/api.md, "Facts").
 *
 * A nullable enum lists `null` among its values and has neither `type` nor `nullable`: OpenAPI
 * 3.0.3 says `nullable` does not widen an `enum`, and tools that turn `nullable` into JSON Schema
 * (Prism) add `null` to the enum again, which makes the schema invalid. A bare enum means the
 * same to every reader.
 */
export function Nullable<T extends TSchema>(schema: T) {
  const base = schema as unknown as Record<string, unknown>;
  const nullable = Array.isArray(base.enum)
    ? { ...base, enum: [...base.enum, null] }
    : { ...base, nullable: true };
  return Type.Unsafe<Static<T> | null>(nullable);
}

/** An optional fact: may be absent or null. */
export function Fact<T extends TSchema>(schema: T) {
  return Type.Optional(Nullable(schema));
}

export const CalendarDate = (description: string) =>
  Type.String({
    format: 'date',
    maxLength: 10,
    description: `${description} (YYYY-MM-DD, a real calendar date).`,
  });

export const BirthDate = Type.String({
  format: 'birth-date',
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  maxLength: 10,
  description:
    'Date of birth: YYYY-MM-DD, or YYYY-MM or YYYY when the BRP lacks the day or month; the BRP notation with 00 for the unknown part (1990-05-00, 1990-00-00) means the same. A rule that reads it is decided only if every possible day gives the same answer.',
  example: '1990-04-17',
});

/**
 * The ISO 3166-1 alpha-2 codes currently assigned, from the maintained i18n-iso-countries
 * package (it follows the ISO 3166 Maintenance Agency), which also carries XK (Kosovo), the
 * user-assigned code the EU and the BRP use. Withdrawn codes (AN, CS) and unassigned ones (ZZ, UK)
 * are not nationalities.
 */
export const COUNTRY_CODES = Object.freeze(Object.keys(countries.getAlpha2Codes()).sort());

/** Marks the country list, so that an error names what the list is instead of quoting 250 codes. */
export const COUNTRY_LIST = 'country';

export const CountryCode = Type.Enum([...COUNTRY_CODES], {
  type: 'string',
  'x-list': COUNTRY_LIST,
  description:
    'ISO 3166-1 alpha-2 country code currently assigned, upper case, or XK (Kosovo); the list is that of the i18n-iso-countries package.',
});

export const Nationalities = Type.Array(CountryCode, {
  maxItems: 10,
  uniqueItems: true,
  description: 'Every nationality the person has; [] = stateless.',
});

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

/**
 * The CEFR levels as one shared schema (a component of the document, so that generated clients
 * have one type for it, not one per field). A level is always an optional fact: null is among
 * its values and means unknown.
 */
export const CefrLevelSchema = Type.Unsafe<CefrLevel | null>({
  $id: 'CefrLevel',
  enum: [...CEFR_LEVELS, null],
  description: 'CEFR level; absent or null = unknown.',
});
/** An optional CEFR level: a reference to the shared schema. */
export const CefrLevelFact = () => Type.Optional(Type.Unsafe<CefrLevel | null>({ $ref: 'CefrLevel' }));

export const LANGUAGE_SKILLS = ['reading', 'listening', 'writing', 'speaking'] as const;
export type LanguageSkill = (typeof LANGUAGE_SKILLS)[number];

export const DIPLOMA_TYPES = [
  'civic-integration-diploma-wi2007',
  'civic-integration-diploma-wi2013',
  'civic-integration-diploma-wi2021',
  'civic-integration-certificate-wi2021',
  'staatsexamen-nt2-i',
  'staatsexamen-nt2-ii',
  'dutch-education-diploma',
  'belgian-dutch-education-diploma',
  'surinamese-dutch-education-diploma',
  'caribbean-dutch-education-diploma',
  'european-baccalaureate-dutch',
  'international-baccalaureate-dutch',
  'win-certificate',
  'win-decision-no-programme',
  'win-test-decision',
  'win-medical-dispensation-indefinite',
  'oudkomers-certificate',
  'cnavt-certificate',
  'pre-2013-exemption-test-document',
  'naturalisation-test-certificate-pre-2007',
  'other',
] as const;
export type DiplomaType = (typeof DIPLOMA_TYPES)[number];

export const EDUCATION_LEVELS = [
  'wo',
  'hbo',
  'vwo',
  'havo',
  'vmbo',
  'mbo-1',
  'mbo-2',
  'mbo-3',
  'mbo-4',
] as const;

export const Diploma = Type.Object(
  {
    type: Type.Enum([...DIPLOMA_TYPES], { description: 'The kind of diploma, certificate or decision.' }),
    educationLevel: Fact(
      Type.Enum([...EDUCATION_LEVELS], { description: 'Level of a dutch-education-diploma.' }),
    ),
    levels: Fact(
      Type.Object(
        {
          reading: CefrLevelFact(),
          listening: CefrLevelFact(),
          writing: CefrLevelFact(),
          speaking: CefrLevelFact(),
        },
        { additionalProperties: false, description: 'The CEFR level the document states for each skill.' },
      ),
    ),
    moPassed: Fact(
      Type.Boolean({
        description: 'win-certificate: the maatschappij-oriëntatie part at the level of WIN art. 11(1)(b).',
      }),
    ),
    issuedOn: Fact(CalendarDate('Date of issue')),
  },
  { additionalProperties: false },
);
export type Diploma = Static<typeof Diploma>;

export const Diplomas = Type.Array(Diploma, {
  maxItems: 50,
  description: 'Diplomas, certificates and decisions held; [] = none.',
});

export const DUO_DECISION_GROUNDS = [
  'medical',
  'demonstrable-efforts',
  'special-circumstances',
  'sufficiently-integrated',
  'education',
  'other',
] as const;

export const DuoDecision = Type.Object(
  {
    kind: Type.Enum(['exemption', 'dispensation'], {
      description:
        'exemption (vrijstelling) or dispensation (ontheffing) of the civic integration obligation.',
    }),
    ground: Fact(Type.Enum([...DUO_DECISION_GROUNDS], { description: 'The ground of the decision.' })),
    partial: Fact(Type.Boolean({ description: 'The decision covers only some exam parts; absent = false.' })),
    decidedOn: Fact(CalendarDate('Date of the decision')),
  },
  {
    additionalProperties: false,
    description:
      'A decision on the civic integration obligation, by DUO (or by the municipality before 2013).',
  },
);
export type DuoDecision = Static<typeof DuoDecision>;

export const DuoDecisions = Type.Array(DuoDecision, {
  maxItems: 50,
  description: 'Decisions on the civic integration obligation; [] = none.',
});

export const ResidencePeriod = Type.Object(
  {
    from: CalendarDate('First day registered in the BRP (European Netherlands)'),
    to: Fact(
      CalendarDate('First day no longer registered (the BRP departure date); absent = still registered'),
    ),
  },
  { additionalProperties: false },
);

export const ResidencePeriods = Type.Array(ResidencePeriod, {
  maxItems: 1000,
  description: 'Registration in the BRP, European Netherlands. Overlapping periods count once.',
});

export const MedicalAdvice = Type.Object(
  {
    issuedOn: Fact(CalendarDate('Date of the statement')),
    concludesUnableToPass: Fact(
      Type.Boolean({ description: 'The statement concludes that the applicant permanently cannot pass.' }),
    ),
  },
  {
    additionalProperties: false,
    description: 'Statement of the doctor designated by DUO (not the own doctor).',
  },
);

export const DuoEffortsAdvice = Type.Object(
  {
    issuedOn: Fact(CalendarDate('Date of the advice')),
    positive: Fact(
      Type.Boolean({ description: 'DUO advises that the applicant cannot pass despite efforts.' }),
    ),
  },
  { additionalProperties: false, description: 'DUO\'s "despite efforts" recommendation.' },
);

export const ApplicationDate = CalendarDate(
  'Date the application is (or was) received; default: today in Europe/Amsterdam; not before 2022-01-01. It picks the rule versions and is the reference date',
);
export const DecisionDate = CalendarDate(
  'Expected date of the decision, not before applicationDate; age rules are also judged on it',
);
