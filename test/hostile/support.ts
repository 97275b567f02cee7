/**
 * Shared helpers of the hostile-input suite: sending a request with app.inject, the checks every
 * hostile answer must pass (never a 5xx, never a stack trace, never an echoed value, the ADR
 * headers, problem+json for errors), and a walk over the request schemas so that "every field"
 * means every field the schemas (src/schemas/*.ts) define.
 */
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { BatchEnvelope } from '../../src/schemas/batch.js';
import { CefrLevelSchema } from '../../src/schemas/common.js';
import { NaturalisationRequest } from '../../src/schemas/naturalisation.js';
import { ResidenceRequest } from '../../src/schemas/residence.js';
import { checkResponse } from '../support/openapi.js';

/** A distinctive value: if it ever shows up in a response, the service echoed what it was sent. */
export const MARKER = 'HOSTILE-MARKER-123';

export type Json = Record<string, unknown>;
export type Segment = string | number;

export interface Reply {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly headers: Record<string, unknown>;
  readonly text: string;
  /** The parsed body, or undefined when it is not JSON. */
  readonly body: unknown;
}

export interface SendOptions {
  /** A string or Buffer is sent as it is; anything else as JSON. */
  readonly payload?: unknown;
  readonly headers?: Record<string, string>;
  /** Leave out the default Content-Type: application/json. */
  readonly noContentType?: boolean;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function send(
  app: FastifyInstance,
  method: string,
  url: string,
  options: SendOptions = {},
): Promise<Reply> {
  const { payload, noContentType } = options;
  const raw =
    payload === undefined || typeof payload === 'string' || Buffer.isBuffer(payload)
      ? (payload as string | Buffer | undefined)
      : JSON.stringify(payload);
  const headers: Record<string, string> = {
    ...(raw !== undefined && !noContentType ? { 'content-type': 'application/json' } : {}),
    ...options.headers,
  };
  const res = await app.inject({
    method: method as 'GET',
    url,
    headers,
    ...(raw !== undefined ? { payload: raw } : {}),
  });
  return {
    method,
    url,
    status: res.statusCode,
    headers: res.headers as Record<string, unknown>,
    text: res.body,
    body: parse(res.body),
  };
}

export const post = (app: FastifyInstance, url: string, payload: unknown, headers?: Record<string, string>) =>
  send(app, 'POST', url, { payload, ...(headers ? { headers } : {}) });

/** Stack frames, source paths and module paths: internals a response must never show. */
const INTERNALS: readonly RegExp[] = [
  /(?:\n|\\n)\s*at\s/,
  /\bat\s+[\w$.<>[\] ]+\s\([^)]*:\d+:\d+\)/,
  /\bat\s+(?:file:\/\/|\/)[^\s]*:\d+:\d+/,
  /\/src\//,
  /node_modules/,
  /file:\/\//,
  /\.[cm]?[jt]s:\d+/,
  /FST_ERR_/,
];

/**
 * What every answer to a hostile request must satisfy: no 5xx, no internals, none of the
 * markers, and the headers docs/api.md says every response carries.
 */
export function expectSafe(res: Reply, markers: readonly string[] = [MARKER]): void {
  const where = `${res.method} ${res.url.slice(0, 120)} → ${res.status}`;
  expect(res.status, `${where}: never a 5xx`).toBeLessThan(500);
  for (const pattern of INTERNALS) {
    expect(pattern.test(res.text), `${where}: the body shows internals (${pattern})`).toBe(false);
  }
  // A problem's instance is always a path template (the route's, or / for none), never the path as sent.
  const text = res.text.replace(/"instance":"(?:[^"\\]|\\.)*"/g, '"instance":""');
  for (const marker of markers) {
    expect(text.includes(marker), `${where}: the body echoes the submitted value`).toBe(false);
  }
  expect(res.headers['api-version'], `${where}: API-Version header`).toBe('1.0.0');
  expect(res.headers['cache-control'], `${where}: Cache-Control header`).toBe('no-store');
  expect(res.headers['x-content-type-options'], `${where}: X-Content-Type-Options`).toBe('nosniff');
}

const pathOf = (url: string) => url.split('?')[0] as string;

/**
 * A problem+json answer with the given status and code (undefined: any code) that matches the
 * OpenAPI document.
 */
