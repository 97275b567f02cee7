import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { negotiateLanguage } from '../../i18n/language.js';
import { type ProblemCode, problemBody } from '../../i18n/problems.js';
import type { InvalidParam } from '../../validation/index.js';
import { HttpProblem } from '../problem.js';
import { adrHeaders } from './headers.js';

/** Fastify's own errors that are the client's doing, and the problem each one is. */
const FASTIFY_CODES: Readonly<Record<string, ProblemCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payloadTooLarge',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupportedMediaType',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'paramsValidation',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'paramsValidation',
  FST_ERR_CTP_INVALID_JSON_BODY: 'paramsValidation',
  FST_ERR_BAD_URL: 'paramsValidation',
  FST_ERR_MAX_PARAM_LENGTH: 'notFound',
};

const BY_STATUS: Readonly<Record<number, ProblemCode>> = {
  401: 'unauthorized',
  404: 'notFound',
  405: 'methodNotAllowed',
  406: 'notAcceptable',
  408: 'requestTimeout',
  413: 'payloadTooLarge',
  415: 'unsupportedMediaType',
  429: 'tooManyRequests',
  503: 'serviceUnavailable',
};

/** The `instance` of a problem that no operation answers: a path that matches none, or an unparsable request. */
export const NO_OPERATION = '/';

/**
 * The problem's `instance`, always a path template: the route's (`/v1/rules/{ruleId}`), never the
 * path as sent, which could carry anything; for a path that matches no route, `/`.
 */
function instanceOf(request: FastifyRequest): string {
  const template = request.is404 ? undefined : request.routeOptions.url;
  return template ? template.replace(/:([A-Za-z]+)/g, '{$1}') : NO_OPERATION;
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ProblemCode,
  invalidParams?: readonly InvalidParam[],
  headers?: Readonly<Record<string, string>>,
) {
  const lang = request.lang ?? negotiateLanguage(request.headers['accept-language']);
  const body = problemBody(code, lang, instanceOf(request), invalidParams);
  if (headers) reply.headers(headers);
  reply.header('Content-Language', lang);
  return reply.code(body.status).type('application/problem+json').send(body);
}

function classify(error: FastifyError): { code: ProblemCode; invalidParams?: InvalidParam[] } {
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return { code: 'paramsValidation', invalidParams: [{ name: '', code: 'required' }] };
  }
  const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (
    error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    (error instanceof SyntaxError && error.statusCode === 400)
  ) {
    return { code: 'paramsValidation', invalidParams: [{ name: '', code: 'json' }] };
  }
  if (mapped) return { code: mapped };
  const status = error.statusCode ?? 500;
  if (status >= 500) return { code: BY_STATUS[status] ?? 'serverError' };
  return { code: BY_STATUS[status] ?? 'paramsValidation', ...(status === 400 ? { invalidParams: [] } : {}) };
}

/** Node's connection-level errors that are not a malformed request, and the problem each one is. */
const CLIENT_ERRORS: Readonly<Record<string, ProblemCode>> = {
  HPE_HEADER_OVERFLOW: 'headersTooLarge',
  ERR_HTTP_REQUEST_TIMEOUT: 'requestTimeout',
};

const REASON_PHRASES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

/**
 * For a connection-level error (an unparsable request, headers too large, a request not received
 * in time): a problem on the raw socket, unless a response has begun (then the socket is ended).
 */
function clientError(error: Error & { code?: string }, socket: Socket) {
  const response = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (!socket.writable || response?.headersSent) return socket.destroy();
  const code = CLIENT_ERRORS[error.code ?? ''] ?? 'paramsValidation';
  const problem = problemBody(code, 'en', NO_OPERATION);
  const status = problem.status;
  const body = JSON.stringify(problem);
  const headers = {
    ...adrHeaders('unparsed'),
    'Content-Type': 'application/problem+json',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  socket.end(`HTTP/1.1 ${status} ${REASON_PHRASES[status]}\r\n${head}\r\n\r\n${body}`);
}

/** Options for the Fastify factory: the framework's own early errors answered as problems too. */
export const frameworkProblemOptions = {
  frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    reply.headers(adrHeaders(request.id));
    return sendProblem(request, reply, classify(error).code);
  },
  clientErrorHandler: clientError,
};

/** Up to this much of a refused body is read and dropped by Node, keeping the connection. */
const DRAIN_LIMIT = 65536;

/**
 * A body refused before it was read to the end, with more than DRAIN_LIMIT (or an unknown
 * amount) still to come: the connection is closed after the answer rather than read on. A small
 * rest is left to Node to drop: closing on unread bytes resets the connection, and the client
 * could lose the answer.
 */
function unreadBodyIsLarge(request: FastifyRequest): boolean {
  if (request.raw.complete) return false;
  const length = request.headers['content-length'];
  if (length === undefined) return request.headers['transfer-encoding'] !== undefined;
  return Number(length) > DRAIN_LIMIT;
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

    const unrouted = (request: FastifyRequest): HttpProblem => {
      const path = request.url.split('?')[0] as string;
      const route = routes.find((r) => r.pattern.test(path));
      return route
        ? new HttpProblem('methodNotAllowed', undefined, { Allow: [...route.methods].sort().join(', ') })
        : new HttpProblem('notFound');
    };

    // A wrong method or path is answered before the body is read: its body is not the question.
    app.addHook('onRequest', async (request) => {
      if (request.is404) throw unrouted(request);
    });

    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (unreadBodyIsLarge(request)) reply.header('Connection', 'close');
      if (error instanceof HttpProblem)
        return sendProblem(request, reply, error.problem, error.invalidParams, error.headers);
      const { code, invalidParams } = classify(error);
      if (code === 'serverError') request.log.error({ err: error }, 'unexpected error');
      const retry = code === 'serviceUnavailable' ? { 'Retry-After': '5' } : undefined;
      return sendProblem(request, reply, code, invalidParams, retry);
    });

    app.setNotFoundHandler((request, reply) => {
      const problem = unrouted(request);
      return sendProblem(request, reply, problem.problem, undefined, problem.headers);
    });
  },
  { name: 'problems' },
);
