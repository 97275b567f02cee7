import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { shorten } from '../../validation/invalid-params.js';
import { BodyRefused, JsonGuard, MAX_DEPTH } from '../json-guard.js';
import { HttpProblem } from '../problem.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A JSON pointer to an array whose items may each be at most the single-case BODY_LIMIT (a batch's `/cases`). */
    limitItems?: string;
  }
}

export interface JsonBodyOptions {
  /** Time to receive a body once it is wanted (the same REQUEST_TIMEOUT_MS as Node's own limit); over it: 408. */
  readonly bodyTimeoutMs: number;
}

const UTF8 = /^"?utf-?8"?$/i;

/** 415 for a body the service would misread: a charset other than UTF-8, or any Content-Encoding. */
function checkEncoding(request: FastifyRequest): void {
  const charset = /;\s*charset\s*=\s*([^;\s]*)/i.exec(request.headers['content-type'] ?? '')?.[1];
  const encoding = request.headers['content-encoding'];
  if ((charset !== undefined && !UTF8.test(charset)) || (encoding && encoding.toLowerCase() !== 'identity')) {
    throw new HttpProblem('unsupportedMediaType');
  }
}

function toProblem(error: unknown): unknown {
  if (!(error instanceof BodyRefused)) return error;
  const param = { ...error.param, name: shorten(error.param.name) };
  return new HttpProblem(error.status === 413 ? 'payloadTooLarge' : 'paramsValidation', [param]);
}

/**
 * Reads a JSON body chunk by chunk: the size limit, the deadline and the JsonGuard's rules are
 * checked as the bytes arrive, so that a hostile body is refused at the byte that makes it so
 * (never after buffering or parsing all of it); JSON.parse runs once the body is complete.
 */
function readJson(request: FastifyRequest, payload: Readable, options: JsonBodyOptions): Promise<unknown> {
  const limit = request.routeOptions.bodyLimit ?? Number.POSITIVE_INFINITY;
  const items = request.routeOptions.config.limitItems;
  const guard = new JsonGuard({
    maxDepth: MAX_DEPTH,
    ...(items
      ? { items: { pointer: items, maxBytes: request.server.initialConfig.bodyLimit ?? limit } }
      : {}),
  });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (error: unknown, value?: unknown) => {
      clearTimeout(timer);
      payload.off('data', onData).off('end', onEnd).off('error', finish);
      if (error) {
        payload.pause();
        reject(toProblem(error));
      } else resolve(value);
    };
    const timer = setTimeout(() => finish(new HttpProblem('requestTimeout')), options.bodyTimeoutMs);
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) return finish(new HttpProblem('payloadTooLarge'));
      try {
        guard.write(chunk);
      } catch (error) {
        return finish(error);
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      // A leading byte order mark is ignored (RFC 8259 §8.1), as Fastify's own parser did.
      const text = Buffer.concat(chunks, received)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
      if (text.trim() === '')
        return finish(new HttpProblem('paramsValidation', [{ name: '', code: 'required' }]));
      try {
        finish(undefined, JSON.parse(text));
      } catch {
        finish(new HttpProblem('paramsValidation', [{ name: '', code: 'json' }]));
      }
    };
    payload.on('data', onData).on('end', onEnd).on('error', finish);
  });
}

/**
 * The JSON body parser of every route, in place of Fastify's: checks the media type's charset and
 * encoding, refuses a declared length over the route's limit before the body is read (and before
 * "100 Continue" is sent), then reads with readJson.
 */
export const jsonBody = fp(
  async (app: FastifyInstance, options: JsonBodyOptions) => {
    app.removeContentTypeParser('application/json');
    app.addHook('preParsing', async (request, reply, payload) => {
      if (
        request.headers['content-length'] === undefined &&
        request.headers['transfer-encoding'] === undefined
      )
        return payload;
      checkEncoding(request);
      const length = Number(request.headers['content-length'] ?? 0);
      if (length > (request.routeOptions.bodyLimit ?? Number.POSITIVE_INFINITY))
        throw new HttpProblem('payloadTooLarge');
      // The client waits for this before sending the body (see the server's checkContinue).
      if (request.headers.expect?.toLowerCase() === '100-continue') reply.raw.writeContinue();
      return payload;
    });
    app.addContentTypeParser('application/json', (request: FastifyRequest, payload: IncomingMessage) =>
      readJson(request, payload, options),
    );
  },
  { name: 'json-body' },
);
