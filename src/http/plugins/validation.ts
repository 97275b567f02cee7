import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import {
  batchValidator,
  naturalisationTimelineValidator,
  naturalisationValidator,
  residenceTimelineValidator,
  residenceValidator,
} from '../../validation/index.js';
import { RequestValidator } from '../../validation/validator.js';
import { HttpProblem } from '../problem.js';

/** Request schemas referenced by routes, each with its compiled validator and cross-field rules. */
const BY_REF: Readonly<Record<string, RequestValidator<unknown>>> = {
  'ResidenceRequest#': residenceValidator,
  'NaturalisationRequest#': naturalisationValidator,
  'BatchRequest#': batchValidator,
  'ResidenceTimelineRequest#': residenceTimelineValidator,
  'NaturalisationTimelineRequest#': naturalisationTimelineValidator,
};

/**
 * Fastify validates with the project's own strict validators (no coercion, no removal, all
 * errors, plus the cross-field rules) so that a 400 names every invalid field at once.
 */
export const validation = fp(
  async (app: FastifyInstance) => {
    app.setValidatorCompiler(({ schema, httpPart }) => {
      const ref = (schema as { $ref?: string }).$ref;
      const validator = (ref && BY_REF[ref]) || new RequestValidator<unknown>(schema, () => []);
      // Query and path parameters are named by their name, body fields by a JSON pointer.
      const named = httpPart === 'querystring' || httpPart === 'params';
      return (data: unknown) => {
        const result = validator.validate(data, app.today());
        if (result.ok) return { value: result.value };
        const invalid = named
          ? result.invalidParams.map((p) => ({ ...p, name: p.name.replace(/^\//, '') }))
          : result.invalidParams;
        return { error: new HttpProblem('paramsValidation', invalid) };
      };
    });
  },
  { name: 'validation' },
);
