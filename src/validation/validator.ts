import type { Ajv, ValidateFunction } from 'ajv';
import { createAjv } from './ajv.js';
import { fromAjv, type InvalidParam, MAX_INVALID_PARAMS } from './invalid-params.js';
import type { Body } from './semantic.js';

export type Validation<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly invalidParams: InvalidParam[] };

/**
 * A request validator: the schema compiled once, then the procedure's cross-field rules. Both
 * run on every request so that every invalid field is named in one answer.
 */
export class RequestValidator<T> {
  private readonly check: ValidateFunction;

  constructor(
    schema: object,
    private readonly semantics: (body: Body, today: string) => InvalidParam[],
    ajv: Ajv = sharedAjv(),
  ) {
    this.check = ajv.compile(schema);
  }

  validate(body: unknown, today: string): Validation<T> {
    const valid = this.check(body);
    const schemaErrors = valid ? [] : fromAjv(this.check.errors ?? []);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return {
        ok: false,
        invalidParams: schemaErrors.length ? schemaErrors : [{ name: '', code: 'object' }],
      };
    }
    const rejected = new Set(schemaErrors.map((e) => e.name));
    const semanticErrors = this.semantics(body as Body, today).filter((e) => !rejected.has(e.name));
    const invalidParams = [...schemaErrors, ...semanticErrors].slice(0, MAX_INVALID_PARAMS);
    return invalidParams.length === 0 ? { ok: true, value: body as T } : { ok: false, invalidParams };
  }
}

let ajv: Ajv | undefined;
function sharedAjv(): Ajv {
  ajv ??= createAjv();
  return ajv;
}
