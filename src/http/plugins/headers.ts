import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { API_VERSION } from '../../version.js';
import { HttpProblem } from '../problem.js';
import { REPLACED_HEADER, replacementOf } from '../request-id.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Static assets only (the docs page's Swagger UI files): their Cache-Control instead of no-store. */
    cacheControl?: string;
  }
}

const ACCEPTABLE = new Set(['*/*', 'application/*', 'application/json', 'application/problem+json']);
const JSON_WITH_CHARSET = /^application\/(problem\+)?json;\s*charset=utf-8$/i;
/** W3C Trace Context: version 00 (ff is invalid), and neither id all zeros. */
const TRACEPARENT = /^00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$/;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Media types the route answers in besides JSON (the bulk endpoint: NDJSON). */
    accepts?: readonly string[];
  }
}

/** Whether an Accept header allows a JSON answer, or one of the route's other media types (q=0 excludes a range). */
export function acceptsJson(header: string | undefined, also: readonly string[] = []): boolean {
  if (!header) return true;
  return header.split(',', 32).some((part) => {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const media = range.trim();
    return (ACCEPTABLE.has(media) || also.includes(media)) && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** The headers every response carries (ADR): API-Version, no-store, the security headers, the request id. */
export function adrHeaders(requestId: string): Record<string, string> {
  return {
    'API-Version': API_VERSION,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': "frame-ancestors 'none'",
    'Strict-Transport-Security': 'max-age=31536000',
    'X-Request-ID': requestId,
  };
}

/** The ADR headers on every response, a valid W3C traceparent echoed, and the 406 for clients that refuse JSON. */
export const headers = fp(
  async (app: FastifyInstance) => {
    app.addHook('onRequest', async (request) => {
      // HTTP/1.1 requires Host (RFC 9112 §3.2); Node's own check would answer a bare 400.
      if (request.raw.httpVersion === '1.1' && request.headers.host === undefined) {
        throw new HttpProblem('paramsValidation', [{ name: 'host', code: 'required' }]);
      }
      if (
        request.routeOptions.config?.html !== true &&
        !acceptsJson(request.headers.accept, request.routeOptions.config?.accepts)
      ) {
        throw new HttpProblem('notAcceptable');
      }
    });
    app.addHook('onSend', async (request, reply) => {
      reply.headers(adrHeaders(request.id));
      const cache = request.routeOptions.config?.cacheControl;
      if (cache) reply.header('Cache-Control', cache);
      // JSON has no charset parameter (RFC 8259 §11, RFC 9457): the media type is sent exactly as
      // the document names it, so that contract tools comparing it literally agree.
      const type = reply.getHeader('content-type');
      if (typeof type === 'string' && JSON_WITH_CHARSET.test(type))
        reply.header('content-type', type.split(';')[0]);
      // A correlation id is never replaced silently.
      const replaced = replacementOf(request.raw);
      if (replaced) reply.header(REPLACED_HEADER, replaced);
      const traceparent = request.headers.traceparent;
      if (typeof traceparent === 'string' && TRACEPARENT.test(traceparent))
        reply.header('traceparent', traceparent);
    });
  },
  { name: 'headers' },
);
