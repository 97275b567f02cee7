import { PROBLEM_STATUS, type ProblemCode, problemBody } from '../i18n/problems.js';
import { REPLACED_HEADER, REQUEST_ID_POLICY } from './request-id.js';

/**
 * OpenAPI response documentation shared by the routes: every response documents API-Version
 * (ADR /core/version-header), and every error is application/problem+json (ADR problem details).
 */
export const API_VERSION_HEADER = {
  'API-Version': {
    type: 'string',
    description: 'The full semantic version of the API (ADR /core/version-header).',
  },
} as const;

const COMMON_HEADERS = {
  ...API_VERSION_HEADER,
  'X-Request-ID': {
    type: 'string',
    description: `The X-Request-ID sent, or a UUID the service made. When it replaced the one sent, the response also carries ${REPLACED_HEADER}: invalid (not 1–64 characters of [A-Za-z0-9._:/-]) or personal-data (a date-like run or 8 or more digits in a row).`,
  },
  'Content-Language': { type: 'string', description: 'en or nl: the language of the texts.' },
} as const;

/** The headers particular to some error statuses. */
const ERROR_HEADERS: Readonly<Record<number, Record<string, { type: string; description: string }>>> = {
  401: {
    'WWW-Authenticate': {
      type: 'string',
      description: 'Bearer: send the API key as a bearer token (or X-API-Key).',
    },
  },
  // The rate-limit headers come on every response of a rate-limited operation once the operator
  // configured a limit; they are documented where they always are: on the 429.
  429: {
    'Retry-After': { type: 'integer', description: 'Seconds until the rate-limit window ends.' },
    'X-RateLimit-Limit': {
      type: 'integer',
      description:
        'Requests allowed per window (also on every other response once a rate limit is configured).',
    },
    'X-RateLimit-Remaining': {
      type: 'integer',
      description:
        'Requests left in the window (also on every other response once a rate limit is configured).',
    },
    'X-RateLimit-Reset': {
      type: 'integer',
      description:
        'Seconds until the window resets (also on every other response once a rate limit is configured).',
    },
  },
  503: {
    'Retry-After': { type: 'integer', description: 'Seconds to wait before trying again.' },
  },
};

const ERROR_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'Invalid input: every invalid field is named under invalidParams.',
  401: 'No valid API key (only when the operator configured keys).',
  404: 'Not found.',
  405: 'Method not allowed; see the Allow header.',
  406: 'The Accept header excludes application/json and application/problem+json.',
  408: 'The body did not arrive within the time limit; the connection is closed.',
  413: 'The body exceeds the size limit.',
  415: 'The body is not application/json.',
  429: 'Rate limit reached; see Retry-After.',
  500: 'Unexpected error; no internals are disclosed.',
  503: 'Shutting down or overloaded; see Retry-After.',
};

export function problemResponse(status: number, example?: unknown) {
  return {
    description: ERROR_DESCRIPTIONS[status] ?? 'Error.',
    headers: { ...COMMON_HEADERS, ...ERROR_HEADERS[status] },
    content: {
      'application/problem+json': {
        schema: { $ref: 'Problem#' },
        ...(example === undefined ? {} : { example }),
      },
    },
  };
}

export function jsonResponse(description: string, schema: object, example?: unknown) {
  return {
    description,
    headers: COMMON_HEADERS,
    content: { 'application/json': { schema, ...(example === undefined ? {} : { example }) } },
  };
}

/** A response with named examples (one per view, or one per kind of NDJSON line). */
export function examplesResponse(
  media: string,
  description: string,
  schema: object,
  examples: Readonly<Record<string, { readonly summary: string; readonly value: unknown }>>,
) {
  return { description, headers: COMMON_HEADERS, content: { [media]: { schema, examples } } };
}

/** The problem code a status stands for, for the examples. */
const CODE_OF_STATUS = Object.fromEntries(
  Object.entries(PROBLEM_STATUS).map(([code, status]) => [status, code as ProblemCode]),
) as Record<number, ProblemCode>;

/**
 * The responses of a route: the success response and a problem for each error status, each with
 * an example (the problem the service sends, in English, for the route's instance).
 */
export function responses(
  success: Record<number, object>,
  errors: readonly number[],
  { instance, examples = {} }: { instance: string; examples?: Readonly<Record<number, unknown>> },
) {
  return {
    ...success,
    ...Object.fromEntries(
      errors.map((status) => {
        const code = CODE_OF_STATUS[status];
        const example = examples[status] ?? (code ? problemBody(code, 'en', instance) : undefined);
        return [status, problemResponse(status, example)];
      }),
    ),
  };
}
export const ACCEPT_LANGUAGE = {
  type: 'object',
  properties: {
    'accept-language': {
      type: 'string',
      description: 'Language of the texts: en (default) or nl, matched by RFC 4647 lookup.',
      example: 'nl',
    },
    'x-request-id': { type: 'string', description: REQUEST_ID_POLICY, example: 'zaak/2026/001' },
  },
} as const;
