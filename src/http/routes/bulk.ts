import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { bulkResults } from '../../bulk/results.js';
import { NDJSON } from '../../schemas/bulk.js';
import { ViewQuery } from '../../schemas/views.js';
import { ACCEPT_LANGUAGE, examplesResponse, responses } from '../docs.js';
import { bulkExamples } from '../openapi-examples.js';
import { toJson } from '../serialize.js';

/**
 * Bulk assessment without a ceiling on the number of cases: NDJSON in, NDJSON out, one line at a
 * time with backpressure (the request is read only as fast as the client reads the answer). The
 * answer is never compressed: each line must reach the client as soon as it is made, and a
 * compressor holds bytes back until its block is full.
 */
export const bulkRoutes: FastifyPluginAsyncTypebox<{ lineLimit: number }> = async (app, options) => {
  // This plugin's routes take NDJSON only, as a stream: nothing is buffered by a body parser.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(NDJSON, (_request, _payload, done) => done(null));

  app.post(
    '/assess/bulk',
    {
      compress: false,
      // No ceiling on the whole stream: each line is held to the single-case limit as it is read.
      bodyLimit: Number.MAX_SAFE_INTEGER,
      // A stream keeps a core busy while the client sends: it takes one of the shared admission slots
      // (src/http/admission.ts, BATCH_CONCURRENCY) before its body is read, and gives it back when
      // the response closes; with none free the answer is 503 with Retry-After.
      config: { accepts: [NDJSON], admission: true },
      schema: {
        operationId: 'assessBulk',
        summary: 'Assess any number of cases, streamed as NDJSON',
        description: `Newline-delimited JSON in (${NDJSON}): one case per line, {"id","procedure","input"} as in a batch. Out: one result line per input line, in input order, as soon as it is made: {"line","id","status","verdict"} or {"line","id"?,"status","problem"}. A line that is not JSON or not a case gets its 400 result (pointers into the line), a line longer than the body limit of one assessment its 413, a case with invalid input its 400 (pointers into its input), and the stream goes on. The last line is {"summary":{…},"cases":n}; a stream without it was cut off. Ids are not checked for uniqueness (the line number identifies each result). The answer is never compressed. A stream must be sent within the request timeout of the server (REQUEST_TIMEOUT_MS): split a larger caseload into parts.`,
        tags: ['Assessment'],
        headers: ACCEPT_LANGUAGE,
        querystring: ViewQuery,
        response: responses(
          {
            200: examplesResponse(
              NDJSON,
              'One result line per input line, then a summary line: each line is a BulkLine (examples: one line each).',
              { $ref: 'BulkLine#' },
              bulkExamples(),
            ),
          },
          [400, 401, 406, 415, 429, 500, 503],
          { instance: '/v1/assess/bulk' },
        ),
      },
    },
    async (request, reply) => {
      const lines = bulkResults(
        request.raw,
        {
          today: app.today(),
          lang: request.lang,
          view: request.query.view ?? 'full',
          maxLineBytes: options.lineLimit,
          instance: '/v1/assess/bulk',
        },
        // Case ids are the client's: the log names the line's index, never the id (as for a batch case).
        (error, index) => request.log.error({ err: error, caseIndex: index }, 'a bulk case failed'),
        toJson,
      );
      const stream = Readable.from(lines, { objectMode: false });
      // No charset parameter: the media type as the document names it (UTF-8 is the NDJSON default).
      return reply.type(NDJSON).send(stream);
    },
  );
};
