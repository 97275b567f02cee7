import { parse } from 'secure-json-parse';
import { assessCase, type BatchCase, count, emptySummary } from '../assessment/batch.js';
import type { AssessOptions } from '../engine/assess.js';
import type { Procedure } from '../engine/rule.js';
import { type ProblemBody, problemBody } from '../i18n/problems.js';
import { BatchCase as BatchCaseSchema } from '../schemas/batch.js';
import { RequestValidator } from '../validation/validator.js';
import { presentResult } from '../views/result.js';
import type { View } from '../views/view.js';
import { type Line, splitLines } from './lines.js';

export interface BulkOptions extends AssessOptions {
  readonly view: View;
  /** The largest line, in bytes: the body limit of a single assessment. */
  readonly maxLineBytes: number;
  /** What problems name as their instance, with `#line=<n>` appended. */
  readonly instance: string;
  /** The procedure of lines that name none (the command-line runner's --procedure). */
  readonly procedure?: Procedure;
}

/** A line that names no procedure takes the default one, if any. */
function withProcedure(value: unknown, procedure: Procedure | undefined): unknown {
  if (!procedure || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return 'procedure' in value ? value : { ...value, procedure };
}

/** The same shape check as one case of a batch. */
const caseValidator = new RequestValidator<BatchCase>(BatchCaseSchema, () => []);

type LineProblem = { readonly id?: string; readonly status: 400 | 413; readonly problem: ProblemBody };

/** A line that is not a case: too long, not JSON, or not `{"id","procedure","input"}` (pointers into the line). */
function readCase(line: Line, options: BulkOptions): BatchCase | LineProblem {
  const instance = `${options.instance}#line=${line.number}`;
  if ('tooLong' in line)
    return { status: 413, problem: problemBody('payloadTooLarge', options.lang, instance) };
  let value: unknown;
  try {
    value = parse(line.text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch {
    return {
      status: 400,
      problem: problemBody('paramsValidation', options.lang, instance, [{ name: '', code: 'json' }]),
    };
  }
  const checked = caseValidator.validate(withProcedure(value, options.procedure), options.today);
  if (checked.ok) return checked.value;
  const id = (value as { id?: unknown } | null)?.id;
  return {
    ...(typeof id === 'string' && !checked.invalidParams.some((p) => p.name === '/id') ? { id } : {}),
    status: 400,
    problem: problemBody('paramsValidation', options.lang, instance, checked.invalidParams),
  };
}

/**
 * Bulk assessment: NDJSON cases in, one NDJSON result line per case out, in input order, each
 * `{"line":n,"id":…,"status":…,"verdict"|"problem":…}`; the last line is `{"summary":{…},"cases":n}`.
 * One line is read, assessed and handed on at a time, so memory does not grow with the number of
 * cases and a slow consumer slows the reading. A bad line gets its own 400 (or 413) result and the
 * stream goes on.
 */
export async function* bulkResults(
  chunks: AsyncIterable<Buffer | string>,
  options: BulkOptions,
  onFailure: (error: unknown, index: number) => void,
  toJson: (value: unknown, end: string) => Buffer,
): AsyncGenerator<Buffer> {
  const summary = emptySummary();
  let cases = 0;
  for await (const line of splitLines(chunks, options.maxLineBytes)) {
    cases++;
    const read = readCase(line, options);
    let result: object;
    if ('procedure' in read) {
      const assessed = assessCase(
        read,
        cases - 1,
        options,
        onFailure,
        `${options.instance}#line=${line.number}`,
      );
      count(summary, assessed);
      result = presentResult(assessed, options.view);
    } else {
      summary.invalid++;
      result = read;
    }
    yield toJson({ line: line.number, ...result }, '\n');
  }
  yield Buffer.from(`${JSON.stringify({ summary, cases })}\n`);
}
