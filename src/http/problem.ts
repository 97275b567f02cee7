import type { Lang } from '../engine/rule.js';
import {
  PROBLEM_DETAIL,
  PROBLEM_STATUS,
  PROBLEM_TITLE,
  PROBLEM_TYPE,
  type ProblemCode,
  reasonFor,
} from '../i18n/problems.js';
import type { InvalidParam } from '../validation/index.js';

export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly code: ProblemCode;
  readonly invalidParams?: readonly {
    readonly name: string;
    readonly code: string;
    readonly reason: string;
  }[];
}

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

/** The problem+json body in the client's language; it never quotes a submitted value. */
export function problemBody(
  code: ProblemCode,
  lang: Lang,
  instance: string,
  invalidParams?: readonly InvalidParam[],
): ProblemBody {
  return {
    type: PROBLEM_TYPE[code],
    title: PROBLEM_TITLE[code][lang],
    status: PROBLEM_STATUS[code],
    detail: PROBLEM_DETAIL[code][lang],
    instance,
    code,
    ...(invalidParams
      ? {
          invalidParams: invalidParams.map((p) => ({
            name: p.name,
            code: p.code,
            reason: reasonFor(p.code, lang, p.limit),
          })),
        }
      : {}),
  };
}

/** The request path without the query string: the problem's `instance`. */
export function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}
