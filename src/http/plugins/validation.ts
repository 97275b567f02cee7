import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { todayInAmsterdam } from '../../calendar/date.js';
import { naturalisationValidator, residenceValidator } from '../../validation/index.js';
import { RequestValidator } from '../../validation/validator.js';
import { HttpProblem } from '../problem.js';

/** Request schemas referenced by routes, each with its compiled validator and cross-field rules. */
const BY_REF: Readonly<Record<string, RequestValidator<unknown>>> = {
  'ResidenceRequest#': residenceValidator,
  'NaturalisationRequest#': naturalisationValidator,
};

/**
 * Fastify validates with the project's own strict validators (no coercion, no removal, all
 * errors, plus the cross-field rules) so that a 400 names every invalid field at once.
 */
export const validation = fp(
  async (app: FastifyInstance) => {
    app.setValidatorCompiler(({ schema }) => {
      const ref = (schema as { $ref?: string }).$ref;
      const validator = (ref && BY_REF[ref]) || new RequestValidator<unknown>(schema, () => []);
      return (data: unknown) => {
        const result = validator.validate(data, todayInAmsterdam());
        return result.ok
          ? { value: result.value }
          : { error: new HttpProblem('paramsValidation', result.invalidParams) };
      };
    });
  },
  { name: 'validation' },
);
