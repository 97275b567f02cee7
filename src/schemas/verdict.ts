import { Type } from 'typebox';
import { LANGUAGES, PROCEDURES } from '../engine/rule.js';
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

export const Citation = Type.Object(
  {
    kind: Type.Enum(['law', 'guidance', 'case-law', 'policy']),
    title: Type.String(),
    article: Type.Optional(Type.String()),
    paragraph: Type.Optional(Type.String({ description: 'Lid.' })),
    point: Type.Optional(Type.String({ description: 'Onderdeel (and sub-item).' })),
    versionDate: Type.Optional(
      Type.String({ format: 'date', description: 'Consolidation date of the quoted text.' }),
    ),
    url: Type.Optional(Type.String()),
    juriconnect: Type.Optional(Type.String()),
    text: Type.Optional(
      Type.String({ description: 'The quoted paragraph and point, with the lead-in of the paragraph.' }),
    ),
    passage: Type.Optional(Type.String({ description: 'The quoted passage of a guidance or policy text.' })),
    ecli: Type.Optional(Type.String()),
    olderText: Type.Optional(Type.Boolean({ description: 'The stored text predates later changes.' })),
    laterText: Type.Optional(
      Type.Boolean({ description: 'The quoted version is dated after the application date.' }),
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
  },
  { additionalProperties: false },
);

export const MissingFact = Type.Object(
  {
    pointer: Type.String({ description: 'JSON pointer (RFC 6901) to the leaf field the rules read.' }),
    rules: Type.Array(Type.String()),
    question: Type.String(),
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
