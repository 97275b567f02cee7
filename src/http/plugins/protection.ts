import { createHash, timingSafeEqual } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from '../problem.js';
import { overload } from './overload.js';

export interface ProtectionOptions {
  /** Event-loop delay (ms) above which requests get 503 with Retry-After; 0: never. */
  readonly maxEventLoopDelayMs: number;
  /** Requests per client IP per window; 0: no rate limit. */
  readonly rateLimitMax: number;
  readonly rateLimitWindowMs: number;
  /** SHA-256 hashes (hex) of the accepted API keys; none: no authentication. */
  readonly apiKeyHashes: readonly string[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Open without an API key: health, the OpenAPI document, the docs page. */
    public?: boolean;
    /** A probe (health): never rate limited or refused as overloaded, or load balancers and kubelets would pull a busy pod. */
    probe?: boolean;
    /** A page for people (the docs): not bound to the JSON-only Accept negotiation. */
    html?: boolean;
  }
}

/** RFC 9110 §11.1: the scheme name is case-insensitive. */
const BEARER = /^bearer +/i;

/** The key the client sent, as "Authorization: Bearer <key>" or "X-API-Key: <key>". */
function presentedKey(request: FastifyRequest): string | undefined {
  const authorization = request.headers.authorization;
  if (typeof authorization === 'string' && BEARER.test(authorization))
    return authorization.replace(BEARER, '').trim();
  const header = request.headers['x-api-key'];
  return typeof header === 'string' ? header : undefined;
}

/** Compares the key's hash with every stored hash in constant time (no early exit). */
export function keyMatches(key: string, hashes: readonly Buffer[]): boolean {
  const digest = createHash('sha256').update(key).digest();
  let match = false;
  for (const hash of hashes) match = timingSafeEqual(digest, hash) || match;
  return match;
}

/**
 * Overload, rate limit and API keys: each answers with a problem (503, 429, 401) and each is
 * configured from the environment; rate limiting and keys are off unless the operator sets them.
 */
export const protection = fp(
  async (app: FastifyInstance, options: ProtectionOptions) => {
    await app.register(overload, { maxEventLoopDelayMs: options.maxEventLoopDelayMs });

    if (options.rateLimitMax > 0) {
      // An app-level hook added before the key check, so that every request counts: those refused
      // for a wrong key (no unlimited key guessing) and unknown paths too. With TRUST_PROXY set,
      // request.ip is the client's address as the trusted proxy reports it.
      await app.register(rateLimit, {
        global: false,
        max: options.rateLimitMax,
        timeWindow: options.rateLimitWindowMs,
        allowList: (request) => request.routeOptions.config.probe === true,
        errorResponseBuilder: (_request, context) =>
          new HttpProblem('tooManyRequests', undefined, {
            'Retry-After': String(Math.ceil(context.ttl / 1000)),
          }),
      });
      app.addHook('onRequest', app.rateLimit());
    }

    const hashes = options.apiKeyHashes.map((hex) => Buffer.from(hex, 'hex'));
    if (hashes.length > 0) {
      app.addHook('onRequest', async (request) => {
        if (request.routeOptions.config.public === true) return;
        const key = presentedKey(request);
        if (key === undefined || !keyMatches(key, hashes)) {
          throw new HttpProblem('unauthorized', undefined, { 'WWW-Authenticate': 'Bearer' });
        }
      });
    }
  },
  { name: 'protection' },
);
