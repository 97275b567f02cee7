import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertV2 } from 'openapi-to-postmanv2';
import { STATUS_FORMAT } from '../src/schemas/verdict.js';
import { FIXED_CLOCK, FIXED_TODAY } from './fixed-clock.js';

/**
 * Generates the Postman v2.1 collection of the integration kit from the committed OpenAPI document:
 * openapi-to-postmanv2 makes the requests, then this script makes the result deterministic (stable
 * ids, seeded schema faking), points it at the `baseUrl` collection variable, sends the documented
 * request body examples, adds a few contract checks, and gives every request a test script that
 * holds the response to the document (status, API-Version, media type, body schema).
 *
 * `npx tsx scripts/gen-postman.ts` writes postman/collection.json; test/contract/postman.test.ts
 * regenerates it in memory and compares (drift test), then runs it with newman against the app.
 */

export const OPENAPI_FILE = fileURLToPath(new URL('../openapi/openapi.json', import.meta.url));
export const COLLECTION_FILE = fileURLToPath(new URL('../postman/collection.json', import.meta.url));
export const DEFAULT_BASE_URL = 'http://127.0.0.1:8080/v1';

const POSTMAN_SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
/** Values for path parameters that the document gives no example for. */
const PATH_PARAMETER_VALUES: Record<string, string> = { ruleId: 'RES-EX-MINOR' };
/** The format the document uses beyond JSON Schema's own (also in test/support/openapi.ts). */
const BIRTH_DATE_FORMAT = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
/** Schema keywords that only annotate: left out of the embedded schemas to keep the scripts short. */
const ANNOTATIONS = new Set([
  'description',
  'example',
  'examples',
  'title',
  'externalDocs',
  'xml',
  'deprecated',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface MediaType {
  schema?: JsonObject;
  example?: Json;
  examples?: Record<string, { summary?: string; value?: Json; $ref?: string }>;
}
interface Operation {
  operationId?: string;
  summary?: string;
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, { content?: Record<string, MediaType> }>;
}
export interface OpenApiDocument {
  info: { title: string; version: string };
  paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
  components?: { schemas?: Record<string, JsonObject> };
}

interface PostmanHeader {
  key: string;
  value: string;
  disabled?: boolean;
  [key: string]: unknown;
}
interface PostmanUrl {
  raw?: string;
  host?: string[];
  path?: string[];
  query?: unknown[];
  variable?: { key: string; value?: unknown; [key: string]: unknown }[];
}
interface PostmanRequest {
  method: string;
  url: PostmanUrl;
  header?: PostmanHeader[];
  body?: { mode?: string; raw?: string; options?: unknown };
  description?: unknown;
  [key: string]: unknown;
}
interface PostmanEvent {
  listen: 'test' | 'prerequest';
  script: { id?: string; type: 'text/javascript'; exec: string[] };
}
interface PostmanResponse {
  id?: string;
  code?: number;
  [key: string]: unknown;
}
export interface PostmanItem {
  id?: string;
  name: string;
  description?: unknown;
  item?: PostmanItem[];
  request?: PostmanRequest;
  response?: PostmanResponse[];
  event?: PostmanEvent[];
  [key: string]: unknown;
}
export interface PostmanCollection {
  info: { _postman_id: string; name: string; schema: string; description?: unknown };
  item: PostmanItem[];
  event?: PostmanEvent[];
  variable: { key: string; value: string; type?: string; description?: string }[];
  auth?: { type: 'bearer'; bearer: { key: string; value: string; type: string }[] };
}

/** A UUID-shaped id (version 5 layout) derived from the parts: the same parts give the same id. */
export function stableId(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const variant = ((Number.parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A small seeded PRNG (mulberry32), so that what openapi-to-postmanv2 fakes is the same every run. */
function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The json-schema-faker instance openapi-to-postmanv2 uses: its `random` option seeds the faking,
 * and `format` replaces a format's generator.
 */
const schemaFaker = createRequire(import.meta.url)('openapi-to-postmanv2/assets/json-schema-faker.js') as {
  option: (options: Record<string, unknown>) => void;
  format: (name: string, generate: () => string) => void;
};

function convert(spec: OpenApiDocument): Promise<PostmanCollection> {
  schemaFaker.option({ random: seededRandom(0x1b0e6) });
  // The faker's own date and date-time values are the wall clock minus a random span, which made
  // the committed collection change every day: a value without an example gets the fixed day.
  schemaFaker.format('date', () => FIXED_TODAY);
  schemaFaker.format('date-time', () => FIXED_CLOCK().toISOString());
  return new Promise<PostmanCollection>((done, fail) => {
    convertV2(
      { type: 'json', data: structuredClone(spec) },
      {
        folderStrategy: 'Tags',
        requestNameSource: 'Fallback',
        parametersResolution: 'Example',
        enableOptionalParameters: false,
        indentCharacter: 'Space',
        includeDeprecated: true,
      },
      (err, result) => {
        const data = result?.output?.[0]?.data;
        if (err || !result?.result || !data)
          fail(new Error(err?.message ?? result?.reason ?? 'conversion failed'));
        else done(data as PostmanCollection);
      },
    );
  }).finally(() => schemaFaker.option({ random: Math.random }));
}

// ---------------------------------------------------------------------------------------------
// Schemas as the test scripts embed them: $refs resolved, OpenAPI 3.0 `nullable` made JSON Schema.

function resolveRef(spec: OpenApiDocument, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported: ${ref}`);
  let node: Json = spec as unknown as Json;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !(key in node))
      throw new Error(`unresolvable $ref ${ref}`);
    node = node[key] as Json;
  }
  return node;
}

function isObject(value: Json | undefined): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The JSON Schema (draft-07, as ajv 6 in the Postman sandbox reads it) of an OpenAPI 3.0 schema:
 * $refs inlined, `nullable: true` turned into a type array (and null added to an enum), a boolean
 * exclusiveMinimum/Maximum turned into the number form, annotations left out.
 */
export function toJsonSchema(spec: OpenApiDocument, schema: Json, seen: readonly string[] = []): Json {
  if (!isObject(schema)) return schema;
  if (typeof schema.$ref === 'string') {
    if (seen.includes(schema.$ref)) throw new Error(`recursive $ref ${schema.$ref} cannot be inlined`);
    return toJsonSchema(spec, resolveRef(spec, schema.$ref), [...seen, schema.$ref]);
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key === 'nullable') continue;
    if (key === 'properties' || key === 'patternProperties' || key === 'definitions') {
      const map: JsonObject = {};
      for (const [name, sub] of Object.entries(value as JsonObject))
        map[name] = toJsonSchema(spec, sub, seen);
      out[key] = map;
    } else if (key === 'items' || key === 'additionalProperties' || key === 'not') {
      out[key] = Array.isArray(value)
        ? value.map((sub) => toJsonSchema(spec, sub, seen))
        : toJsonSchema(spec, value, seen);
    } else if (key === 'allOf' || key === 'anyOf' || key === 'oneOf') {
      out[key] = (value as Json[]).map((sub) => toJsonSchema(spec, sub, seen));
    } else {
      out[key] = value;
    }
  }
  for (const bound of ['Minimum', 'Maximum'] as const) {
    const exclusive = `exclusive${bound}`;
    const limit = bound.toLowerCase();
    if (out[exclusive] === true) {
      out[exclusive] = out[limit] as Json;
      delete out[limit];
    } else if (out[exclusive] === false) delete out[exclusive];
  }
  if (schema.nullable !== true) return out;
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (typeof out.type === 'string') out.type = [out.type, 'null'];
  else if (Array.isArray(out.type)) out.type = out.type.includes('null') ? out.type : [...out.type, 'null'];
  else if (!Array.isArray(out.enum)) return { anyOf: [out, { type: 'null' }] };
  return out;
}

// ---------------------------------------------------------------------------------------------
// Operations, bodies and test scripts.

interface OperationRef {
  method: string;
  path: string;
  operation: Operation;
  operationId: string;
}

function operations(spec: OpenApiDocument): OperationRef[] {
  const list: OperationRef[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      list.push({
        method: method.toUpperCase(),
        path,
        operation,
        operationId: operation.operationId ?? `${method} ${path}`,
      });
    }
  }
  return list;
}

function findOperation(spec: OpenApiDocument, method: string, path: string): OperationRef {
  const found = operations(spec).find((op) => op.method === method && op.path === path);
  if (!found) throw new Error(`the OpenAPI document has no operation ${method} ${path}`);
  return found;
}

/** The named request body examples of an operation, in document order (`example` is named "example"). */
function bodyExamples(spec: OpenApiDocument, operation: Operation): { name: string; value: Json }[] {
  const media = operation.requestBody?.content?.['application/json'];
  if (!media) return [];
  if (media.examples && Object.keys(media.examples).length > 0) {
    return Object.entries(media.examples).map(([name, example]) => {
      const resolved = (example.$ref ? resolveRef(spec, example.$ref) : example) as { value?: Json };
      if (resolved.value === undefined) throw new Error(`example ${name} has no value`);
      return { name, value: resolved.value };
    });
  }
  return media.example === undefined ? [] : [{ name: 'example', value: media.example }];
}

/**
 * Bodies for operations the document gives no request body example for: the batch is built from
 * the first example of each procedure's single endpoint.
 */
const FALLBACK_BODIES: Record<string, (spec: OpenApiDocument) => Json> = {
  assessBatch: (spec) => {
    const first = (path: string) => {
      const example = bodyExamples(spec, findOperation(spec, 'POST', path).operation)[0];
      if (!example) throw new Error(`POST ${path} has no request body example to build the batch from`);
      return example;
    };
    const residence = first('/assess/residence');
    const naturalisation = first('/assess/naturalisation');
    return {
      cases: [
        { id: `residence-${residence.name}`, procedure: 'residence', input: residence.value },
        {
          id: `naturalisation-${naturalisation.name}`,
          procedure: 'naturalisation',
          input: naturalisation.value,
        },
      ],
    };
  },
};

const NDJSON = 'application/x-ndjson';

/** An NDJSON body: its examples (one line each) as one stream of lines. */
function ndjsonBody(spec: OpenApiDocument, op: OperationRef): { name: string; value: Json }[] {
  const examples = op.operation.requestBody?.content?.[NDJSON]?.examples ?? {};
  const lines = Object.values(examples).map((example) => {
    const resolved = (example.$ref ? resolveRef(spec, example.$ref) : example) as { value?: Json };
    return JSON.stringify(resolved.value);
  });
  if (lines.length === 0) throw new Error(`${op.method} ${op.path} has an NDJSON body without examples`);
  return [{ name: 'example', value: `${lines.join('\n')}\n` }];
}

function requestBodies(spec: OpenApiDocument, op: OperationRef): { name: string; value: Json }[] {
  if (op.operation.requestBody?.content?.[NDJSON]) return ndjsonBody(spec, op);
  if (!op.operation.requestBody?.content?.['application/json']) return [];
  const examples = bodyExamples(spec, op.operation);
  if (examples.length > 0) return examples;
  const fallback = FALLBACK_BODIES[op.operationId];
  if (!fallback) {
    throw new Error(
      `${op.method} ${op.path} (${op.operationId}) has a request body without an example: add one to the ` +
        'OpenAPI document, or a fallback body to scripts/gen-postman.ts',
    );
  }
  return [{ name: 'example', value: fallback(spec) }];
}

/** What each documented status of an operation allows: the media type and the body schema. */
function documentedResponses(spec: OpenApiDocument, operation: Operation) {
  const schemas: Json[] = [];
  const responses: Record<string, { contentType: string | null; schema: number | null }> = {};
  const codes = Object.keys(operation.responses ?? {}).sort();
  for (const code of codes) {
    if (!/^\d{3}$/.test(code)) throw new Error(`response code ${code} is not supported (only exact codes)`);
    const content = operation.responses?.[code]?.content ?? {};
    const [contentType, media] = Object.entries(content)[0] ?? [null, undefined];
    if (Object.keys(content).length > 1)
      throw new Error(`response ${code} documents more than one media type`);
    let index: number | null = null;
    if (media?.schema) {
      const schema = toJsonSchema(spec, media.schema);
      const text = JSON.stringify(schema);
      index = schemas.findIndex((known) => JSON.stringify(known) === text);
      if (index < 0) index = schemas.push(schema) - 1;
    }
    responses[code] = { contentType, schema: index };
  }
  return { schemas, responses };
}

/**
 * The Postman test script of a request: the status is one the operation documents (and the one this
 * request expects), API-Version is info.version, the media type is the documented one for 2xx
 * (application/json, or NDJSON for the bulk endpoint) and application/problem+json for 4xx/5xx,
 * and the body (each line of an NDJSON body) validates against the documented schema (ajv, which
 * the Postman and newman sandbox provide as require('ajv'); tv4 is deprecated there).
 */
function testScript(spec: OpenApiDocument, op: OperationRef, expectedStatus: number): string[] {
  const { schemas, responses } = documentedResponses(spec, op.operation);
  // One line per documented status and per schema: readable in Postman, and a small file.
  const lines = (entries: string[]) =>
    entries.map((line, i) => `  ${line}${i < entries.length - 1 ? ',' : ''}`);
  return [
    `// Generated by scripts/gen-postman.ts from openapi/openapi.json (${op.method} ${op.path}): do not edit.`,
    `var operation = ${JSON.stringify(`${op.operationId} (${op.method} ${op.path})`)};`,
    `var apiVersion = ${JSON.stringify(spec.info.version)};`,
    `var expectedStatus = ${expectedStatus};`,
    '// The documented statuses: media type and index into schemas.',
    'var responses = {',
    ...lines(
      Object.entries(responses).map(
        ([code, response]) => `${JSON.stringify(code)}: ${JSON.stringify(response)}`,
      ),
    ),
    '};',
    '// The response schemas, $refs resolved and nullable made a type array.',
    'var schemas = [',
    ...lines(schemas.map((schema) => JSON.stringify(schema))),
    '];',
    'var status = pm.response.code;',
    'var documented = Object.keys(responses);',
    'var mediaType = (pm.response.headers.get("Content-Type") || "").split(";")[0].trim().toLowerCase();',
    '',
    'pm.test("status " + status + " is documented for " + operation, function () {',
    '  pm.expect(documented, "documented statuses").to.include(String(status));',
    '});',
    'pm.test("status is " + expectedStatus, function () {',
    '  pm.expect(status).to.equal(expectedStatus);',
    '});',
    'pm.test("API-Version header is " + apiVersion, function () {',
    '  pm.expect(pm.response.headers.get("API-Version"), "API-Version").to.equal(apiVersion);',
    '});',
    'pm.test("Content-Type is the media type for " + status, function () {',
    '  var documentedType = responses[String(status)] && responses[String(status)].contentType;',
    '  var expected = status >= 200 && status < 300 ? (documentedType || "application/json")',
    '    : status >= 400 && status < 600 ? "application/problem+json" : "(none for status " + status + ")";',
    '  pm.expect(mediaType, "Content-Type").to.equal(expected);',
    '  var response = responses[String(status)];',
    '  if (response && response.contentType) pm.expect(mediaType, "documented media type").to.equal(response.contentType);',
    '});',
    'pm.test("body matches the response schema for " + status, function () {',
    '  var response = responses[String(status)];',
    '  pm.expect(response, "a response documented for status " + status).to.be.an("object");',
    '  pm.expect(response.schema, "a schema documented for status " + status).to.be.a("number");',
    '  var Ajv = require("ajv");',
    '  var ajv = new Ajv({ allErrors: true, format: "full" });',
    `  ajv.addFormat("birth-date", new RegExp(${JSON.stringify(BIRTH_DATE_FORMAT)}));`,
    `  ajv.addFormat(${JSON.stringify(STATUS_FORMAT)}, function () { return true; });`,
    '  var validate = ajv.compile(schemas[response.schema]);',
    '  // An NDJSON answer is a stream of lines, each described by the schema.',
    `  var bodies = mediaType === ${JSON.stringify(NDJSON)}`,
    '    ? pm.response.text().split("\\n").filter(function (line) { return line !== ""; }).map(JSON.parse)',
    '    : [pm.response.json()];',
    '  bodies.forEach(function (body) {',
    '    var valid = validate(body);',
    '    pm.expect(valid, ajv.errorsText(validate.errors, { dataVar: "body" })).to.equal(true);',
    '  });',
    '});',
  ];
}

function testEvent(id: string, exec: string[]): PostmanEvent[] {
  return [{ listen: 'test', script: { id, type: 'text/javascript', exec } }];
}

function postmanPath(path: string): string[] {
  return path
    .split('/')
    .filter(Boolean)
    .map((segment) => segment.replace(/^\{(.+)\}$/, ':$1'));
}

function openApiPath(segments: readonly string[]): string {
  return `/${segments.map((segment) => segment.replace(/^:(.+)$/, '{$1}')).join('/')}`;
}

/** A JSON body, pretty-printed; a string (NDJSON lines) is sent as it is. */
function rawBody(value: Json): PostmanRequest['body'] {
  if (typeof value === 'string') return { mode: 'raw', raw: value, options: { raw: { language: 'text' } } };
  return { mode: 'raw', raw: JSON.stringify(value, null, 2), options: { raw: { language: 'json' } } };
}

function withRaw(url: PostmanUrl): PostmanUrl {
  return { raw: `{{baseUrl}}/${(url.path ?? []).join('/')}`, ...url };
}

interface ExtraRequest {
  name: string;
  description: string;
  method: string;
  /** The OpenAPI path of the operation the request belongs to. */
  operationPath: string;
  /** The concrete path sent, relative to baseUrl. */
  path: string;
  body?: Json;
  expectedStatus: number;
}

/** Requests beyond one per operation: the contract checks of the kit. */
const EXTRA_REQUESTS: ExtraRequest[] = [
  {
    name: 'Health check',
    description: 'The service takes requests.',
    method: 'GET',
    operationPath: '/health',
    path: '/health',
    expectedStatus: 200,
  },
  {
    name: 'Rule RES-EX-MINOR',
    description: 'A rule the catalogue has.',
    method: 'GET',
    operationPath: '/rules/{ruleId}',
    path: '/rules/RES-EX-MINOR',
    expectedStatus: 200,
  },
  {
    name: 'Unknown rule NOPE (404 problem)',
    description: 'A rule id the catalogue does not have: a 404 problem.',
    method: 'GET',
    operationPath: '/rules/{ruleId}',
    path: '/rules/NOPE',
    expectedStatus: 404,
  },
  {
    name: 'Invalid residence body (400 problem)',
    description: 'An unknown permit and an impossible date: a 400 problem naming both under invalidParams.',
    method: 'POST',
    operationPath: '/assess/residence',
    path: '/assess/residence',
    body: { requestedPermit: 'tourist-visa', applicationDate: '2026-02-30' },
    expectedStatus: 400,
  },
];

/**
 * The Postman collection of the OpenAPI document, the same for the same document: every request
 * id derives from its operation, the collection id from the API title.
 */
export async function generateCollection(
  spec: OpenApiDocument = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')),
): Promise<PostmanCollection> {
  const converted = await convert(spec);

  // The converter makes one request per operation, in a folder per tag (or at the top level).
  const expand = (item: PostmanItem): PostmanItem[] => {
    const request = item.request;
    if (!request) throw new Error(`unexpected nesting in the converted collection at ${item.name}`);
    const op = findOperation(spec, request.method, openApiPath(request.url.path ?? []));
    for (const variable of request.url.variable ?? []) {
      const value = PATH_PARAMETER_VALUES[variable.key];
      if (value === undefined) throw new Error(`no value for path parameter ${variable.key}`);
      variable.value = value;
    }
    request.url = withRaw(request.url);
    // Every request inherits the collection's auth (the apiKey variable), not the converter's noauth.
    delete request.auth;
    const responses = [...(item.response ?? [])].sort((a, b) => (a.code ?? 0) - (b.code ?? 0));
    for (const response of responses)
      response.id = stableId('response', op.operationId, String(response.code));
    const success = Object.keys(op.operation.responses ?? {}).find((code) => /^2\d\d$/.test(code));
    if (!success) throw new Error(`${op.method} ${op.path} documents no 2xx response`);
    // The first body example goes into the converted request, every further one into a copy.
    const bodies = requestBodies(spec, op);
    return (bodies.length > 0 ? bodies : [null]).map((body, index) => {
      const key = index === 0 ? op.operationId : `${op.operationId}:${body?.name}`;
      const copy: PostmanItem = structuredClone({
        ...item,
        id: stableId('request', key),
        name: index === 0 ? item.name : `${item.name} (example: ${body?.name})`,
        response: index === 0 ? responses : [],
      });
      if (body && copy.request) copy.request.body = rawBody(body.value);
      copy.event = testEvent(stableId('test', key), testScript(spec, op, Number(success)));
      return copy;
    });
  };
  const folders: PostmanItem[] = converted.item.flatMap((entry) => {
    if (!entry.item) return expand(entry);
    const { id: _id, ...folder } = entry;
    return [{ ...folder, item: entry.item.flatMap(expand) }];
  });

  folders.push({
    name: 'Contract checks',
    description: 'Requests beyond one per operation, each with the same checks against the OpenAPI document.',
    item: EXTRA_REQUESTS.map((extra) => {
      const op = findOperation(spec, extra.method, extra.operationPath);
      const key = `${op.operationId}:${extra.name}`;
      const header: PostmanHeader[] = [{ key: 'Accept', value: 'application/json' }];
      if (extra.body !== undefined) header.unshift({ key: 'Content-Type', value: 'application/json' });
      const path = postmanPath(extra.path);
      const request: PostmanRequest = {
        method: extra.method,
        header,
        url: { raw: `{{baseUrl}}/${path.join('/')}`, host: ['{{baseUrl}}'], path },
        description: extra.description,
      };
      if (extra.body !== undefined) request.body = rawBody(extra.body);
      return {
        id: stableId('request', key),
        name: extra.name,
        request,
        response: [],
        event: testEvent(stableId('test', key), testScript(spec, op, extra.expectedStatus)),
      };
    }),
  });

  const collection: PostmanCollection = {
    info: {
      _postman_id: stableId('collection', spec.info.title),
      name: converted.info.name,
      description: converted.info.description,
      schema: POSTMAN_SCHEMA,
    },
    item: folders,
    event: [],
    // A deployment with API keys (API_KEY_SHA256): set apiKey and every request sends it as a
    // bearer token; without keys the service ignores it.
    auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{apiKey}}', type: 'string' }] },
    variable: [
      {
        key: 'baseUrl',
        value: DEFAULT_BASE_URL,
        type: 'string',
        description: 'The service root including /v1 (the servers url of the OpenAPI document).',
      },
      {
        key: 'apiKey',
        value: '',
        type: 'string',
        description: 'The API key, when the deployment requires one (sent as Authorization: Bearer).',
      },
    ],
  };
  assertDeterministic(collection);
  return collection;
}

/** No random UUID (version 4) may be left: every id must come from stableId. */
function assertDeterministic(collection: PostmanCollection): void {
  const random = JSON.stringify(collection).match(
    /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/i,
  );
  if (random) throw new Error(`a random id is left in the collection: ${random[0]}`);
}

/** The file's text: two-space JSON and a final newline. */
export function serialise(collection: PostmanCollection): string {
  return `${JSON.stringify(collection, null, 2)}\n`;
}

async function main(): Promise<void> {
  const collection = await generateCollection();
  mkdirSync(fileURLToPath(new URL('../postman/', import.meta.url)), { recursive: true });
  writeFileSync(COLLECTION_FILE, serialise(collection));
  let requests = 0;
  const count = (items: PostmanItem[]): void => {
    for (const item of items) item.item ? count(item.item) : requests++;
  };
  count(collection.item);
  console.log(`wrote ${COLLECTION_FILE}: ${requests} requests`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
