import { setImmediate as nextTurn } from 'node:timers/promises';
import type { AssessOptions, Verdict } from '../engine/assess.js';
import type { Procedure } from '../engine/rule.js';
import { type ProblemBody, problemBody } from '../i18n/problems.js';
import { SUMMARY_KEYS } from '../schemas/batch.js';
import { SERVICES } from './procedures.js';

export interface BatchCase {
  readonly id: string;
  readonly procedure: Procedure;
  readonly input: unknown;
}

export type BatchResult =
  | { readonly id: string; readonly status: 200; readonly verdict: Verdict }
  | { readonly id: string; readonly status: 400 | 500; readonly problem: ProblemBody };

export type BatchSummary = Record<(typeof SUMMARY_KEYS)[number], number>;

export function emptySummary(): BatchSummary {
  return Object.fromEntries(SUMMARY_KEYS.map((key) => [key, 0])) as BatchSummary;
}

/** One case on its own: a verdict, its 400 problem (pointers relative to its input), or a 500 problem. */
export function assessCase(
  c: BatchCase,
  index: number,
  options: AssessOptions,
  onFailure: (error: unknown, index: number) => void,
  instance = `/v1/assess/batch#/cases/${index}`,
): BatchResult {
  const service = SERVICES[c.procedure];
  try {
    const checked = service.validate(c.input, options.today);
    if (!checked.ok) {
      return {
        id: c.id,
        status: 400,
        problem: problemBody('paramsValidation', options.lang, instance, checked.invalidParams),
      };
    }
    return { id: c.id, status: 200, verdict: service.assess(checked.value, options) };
  } catch (error) {
    // The index, not the client's id: ids are never logged (they may carry anything).
    onFailure(error, index);
    return { id: c.id, status: 500, problem: problemBody('serverError', options.lang, instance) };
  }
}

export function count(summary: BatchSummary, result: BatchResult): void {
  if (result.status === 200) summary[result.verdict.outcome]++;
  else if (result.status === 400) summary.invalid++;
  else summary.failed++;
}

/**
 * How long a batch computes before it lets the event loop turn: health, single assessments and
 * the other batches get their turn at least this often (a 1,000-case batch in one go stalled
 * everything for 0.6–1.4 s).
 */
export const BATCH_SLICE_MS = 5;

/**
 * The batch response as JSON text, one case at a time and in input order, so that a thousand
 * verdicts are never held as one string: `{"results":[…],"summary":{…}}`. An invalid or failed
 * case never affects the others. The work is cut into slices of BATCH_SLICE_MS.
 */
export async function* batchJson(
  cases: readonly BatchCase[],
  options: AssessOptions,
  onFailure: (error: unknown, index: number) => void,
  toJson: (result: BatchResult) => Buffer,
): AsyncGenerator<Buffer | string> {
  const summary = emptySummary();
  yield '{"results":[';
  let sliceStart = performance.now();
  for (let i = 0; i < cases.length; i++) {
    if (performance.now() - sliceStart >= BATCH_SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
    const result = assessCase(cases[i] as BatchCase, i, options, onFailure);
    count(summary, result);
    if (i) yield ',';
    yield toJson(result);
  }
  yield `],"summary":${JSON.stringify(summary)}}`;
}
