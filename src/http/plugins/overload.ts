import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from '../problem.js';

/** How often the longest event-loop delay is read (and the histogram started afresh). */
const SAMPLE_MS = 500;
export const OVERLOAD_RETRY_AFTER_SECONDS = 5;

/**
 * 503 with Retry-After while the event loop has recently stalled: the longest delay of the last
 * sample window is compared with the limit, not the mean (a mean hides a 7-second stall among
 * thousands of 1-ms turns). The reading is taken by a timer, so it runs first after a stall, and
 * the requests that queued during it are refused. Nothing here reads memory or files: when file
 * descriptors run out the guard keeps running. Probes (health) are never refused by it.
 */
export const overload = fp(
  async (app: FastifyInstance, options: { maxEventLoopDelayMs: number }) => {
    if (options.maxEventLoopDelayMs <= 0) return;
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    let overloaded = false;
    const timer = setInterval(() => {
      overloaded = histogram.max / 1e6 > options.maxEventLoopDelayMs;
      histogram.reset();
    }, SAMPLE_MS);
    timer.unref();
    app.addHook('onClose', async () => {
      clearInterval(timer);
      histogram.disable();
    });
    app.addHook('onRequest', async (request) => {
      if (overloaded && request.routeOptions.config.probe !== true) {
        throw new HttpProblem('serviceUnavailable', undefined, {
          'Retry-After': String(OVERLOAD_RETRY_AFTER_SECONDS),
        });
      }
    });
  },
  { name: 'overload' },
);
