import { Type } from 'typebox';
import { BatchSummary } from './batch.js';
import { ANY_VIEW } from './views.js';

export const NDJSON = 'application/x-ndjson';

export const BulkResult = Type.Object(
  {
    line: Type.Integer({ minimum: 1, description: 'The line of the input this result answers.' }),
    id: Type.Optional(Type.String({ description: "The case's id, when the line had a valid one." })),
    status: Type.Integer({
      description:
        '200 (verdict), 400 (invalid line or input: problem), 413 (line longer than the body limit of one assessment: problem) or 500 (failed: problem).',
    }),
    verdict: Type.Optional(ANY_VIEW),
    problem: Type.Optional(Type.Ref('Problem')),
  },
  { additionalProperties: false },
);

export const BulkEnd = Type.Object(
  {
    summary: BatchSummary,
    cases: Type.Integer({ minimum: 0, description: 'How many lines were answered.' }),
  },
  { additionalProperties: false },
);

/** One line of the bulk answer: a result per input line, then one summary line. */
export const BulkLine = Type.Union([BulkResult, BulkEnd], { $id: 'BulkLine' });
