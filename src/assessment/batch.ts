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
  onFailure: (error: unknown, id: string) => void,
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
    onFailure(error, c.id);
    return { id: c.id, status: 500, problem: problemBody('serverError', options.lang, instance) };
  }
}

export function count(summary: BatchSummary, result: BatchResult): void {
  if (result.status === 200) summary[result.verdict.outcome]++;
  else if (result.status === 400) summary.invalid++;
  else summary.failed++;
}

/**
 * The batch response as JSON text, one case at a time and in input order, so that a thousand
 * verdicts are never held as one string: `{"results":[…],"summary":{…}}`. An invalid or failed
 * case never affects the others.
 */
export function* batchJson(
  cases: readonly BatchCase[],
  options: AssessOptions,
  onFailure: (error: unknown, id: string) => void,
  toJson: (result: BatchResult) => Buffer,
): Generator<Buffer | string> {
  const summary = emptySummary();
  yield '{"results":[';
  for (let i = 0; i < cases.length; i++) {
    const result = assessCase(cases[i] as BatchCase, i, options, onFailure);
    count(summary, result);
    if (i) yield ',';
    yield toJson(result);
  }
  yield `],"summary":${JSON.stringify(summary)}}`;
}
