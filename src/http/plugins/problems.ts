import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ProblemCode } from '../../i18n/problems.js';
import { problemBody } from '../../i18n/problems.js';
import type { InvalidParam } from '../../validation/index.js';
import { HttpProblem, pathOf } from '../problem.js';

/** Fastify's own errors that are the client's doing, and the problem each one is. */
const FASTIFY_CODES: Readonly<Record<string, ProblemCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payloadTooLarge',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupportedMediaType',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'paramsValidation',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'paramsValidation',
  FST_ERR_CTP_INVALID_JSON_BODY: 'paramsValidation',
};

const BY_STATUS: Readonly<Record<number, ProblemCode>> = {
  401: 'unauthorized',
  404: 'notFound',
  405: 'methodNotAllowed',
  406: 'notAcceptable',
  413: 'payloadTooLarge',
  415: 'unsupportedMediaType',
  429: 'tooManyRequests',
  503: 'serviceUnavailable',
};

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ProblemCode,
  invalidParams?: readonly InvalidParam[],
  headers?: Readonly<Record<string, string>>,
) {
  const body = problemBody(code, request.lang, pathOf(request.url), invalidParams);
  if (headers) reply.headers(headers);
  return reply.code(body.status).type('application/problem+json').send(body);
}

function classify(error: FastifyError): { code: ProblemCode; invalidParams?: InvalidParam[] } {
  const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
    return { code: 'paramsValidation', invalidParams: [{ name: '', code: 'required' }] };
  if (mapped === 'paramsValidation' || (error instanceof SyntaxError && error.statusCode === 400)) {
    return { code: 'paramsValidation', invalidParams: [{ name: '', code: 'json' }] };
  }
  if (mapped) return { code: mapped };
  const status = error.statusCode ?? 500;
  if (status >= 500) return { code: BY_STATUS[status] ?? 'serverError' };
  return { code: BY_STATUS[status] ?? 'paramsValidation', ...(status === 400 ? { invalidParams: [] } : {}) };
}

/**
 * Every error becomes application/problem+json: precise for the client's mistakes, and for
 * anything unexpected a 500 that says nothing of the internals (which go to the log, bodies never).
 */
export const problems = fp(
  async (app: FastifyInstance) => {
    const routes: { pattern: RegExp; methods: Set<string> }[] = [];
    app.addHook('onRoute', (route) => {
      const source = `^${route.url.replace(/:[^/]+/g, '[^/]+')}$`;
      let entry = routes.find((r) => r.pattern.source === source);
      if (!entry) {
        entry = { pattern: new RegExp(source), methods: new Set() };
        routes.push(entry);
      }
      // Fastify answers HEAD for every GET route (exposeHeadRoutes) without announcing it here.
      for (const method of [route.method].flat()) {
        entry.methods.add(method);
        if (method === 'GET') entry.methods.add('HEAD');
      }
    });

    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof HttpProblem)
        return sendProblem(request, reply, error.problem, error.invalidParams, error.headers);
      const { code, invalidParams } = classify(error);
      if (code === 'serverError') request.log.error({ err: error }, 'unexpected error');
      return sendProblem(
        request,
        reply,
        code,
        invalidParams,
        code === 'serviceUnavailable' ? { 'Retry-After': '5' } : undefined,
      );
    });

    app.setNotFoundHandler((request, reply) => {
      const path = pathOf(request.url);
      const route = routes.find((r) => r.pattern.test(path));
      if (route)
        return sendProblem(request, reply, 'methodNotAllowed', undefined, {
          Allow: [...route.methods].sort().join(', '),
        });
      return sendProblem(request, reply, 'notFound');
    });
  },
  { name: 'problems' },
);