export function expectProblem(
  res: Reply,
  status: number,
  code: string | undefined,
  markers: readonly string[] = [MARKER],
): Json {
  expectSafe(res, markers);
  const where = `${res.method} ${res.url.slice(0, 120)}`;
  expect(res.status, `${where}: status`).toBe(status);
  expect(String(res.headers['content-type']), `${where}: media type`).toMatch(/^application\/problem\+json/);
  const body = res.body as Json;
  expect(body, `${where}: a JSON body`).toBeTypeOf('object');
  expect(body.status).toBe(status);
  if (code === undefined) expect(body.code).toBeTypeOf('string');
  else expect(body.code).toBe(code);
  expect(body.title).toBeTypeOf('string');
  expect(String(body.title).length).toBeGreaterThan(0);
  expect(body.detail).toBeTypeOf('string');
  expect(String(body.detail).length).toBeGreaterThan(0);
  expect(body.instance).toMatch(/^(\/v1(\/[a-z-]+|\/\{[a-zA-Z]+\})*(\.json)?|\/)$/);
  expect(checkResponse(res.method, pathOf(res.url), res.status, res.headers, res.body), where).toEqual([]);
  return body;
}

export interface Param {
  readonly name: string;
  readonly code: string;
  readonly reason: string;
}

/** The invalid params of a problem body, by name. */
export function paramsOf(problem: unknown): Map<string, string> {
  const list = ((problem as Json).invalidParams ?? []) as Param[];
  return new Map(list.map((p) => [p.name, p.code]));
}

/**
 * A 400 paramsValidation problem that names each expected field with one of the expected codes
 * (other fields may be named too).
 */
export function expectInvalid(
  res: Reply,
  expected: ReadonlyArray<readonly [string, string | readonly string[]]>,
  markers: readonly string[] = [MARKER],
): Map<string, string> {
  const body = expectProblem(res, 400, 'paramsValidation', markers);
  const params = paramsOf(body);
  expect(params.size, `${res.url}: a 400 names at least one field`).toBeGreaterThan(0);
  for (const [name, codes] of expected) {
    const allowed = typeof codes === 'string' ? [codes] : codes;
    expect(
      allowed,
      `${res.url}: ${name} named with one of ${allowed.join('|')}; got ${[...params]}`,
    ).toContain(params.get(name));
  }
  return params;
}

/** A batch answer: 200, and the case at `index` is a 400 naming the expected fields of its input. */
export function expectInvalidCase(
  res: Reply,
  index: number,
  expected: ReadonlyArray<readonly [string, string | readonly string[]]>,
  markers: readonly string[] = [MARKER],
): Map<string, string> {
  expectSafe(res, markers);
  expect(res.status, `${res.url}: the batch envelope is valid`).toBe(200);
  expect(checkResponse('POST', '/v1/assess/batch', res.status, res.headers, res.body)).toEqual([]);
  const result = ((res.body as Json).results as Json[])[index] as Json;
  expect(result.status).toBe(400);
  const problem = result.problem as Json;
  expect(problem.code).toBe('paramsValidation');
  expect(problem.instance).toBe(`/v1/assess/batch#/cases/${index}`);
  const params = paramsOf(problem);
  for (const [name, codes] of expected) {
    const allowed = typeof codes === 'string' ? [codes] : codes;
    expect(
      allowed,
      `case ${index}: ${name} named with one of ${allowed.join('|')}; got ${[...params]}`,
    ).toContain(params.get(name));
  }
  return params;
}

// ---------------------------------------------------------------------------------------------
// The request schemas, walked.
// ---------------------------------------------------------------------------------------------

export interface SchemaNode {
  readonly type?: string | string[];
  readonly enum?: readonly unknown[];
  readonly format?: string;
  readonly pattern?: string;
  readonly maxLength?: number;
  readonly maxItems?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly uniqueItems?: boolean;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
  readonly additionalProperties?: boolean;
  readonly nullable?: boolean;
  readonly $ref?: string;
  readonly 'x-list'?: string;
}

import type { Procedure } from '../../src/engine/rule.js';

export { PROCEDURES, type Procedure } from '../../src/engine/rule.js';

export const SCHEMAS: Readonly<Record<Procedure, SchemaNode>> = {
  residence: ResidenceRequest as unknown as SchemaNode,
  naturalisation: NaturalisationRequest as unknown as SchemaNode,
};
export const BATCH_SCHEMA = BatchEnvelope as unknown as SchemaNode;

export const PATHS: Readonly<Record<Procedure, string>> = {
  residence: '/v1/assess/residence',
  naturalisation: '/v1/assess/naturalisation',
};

