import { Type } from 'typebox';
import { VIEWS } from '../views/view.js';
import { Citation, Ground, Verdict } from './verdict.js';

export const ViewQuery = Type.Object(
  {
    view: Type.Optional(
      Type.Enum([...VIEWS], {
        description:
          'full (the default): every ground with its citations quoted; compact: the same information with each distinct citation once, under sources, cited by id; summary: the grounds that decide the outcome, citing by id without quoted text.',
        example: 'full',
      }),
    ),
  },
  { additionalProperties: false },
);

const CITATION_IDS = Type.Array(
  Type.String({ description: 'A key of sources: a juriconnect reference, or kind:url#hash of a passage.' }),
);

const { citations: _full, ...groundWithoutCitations } = Ground.properties;

export const CompactVerdict = Type.Object(
  {
    ...Verdict.properties,
    grounds: Type.Array(
      Type.Object({ ...groundWithoutCitations, citations: CITATION_IDS }, { additionalProperties: false }),
      { description: 'As in the full verdict, with citations by id.' },
    ),
    sources: Type.Object(
      {},
      { additionalProperties: Citation, description: 'Each distinct citation of the verdict once, by id.' },
    ),
  },
  { $id: 'CompactVerdict', additionalProperties: false },
);

export const SummaryVerdict = Type.Object(
  {
    procedure: Verdict.properties.procedure,
    outcome: Verdict.properties.outcome,
    requirementApplies: Verdict.properties.requirementApplies,
    headline: Verdict.properties.headline,
    grounds: Type.Array(
      Type.Object(
        {
          rule: Ground.properties.rule,
          effect: Ground.properties.effect,
          status: Ground.properties.status,
          title: Ground.properties.title,
          reason: Ground.properties.reason,
          citations: CITATION_IDS,
          missingFacts: Ground.properties.missingFacts,
        },
        { additionalProperties: false },
      ),
      { description: 'The grounds that decide the outcome: satisfied, or unknown with missing facts.' },
    ),
    missingFacts: Verdict.properties.missingFacts,
    components: Verdict.properties.components,
    nextSteps: Verdict.properties.nextSteps,
    assessment: Verdict.properties.assessment,
    ruleSet: Verdict.properties.ruleSet,
  },
  { $id: 'SummaryVerdict', additionalProperties: false },
);

/** A verdict in any view, for the OpenAPI document: each view is told apart by its fields. */
export const ANY_VIEW = {
  oneOf: [{ $ref: 'Verdict#' }, { $ref: 'CompactVerdict#' }, { $ref: 'SummaryVerdict#' }],
};
