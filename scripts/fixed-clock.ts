import { fixedClock } from '../src/calendar/date.js';

/**
 * The "today" of everything the repository generates (openapi/, examples/, postman/) and of every
 * test: fixed, so that the committed artefacts and the tests give the same bytes on any day and in
 * any time zone (`.ci/run` checks it by running the suite again with the clock moved). Moving it is
 * a deliberate edit: then `npm run generate` and review what changed.
 */
export const FIXED_TODAY = '2026-11-28';

/** Noon in Amsterdam on FIXED_TODAY, well away from midnight in any time zone's reading. */
export const FIXED_CLOCK = fixedClock(`${FIXED_TODAY}T12:00:00+01:00`);
