import { Type } from 'typebox';
import { InvalidParamCode, ProblemCodeValue } from './vocabulary.js';

/** RFC 9457 problem details with the Haal Centraal extensions `code` and `invalidParams`. */
export const InvalidParam = Type.Object(
  {
    type: Type.Optional(Type.String()),
    name: Type.String({ description: 'RFC 6901 JSON pointer into the request body ("" = the body itself).' }),
    code: InvalidParamCode,
    reason: Type.String(),
  },
  { additionalProperties: false },
);

export const Problem = Type.Object(
  {
    type: Type.String({ description: 'URI of the problem type.' }),
    title: Type.String(),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.String(),
    instance: Type.String({
      description:
        'Where the problem arose: the path template of the operation (/v1/rules/{ruleId}), or / for a path that matches no operation; a batch case adds #/cases/<index>.',
    }),
    code: ProblemCodeValue,
    invalidParams: Type.Optional(Type.Array(InvalidParam)),
  },
  { $id: 'Problem', additionalProperties: false },
);
