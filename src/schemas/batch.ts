import { Type } from 'typebox';
import { OUTCOMES } from '../engine/procedure.js';
import { Procedure } from './catalogue.js';
import { ANY_VIEW } from './views.js';

export const MAX_BATCH_CASES = 1000;

export const BatchCase = Type.Object(
  {
    id: Type.String({
      pattern: '^[A-Za-z0-9._:-]{1,100}$',
      maxLength: 100,
      description: "The client's id for the case: unique in the batch, and no personal data.",
    }),
    procedure: Procedure,
    input: Type.Object(
      {},
      {
        additionalProperties: true,
        description:
          'The request body the single endpoint of this procedure takes; it is validated the same way.',
      },
    ),
  },
  { additionalProperties: false },
);

export const BatchRequest = Type.Object(
  {
    cases: Type.Array(BatchCase, {
      minItems: 1,
      maxItems: MAX_BATCH_CASES,
      description: '1 to 1,000 cases.',
    }),
  },
  { $id: 'BatchRequest', additionalProperties: false },
);

export const BatchResult = Type.Object(
  {
    id: Type.String(),
    status: Type.Integer({
      description: '200 (verdict), 400 (invalid input: problem) or 500 (failed: problem).',
    }),
    verdict: Type.Optional(ANY_VIEW),
    problem: Type.Optional(Type.Ref('Problem')),
  },
  { additionalProperties: false },
);

/** What a batch summary counts: each outcome, and the cases that were invalid or failed. */
export const SUMMARY_KEYS = [...OUTCOMES, 'invalid', 'failed'] as const;

const counts = Object.fromEntries(SUMMARY_KEYS.map((key) => [key, Type.Integer({ minimum: 0 })]));

export const BatchSummary = Type.Object(counts, {
  additionalProperties: false,
  description: 'How many cases had each outcome, were invalid, or failed.',
});

export const BatchResponse = Type.Object(
  {
    results: Type.Array(BatchResult, { description: 'One result per case, in input order.' }),
    summary: BatchSummary,
  },
  { $id: 'BatchResponse', additionalProperties: false },
);
