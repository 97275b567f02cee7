import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../src/assessment/procedures.js';
import { day } from '../../src/calendar/date.js';
import { loadExamples } from '../../src/catalogue/examples.js';
import { genericPointer } from '../../src/engine/pointers.js';
import { type AnyRule, type Finding, orderByDependencies } from '../../src/engine/rule.js';
import { NATURALISATION_PROCEDURE } from '../../src/rules/naturalisation/index.js';
import { RESIDENCE_PROCEDURE } from '../../src/rules/residence/index.js';
import { TODAY } from '../support/arbitraries.js';

type Json = Record<string, unknown>;

/** Every path to a value of a request below its top level (lists and their items included). */
function paths(value: unknown, at: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value as Json).flatMap(([key, child]) => [
    [...at, key],
    ...paths(child, [...at, key]),
  ]);
}

function without(request: unknown, removed: readonly string[][]): unknown {
  const copy = structuredClone(request) as Json;
  for (const path of removed) {
    let node: unknown = copy;
    for (const key of path.slice(0, -1)) node = node == null ? undefined : (node as Json)[key];
    if (node && typeof node === 'object' && !Array.isArray(node))
      delete (node as Json)[path.at(-1) as string];
  }
  return copy;
}

/**
 * A rule reads the facts it names, the lists whose items it names (`/x/*\/y` reads `/x`), the fields
 * of an object it names (`/levels` reads `/levels/reading`), and what the rules it depends on read
 * (their missing facts can become its own).
 */
const declares = (rule: AnyRule, pointer: string): boolean =>
  rule.reads.some(
    ({ pointer: read }) =>
      read === pointer || read.startsWith(`${pointer}/*`) || pointer.startsWith(`${read}/`),
  ) || (rule.dependsOn ?? []).some((dependency: AnyRule) => declares(dependency, pointer));

const PROCEDURES = [
  { procedure: RESIDENCE_PROCEDURE, cases: loadExamples('residence') },
  { procedure: NATURALISATION_PROCEDURE, cases: loadExamples('naturalisation') },
];

describe('every fact a rule reports missing is one it declares it reads (docs/change-the-law.md)', () => {
  it.each(PROCEDURES)('$procedure.id: worked cases with facts removed at random', ({ procedure, cases }) => {
    const rules = orderByDependencies(procedure.rules as readonly AnyRule[]);
    const caseArb = fc
      .constantFrom(...cases)
      .chain((c) =>
        fc.tuple(fc.constant(c), fc.subarray(paths(c.request).filter((p) => p[0] !== 'applicationDate'))),
      );
    fc.assert(
      fc.property(caseArb, ([c, removed]) => {
        const request = without(c.request, removed) as { applicationDate?: string; requestedPermit?: string };
        // Only requests the service would take (a period without `from` never reaches a rule).
        if (!SERVICES[procedure.id].validate(request, TODAY).ok) return;
        const context = procedure.context(request as never, day(request.applicationDate ?? TODAY));
        const findings = new Map<string, Finding>();
        for (const rule of rules) {
          const finding = rule.evaluate(request, context, findings);
          findings.set(rule.id, finding);
          for (const pointer of finding.missing)
            expect(declares(rule, genericPointer(pointer)), `${rule.id} reports ${pointer} (${c.id})`).toBe(
              true,
            );
        }
      }),
      { numRuns: 400, seed: 20261202 },
    );
  });
});
