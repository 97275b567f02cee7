import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ruleSet } from '../../rules/index.js';
import { RULE_SET_VERSION_SCHEMA } from '../../schemas/catalogue.js';
import { API_VERSION } from '../../version.js';
import { API_VERSION_HEADER, jsonResponse, responses } from '../docs.js';
import { API_TITLE } from '../plugins/openapi.js';
import { HttpProblem } from '../problem.js';

const Health = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['ok'] },
    apiVersion: { type: 'string', description: 'The API version (as in API-Version).', example: API_VERSION },
    ruleSet: RULE_SET_VERSION_SCHEMA,
  },
  required: ['status', 'apiVersion', 'ruleSet'],
  additionalProperties: false,
} as const;

export interface ServiceState {
  closing: boolean;
}

/** Health (for probes: never authenticated or rate limited) and the OpenAPI document itself. */
export const serviceRoutes: FastifyPluginAsyncTypebox<{ state: ServiceState }> = async (app, options) => {
  app.get(
    '/health',
    {
      config: { public: true, probe: true },
      schema: {
        operationId: 'getHealth',
        summary: 'Liveness and readiness',
        description:
          'ok while the service takes requests, with the API version and the rule-set version and hash it assesses with; 503 problem while it is shutting down.',
        tags: ['Service'],
        response: responses(
          {
            200: jsonResponse('The service takes requests.', Health, {
              status: 'ok',
              apiVersion: API_VERSION,
              ruleSet: ruleSet(),
            }),
          },
          [406, 500, 503],
          { instance: '/v1/health' },
        ),
      },
    },
    async () => {
      if (options.state.closing)
        throw new HttpProblem('serviceUnavailable', undefined, { 'Retry-After': '5' });
      return { status: 'ok', apiVersion: API_VERSION, ruleSet: ruleSet() };
    },
  );

  app.get(
    '/openapi.json',
    {
      config: { public: true },
      schema: {
        operationId: 'getOpenApi',
        summary: 'This OpenAPI document',
        description:
          'The OpenAPI 3.0.3 description of this API, identical to the committed openapi/openapi.json.',
        tags: ['Service'],
        response: {
          200: {
            description: 'The OpenAPI document.',
            headers: {
              ...API_VERSION_HEADER,
              'Access-Control-Allow-Origin': { type: 'string', description: '*' },
            },
            content: {
              'application/json': {
                schema: { type: 'object', additionalProperties: true },
                // An outline, so that a mock server (Prism) answers with an object, not [].
                example: {
                  openapi: '3.0.3',
                  info: {
                    title: API_TITLE,
                    version: API_VERSION,
                  },
                  paths: {},
                },
              },
            },
          },
          ...responses({}, [406, 500], { instance: '/v1/openapi.json' }),
        },
      },
    },
    async (_request, reply) => {
      reply.header('Access-Control-Allow-Origin', '*');
      // The document is built by @fastify/swagger; its type has no index signature.
      return app.swagger() as unknown as Record<string, unknown>;
    },
  );
};
