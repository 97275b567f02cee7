import { FIXED_CLOCK } from '../../scripts/fixed-clock.js';
import { type AppOptions, buildApp } from '../../src/app.js';

/** The app as the tests build it: with the fixed clock, so that no answer depends on the day the suite runs. */
export function testApp(options: Partial<AppOptions> = {}) {
  return buildApp({ clock: FIXED_CLOCK, ...options });
}
