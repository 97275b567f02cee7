import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { API_VERSION } from '../../version.js';
import { HttpProblem } from '../problem.js';

const ACCEPTABLE = new Set(['*/*', 'application/*', 'application/json', 'application/problem+json']);
const TRACEPARENT = /^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

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
      if (
        request.routeOptions.config?.html !== true &&
        !acceptsJson(request.headers.accept, request.routeOptions.config?.accepts)
      ) {
        throw new HttpProblem('notAcceptable');
      }
    });
    app.addHook('onSend', async (request, reply) => {
      reply.headers(adrHeaders(request.id));
      const traceparent = request.headers.traceparent;
      if (typeof traceparent === 'string' && TRACEPARENT.test(traceparent))
        reply.header('traceparent', traceparent);
    });
  },
  { name: 'headers' },
);
