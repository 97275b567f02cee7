import { Type } from 'typebox';
import { LANGUAGES, PROCEDURES } from '../engine/rule.js';
import { STATUSES } from '../engine/tri.js';
import { Nullable } from './common.js';
import { COMPONENTS } from './naturalisation.js';
import {
  AuthorityValue,
  ComponentStatusValue,
  EffectValue,
  NextStepCode,
  OutcomeValue,
  REQUIREMENT_APPLIES_DESCRIPTION,
  StatusValue,
} from './vocabulary.js';

/** The format of the statusByDate fields: rule statuses named after the dates they are judged on. */
export const STATUS_FORMAT = 'rule-status';

export const Citation = Type.Object(
  {
    kind: Type.Enum(['law', 'guidance', 'case-law', 'policy']),
    title: Type.String(),
    article: Type.Optional(Type.String()),
    paragraph: Type.Optional(Type.String({ description: 'Lid.' })),
    point: Type.Optional(Type.String({ description: 'Onderdeel (and sub-item).' })),
    versionDate: Type.Optional(
      Type.String({ format: 'date', description: 'The consolidation in force on the reference date.' }),
    ),
    url: Type.Optional(Type.String()),
    juriconnect: Type.Optional(Type.String()),
    text: Type.Optional(
      Type.String({ description: 'The quoted paragraph and point, with the lead-in of the paragraph.' }),
    ),
    passage: Type.Optional(Type.String({ description: 'The quoted passage of a guidance or policy text.' })),
    lang: Type.Optional(
      Type.Enum([...LANGUAGES], {
        description:
          'Guidance: the language of the quoted page. A Dutch verdict quotes the Dutch IND page where the passage was recovered (with that page as url), else the English page, marked en.',
      }),
    ),
    ecli: Type.Optional(Type.String()),
    olderText: Type.Optional(Type.Boolean({ description: 'The stored text predates later changes.' })),
    laterText: Type.Optional(
      Type.Boolean({
        description: 'No wording in force on the reference date is stored; the nearest later one is quoted.',
      }),
    ),
    asOf: Type.Optional(
      Type.Enum(['decisionDate'], {
        description:
          'Present on the citation quoting the wording in force on the decision date, beside the application-date one, where the two differ.',
      }),
    ),
  },
  { additionalProperties: false },
);

export const Ground = Type.Object(
  {
    rule: Type.String({ description: 'Stable rule id (GET /v1/rules).' }),
    effect: EffectValue,
    status: StatusValue,
    title: Type.String(),
    reason: Type.String(),
    citations: Type.Array(Citation),
    evidence: Type.Array(Type.String()),
    missingFacts: Type.Array(Type.String({ description: 'JSON pointer into the request.' })),
    statusByDate: Type.Optional(
      Type.Object(
        {
          applicationDate: Type.Enum([...STATUSES], { format: STATUS_FORMAT }),
          decisionDate: Type.Enum([...STATUSES], { format: STATUS_FORMAT }),
        },
        {
          additionalProperties: false,
          format: STATUS_FORMAT,
          description: `Only when a decision date is given and the status differs between the two reference dates: the status on each date taken alone. The outcome is decided on each date; where the two outcomes differ it is manual-review (RES-REVIEW-AGE says why). (format "${STATUS_FORMAT}": these fields hold rule statuses, not dates; the NLGov linter asks a format of every field named …Date.)`,
        },
      ),
    ),
  },
  { additionalProperties: false },
);

export const MissingFact = Type.Object(
  {
    pointer: Type.String({ description: 'JSON pointer (RFC 6901) to the leaf field the rules read.' }),
    rules: Type.Array(Type.String()),
    question: Type.String(),
    decisive: Type.Boolean({
      description:
        'Whether this fact can still change the outcome: some unknown rule that lacks it could, satisfied or not, give another outcome. Decisive facts come first; a non-decisive fact, whatever its value, leaves the outcome as it is (it may still change a rule status or a reason).',
    }),
  },
  { additionalProperties: false },
);

export const Component = Type.Object(
  {
    component: Type.Enum([...COMPONENTS]),
    status: ComponentStatusValue,
    rules: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);

export const NextStep = Type.Object(
  {
    code: NextStepCode,
    authority: AuthorityValue,
    text: Type.String(),
  },
  { additionalProperties: false },
);

export const Verdict = Type.Object(
  {
    procedure: Type.Enum([...PROCEDURES]),
    outcome: OutcomeValue,
    requirementApplies: Nullable(Type.Boolean({ description: REQUIREMENT_APPLIES_DESCRIPTION })),
    headline: Type.String(),
    grounds: Type.Array(Ground, {
      description: 'Every rule in force for this procedure (and permit) on the application date.',
    }),
    missingFacts: Type.Array(MissingFact),
    components: Type.Optional(Type.Array(Component, { description: 'Naturalisation only.' })),
    nextSteps: Type.Array(NextStep),
    assessment: Type.Object(
      {
        applicationDate: Type.String({ format: 'date' }),
        decisionDate: Nullable(Type.String({ format: 'date' })),
        language: Type.Enum([...LANGUAGES]),
      },
      { additionalProperties: false },
    ),
    ruleSet: Type.Object(
      {
        version: Type.String(),
        hash: Type.String({ description: 'sha256 over the rule definitions and law texts.' }),
        sources: Type.Array(
          Type.Object(
            { law: Type.String(), versionDate: Type.String({ format: 'date' }) },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
    notice: Type.String(),
  },
  { $id: 'Verdict', additionalProperties: false },
);
