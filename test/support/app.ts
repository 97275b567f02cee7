import { FIXED_CLOCK } from '../../scripts/fixed-clock.js';
import { type AppOptions, buildApp } from '../../src/app.js';

/**
 * The app as the tests build it: with the fixed clock, so that no answer depends on the day the
 * suite runs, and without the overload guard unless a test asks for it (it reacts to the longest
 * event-loop stall, and a busy test machine stalls: the guard is tested on the real process).
 */
export function testApp(options: Partial<AppOptions> = {}) {
  return buildApp({
    clock: FIXED_CLOCK,
    ...options,
    protection: { maxEventLoopDelayMs: 0, ...options.protection },
  });
}
