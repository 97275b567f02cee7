import { PROBLEM_STATUS, type ProblemCode } from '../i18n/problems.js';
import type { InvalidParam } from '../validation/index.js';

/** An error that is a problem the client can act on; the error handler turns it into problem+json. */
export class HttpProblem extends Error {
  readonly statusCode: number;
  constructor(
    readonly problem: ProblemCode,
    readonly invalidParams?: readonly InvalidParam[],
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    // A problem is an answer, not a fault: no stack trace to capture (it costs more than the rest).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(problem);
    Error.stackTraceLimit = limit;
    this.statusCode = PROBLEM_STATUS[problem];
  }
}

/** The request path without the query string: the problem's `instance`. */
export function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}
