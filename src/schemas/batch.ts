import { Type } from 'typebox';
import { OUTCOMES } from '../engine/procedure.js';
import type { Procedure as ProcedureName } from '../engine/rule.js';
import { Procedure } from './catalogue.js';
import { ANY_VIEW } from './views.js';

export const MAX_BATCH_CASES = 1000;

const CaseId = Type.String({
  pattern: '^[A-Za-z0-9._:/-]{1,100}$',
  maxLength: 100,
  description:
    "The client's id for the case (such as zaak/2026/001): unique in the batch, and no personal data. It comes back with the result and is never logged.",
  example: 'zaak/2026/001',
});

/**
 * The batch envelope as the service checks it: each input only as an object, so that an invalid
 * case gets its own 400 result instead of failing the batch; its procedure's validator checks it.
 */
/** One case as the service checks it (batch and bulk): the input only as an object, which its procedure's validator checks. */
export const BatchCase = Type.Object(
  {
    id: CaseId,
    procedure: Procedure,
    input: Type.Object({}, { additionalProperties: true }),
  },
  { additionalProperties: false },
);

export const BatchEnvelope = Type.Object(
  { cases: Type.Array(BatchCase, { minItems: 1, maxItems: MAX_BATCH_CASES }) },
  { additionalProperties: false },
);

/** A case of one procedure, its input typed by that procedure's request. */
const CaseOf = (procedure: ProcedureName, request: 'ResidenceRequest' | 'NaturalisationRequest') =>
  Type.Object(
    { id: CaseId, procedure: Type.Enum([procedure]), input: Type.Ref(request) },
    {
      additionalProperties: false,
      description: `A ${procedure} case: input is the body of POST /v1/assess/${procedure}.`,
    },
  );

/**
 * The batch request as the document gives it, so that generated clients type each input by its
 * procedure. The service is more lenient than this: a case whose input is invalid gets its own
 * 400 result (BatchEnvelope).
 */
export const BatchRequest = Type.Object(
  {
    cases: Type.Array(
      Type.Union([
        CaseOf('residence', 'ResidenceRequest'),
        CaseOf('naturalisation', 'NaturalisationRequest'),
      ]),
      {
        minItems: 1,
        maxItems: MAX_BATCH_CASES,
        description:
          '1 to 1,000 cases. A case whose input does not match its procedure is not refused with the batch: its result is a 400 problem.',
      },
    ),
  },
  { $id: 'BatchRequest', additionalProperties: false },
);

export const BATCH_RESULT_STATUSES = [200, 400, 500] as const;

export const BatchResult = Type.Object(
  {
    id: Type.String(),
    status: Type.Enum([...BATCH_RESULT_STATUSES], {
      type: 'integer',
      description:
        'The outcome for this case:\n\n- `200`: assessed; see verdict\n- `400`: invalid input; see problem (pointers relative to the case input)\n- `500`: failed unexpectedly; see problem',
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
