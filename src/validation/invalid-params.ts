import type { ErrorObject } from 'ajv';

/**
 * One invalid field: where (RFC 6901 pointer into the body), what (a Haal Centraal code), and
 * what the reason text needs to help: the limit, the allowed values of an enum (or the name of
 * the list they come from, when quoting them would not help), or the date form expected.
 */
export interface InvalidParam {
  readonly name: string;
  readonly code: string;
  readonly limit?: number;
  readonly allowed?: readonly string[];
  readonly list?: string;
  readonly format?: string;
}

const TYPE_CODES = new Set(['integer', 'boolean', 'string', 'object', 'array', 'number']);
const DATE_FORMATS = new Set(['date', 'birth-date']);

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * At most this many fields are named in one answer: a body of thousands of unknown keys must not
 * turn into a larger error response (the client fixes the first hundred and tries again).
 */
export const MAX_INVALID_PARAMS = 100;
/** A field name longer than this is cut (with "…"): a hostile key is not sent back whole. */
const MAX_NAME_LENGTH = 200;

export const shorten = (name: string) =>
  name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH)}…` : name;

/** Maps Ajv's errors to invalid params: one entry per field, never the submitted value. */
export function fromAjv(errors: readonly ErrorObject[]): InvalidParam[] {
  const out: InvalidParam[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const param = toParam(error);
    if (!param || seen.has(param.name)) continue;
    seen.add(param.name);
    out.push({ ...param, name: shorten(param.name) });
    if (out.length === MAX_INVALID_PARAMS) break;
  }
  return out;
}

function toParam(error: ErrorObject): InvalidParam | undefined {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { name: `${at}/${escapeSegment(String(params.missingProperty))}`, code: 'required' };
    case 'additionalProperties':
      return { name: `${at}/${escapeSegment(String(params.additionalProperty))}`, code: 'unknownParam' };
    case 'type': {
      const expected = String(params.type).split(',')[0] ?? 'string';
      return { name: at, code: TYPE_CODES.has(expected) ? expected : 'type' };
    }
    case 'format':
      return DATE_FORMATS.has(String(params.format))
        ? { name: at, code: 'date', format: String(params.format) }
        : { name: at, code: 'format' };
    case 'uniqueItems':
      return { name: at, code: 'duplicate' };
    case 'maxLength':
    case 'minLength':
    case 'maxItems':
    case 'minItems':
    case 'minimum':
    case 'maximum':
      return { name: at, code: error.keyword, limit: Number(params.limit) };
    case 'enum': {
      const list = (error.parentSchema as { 'x-list'?: string } | undefined)?.['x-list'];
      const allowed = (params.allowedValues as unknown[]).filter((v) => v !== null).map(String);
      return list ? { name: at, code: 'enum', list } : { name: at, code: 'enum', allowed };
    }
    case 'pattern': {
      // A date's pattern only shows its form in the document; the error is the date's.
      const format = String((error.parentSchema as { format?: string } | undefined)?.format);
      return DATE_FORMATS.has(format) ? { name: at, code: 'date', format } : { name: at, code: 'pattern' };
    }
    default:
      return { name: at, code: error.keyword };
  }
}
