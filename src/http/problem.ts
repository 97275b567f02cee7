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
    super(problem);
    this.statusCode = PROBLEM_STATUS[problem];
  }
}

/** The request path without the query string: the problem's `instance`. */
export function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}
