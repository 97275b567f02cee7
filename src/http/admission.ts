import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from './problem.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A heavy request (a batch, a bulk stream): it needs one of the shared admission slots. */
    admission?: boolean;
  }
}

/** Seconds a client refused for lack of a slot is asked to wait. */
export const ADMISSION_RETRY_AFTER_SECONDS = 2;

/**
 * A cap on how many heavy requests run at once. `tryAcquire` gives a release function, or
 * undefined when every slot is taken; the release is idempotent.
 */
export class Admission {
  private used = 0;

  constructor(readonly limit: number) {}

  get inFlight(): number {
    return this.used;
  }

  tryAcquire(): (() => void) | undefined {
    if (this.used >= this.limit) return undefined;
    this.used++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.used--;
    };
  }
}

/**
 * Routes with `config: { admission: true }` take a slot before their body is read (onRequest) and
 * give it back when the response is over, sent or cut (the raw response's `close`); without a free
 * slot the answer is 503 with Retry-After and the body is never read (so a crowd of large
 * uploads cannot pile up in memory).
 */
export const admission = fp(
  async (app: FastifyInstance, options: { admission: Admission }) => {
    app.addHook('onRequest', async (request, reply) => {
      if (request.routeOptions.config.admission !== true) return;
      const release = options.admission.tryAcquire();
      if (!release) {
        throw new HttpProblem('serviceUnavailable', undefined, {
          'Retry-After': String(ADMISSION_RETRY_AFTER_SECONDS),
        });
      }
      reply.raw.once('close', release);
    });
  },
  { name: 'admission' },
);
