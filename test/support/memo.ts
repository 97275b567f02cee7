import fc from 'fast-check';
import { expect, vi } from 'vitest';
import { toDay } from '../../src/calendar/date.js';

/**
 * Birth dates for memo checks: a small pool, so that sequences repeat and interleave dates (the
 * case a memo on the last birth date must get right), with month ends and 29 February in it.
 */
export const BIRTHS = fc.constantFrom(
  toDay(1958, 2, 11),
  toDay(1964, 10, 1),
  toDay(1960, 2, 29),
  toDay(1959, 1, 31),
  toDay(2010, 4, 17),
  toDay(2012, 2, 29),
  toDay(1990, 8, 31),
);

/**
 * A function memoised on its last arguments answers, for any interleaving of arguments, what a
 * fresh instance of its module answers to those arguments as its very first call (`load` imports
 * the function again after the module registry is reset, so no memo state is shared).
 */
export async function sameAsFresh<A extends unknown[], R>(
  fn: (...args: A) => R,
  load: () => Promise<(...args: A) => R>,
  args: fc.Arbitrary<A>,
) {
  const reference = new Map<string, R>();
  async function fresh(a: A): Promise<R> {
    const key = JSON.stringify(a);
    if (!reference.has(key)) {
      vi.resetModules();
      reference.set(key, (await load())(...a));
    }
    return reference.get(key) as R;
  }
  await fc.assert(
    fc.asyncProperty(fc.array(args, { minLength: 2, maxLength: 12 }), async (sequence) => {
      const interleaved = sequence.map((a) => fn(...a));
      const expected: R[] = [];
      for (const a of sequence) expected.push(await fresh(a));
      expect(interleaved).toEqual(expected);
    }),
    { numRuns: 40 },
  );
}
