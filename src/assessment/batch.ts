import type { AssessOptions, Verdict } from '../engine/assess.js';
import { OUTCOMES, type Outcome } from '../engine/procedure.js';
import type { Procedure } from '../engine/rule.js';
import { type ProblemBody, problemBody } from '../i18n/problems.js';
import { SERVICES } from './procedures.js';

export interface BatchCase {
  readonly id: string;
  readonly procedure: Procedure;
  readonly input: unknown;
}

export type BatchResult =
  | { readonly id: string; readonly status: 200; readonly verdict: Verdict }
  | { readonly id: string; readonly status: 400 | 500; readonly problem: ProblemBody };

export type BatchSummary = Record<Outcome | 'invalid' | 'failed', number>;

/**
 * Assesses each case on its own, in input order: an invalid case gets its 400 problem (pointers
 * relative to its input), a case that fails unexpectedly its 500 problem; neither affects the others.
 */
export function assessBatch(
  cases: readonly BatchCase[],
  options: AssessOptions,
  onFailure: (error: unknown, id: string) => void,
): { results: BatchResult[]; summary: BatchSummary } {
  const summary = Object.fromEntries(
    [...OUTCOMES, 'invalid', 'failed'].map((key) => [key, 0]),
  ) as BatchSummary;
  const results = cases.map((c, i): BatchResult => {
    const instance = `/v1/assess/batch#/cases/${i}`;
    const service = SERVICES[c.procedure];
    try {
      const checked = service.validate(c.input, options.today);
      if (!checked.ok) {
        summary.invalid++;
        return {
          id: c.id,
          status: 400,
          problem: problemBody('paramsValidation', options.lang, instance, checked.invalidParams),
        };
      }
      const verdict = service.assess(checked.value, options);
      summary[verdict.outcome]++;
      return { id: c.id, status: 200, verdict };
    } catch (error) {
      onFailure(error, c.id);
      summary.failed++;
      return { id: c.id, status: 500, problem: problemBody('serverError', options.lang, instance) };
    }
  });
  return { results, summary };
}
