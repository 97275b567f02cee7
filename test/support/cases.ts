import { type Example, loadExamples } from '../../src/catalogue/examples.js';
import type { Procedure } from '../../src/engine/rule.js';

/** The worked cases: the same files GET /v1/examples serves. */
export type CaseFile = Example;

export function loadCases(procedure: Procedure): CaseFile[] {
  return loadExamples(procedure);
}
