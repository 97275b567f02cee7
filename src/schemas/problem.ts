import { Type } from 'typebox';

/** RFC 9457 problem details with the Haal Centraal extensions `code` and `invalidParams`. */
export const InvalidParam = Type.Object(
  {
    type: Type.Optional(Type.String()),
    name: Type.String({ description: 'RFC 6901 JSON pointer into the request body ("" = the body itself).' }),
    code: Type.String({
      description:
        'required, date, enum, pattern, maxLength, maxItems, minimum, maximum, integer, boolean, string, object, array, unknownParam, duplicate, dateOrder, notAllowed, outOfRange, json, duplicateKey, maxDepth, numberRange, maxBytes',
    }),
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
    instance: Type.String({ description: 'The request path.' }),
    code: Type.String({
      description:
        'paramsValidation, unauthorized, notFound, methodNotAllowed, notAcceptable, requestTimeout, payloadTooLarge, unsupportedMediaType, tooManyRequests, headersTooLarge, serverError, serviceUnavailable',
    }),
    invalidParams: Type.Optional(Type.Array(InvalidParam)),
  },
  { $id: 'Problem', additionalProperties: false },
);