/** The smallest valid body of each procedure. */
export const BASE: Readonly<Record<Procedure, Json>> = {
  residence: { requestedPermit: 'permanent-regular', applicationDate: '2026-11-28' },
  naturalisation: { applicationDate: '2026-11-28' },
};

export interface Field {
  readonly segments: readonly Segment[];
  readonly pointer: string;
  readonly schema: SchemaNode;
}

export const pointerOf = (segments: readonly Segment[]) =>
  segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** Every node of a schema below the root (array items at index 0), depth first. */
/** The shared schemas the request schemas refer to by $ref. */
const SHARED: Readonly<Record<string, SchemaNode>> = { CefrLevel: CefrLevelSchema as unknown as SchemaNode };
export const resolved = (node: SchemaNode): SchemaNode => (node.$ref ? (SHARED[node.$ref] ?? node) : node);

export function fields(schema: SchemaNode, segments: readonly Segment[] = []): Field[] {
  const out: Field[] = [];
  for (const [key, reference] of Object.entries(schema.properties ?? {})) {
    const child = resolved(reference);
    const at = [...segments, key];
    out.push({ segments: at, pointer: pointerOf(at), schema: child }, ...fields(child, at));
  }
  if (schema.items) {
    const at = [...segments, 0];
    out.push({ segments: at, pointer: pointerOf(at), schema: schema.items }, ...fields(schema.items, at));
  }
  return out;
}

const typesOf = (schema: SchemaNode) => [schema.type ?? []].flat();
export const isString = (s: SchemaNode) => typesOf(s).includes('string') || (s.enum !== undefined && !s.type);
export const isObject = (s: SchemaNode) => typesOf(s).includes('object');

/** Objects of the schema that are closed (additionalProperties: false), the root included. */
export function closedObjects(schema: SchemaNode): Field[] {
  const root: Field = { segments: [], pointer: '', schema };
  return [root, ...fields(schema)].filter(
    (f) => isObject(f.schema) && f.schema.additionalProperties === false,
  );
}

/** A valid value for a schema node: the required fields of an object, the first enum value, … */
export function minimal(schema: SchemaNode, index = 0): unknown {
  if (schema.enum) return schema.enum.find((v) => v !== null);
  const type = typesOf(schema).find((t) => t !== 'null');
  switch (type) {
    case 'object': {
      const out: Json = {};
      for (const key of schema.required ?? []) {
        const child = schema.properties?.[key];
        if (child) out[key] = minimal(child, index);
      }
      return out;
    }
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return schema.minimum ?? 0;
    case 'boolean':
      return false;
    case 'string':
      if (schema.format === 'date') return '2000-01-01';
      if (schema.format === 'birth-date') return '1990';
      return `s${index}`;
    default:
      return null;
  }
}

/**
 * A copy of `base` with `value` at `segments`, building what is missing on the way: an object
 * for a name, a one-item array for an index (its item otherwise minimal, so that only the
 * planted value is wrong).
 */
export function plant(schema: SchemaNode, base: Json, segments: readonly Segment[], value: unknown): Json {
  const root = structuredClone(base);
  let node: unknown = root;
  let nodeSchema: SchemaNode | undefined = schema;
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    const childSchema: SchemaNode | undefined =
      typeof segment === 'number' ? nodeSchema?.items : nodeSchema?.properties?.[segment];
    const container = node as Record<string | number, unknown>;
    if (last) {
      container[segment] = value;
      return;
    }
    const existing = container[segment];
    if (existing === undefined || existing === null || typeof existing !== 'object') {
      const next = segments[i + 1];
      if (typeof next === 'number') container[segment] = [minimal(childSchema?.items ?? {})];
      else container[segment] = childSchema ? minimal(childSchema) : {};
    }
    node = container[segment];
    nodeSchema = childSchema;
  });
  return root;
}

/** The body of a batch of one case. */
export const batchOf = (procedure: Procedure, input: unknown, id = 'case-1') => ({
  cases: [{ id, procedure, input }],
});

/** n levels of nested objects ({"a":{"a":…}}) or arrays, as JSON text. */
export function deepObject(levels: number, leaf = '1'): string {
  return `${'{"a":'.repeat(levels)}${leaf}${'}'.repeat(levels)}`;
}
export function deepArray(levels: number, leaf = '1'): string {
  return `${'['.repeat(levels)}${leaf}${']'.repeat(levels)}`;
}
