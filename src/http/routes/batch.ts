import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { batchJson } from '../../assessment/batch.js';
import { BatchRequest } from '../../schemas/batch.js';
import { ViewQuery } from '../../schemas/views.js';
import { presentResult } from '../../views/result.js';
import { ACCEPT_LANGUAGE, jsonResponse, responses } from '../docs.js';
import { batchExample } from '../openapi-examples.js';
import { refTo } from '../schema-ref.js';
import { toJson } from '../serialize.js';

/** Many cases in one call: each validated and assessed as by the single endpoints, streamed back. */
export const batchRoutes: FastifyPluginAsyncTypebox<{ bodyLimit: number }> = async (app, options) => {
  app.post(
    '/assess/batch',
    {
      bodyLimit: options.bodyLimit,
      // A slot of the shared cap on heavy requests; each case at most the single-case body limit.
      config: { admission: true, limitItems: '/cases' },
      schema: {
        operationId: 'assessBatch',
        summary: 'Assess 1 to 1,000 cases of either procedure',
        description:
          'One result per case, in input order: a verdict (status 200), or a problem for an invalid case (400, pointers relative to its input) or one that failed unexpectedly (500). An invalid or failed case never fails the others. Case ids must be unique and hold no personal data. The response is streamed case by case. Each case may be at most as large as the body of a single assessment (BODY_LIMIT, 256 KiB by default; larger: 413 naming the case); a limited number of batches run at once (BATCH_CONCURRENCY; beyond it: 503 with Retry-After, before the body is read).',
        tags: ['Assessment'],
        headers: ACCEPT_LANGUAGE,
        querystring: ViewQuery,
        body: refTo(BatchRequest),
        response: responses(
          {
            200: jsonResponse(
              'One result per case, and a summary.',
              { $ref: 'BatchResponse#' },
              batchExample(),
            ),
          },
          [400, 401, 406, 408, 413, 415, 429, 500, 503],
          { instance: '/v1/assess/batch' },
        ),
      },
    },
    async (request, reply) => {
      const view = request.query.view ?? 'full';
      const json = batchJson(
        request.body.cases,
        { today: app.today(), lang: request.lang },
        (error, index) => request.log.error({ err: error, caseIndex: index }, 'a batch case failed'),
        (result) => toJson(presentResult(result, view)),
      );
      return reply.type('application/json').send(Readable.from(json, { objectMode: false }));
    },
  );
};
